/** Exit statuses, as ruff and ESLint use them. */
import type { FileNotice, Finding } from "../core/types.js";
import type { FailOn } from "./args.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/**
 * 1 when an unsuppressed finding is at or above the threshold. An internal error on a file
 * means the scan is incomplete, so it is 2: a security gate must not pass on a partial scan.
 * Other notices (binary, too large, unreadable, broken links) are printed but do not change
 * the status: such a file is skipped, as a linter skips what it cannot read.
 */
export function exitCodeFor(findings: readonly Finding[], notices: readonly FileNotice[], failOn: FailOn): number {
  if (notices.some((notice) => notice.kind === "internal-error")) return EXIT_ERROR;
  if (failOn === "never") return EXIT_OK;
  const failing = findings.some((finding) => !finding.suppressed && (failOn === "warn" || finding.severity === "error"));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
