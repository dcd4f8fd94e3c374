import { describe, expect, it } from "vitest";
import { stylishPaint } from "../../src/formatters/paint.js";
import { formatStylish } from "../../src/formatters/stylish.js";
import { finding, sampleReport } from "./sample-report.js";

describe("stylish format", () => {
  it("groups by file with aligned columns and ends with a count line", () => {
    expect(formatStylish(sampleReport())).toBe(
      [
        "",
        "src/agent.ts",
        '   3:5  error    Permission mode "bypassPermissions" approves every tool call.  no-permission-bypass',
        "  12:1  warning  No cwd, so it works anywhere.                                  require-cwd",
        "",
        "lib/odd name,100%.py",
        "  7:11  error  maxTurns 1000 is above 50: lower it (value from LIMITS[deep] at lib/limits.py:3).  require-max-turns",
        "",
        "✖ 3 problems (2 errors, 1 warning)",
        "2 suppressed findings not shown.",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing for a clean scan, and only the suppressed count when all are suppressed", () => {
    expect(formatStylish({ cwd: "/x", filesAnalyzed: 2, notices: [], findings: [] })).toBe("");
    const onlySuppressed = { cwd: "/x", filesAnalyzed: 1, notices: [], findings: [finding({ suppressed: { kind: "baseline" } })] };
    expect(formatStylish(onlySuppressed)).toBe("\n1 suppressed finding not shown.\n");
  });

  it("colors with chalk at the requested level and not at level 0", async () => {
    const colored = formatStylish(sampleReport(), await stylishPaint(1));
    expect(colored).toContain("\u001b[31m");
    expect(colored).toContain("\u001b[4msrc/agent.ts\u001b[24m");
    const plain = formatStylish(sampleReport(), await stylishPaint(0));
    expect(plain).not.toContain("\u001b[");
  });
});
