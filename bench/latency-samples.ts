/**
 * The files the single-file latency section times: for every input kind in the registry, the
 * synthetic repository's samples of that kind and one fixture of it (the largest), so that a
 * new front end gets its line as soon as it is registered and has fixtures. Fixtures are
 * copied under the benchmark's root with their path, so that they classify as they do here.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { InputKind } from "../src/core/types.js";
import { classifyPath, LANGUAGES } from "../src/languages/registry.js";
import type { SyntheticRepo } from "./synthetic-repo.js";

export interface LatencySample {
  readonly name: string;
  readonly kind: InputKind | "none";
  /** Absolute path under the benchmark's root. */
  readonly file: string;
  readonly targetMs?: number;
}

export function latencySamples(packageRoot: string, benchRoot: string, repo: SyntheticRepo): LatencySample[] {
  const samples: LatencySample[] = [{ name: "file that cannot matter", kind: "none", file: repo.samples.irrelevant, targetMs: 150 }];
  const fixtures = filesUnder(path.join(packageRoot, "fixtures"));
  for (const kind of [...new Set(LANGUAGES.flatMap((language) => language.kinds))]) {
    if (kind === "typescript") samples.push({ name: "TS agent file (synthetic)", kind, file: repo.samples.tsAgent, targetMs: 500 });
    if (kind === "python" && repo.samples.pythonAgent) samples.push({ name: "Python agent file (synthetic)", kind, file: repo.samples.pythonAgent });
    const largest = fixtures
      .filter((file) => classifyPath(file) === kind)
      .map((file) => ({ file, size: statSync(file).size }))
      .sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1))[0];
    if (!largest) continue;
    const relative = path.relative(packageRoot, largest.file);
    const copy = path.join(benchRoot, relative);
    mkdirSync(path.dirname(copy), { recursive: true });
    copyFileSync(largest.file, copy);
    samples.push({ name: `${kind} (${relative.split(path.sep).join("/")})`, kind, file: copy });
  }
  return samples;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full.split(path.sep).join("/")];
    });
}
