/**
 * The compose extractor: one ContainerSpec per service of the analysed file, as `docker
 * compose` would run it (merge keys, `extends`, the base/override pair, `.env` interpolation),
 * located in the analysed file; the commands services start; comments; the first YAML error.
 */
import type { FileNotice, SourceFile } from "../../core/types.js";
import type { ContainerSpec } from "../../model/container.js";
import { emptyFileModel, type CliInvocation, type FileModel } from "../../model/file-model.js";
import type { ExtractContext } from "../language.js";
import { serviceCliInvocations } from "./cli-invocations.js";
import { serviceLayers, type Layer, type LayerOrigin } from "./layers.js";
import { ComposeProject, type ComposeSource } from "./project.js";
import { LayerReader } from "./reader.js";
import { serviceContainer } from "./service.js";
import { MAX_FLOW_DEPTH } from "./yaml-file.js";
import type { MapEntry } from "./yaml-view.js";

export function extractCompose(file: SourceFile, context: ExtractContext): FileModel {
  const project = new ComposeProject(file, context);
  const { main } = project;
  const base = emptyFileModel(file);
  if (main.yaml.tooDeep) {
    return { ...base, comments: main.yaml.comments, notices: [notice(file, "not-analysed", `This compose file nests collections more than ${MAX_FLOW_DEPTH} levels deep, so it was not analysed.`)] };
  }
  const containers: ContainerSpec[] = [];
  const cliInvocations: CliInvocation[] = [];
  const notices: FileNotice[] = [];
  for (const entry of serviceKeys(main)) {
    const keyLoc = main.yaml.locate(entry.keyNode.range?.[0] ?? 0, entry.keyNode.range?.[1] ?? 0);
    const own = serviceLayers(project, main, entry.key, { kind: "own" });
    if (own.capped) notices.push(notice(file, "incomplete", `In this compose file, ${own.capped}, which docker compose rejects; what it would bring in was read as unknown, so findings may be missing.`));
    const merged = mergedLayers(project, entry.key, keyLoc, own.layers);
    const service = { layers: merged.layers, ...(own.unresolved !== undefined && { unresolved: own.unresolved }) };
    const ownLayer = own.layers[own.layers.length - 1];
    const started = ownLayer ? serviceCliInvocations(new LayerReader(ownLayer, project.variables)) : [];
    cliInvocations.push(...started);
    const container = serviceContainer(project, entry.key, keyLoc, service, merged.overlay);
    // The service's own `command`/`entrypoint` replaces what the image it builds starts.
    containers.push(started.length > 0 ? { ...container, runs: started } : container);
  }
  if (project.budget.exhausted) {
    notices.push(notice(file, "incomplete", "This compose file uses more aliases and merge keys than agentlint follows (an alias bomb?), so some settings were read as unknown and findings may be missing."));
  }
  return {
    ...base,
    containers,
    cliInvocations,
    comments: main.yaml.comments,
    parseProblems: main.yaml.problem ? [main.yaml.problem] : [],
    notices,
  };
}

/**
 * The service's layers with those of the file compose merges with the analysed one: the
 * override after the base's own layers, or the base before an overlay's (which makes the
 * overlay's service open: the base reports what is missing).
 */
function mergedLayers(project: ComposeProject, name: string, keyLoc: ContainerSpec["loc"], own: readonly Layer[]): { layers: Layer[]; overlay: boolean } {
  const counterpart = project.counterpart;
  if (counterpart.role === "alone") return { layers: [...own], overlay: false };
  const other: ComposeSource = counterpart.role === "base" ? counterpart.override : counterpart.base;
  const origin: LayerOrigin = { kind: "hidden", anchor: keyLoc, via: other.yaml.path };
  const theirs = serviceLayers(project, other, name, origin).layers;
  if (counterpart.role === "base") return { layers: [...own, ...theirs], overlay: false };
  return { layers: [...theirs, ...own], overlay: theirs.length > 0 };
}

/** Each service of the file once, at its first declaration (a later document merges into it). */
function serviceKeys(source: ComposeSource): MapEntry[] {
  const seen = new Set<string>();
  const keys: MapEntry[] = [];
  for (const { view, services } of source.documents) {
    for (const entry of view.entries(services)) {
      if (seen.has(entry.key) || !view.map(entry.value)) continue;
      seen.add(entry.key);
      keys.push(entry);
    }
  }
  return keys;
}

function notice(file: SourceFile, kind: FileNotice["kind"], message: string): FileNotice {
  return { file: file.path, kind, message };
}
