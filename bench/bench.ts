/**
 * `npm run bench [-- --files N] [-- --runs R] [-- --json]`: generates a synthetic repository,
 * scans it with the CLI binary, and measures throughput, peak memory and single-file latency
 * (the case a pre-commit hook lives in).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { median, runCli } from "./measure.js";
import { writePythonCorpus, writeSyntheticRepo } from "./synthetic-repo.js";

interface LatencyCase {
  readonly name: string;
  readonly file: string;
  readonly targetMs?: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, "../..");
const cli = path.join(packageRoot, "bin/agentlint.js");
const probe = path.join(here, "probe.js");

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "2000" },
    runs: { type: "string", default: "7" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const fileCount = positiveInteger(values.files, "--files");
const runs = positiveInteger(values.runs, "--runs");
const python = existsSync(path.join(packageRoot, "dist/src/languages/python/index.js"));

const root = mkdtempSync(path.join(tmpdir(), "agentlint-bench-"));
try {
  const repo = writeSyntheticRepo(root, { files: fileCount, python });
  const scan = runCli(cli, [".", "--format", "json", "--fail-on", "never"], { cwd: root, probe });
  const report = JSON.parse(scan.stdout) as { findings: unknown[] };
  const cases: LatencyCase[] = [
    { name: "file that cannot matter", file: repo.samples.irrelevant, targetMs: 150 },
    { name: "TS agent file", file: repo.samples.tsAgent, targetMs: 500 },
    ...(repo.samples.pythonAgent ? [{ name: "Python agent file", file: repo.samples.pythonAgent }] : []),
  ];
  const latency = cases.map((entry) => {
    const args = [path.relative(root, entry.file), "--fail-on", "never"];
    const probed = runCli(cli, args, { cwd: root, probe });
    const timed = Array.from({ length: runs }, () => runCli(cli, args, { cwd: root }));
    return {
      name: entry.name,
      medianMs: round(median(timed.map((run) => run.wallMs))),
      ...(entry.targetMs ? { targetMs: entry.targetMs } : {}),
      loaded: probed.loaded ?? [],
    };
  });
  const pythonScan = python ? scanPythonCorpus(Math.max(100, Math.round(fileCount / 4))) : undefined;
  const seconds = scan.wallMs / 1000;
  const result = {
    files: repo.files,
    megabytes: round(repo.bytes / 1e6),
    scan: {
      seconds: round(seconds),
      filesPerSecond: round(repo.files / seconds),
      megabytesPerSecond: round(repo.bytes / 1e6 / seconds),
      peakRssMiB: round(scan.peakRssMiB ?? 0),
      findings: report.findings.length,
    },
    ...(pythonScan ? { python: pythonScan } : {}),
    latency: { runs, cases: latency },
    machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
  };
  console.log(values.json ? JSON.stringify(result, null, 2) : table(result));
} finally {
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.error(`kept ${root}`);
}

/** Python throughput on a corpus of Python agent modules only (every file passes the pre-filter). */
function scanPythonCorpus(count: number): PythonScan {
  const corpusRoot = mkdtempSync(path.join(tmpdir(), "agentlint-bench-py-"));
  try {
    const corpus = writePythonCorpus(corpusRoot, count);
    const run = runCli(cli, [".", "--format", "json", "--fail-on", "never"], { cwd: corpusRoot, probe });
    const report = JSON.parse(run.stdout) as { findings: unknown[] };
    const seconds = run.wallMs / 1000;
    return {
      files: corpus.files,
      megabytes: round(corpus.bytes / 1e6),
      seconds: round(seconds),
      filesPerSecond: round(corpus.files / seconds),
      megabytesPerSecond: round(corpus.bytes / 1e6 / seconds),
      peakRssMiB: round(run.peakRssMiB ?? 0),
      findings: report.findings.length,
    };
  } finally {
    rmSync(corpusRoot, { recursive: true, force: true });
  }
}

interface PythonScan {
  files: number;
  megabytes: number;
  seconds: number;
  filesPerSecond: number;
  megabytesPerSecond: number;
  peakRssMiB: number;
  findings: number;
}

function table(result: {
  files: number;
  megabytes: number;
  scan: { seconds: number; filesPerSecond: number; megabytesPerSecond: number; peakRssMiB: number; findings: number };
  python?: PythonScan;
  latency: { runs: number; cases: Array<{ name: string; medianMs: number; targetMs?: number; loaded: readonly string[] }> };
  machine: { node: string; platform: string };
}): string {
  const { scan } = result;
  const lines = [
    `agentlint benchmark — ${result.files} files, ${result.megabytes} MB (node ${result.machine.node}, ${result.machine.platform})`,
    "",
    "| scan | value |",
    "| --- | --- |",
    `| wall time | ${scan.seconds} s |`,
    `| throughput | ${scan.filesPerSecond} files/s, ${scan.megabytesPerSecond} MB/s |`,
    `| peak RSS | ${scan.peakRssMiB} MiB |`,
    `| findings | ${scan.findings} |`,
    "",
    ...(result.python
      ? [
          `| Python agent code only (${result.python.files} files, ${result.python.megabytes} MB) | value |`,
          "| --- | --- |",
          `| wall time | ${result.python.seconds} s |`,
          `| throughput | ${result.python.filesPerSecond} files/s, ${result.python.megabytesPerSecond} MB/s |`,
          `| peak RSS | ${result.python.peakRssMiB} MiB |`,
          `| findings | ${result.python.findings} |`,
          "",
        ]
      : []),
    `| single file (median of ${result.latency.runs}) | wall | target | heavy modules loaded |`,
    "| --- | --- | --- | --- |",
    ...result.latency.cases.map(
      (entry) =>
        `| ${entry.name} | ${entry.medianMs} ms | ${entry.targetMs ? `< ${entry.targetMs} ms${entry.medianMs < entry.targetMs ? " ✓" : " ✗"}` : "–"} | ${entry.loaded.join(", ") || "none"} |`,
    ),
  ];
  return lines.join("\n");
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
