/**
 * How long one file's analysis may take. Two mechanisms share one limit:
 *
 * - the extractors' cooperative deadline (`ExtractContext.limits.fileTimeMs`): past the limit,
 *   values still being computed become unknown and the model carries an `incomplete` notice;
 * - the hard guard (this module's callers): a file still being analysed at twice the limit —
 *   something the deadline could not stop, such as one long parser call — is abandoned with a
 *   `timed-out` notice, and the scan goes on with the other files.
 *
 * The hard guard fires later than the deadline so that a file the extractor can stop keeps
 * the findings it already has.
 */
import type { FileNotice, SourceFile } from "../core/types.js";

/** Milliseconds one file's analysis may take by default (`fileTimeLimit`, `--file-time-limit`): the extractors' own. */
export { DEFAULT_FILE_TIME_MS } from "../languages/budget.js";

/** What `fileTimeLimit` and `--file-time-limit` accept, in milliseconds. */
export const FILE_TIME_LIMIT_RANGE = { minimum: 1, maximum: 3_600_000 } as const;

/** When the hard guard abandons a file whose analysis was given `fileTimeMs`. */
export function abandonAfterMs(fileTimeMs: number): number {
  return fileTimeMs * 2;
}

export function timedOutNotice(file: SourceFile, fileTimeMs: number): FileNotice {
  return {
    file: file.path,
    kind: "timed-out",
    message:
      `Stopped analysing ${file.path} after ${seconds(abandonAfterMs(fileTimeMs))}, twice the per-file time limit of ${seconds(fileTimeMs)}, ` +
      "so none of its findings are reported. Raise the limit with --file-time-limit MS or `fileTimeLimit` in the config file, or exclude the file with `ignores`.",
  };
}

function seconds(milliseconds: number): string {
  const value = milliseconds / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(value < 1 ? 2 : 1)} s`;
}
