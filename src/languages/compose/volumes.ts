/**
 * Service `volumes` in short (`SOURCE:TARGET[:MODE]`) and long (`type`, `source`, `target`,
 * `read_only`) syntax. A source that is a path (`/…`, `./…`, `~/…`, `${HOME}/…`, `C:\…`) is a
 * bind mount; a bare name is a named volume. `~` and `${HOME}` are kept as written so that
 * rules can recognise a home directory. Entries are keyed by target, as compose merges them.
 */
import { isScalar, type Node } from "yaml";
import type { Location } from "../../core/types.js";
import type { ContainerMount, MountKind } from "../../model/container.js";
import { alternatives, type RValue } from "../../model/value.js";
import type { LayerReader } from "./reader.js";
import { scalarText } from "./yaml-view.js";

/** Variables kept as written in mount sources. */
export const KEEP_HOME: ReadonlySet<string> = new Set(["HOME", "USERPROFILE"]);

export interface ParsedMount {
  /** The target as written, for merging entries of several layers. */
  readonly target: string | undefined;
  readonly mount: ContainerMount;
}

const LONG_KINDS: Readonly<Record<string, MountKind>> = { bind: "bind", volume: "volume", tmpfs: "tmpfs", npipe: "bind" };

export function parseMount(reader: LayerReader, item: Node): ParsedMount | undefined {
  const loc = reader.locate(item);
  if (isScalar(item)) {
    const text = scalarText(item);
    if (text === undefined) return undefined;
    const segments = splitVolume(text);
    const at = (index: number): Location => {
      const start = segments.slice(0, index).reduce((length, segment) => length + segment.length + 1, 0);
      return reader.locateWithin(item, text, start, start + (segments[index]?.length ?? 0));
    };
    if (segments.length === 1) {
      return { target: text, mount: { kind: "volume", source: { kind: "null", loc }, target: reader.textValue(text, at(0)), loc } };
    }
    const [source = "", target = "", mode] = segments;
    const sourceValue = reader.textValue(source, at(0), { keep: KEEP_HOME });
    const readOnly = mode !== undefined && mode.split(",").includes("ro");
    return { target, mount: { kind: shortKind(sourceValue), source: sourceValue, target: reader.textValue(target, at(1)), loc, ...(mode !== undefined && { readOnly }) } };
  }
  const view = reader.layer.view;
  const entries = view.entries(item);
  const field = (name: string): Node | undefined => entries.find((entry) => entry.key === name)?.value;
  const type = scalarText(field("type"));
  const targetText = scalarText(field("target"));
  const source = field("source");
  const readOnly = reader.booleanValue(field("read_only"));
  return {
    target: targetText,
    mount: {
      kind: type === undefined ? "unknown" : (LONG_KINDS[type] ?? "unknown"),
      source: source === undefined ? { kind: "null", loc } : reader.stringValue(source, { keep: KEEP_HOME }),
      ...(targetText !== undefined && { target: reader.stringValue(field("target")) }),
      loc,
      ...(readOnly.kind === "boolean" && { readOnly: readOnly.value }),
    },
  };
}

/**
 * `SOURCE:TARGET:MODE` split at colons outside `${…}`, a Windows drive (`C:\data`) kept whole.
 */
export function splitVolume(text: string): string[] {
  const segments: string[] = [];
  let current = "";
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === "$" && text[index + 1] === "{") depth++;
    else if (char === "}" && depth > 0) depth--;
    if (char === ":" && depth === 0) {
      const drive = segments.length === 0 && current.length === 1 && /[A-Za-z]/.test(current) && /[\\/]/.test(text[index + 1] ?? "");
      if (!drive) {
        segments.push(current);
        current = "";
        continue;
      }
    }
    current += char;
  }
  segments.push(current);
  return segments;
}

/** A short-syntax source: a path is a bind mount, a name a named volume. */
function shortKind(source: RValue): MountKind {
  // Alternatives compose cannot know (a variable the shell may set) say nothing about the others.
  const known = alternatives(source).filter(({ value }) => value.kind !== "unknown");
  const kinds = new Set(known.map(({ value }) => kindOfSource(value)));
  return kinds.size === 1 ? ([...kinds][0] as MountKind) : "unknown";
}

function kindOfSource(value: RValue): MountKind {
  if (value.kind === "string") return isPath(value.value) ? "bind" : "volume";
  if (value.kind === "text") {
    const first = value.parts[0];
    if (first?.kind === "literal") return isPath(first.text) ? "bind" : "volume";
    const second = value.parts[1];
    // `${DATA_DIR}/cache`: a path whatever the variable holds.
    return second?.kind === "literal" && /^[\\/]/.test(second.text) ? "bind" : "unknown";
  }
  return "unknown";
}

function isPath(text: string): boolean {
  return /^([/.~$\\]|[A-Za-z]:[\\/])/.test(text);
}
