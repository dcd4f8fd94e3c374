/**
 * Joins agent code with the containers it is built into, so that a message about an agent
 * that checks none of its tool calls names the container that is left to confine it.
 *
 * The link is static and looked for from the code file's side, in a bounded, deterministic
 * walk: from the file's directory up to the repository root (the directory holding `.git`),
 * at most MAX_DEPTH directories, each directory's compose file (the first of the names
 * `docker compose` looks for) and its `Dockerfile`/`Containerfile` are read through
 * `ExtractContext.readFile`. A compose service links when its `build` context holds the file
 * and the Dockerfile it builds copies the file in (`COPY`/`ADD` of the context, `.dockerignore`
 * applied); a Dockerfile on its own links when it copies the file in from its own directory as
 * the build context. A Dockerfile that cannot be read, a context or source that depends on an
 * unknown variable, a remote context: no link. Kubernetes manifests are not searched (their
 * images are not tied to a build by anything in the repository).
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { SourceFile } from "../core/types.js";
import { DEFAULT_FILE_NAMES } from "../languages/compose/language.js";
import type { ExtractContext } from "../languages/language.js";
import { cliBypasses } from "../model/cli.js";
import type { Deployment } from "../model/deployment.js";
import type { FileModel } from "../model/file-model.js";
import type * as ContainerSources from "./container-sources.js";

/** How many directories above a file are searched. */
const MAX_DEPTH = 12;
/** Larger files are no configuration a person wrote; they are not read for the join. */
const MAX_BYTES = 1024 * 1024;
const DOCKERFILE_NAMES = ["Dockerfile", "Containerfile"];
const CODE_KINDS = new Set(["typescript", "javascript", "python"]);

export function joinDeployments(model: FileModel, context: ExtractContext): FileModel {
  if (!CODE_KINDS.has(model.file.kind) || !mayNeedDeployments(model)) return model;
  const deployments = new DeploymentFinder(context).find(model.file.absolutePath);
  return deployments.length === 0 ? model : { ...model, deployments };
}

/** Only messages about agents and Claude Code runs name deployments: other files skip the walk. */
function mayNeedDeployments(model: FileModel): boolean {
  return model.agents.length > 0 || model.cliInvocations.some((invocation) => cliBypasses(invocation).length > 0);
}

class DeploymentFinder {
  constructor(private readonly context: ExtractContext) {}

  find(absolutePath: string): Deployment[] {
    const found: Deployment[] = [];
    const seenDockerfiles = new Set<string>();
    let directory = path.dirname(absolutePath);
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      for (const service of this.composeServices(directory)) {
        if (!isInside(absolutePath, service.context)) continue;
        seenDockerfiles.add(service.dockerfile);
        const copiedBy = this.copiedBy(service.dockerfile, service.context, absolutePath);
        if (copiedBy) found.push({ container: `${service.name} of ${this.relative(service.composeFile)}`, copiedBy });
      }
      for (const name of DOCKERFILE_NAMES) {
        const dockerfile = path.join(directory, name);
        if (seenDockerfiles.has(dockerfile)) continue;
        const copiedBy = this.copiedBy(dockerfile, directory, absolutePath);
        if (copiedBy) found.push({ container: `the image of ${this.relative(dockerfile)}`, copiedBy });
      }
      if (this.isRepositoryRoot(directory)) break;
      const parent = path.dirname(directory);
      if (parent === directory) break;
      directory = parent;
    }
    return found;
  }

  /** The services of the directory's compose file that build a local Dockerfile (the first of the names `docker compose` looks for). */
  private composeServices(directory: string): Array<ContainerSources.BuiltService & { readonly composeFile: string }> {
    for (const name of DEFAULT_FILE_NAMES) {
      const absolutePath = path.join(directory, name);
      const text = this.read(absolutePath);
      if (text === undefined) continue;
      const file: SourceFile = { path: this.relative(absolutePath), absolutePath, text, kind: "compose" };
      return containerSources().builtServices(file, this.context).map((service) => ({ ...service, composeFile: absolutePath }));
    }
    return [];
  }

  /** The instruction that copies `absolutePath` in, when the Dockerfile built from `buildContext` does. */
  private copiedBy(dockerfile: string, buildContext: string, absolutePath: string): string | undefined {
    const text = this.read(dockerfile);
    if (text === undefined) return undefined;
    const ignore = this.read(`${dockerfile}.dockerignore`) ?? this.read(path.join(buildContext, ".dockerignore"));
    return containerSources().copyingInstruction({ path: this.relative(dockerfile), text }, buildContext, absolutePath, ignore);
  }

  private isRepositoryRoot(directory: string): boolean {
    return this.context.readFile(path.join(directory, ".git", "HEAD")) !== undefined || this.context.readFile(path.join(directory, ".git")) !== undefined;
  }

  private read(absolutePath: string): string | undefined {
    const text = this.context.readFile(absolutePath);
    return text === undefined || text.length > MAX_BYTES ? undefined : text.replace(/^\uFEFF/, "");
  }

  private relative(absolutePath: string): string {
    return path.relative(this.context.cwd, absolutePath).split(path.sep).join("/");
  }
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

const require = createRequire(import.meta.url);
let sources: typeof ContainerSources | undefined;

/**
 * The compose and Dockerfile readers, loaded on first use (synchronously, like the front ends'
 * `load`): a code file with no container file around never loads their parsers.
 */
function containerSources(): typeof ContainerSources {
  sources ??= require("./container-sources.js") as typeof ContainerSources;
  return sources;
}

/** Loads the readers ahead of a synchronous analysis, for callers that cannot `require` this module's sources (the test runner). */
export async function prepareDeployments(): Promise<void> {
  sources ??= await import("./container-sources.js");
}
