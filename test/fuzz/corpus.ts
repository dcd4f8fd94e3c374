/**
 * What the fuzzer feeds each input kind: every kind the registry knows, with the files under
 * fixtures/ (and the recorded regressions) that classify as it. A new front end is covered
 * as soon as it is registered and has fixtures.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { InputKind } from "../../src/core/types.js";
import { classifyPath, LANGUAGES, languageOf } from "../../src/languages/registry.js";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
export const REGRESSIONS = path.join(REPO_ROOT, "test/fuzz/regressions");
export const SLOWEST = path.join(REPO_ROOT, "test/fuzz/slowest");

export interface Seed {
  /** Absolute path: the fuzzed text is analysed as this file, so its imports resolve as they would. */
  readonly absolutePath: string;
  readonly bytes: Uint8Array;
}

export interface KindCorpus {
  readonly kind: InputKind;
  /** Files of this kind; when there are none, files of the other kinds its front end reads. */
  readonly seeds: readonly Seed[];
  /** Where generated inputs of this kind are analysed (a name that classifies as the kind). */
  readonly samplePath: string;
}

/** Names that classify as each kind in the registry; used for kinds without any fixture. */
const CANDIDATE_NAMES = [
  "agent.ts",
  "agent.js",
  "agent.py",
  "Dockerfile",
  "compose.yaml",
  "deploy.yaml",
  "profile.json",
  ".claude/settings.json",
  ".mcp.json",
  ".claude/agents/reviewer.md",
  "CLAUDE.md",
];

export function registryKinds(): InputKind[] {
  return [...new Set(LANGUAGES.flatMap((language) => language.kinds))];
}

export function corpusOf(kind: InputKind): KindCorpus {
  const all = filesUnder(path.join(REPO_ROOT, "fixtures"));
  const own = all.filter((file) => classifyPath(file) === kind);
  const family = all.filter((file) => {
    const other = classifyPath(file);
    return other !== undefined && languageOf(other) === languageOf(kind);
  });
  const chosen = own.length > 0 ? own : family;
  const samplePath =
    own[0] ??
    CANDIDATE_NAMES.map((name) => path.join(REPO_ROOT, "test/fuzz/generated", name)).find((candidate) => classifyPath(candidate) === kind);
  if (samplePath === undefined) {
    throw new Error(`No fixture classifies as ${kind} and no candidate name does either: add one to CANDIDATE_NAMES in test/fuzz/corpus.ts.`);
  }
  return { kind, seeds: chosen.map((file) => ({ absolutePath: file, bytes: readFileSync(file) })), samplePath };
}

/** Recorded inputs of this kind (regressions and the slowest inputs found), by absolute path. */
export function recordedInputs(kind: InputKind): Seed[] {
  return [...filesUnder(REGRESSIONS), ...filesUnder(SLOWEST)]
    .filter((file) => classifyPath(file) === kind)
    .map((file) => ({ absolutePath: file, bytes: readFileSync(file) }));
}

function filesUnder(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full.split(path.sep).join("/")];
  });
}
