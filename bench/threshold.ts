/**
 * `node dist/bench/threshold.js [--runs R] [--sizes 10,20,…]`: where worker threads start to
 * pay. For synthetic repositories with a growing number of agent files (TypeScript and Python,
 * as in the benchmark's repository), times the CLI in one thread and with one worker per core,
 * and prints the median of each, with the CPU time each used. `FILES_PER_WORKER` in
 * src/analysis/run-tasks.ts comes from where the workers start to win.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { median, runCli } from "./measure.js";
import { writeSyntheticRepo } from "./synthetic-repo.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, "../../bin/agentlint.js");
const probe = path.join(here, "probe.js");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    sizes: { type: "string", default: "10,20,30,40,60,80,120,200" },
  },
});
const runs = Number(values.runs);
const cores = availableParallelism();

console.log(`| files analysed | one thread: wall, CPU | ${cores} workers: wall, CPU |\n| --- | --- | --- |`);
for (const agents of values.sizes.split(",").map(Number)) {
  const root = mkdtempSync(path.join(tmpdir(), "agentlint-threshold-"));
  try {
    mkdirSync(path.join(root, ".git"));
    // The synthetic repository holds about one agent file in ten.
    writeSyntheticRepo(root, { files: agents * 10, python: true });
    const time = (concurrency: string) => {
      const args = [".", "--format", "json", "--fail-on", "never", "--concurrency", concurrency];
      const probed = runCli(cli, args, { cwd: root, measure: { what: "memory", probe } });
      const analysed = (JSON.parse(probed.stdout) as { summary: { filesAnalyzed: number } }).summary.filesAnalyzed;
      return { analysed, cpu: probed.cpuSeconds ?? NaN, ms: median(Array.from({ length: runs }, () => runCli(cli, args, { cwd: root }).wallMs)) };
    };
    const inThread = time("off");
    const pooled = time(String(cores));
    const cell = (run: { ms: number; cpu: number }) => `${Math.round(run.ms)} ms, ${run.cpu.toFixed(2)} s`;
    console.log(`| ${inThread.analysed} | ${cell(inThread)} | ${cell(pooled)}${pooled.ms < inThread.ms ? " ✓" : ""} |`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
