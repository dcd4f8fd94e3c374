/**
 * `npm run bench [-- --files N] [-- --runs R] [-- --scan-runs S] [-- --json]`: generates a
 * synthetic repository, scans it S times (default 5) with the CLI binary — with the default
 * worker threads, in one thread, and again with `--cache` — and reports the median time and
 * the median and highest peak memory; then single-file latency (the case
 * a pre-commit hook lives in) for a sample of every input kind, the stress inputs
 * (bench/stress-inputs.ts; the settings class is the shape of the issue that made a gate
 * hang), and the slowest inputs the fuzzer found (test/fuzz/slowest/).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { classifyPath } from "../src/languages/registry.js";
import { latencySamples } from "./latency-samples.js";
import { median, runCli, type CliRun } from "./measure.js";
import { stressInputs } from "./stress-inputs.js";
import { writePythonCorpus, writeSyntheticRepo } from "./synthetic-repo.js";
import { renderTables, type BenchResult, type RepoScan, type TimedCase } from "./tables.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, "../..");
const cli = path.join(packageRoot, "bin/agentlint.js");
const probe = path.join(here, "probe.js");
const memory = { what: "memory", probe } as const;
const modules = { what: "modules", probe } as const;

/** The stress inputs of the issue's shape: a settings class that assembles its agent's options. */
const ISSUE_SHAPED = /\/settings-class$/;
const ISSUE_TARGET_MS = 1000;

/** The issue's targets for the 10,000-file scan, and for the repeat run with the cache. */
const REPO_TARGETS = { seconds: 10, peakRssMiB: 300 } as const;
const CACHE_TARGETS = { seconds: 1.5 } as const;

/** Names each input kind is read from (as in test/fuzz/corpus.ts). */
const SAMPLE_NAMES = ["agent.ts", "agent.js", "agent.py", "Dockerfile", "compose.yaml", "deploy.yaml", "profile.json", ".claude/settings.json", ".mcp.json", ".claude/agents/reviewer.md", "CLAUDE.md"];

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "10000" },
    runs: { type: "string", default: "7" },
    "scan-runs": { type: "string", default: "5" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const fileCount = positiveInteger(values.files, "--files");
const runs = positiveInteger(values.runs, "--runs");
const scanRuns = positiveInteger(values["scan-runs"], "--scan-runs");

const root = mkdtempSync(path.join(tmpdir(), "agentlint-bench-"));
try {
  mkdirSync(path.join(root, ".git"));
  const repo = writeSyntheticRepo(root, { files: fileCount, python: true });
  const scanArgs = [".", "--format", "json", "--fail-on", "never"];
  const scans: RepoScan[] = [
    { ...repoScan(`default (auto: ${availableParallelism()} cores)`, scanTimes(scanArgs, root), repo), targets: REPO_TARGETS },
    repoScan("one thread (--concurrency off)", scanTimes([...scanArgs, "--concurrency", "off"], root), repo),
  ];
  runCli(cli, [...scanArgs, "--cache"], { cwd: root });
  scans.push({ ...repoScan("repeat run with --cache (nothing changed)", scanTimes([...scanArgs, "--cache"], root), repo), targets: CACHE_TARGETS });
  rmSync(path.join(root, ".agentlintcache"), { force: true });

  const latency = latencySamples(packageRoot, root, repo).map((sample) => ({
    ...timed(sample.name, path.relative(root, sample.file), root),
    ...(sample.targetMs ? { targetMs: sample.targetMs } : {}),
  }));
  const stress = stressInputs().map((input) => {
    const directory = path.join(root, "stress", input.name);
    for (const [relative, text] of Object.entries(input.files)) {
      mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
      writeFileSync(path.join(directory, relative), text);
    }
    return { ...timed(input.name, path.relative(root, path.join(directory, input.entry)), root), ...(ISSUE_SHAPED.test(input.name) ? { targetMs: ISSUE_TARGET_MS } : {}) };
  });
  const result: BenchResult = {
    files: repo.files,
    megabytes: round(repo.bytes / 1e6),
    scans,
    python: scanPythonCorpus(Math.max(100, Math.round(fileCount / 20))),
    runs,
    latency,
    stress,
    fuzzSlowest: fuzzSlowest(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cores: availableParallelism() },
  };
  console.log(values.json ? JSON.stringify(result, null, 2) : renderTables(result));
} finally {
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.error(`kept ${root}`);
}

/** `scanRuns` runs of one repository scan: peak memory and time vary from run to run. */
function scanTimes(args: readonly string[], cwd: string): CliRun[] {
  return Array.from({ length: scanRuns }, () => runCli(cli, args, { cwd, measure: memory }));
}

function repoScan(name: string, runs: readonly CliRun[], repo: { files: number; bytes: number }): RepoScan {
  const seconds = median(runs.map((run) => run.wallMs)) / 1000;
  const peaks = runs.map((run) => run.peakRssMiB ?? 0);
  const report = JSON.parse((runs[0] as CliRun).stdout) as { findings: unknown[] };
  return {
    name,
    runs: runs.length,
    seconds: round(seconds),
    filesPerSecond: round(repo.files / seconds),
    megabytesPerSecond: round(repo.bytes / 1e6 / seconds),
    peakRssMiB: round(median(peaks)),
    peakRssMaxMiB: round(Math.max(...peaks)),
    findings: report.findings.length,
  };
}

/** Median wall time of `node bin/agentlint.js <file>` (unprobed), and what a probed run loaded. */
function timed(name: string, file: string, cwd: string): TimedCase {
  const args = [file, "--fail-on", "never"];
  const probed = runCli(cli, args, { cwd, measure: modules });
  const times = Array.from({ length: runs }, () => runCli(cli, args, { cwd }).wallMs);
  return { name, medianMs: round(median(times)), loaded: probed.loaded ?? [] };
}

/** Python throughput on a corpus of Python agent modules only (every file passes the pre-filter). */
function scanPythonCorpus(count: number): RepoScan {
  const corpusRoot = mkdtempSync(path.join(tmpdir(), "agentlint-bench-py-"));
  try {
    mkdirSync(path.join(corpusRoot, ".git"));
    const corpus = writePythonCorpus(corpusRoot, count);
    return repoScan(`Python agent code only (${corpus.files} files)`, scanTimes([".", "--format", "json", "--fail-on", "never"], corpusRoot), corpus);
  } finally {
    rmSync(corpusRoot, { recursive: true, force: true });
  }
}

/**
 * The slowest input `npm run fuzz -- --save-slowest` found for each kind, timed like a single
 * file. Each is copied to a path its kind is read from (`<kind>-slowest.md` alone would be
 * skipped as a file that cannot matter).
 */
function fuzzSlowest(): TimedCase[] {
  const directory = path.join(packageRoot, "test/fuzz/slowest");
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const kind = name.slice(0, name.indexOf("-slowest"));
      const target = SAMPLE_NAMES.map((sample) => path.join(root, "fuzz-slowest", kind, sample)).find((candidate) => classifyPath(candidate) === kind);
      if (target === undefined) return [];
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(directory, name), target);
      return [timed(`${name} (as ${path.relative(path.join(root, "fuzz-slowest", kind), target)})`, path.relative(root, target), root)];
    });
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${flag} takes a positive whole number, not "${text}".`);
    process.exit(2);
  }
  return value;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
