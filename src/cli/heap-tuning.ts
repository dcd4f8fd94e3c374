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
 *
 * Workers keep V8's defaults apart from a small young generation (see worker-pool.ts). Making
 * their heaps grow in small steps (`--heap-growing-percent=20`) or `--optimize-for-size` would
 * save another 10-25 MiB per worker, but costs 10-20% (30% for the latter) more time on a real
 * 500-file TypeScript project, whose workers hold 400 MiB or more: not worth it.
 */
import v8 from "node:v8";

export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/** Back to V8's default (a factor of 2). */
export function letYoungGenerationGrow(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=2");
}
