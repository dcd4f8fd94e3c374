/**
 * What the `kustomization.yaml` beside a manifest does to it. A file it lists under `patches`,
 * `patchesStrategicMerge` or `patchesJson6902` is a patch: it only says what it changes, so
 * what it leaves out is not missing. An image it names under `images` is replaced at build
 * time (`newName`, `newTag`, `digest`), so the reference written in the manifest is not the
 * one that runs.
 */
import path from "node:path";
import { parseDocument } from "yaml";
import { documentErrors } from "../../util/yaml-unique-keys.js";
import type { ExtractContext } from "../language.js";

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const PATCH_KEYS = ["patches", "patchesStrategicMerge", "patchesJson6902"];
/** Larger files are not kustomizations anyone wrote by hand. */
const MAX_KUSTOMIZATION_CHARS = 256 * 1024;

export interface Kustomization {
  /** True when the manifest is one of the kustomization's patches. */
  readonly patch: boolean;
  /** Image names (without tag or digest) the kustomization replaces. */
  readonly images: ReadonlySet<string>;
}

const NONE: Kustomization = { patch: false, images: new Set() };

export function kustomizationOf(absolutePath: string, context: ExtractContext): Kustomization {
  const directory = path.dirname(absolutePath);
  if (KUSTOMIZATION_FILES.includes(path.basename(absolutePath))) return NONE;
  for (const candidate of KUSTOMIZATION_FILES) {
    const text = context.readFile(path.join(directory, candidate));
    if (text === undefined) continue;
    const record = text.length <= MAX_KUSTOMIZATION_CHARS ? plainRecord(text) : undefined;
    if (!record) return NONE;
    const patches = PATCH_KEYS.flatMap((key) => list(record[key]).flatMap((entry) => stringOr(entry, "path")));
    return {
      patch: patches.some((file) => path.join(directory, file) === absolutePath),
      images: new Set(list(record["images"]).flatMap((entry) => stringOr(entry, "name"))),
    };
  }
  return NONE;
}

function plainRecord(text: string): Record<string, unknown> | undefined {
  const document = parseDocument(text, { uniqueKeys: false });
  if (documentErrors(document).length > 0) return undefined;
  try {
    const json: unknown = document.toJS({ maxAliasCount: 100 });
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    // An alias expansion past the limit: not a kustomization anyone wrote by hand.
    return undefined;
  }
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The entry itself when it is a string, else its `key` when that is one. */
function stringOr(entry: unknown, key: string): string[] {
  if (typeof entry === "string") return [entry];
  const value = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? [value] : [];
}
