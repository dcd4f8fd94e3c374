/**
 * The long fuzzing campaign behind `npm run fuzz` (scripts/fuzz.mjs starts it, one process per
 * kind): FUZZ_RUNS inputs of kind FUZZ_KIND from FUZZ_START on, seeded with FUZZ_SEED. Every
 * input is checked (check-input.ts); problems do not stop the campaign. The figures, the
 * inputs with problems, the slowest input without one (timed again at the end) and a sample of
 * SARIF logs go to the FUZZ_OUT directory. A time-out leaves
 * this process unable to analyse, so the campaign then stops and says where; the script
 * starts a new process from the next input. FUZZ_DEADLINE (epoch milliseconds) ends it early.
 * Skipped unless FUZZ_KIND is set.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import { DEFAULT_FILE_TIME_MS } from "../../src/analysis/limits.js";
import type { InputKind } from "../../src/core/types.js";
import { prepareExtractors } from "../../src/languages/index.js";
import { canCheck, checkInput } from "./check-input.js";
import { corpusOf } from "./corpus.js";
import { fuzzInputs, type FuzzInput } from "./inputs.js";

const kind = process.env.FUZZ_KIND as InputKind | undefined;
const CHUNK = 200;
/** Every so many inputs, the SARIF log is kept for the script's final check with sarif-multitool. */
const SARIF_SAMPLE_EVERY = 10_000;

describe.runIf(kind !== undefined)("fuzzing campaign", () => {
  it(`runs ${process.env.FUZZ_RUNS ?? 0} inputs of ${kind}`, async () => {
    const settings = {
      kind: kind as InputKind,
      runs: Number(process.env.FUZZ_RUNS ?? 1000),
      start: Number(process.env.FUZZ_START ?? 0),
      seed: Number(process.env.FUZZ_SEED ?? 1),
      out: process.env.FUZZ_OUT ?? "fuzz-out",
      maxRepetitionBytes: Number(process.env.FUZZ_MAX_REPEAT_BYTES ?? 2_000_000),
      /** Epoch milliseconds after which no new input is started. */
      deadline: Number(process.env.FUZZ_DEADLINE ?? Infinity),
    };
    await prepareExtractors(new Set([settings.kind]));
    const corpus = corpusOf(settings.kind);
    const inputs = fuzzInputs(corpus.seeds, corpus.samplePath, { maxRepetitionBytes: settings.maxRepetitionBytes });
    mkdirSync(settings.out, { recursive: true });
    const problems: Array<{ index: number; recipe: string; problem: string; file: string }> = [];
    const slowCandidates: Array<{ index: number; ms: number; input: FuzzInput }> = [];
    let checked = 0;
    /** Inputs whose analysis took longer than the per-file time limit (but ended before the guard). */
    let overran = 0;
    let stoppedAt: number | undefined;
    let deadlineReached = false;
    const started = performance.now();
    const save = (name: string, input: FuzzInput) => {
      const file = path.join(settings.out, `${name}${extensionOf(input.absolutePath)}`);
      writeFileSync(file, input.bytes);
      return file;
    };
    for (let index = settings.start; index < settings.runs && stoppedAt === undefined && !deadlineReached; ) {
      const chunk = Math.floor(index / CHUNK);
      const batch = fc.sample(inputs, { numRuns: CHUNK, seed: settings.seed + chunk });
      for (let offset = index % CHUNK; offset < CHUNK && index < settings.runs; offset += 1, index += 1) {
        if (Date.now() > settings.deadline) {
          deadlineReached = true;
          break;
        }
        const input = batch[offset] as FuzzInput;
        const outcome = checkInput(settings.kind, input);
        checked += 1;
        if (outcome.ms > DEFAULT_FILE_TIME_MS && !outcome.timedOut) overran += 1;
        if (outcome.problem) problems.push({ index, recipe: input.recipe, problem: outcome.problem.slice(0, 400), file: save(`${settings.kind}-problem-${index}`, input) });
        if (outcome.sarif && (index % SARIF_SAMPLE_EVERY === 0 || index === settings.runs - 1)) {
          writeFileSync(path.join(settings.out, `${settings.kind}-${index}.sarif`), outcome.sarif);
        }
        if (!outcome.problem) keepSlowest(slowCandidates, { index, ms: outcome.ms, input });
        if (!canCheck()) {
          stoppedAt = index;
          break;
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const slowest = canCheck() ? retimeSlowest(settings.kind, slowCandidates) : undefined;
    const report = {
      ...settings,
      checked,
      overran,
      problems,
      slowest: slowest && { index: slowest.index, ms: slowest.ms, recipe: slowest.input.recipe, bytes: slowest.input.bytes.length, file: save(`${settings.kind}-slowest-${slowest.index}`, slowest.input) },
      stoppedAt,
      deadlineReached,
      seconds,
    };
    writeFileSync(path.join(settings.out, `${settings.kind}-${settings.start}.json`), `${JSON.stringify(report, null, 2)}\n`);
  }, 86_400_000);
});

const SLOW_CANDIDATES = 20;

function keepSlowest(candidates: Array<{ index: number; ms: number; input: FuzzInput }>, candidate: { index: number; ms: number; input: FuzzInput }): void {
  candidates.push(candidate);
  candidates.sort((a, b) => b.ms - a.ms);
  candidates.length = Math.min(candidates.length, SLOW_CANDIDATES);
}

/**
 * A time measured in a long campaign includes whatever the heap held from earlier inputs (a
 * major GC can land on any input): the twenty slowest are timed again, three times each,
 * and the median counts.
 */
function retimeSlowest(kind: InputKind, candidates: ReadonlyArray<{ index: number; ms: number; input: FuzzInput }>) {
  const retimed = candidates.map((candidate) => {
    const times = [0, 1, 2].map(() => checkInput(kind, candidate.input).ms).sort((a, b) => a - b);
    return { ...candidate, ms: times[1] ?? candidate.ms };
  });
  return retimed.sort((a, b) => b.ms - a.ms)[0];
}

function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return name.includes(".") ? name.slice(name.lastIndexOf(".")) : `.${name}`;
}
