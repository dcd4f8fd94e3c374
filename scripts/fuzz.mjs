#!/usr/bin/env node
/**
 * `npm run fuzz [-- --runs N] [-- --minutes M] [-- --kinds a,b] [-- --seed S] [-- --out DIR]
 * [-- --save-slowest]`: fuzzes every input kind in the registry (default 100,000 inputs each),
 * one campaign process per kind (test/fuzz/campaign.test.ts), as many at a time as the machine
 * has cores. With --minutes, each kind gets its share of that time and stops there. A campaign
 * stopped by a time-out is resumed after the input that timed out. Prints, per kind: inputs,
 * crashes (throws and internal-error notices), time-outs, other broken outputs, the slowest input
 * and its time, how many inputs took longer than the per-file time limit without reaching the
 * guard, and the total time; then validates the sampled SARIF logs with sarif-multitool.
 * With --save-slowest, each kind's slowest input is copied to test/fuzz/slowest/ (replayed by
 * the test suite and timed by `npm run bench`).
 * Exit status 1 when any input had a problem.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100000" },
    kinds: { type: "string" },
    seed: { type: "string", default: String(Math.floor(Math.random() * 2 ** 31)) },
    out: { type: "string" },
    "max-repeat-bytes": { type: "string", default: "1000000" },
    minutes: { type: "string" },
    "save-slowest": { type: "boolean", default: false },
  },
});
const { LANGUAGES } = await import(path.join(root, "dist/src/languages/registry.js"));
const kinds = values.kinds ? values.kinds.split(",") : [...new Set(LANGUAGES.flatMap((language) => language.kinds))];
const out = values.out ? path.resolve(values.out) : mkdtempSync(path.join(tmpdir(), "agentlint-fuzz-"));
mkdirSync(out, { recursive: true });
const runs = Number(values.runs);
const seed = Number(values.seed);
const lanes = Math.min(availableParallelism(), kinds.length);
/** Each kind's share of --minutes, in milliseconds. */
const budgetMs = values.minutes ? (Number(values.minutes) * 60_000 * lanes) / kinds.length : Infinity;

console.log(`agentlint fuzzing: ${runs} inputs per kind, kinds ${kinds.join(", ")}, seed ${seed}, output in ${out}`);
const started = performance.now();
const results = await mapConcurrently(kinds, lanes, campaign);
const totalSeconds = (performance.now() - started) / 1000;

const rows = results.map((result) => {
  const crashes = result.problems.filter((problem) => /^(internal-error|read|threw)/.test(problem.problem)).length;
  const hangs = result.problems.filter((problem) => /no answer within|timed out|^timed-out/.test(problem.problem)).length;
  const slowest = result.slowest;
  return [
    result.kind,
    result.checked,
    crashes,
    hangs,
    result.problems.length - crashes - hangs,
    result.overran,
    slowest ? `${slowest.recipe} (${slowest.bytes} bytes)` : "–",
    slowest ? `${Math.round(slowest.ms)} ms` : "–",
    `${Math.round(result.seconds)} s`,
  ];
});
console.log("\n| kind | inputs | crashes | time-outs | other problems | over the time limit | slowest input | its time | campaign time |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\ntotal time ${Math.round(totalSeconds)} s`);

for (const result of results) {
  for (const problem of result.problems) console.log(`problem: ${result.kind} input ${problem.index} (${problem.recipe}): ${problem.problem}\n  saved as ${problem.file}`);
}
if (values["save-slowest"]) {
  const slowestDirectory = path.join(root, "test/fuzz/slowest");
  mkdirSync(slowestDirectory, { recursive: true });
  for (const result of results) {
    if (!result.slowest) continue;
    const target = path.join(slowestDirectory, `${result.kind}-slowest${path.extname(result.slowest.file) || path.basename(result.slowest.file)}`);
    copyFileSync(result.slowest.file, target);
    console.log(`slowest ${result.kind} input saved as ${path.relative(root, target)}`);
  }
}
const sarifValid = validateSarifSamples();
process.exitCode = results.some((result) => result.problems.length > 0) || !sarifValid ? 1 : 0;

/** One kind's campaign, resumed after each time-out until every input is checked. */
async function campaign(kind) {
  const merged = { kind, checked: 0, overran: 0, problems: [], slowest: undefined, seconds: 0 };
  const deadline = Number.isFinite(budgetMs) ? String(Date.now() + budgetMs) : "Infinity";
  for (let start = 0; start < runs; ) {
    await runVitest({ FUZZ_KIND: kind, FUZZ_RUNS: String(runs), FUZZ_START: String(start), FUZZ_SEED: String(seed), FUZZ_OUT: out, FUZZ_MAX_REPEAT_BYTES: values["max-repeat-bytes"], FUZZ_DEADLINE: deadline });
    const reportFile = path.join(out, `${kind}-${start}.json`);
    if (!existsSync(reportFile)) throw new Error(`The ${kind} campaign from input ${start} wrote no report; see its output above.`);
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    merged.checked += report.checked;
    merged.overran += report.overran;
    merged.problems.push(...report.problems);
    merged.seconds += report.seconds;
    if (report.slowest && (!merged.slowest || report.slowest.ms > merged.slowest.ms)) merged.slowest = report.slowest;
    start = report.stoppedAt === undefined || report.deadlineReached ? runs : report.stoppedAt + 1;
  }
  return merged;
}

function runVitest(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "test/fuzz/campaign.test.ts"], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", () => resolve());
  });
}

async function mapConcurrently(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

function validateSarifSamples() {
  const multitool = path.join(root, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
  const samples = readdirSync(out).filter((name) => name.endsWith(".sarif"));
  if (!existsSync(multitool)) {
    console.log(`sarif-multitool is not installed for this platform; ${samples.length} sampled SARIF logs were checked against the schema only.`);
    return true;
  }
  let valid = true;
  for (const sample of samples) {
    const report = path.join(out, `${sample}.validation.json`);
    spawnSync(multitool, ["validate", path.join(out, sample), "-o", report, "--log", "ForceOverwrite", "--level", "Error", "--rule-kind", "Sarif;Gh"], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
      stdio: "ignore",
    });
    const errors = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")).runs[0].results.filter((result) => result.level === "error") : [{ message: "no validation report" }];
    if (errors.length > 0) {
      valid = false;
      console.log(`sarif-multitool: ${sample} has ${errors.length} errors, e.g. ${JSON.stringify(errors[0].message)}`);
    }
    rmSync(report, { force: true });
  }
  console.log(`sarif-multitool validate: ${samples.length} sampled SARIF logs, ${valid ? "all valid" : "some invalid"}.`);
  return valid;
}
