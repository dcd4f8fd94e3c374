/**
 * Fuzzing every input kind in the registry (see corpus.ts, inputs.ts, check-input.ts): CI
 * runs a few dozen inputs per kind with a fixed seed, so a failure reproduces; the recorded
 * regressions and slowest inputs are replayed every time. `npm run fuzz` runs the long
 * campaign (100,000 inputs per kind, random seeds) through campaign.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareExtractors } from "../../src/languages/index.js";
import { canCheck, checkInput } from "./check-input.js";
import { corpusOf, recordedInputs as allRecordedInputs, REGRESSIONS, registryKinds } from "./corpus.js";
import { fuzzInputs } from "./inputs.js";

// The test runner cannot `require` TypeScript sources: load every extractor up front.
await prepareExtractors(new Set(registryKinds()));

/** Regressions whose problem is not fixed yet: listed, not replayed (see regressions/README.md). */
const OPEN = JSON.parse(readFileSync(path.join(REGRESSIONS, "open.json"), "utf8")) as Record<string, string>;

function recordedInputs(kind: Parameters<typeof allRecordedInputs>[0]) {
  return allRecordedInputs(kind).filter((recorded) => !(path.basename(recorded.absolutePath) in OPEN));
}

const RUNS = Number(process.env.FUZZ_CI_RUNS ?? 50);
const SEED = Number(process.env.FUZZ_SEED ?? 20251204);

describe.each(registryKinds())("fuzzing %s", (kind) => {
  const corpus = corpusOf(kind);

  it("survives mutated and generated inputs: no crash, no time-out, valid JSON and SARIF, same bytes twice", () => {
    fc.assert(
      fc.property(fuzzInputs(corpus.seeds, corpus.samplePath, { maxRepetitionBytes: 10_000 }), (input) => {
        // After a time-out this thread cannot analyse again: keep the first counterexample.
        if (!canCheck()) return;
        const outcome = checkInput(kind, input);
        expect(outcome.problem, `${input.recipe}`).toBeUndefined();
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it.each(recordedInputs(kind).map((recorded) => [path.basename(recorded.absolutePath), recorded] as const))("replays %s", (name, recorded) => {
    if (!canCheck()) return;
    const outcome = checkInput(kind, { ...recorded, recipe: recorded.absolutePath });
    expect(outcome.problem, recorded.absolutePath).toBeUndefined();
  });

  it.skip.each(Object.keys(OPEN).filter((name) => allRecordedInputs(kind).some((recorded) => path.basename(recorded.absolutePath) === name)))(
    "replays %s (open: see regressions/open.json)",
    () => undefined,
  );
});
