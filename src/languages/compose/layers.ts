/**
 * A service as `docker compose` assembles it, as a list of layers applied in order: the
 * services it `extends` (recursively), the service itself, and the same service in the file
 * compose merges with the analysed one (the override over the base).
 *
 * A finding is only ever reported in the analysed file, so each layer says how its values are
 * seen from there:
 * - `own`: written in the analysed file (merge keys and same-file `extends` included): exact
 *   values and places;
 * - `borrowed`: brought in by an `extends` of another file: known values, reported at the
 *   `extends` key that brings them in;
 * - `hidden`: written in the base or override counterpart, which is analysed on its own and
 *   reports its own values there: here they count as set (a setting fixed in the override
 *   silences the base file's "missing" finding) but with unknown values.
 */
import path from "node:path";
import type { YAMLMap } from "yaml";
import type { Location } from "../../core/types.js";
import type { ComposeDocument, ComposeProject, ComposeSource } from "./project.js";
import { scalarText, type MapEntry, type YamlView } from "./yaml-view.js";

export type LayerOrigin =
  | { readonly kind: "own" }
  /** `via`: the file the values are written in (relative to the working directory). */
  | { readonly kind: "borrowed"; readonly anchor: Location; readonly via: string }
  | { readonly kind: "hidden"; readonly anchor: Location; readonly via: string };

export interface Layer {
  readonly source: ComposeSource;
  /** The document of `source` the layer is read from. */
  readonly view: YamlView;
  readonly name: string;
  readonly service: YAMLMap;
  readonly entries: readonly MapEntry[];
  readonly origin: LayerOrigin;
}

export interface ServiceLayers {
  readonly layers: readonly Layer[];
  /** Set when something compose would merge in could not be read (an `extends` not found, a cycle). */
  readonly unresolved?: string;
  /** Set when following `extends` stopped at a cycle or the depth cap, which compose itself rejects. */
  readonly capped?: string;
}

const MAX_EXTENDS_DEPTH = 10;

interface ExtendsState {
  unresolved: string | undefined;
  capped: string | undefined;
}

export function serviceLayers(project: ComposeProject, source: ComposeSource, name: string, origin: LayerOrigin): ServiceLayers {
  const state: ExtendsState = { unresolved: undefined, capped: undefined };
  const layers = layersOf(project, source, name, origin, new Set(), 0, state);
  return { layers, ...(state.unresolved !== undefined && { unresolved: state.unresolved }), ...(state.capped !== undefined && { capped: state.capped }) };
}

function layersOf(
  project: ComposeProject,
  source: ComposeSource,
  name: string,
  origin: LayerOrigin,
  visiting: ReadonlySet<string>,
  depth: number,
  state: ExtendsState,
): Layer[] {
  return source.documents.flatMap((document) => documentLayers(project, source, document, name, origin, visiting, depth, state));
}

function documentLayers(
  project: ComposeProject,
  source: ComposeSource,
  document: ComposeDocument,
  name: string,
  origin: LayerOrigin,
  visiting: ReadonlySet<string>,
  depth: number,
  state: ExtendsState,
): Layer[] {
  const { view } = document;
  const service = view.map(view.entry(document.services, name)?.value);
  if (!service) return [];
  const entries = view.entries(service);
  const own: Layer = { source, view, name, service, entries, origin };
  const extendsEntry = entries.find((entry) => entry.key === "extends");
  if (!extendsEntry) return [own];
  const target = extendsTarget(view.entries(extendsEntry.value), scalarText(extendsEntry.value));
  const key = `${source.absolutePath}#${name}`;
  if (!target) {
    state.unresolved ??= `the extends of service "${name}" names no service`;
    return [own];
  }
  const file = target.file === undefined ? source : project.load(path.resolve(path.dirname(source.absolutePath), target.file));
  const targetKey = `${file?.absolutePath}#${target.service}`;
  if (!file) {
    state.unresolved ??= `the file ${target.file ?? ""} that service "${name}" extends could not be read`;
    return [own];
  }
  if (depth >= MAX_EXTENDS_DEPTH || visiting.has(targetKey)) {
    state.capped ??= visiting.has(targetKey) ? `service "${name}" extends itself through a cycle` : `the extends of service "${name}" nest more than ${MAX_EXTENDS_DEPTH} deep`;
    state.unresolved ??= state.capped;
    return [own];
  }
  const targetOrigin = originThrough(origin, source, file, extendsEntry, target.file);
  const inherited = layersOf(project, file, target.service, targetOrigin, new Set([...visiting, key]), depth + 1, state);
  if (inherited.length === 0) state.unresolved ??= `service "${target.service}" that "${name}" extends was not found`;
  return [...inherited, own];
}

function extendsTarget(entries: readonly MapEntry[], shortForm: string | undefined): { service: string; file?: string } | undefined {
  if (shortForm !== undefined) return { service: shortForm };
  const service = scalarText(entries.find((entry) => entry.key === "service")?.value);
  const file = scalarText(entries.find((entry) => entry.key === "file")?.value);
  if (service === undefined) return undefined;
  return file === undefined ? { service } : { service, file };
}

/** How the layers an `extends` brings in are seen from the analysed file. */
function originThrough(origin: LayerOrigin, from: ComposeSource, to: ComposeSource, entry: MapEntry, file: string | undefined): LayerOrigin {
  if (origin.kind !== "own") return origin;
  if (to === from) return origin;
  const anchor = from.yaml.locate(entry.keyNode.range?.[0] ?? 0, entry.keyNode.range?.[1] ?? 0);
  return { kind: "borrowed", anchor, via: to.yaml.path };
}
