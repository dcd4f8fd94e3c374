/**
 * Turns the command line's paths (or standard input) into the SourceFiles worth analysing,
 * plus the notices about files that were skipped.
 */
import path from "node:path";
import type { FileNotice, SourceFile } from "../core/types.js";
import { classifyPath } from "../languages/registry.js";
import { toPosix } from "../discover/posix.js";
import { readSource, sourceFromBytes, type ReadOutcome } from "../discover/read-source.js";
import { discoverFiles, type DiscoveredFile } from "../discover/walk.js";
import type { AgentlintConfig } from "./config.js";
import { UsageError } from "./errors.js";

export interface Gathered {
  readonly sources: readonly SourceFile[];
  readonly notices: readonly FileNotice[];
}

/** Reads run this many at a time: enough to hide latency, few enough to keep file handles low. */
const READ_CONCURRENCY = 32;

export async function gatherFiles(paths: readonly string[], cwd: string, config: AgentlintConfig): Promise<Gathered> {
  const isIgnored = await configIgnores(config);
  const discovery = await discoverFiles(paths, { cwd, isIgnoredByConfig: isIgnored });
  if (discovery.missing.length > 0) {
    const [first] = discovery.missing;
    throw new UsageError(`No such file or directory: ${first}.`, "Check the paths given on the command line.");
  }
  const outcomes = await readAll(discovery.files);
  return collect(outcomes, discovery.notices);
}

export async function gatherStdin(bytes: Uint8Array, filename: string, cwd: string, config: AgentlintConfig): Promise<Gathered> {
  const absolutePath = path.resolve(cwd, filename);
  const kind = classifyPath(toPosix(absolutePath));
  const isIgnored = await configIgnores(config);
  if (kind === undefined || isIgnored(absolutePath)) return { sources: [], notices: [] };
  const relative = toPosix(path.relative(cwd, absolutePath));
  return collect([sourceFromBytes({ path: relative, absolutePath, kind }, bytes)], []);
}

async function configIgnores(config: AgentlintConfig): Promise<(absolutePath: string) => boolean> {
  if (config.ignores.length === 0) return () => false;
  const { ignoresMatcher } = await import("./ignores.js");
  return ignoresMatcher(config);
}

async function readAll(files: readonly DiscoveredFile[]): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = new Array<ReadOutcome>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      if (file) outcomes[index] = await readSource(file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return outcomes;
}

function collect(outcomes: readonly ReadOutcome[], earlier: readonly FileNotice[]): Gathered {
  const sources: SourceFile[] = [];
  const notices: FileNotice[] = [...earlier];
  for (const outcome of outcomes) {
    if ("source" in outcome) sources.push(outcome.source);
    else if ("notice" in outcome) notices.push(outcome.notice);
  }
  return { sources, notices };
}
