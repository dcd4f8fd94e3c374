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
 * - Workers' heaps grow by a fixed 20% over what survives each full collection, instead of
 *   V8's adaptive factor (up to 4x): 15-25 MiB less per worker, and no measurable time, on
 *   the synthetic repository as on a 500-file TypeScript project. (V8's optimize-for-size
 *   saves a little more but costs 5% of time on the first and 30% on the second: it also
 *   makes the optimizing compiler hold back.) Set just before the first worker starts, so a
 *   run without workers keeps V8's defaults.
 */
import v8 from "node:v8";

export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/** Back to V8's default (a factor of 2). */
export function letYoungGenerationGrow(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=2");
}

export function growWorkerHeapsInSmallSteps(): void {
  v8.setFlagsFromString("--heap-growing-percent=20");
}
