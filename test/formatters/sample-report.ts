/** Synthetic scan reports for exact formatter checks (no analysis involved). */
import type { FileNotice, Finding } from "../../src/core/types.js";
import type { ScanReport } from "../../src/formatters/report.js";

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: "no-permission-bypass",
    severity: "error",
    message: "Permission mode \"bypassPermissions\" approves every tool call.",
    messageId: "bypass",
    data: {},
    file: "src/agent.ts",
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 40,
    start: 40,
    end: 75,
    fingerprint: "0123456789abcdef0123456789abcdef",
    ...overrides,
  };
}

export const NOTICE: FileNotice = { file: "assets/blob.ts", kind: "binary", message: "Skipped assets/blob.ts: it contains NUL bytes, so it looks like a binary file." };

export function sampleReport(): ScanReport {
  return {
    cwd: "/work/project",
    filesAnalyzed: 3,
    notices: [NOTICE],
    findings: [
      finding(),
      finding({ ruleId: "require-cwd", severity: "warn", message: "No cwd, so it works anywhere.", line: 12, column: 1, endLine: 14, endColumn: 2, fingerprint: "f".repeat(32) }),
      finding({
        ruleId: "require-max-turns",
        file: "lib/odd name,100%.py",
        message: "maxTurns 1000 is above 50:\nlower it (value from LIMITS[deep] at lib/limits.py:3).",
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 15,
        related: [{ file: "lib/limits.py", line: 3, column: 9, endLine: 3, endColumn: 13, message: "value from LIMITS[deep]" }],
        fingerprint: "a".repeat(32),
      }),
      finding({ ruleId: "no-unscoped-bash", line: 20, endLine: 20, fingerprint: "b".repeat(32), suppressed: { kind: "inSource", justification: "sandboxed CI" } }),
      finding({ ruleId: "require-cwd", severity: "warn", line: 30, endLine: 30, fingerprint: "c".repeat(32), suppressed: { kind: "baseline" } }),
    ],
  };
}
