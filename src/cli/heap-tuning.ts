/**
 * V8 heap settings of the CLI process, measured on the benchmark's scan of 10,000 files (two
 * workers; peak memory target 300 MiB). Only the CLI calls these: the ESLint plugin never
 * touches its host's flags. V8 flags are process-wide, hence the care about when each is set.
 *
 * - While the main thread walks and reads the repository it allocates much short-lived
 *   garbage; letting V8 grow the young generation to its default 48 MiB for that buys nothing
 *   and leaves about 30 MiB more resident, so it stays at its initial size until the analysis.
 * - Analysis in the main thread (small scans, `--concurrency off`) runs with the default
 *   growth again: a small young generation costs it about 10% more time.
 * - A scan with workers holds three heaps at once, each mostly garbage between collections:
 *   after a full collection V8 lets a heap grow to up to 4x what survived (2x in a worker).
 *   With workers, every heap grows by 30% instead, and the main thread collects once after
 *   reading the repository (it lives on about 10 MiB while the workers run); each worker does
 *   the same once its parser is loaded. Measured peak memory: a median of 280 MiB (highest 293
 *   over five runs) instead of 291-337 MiB on the benchmark's 10,000 files, 415-453 MiB instead
 *   of 450-490 MiB on a real 1,300-file TypeScript project, the time unchanged on both.
 *
 * `--optimize-for-size` would save more, but costs about 30% more time on a real 500-file
 * TypeScript project.
 */
import v8 from "node:v8";
import vm from "node:vm";

export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/** Back to V8's default (a factor of 2). */
export function letYoungGenerationGrow(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=2");
}

/** Heaps grow by 30% after a full collection (V8 reads the flag at each one); see above. */
export function growHeapsInSmallSteps(): void {
  v8.setFlagsFromString("--heap-growing-percent=30");
}

/** A full collection now, through the `gc` function V8 exposes on request. */
export function collectGarbageNow(): void {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as (() => void) | undefined;
  gc?.();
}
