/**
 * The user a service built from local sources runs as when compose sets none: the USER its
 * Dockerfile ends with (the `build.target` stage, `build.args` replacing ARG defaults), read
 * with the Dockerfile front end. A Dockerfile that cannot be read (a remote context, a file
 * outside the project) leaves the user unknown.
 */
import path from "node:path";
import type { Node } from "yaml";
import type { Location } from "../../core/types.js";
import type { ContainerSetting } from "../../model/container.js";
import type { TextPart } from "../../model/value.js";
import { DockerfileDocument, isReadableDockerfile } from "../dockerfile/document.js";
import { resolveDockerfile } from "../dockerfile/stages.js";
import { startInvocations } from "../dockerfile/start-command.js";
import type { CliInvocation } from "../../model/file-model.js";
import type { ComposeProject } from "./project.js";
import type { LayerReader } from "./reader.js";
import { relocate } from "../../model/relocate.js";
import { scalarText, type MapEntry } from "./yaml-view.js";

export type BuildUser =
  | { readonly kind: "user"; readonly setting: ContainerSetting }
  /** The Dockerfile was read and sets no USER. */
  | { readonly kind: "none"; readonly dockerfile: string }
  | { readonly kind: "unknown"; readonly reason: string };

export interface BuildSource {
  /** The Dockerfile's absolute path, when the build names a local one. */
  readonly dockerfile?: string;
  /** The build context's absolute path, when it is a local directory. */
  readonly context?: string;
  readonly user: BuildUser;
  /** What the built image starts (its ENTRYPOINT and CMD), located at the `build` key. */
  readonly runs?: readonly CliInvocation[];
}

export function buildSource(project: ComposeProject, reader: LayerReader, entry: MapEntry, anchor: Location): BuildSource {
  if (reader.hidden) return { user: { kind: "unknown", reason: "the build is set in the file merged with this one" } };
  const view = reader.layer.view;
  const baseDirectory = path.dirname(reader.layer.source.absolutePath);
  const shortForm = scalarText(entry.value);
  const entries = shortForm === undefined ? view.entries(entry.value) : [];
  const field = (name: string): Node | undefined => entries.find((item) => item.key === name)?.value;
  const known = (node: Node | undefined): string | undefined => {
    if (node === undefined) return undefined;
    const value = reader.stringValue(node);
    return value.kind === "string" ? value.value : undefined;
  };
  const context = shortForm !== undefined ? known(entry.value) : (known(field("context")) ?? (field("context") ? undefined : "."));
  const inline = known(field("dockerfile_inline"));
  const target = known(field("target"));
  const buildArguments = new Map(argumentsOf(reader, field("args")));
  if (inline !== undefined) return builtImage(inline, "dockerfile_inline", target, buildArguments, anchor, {});
  if (context === undefined) return { user: { kind: "unknown", reason: "the build context depends on a variable" } };
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(context)) return { user: { kind: "unknown", reason: "the build context is not a local directory" } };
  const dockerfileField = field("dockerfile");
  const dockerfileName = dockerfileField === undefined ? "Dockerfile" : known(dockerfileField);
  if (dockerfileName === undefined) return { user: { kind: "unknown", reason: "the Dockerfile name is not known" } };
  const dockerfile = path.resolve(baseDirectory, context, dockerfileName);
  const where = { dockerfile, context: path.resolve(baseDirectory, context) };
  const text = project.context.readFile(dockerfile);
  if (text === undefined) return { ...where, user: { kind: "unknown", reason: `${project.relative(dockerfile)} could not be read` } };
  return builtImage(text.replace(/^\uFEFF/, ""), project.relative(dockerfile), target, buildArguments, anchor, where);
}

/** The user the built stage ends with, and what its image starts. */
function builtImage(
  text: string,
  name: string,
  target: string | undefined,
  buildArguments: ReadonlyMap<string, readonly TextPart[]>,
  anchor: Location,
  where: { readonly dockerfile?: string; readonly context?: string },
): BuildSource {
  if (!isReadableDockerfile(text)) return { ...where, user: { kind: "unknown", reason: `${name} is too large to read as a Dockerfile` } };
  const resolved = resolveDockerfile(new DockerfileDocument(name, text), buildArguments);
  const stageIndex = target === undefined ? resolved.stages.length - 1 : resolved.document.stages.findIndex((stage) => stage.name === target.toLowerCase());
  const stage = resolved.stages[stageIndex];
  if (!stage) return { ...where, user: { kind: "unknown", reason: target === undefined ? `${name} has no FROM` : `${name} has no stage "${target}"` } };
  const runs = startInvocations(resolved, stage, anchor);
  const user: BuildUser = stage.user
    ? { kind: "user", setting: { key: "USER", format: "dockerfile", keyLoc: anchor, value: relocate(stage.user.value, anchor), via: `in ${name}, which it builds` } }
    : { kind: "none", dockerfile: name };
  return { ...where, user, ...(runs.length > 0 && { runs }) };
}

/** `build.args` in map or list form; a value compose cannot know is a hole. */
function argumentsOf(reader: LayerReader, node: Node | undefined): Array<[string, readonly TextPart[]]> {
  const view = reader.layer.view;
  if (node === undefined) return [];
  const result: Array<[string, readonly TextPart[]]> = [];
  const push = (name: string, raw: string | undefined, loc: Location): void => {
    if (raw === undefined) return;
    const value = reader.textValue(raw, loc);
    const parts: readonly TextPart[] =
      value.kind === "string" ? [{ kind: "literal", text: value.value, loc }] : value.kind === "text" ? value.parts : [{ kind: "hole", provenance: { kind: "env", name }, expression: name, loc }];
    result.push([name, parts]);
  };
  for (const entry of view.entries(node)) push(entry.key, scalarText(entry.value), reader.locate(entry.keyNode));
  for (const item of view.items(node)) {
    const text = scalarText(item);
    const equals = text?.indexOf("=") ?? -1;
    if (text !== undefined && equals > 0) push(text.slice(0, equals), text.slice(equals + 1), reader.locate(item));
  }
  return result;
}
