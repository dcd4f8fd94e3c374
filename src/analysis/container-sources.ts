/**
 * Reading the container files a code file may be built into, for the deployments join
 * (deployments.ts): a compose file's services with their build context and Dockerfile, and
 * the instruction of a Dockerfile that copies a file of its build context in. Loaded only when
 * such a file exists, since it brings the compose and Dockerfile parsers.
 */
import path from "node:path";
import type { SourceFile } from "../core/types.js";
import { extractCompose } from "../languages/compose/index.js";
import { copiedFromContext } from "../languages/dockerfile/build-context.js";
import { copiedSourcesOf } from "../languages/dockerfile/copies.js";
import { DockerfileDocument, isReadableDockerfile } from "../languages/dockerfile/document.js";
import { resolveDockerfile } from "../languages/dockerfile/stages.js";
import type { ExtractContext } from "../languages/language.js";
import type { CopiedSource } from "../model/image.js";

export interface BuiltService {
  /** `service "agent"`. */
  readonly name: string;
  readonly dockerfile: string;
  readonly context: string;
}

/** The services of a compose file that build a local Dockerfile, merged as `docker compose` merges them. */
export function builtServices(file: SourceFile, context: ExtractContext): BuiltService[] {
  return extractCompose(file, context).containers.flatMap((spec) => {
    const dockerfile = spec.build?.dockerfile;
    const buildContext = spec.build?.context;
    return dockerfile === undefined || buildContext === undefined ? [] : [{ name: spec.name, dockerfile, context: buildContext }];
  });
}

/**
 * The first line of the instruction that copies `absolutePath` into an image the Dockerfile
 * builds from `buildContext`, `.dockerignore` (or `<Dockerfile>.dockerignore`) applied.
 */
export function copyingInstruction(dockerfile: { readonly path: string; readonly text: string }, buildContext: string, absolutePath: string, dockerignore: string | undefined): string | undefined {
  const copies = copiesOf(dockerfile);
  const relativePath = path.relative(buildContext, absolutePath).split(path.sep).join("/");
  const copy = copiedFromContext(relativePath, copies, dockerignore);
  if (!copy) return undefined;
  const { text } = dockerfile;
  const lineStart = text.lastIndexOf("\n", copy.loc.start - 1) + 1;
  const lineEnd = text.indexOf("\n", copy.loc.start);
  return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim().replace(/\s*\\$/, "");
}

/** Each Dockerfile's copies, parsed once while its text stays the same: every agent file of a project asks about the same few. */
const copiesByPath = new Map<string, { readonly text: string; readonly copies: readonly CopiedSource[] }>();

function copiesOf(dockerfile: { readonly path: string; readonly text: string }): readonly CopiedSource[] {
  const cached = copiesByPath.get(dockerfile.path);
  if (cached?.text === dockerfile.text) return cached.copies;
  const copies = isReadableDockerfile(dockerfile.text) ? copiedSourcesOf(resolveDockerfile(new DockerfileDocument(dockerfile.path, dockerfile.text))) : [];
  copiesByPath.set(dockerfile.path, { text: dockerfile.text, copies });
  return copies;
}
