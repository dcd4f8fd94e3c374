import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../src/formatters/github.js";
import { finding, sampleReport } from "./sample-report.js";

describe("github format", () => {
  it("prints one workflow command per unsuppressed finding, warnings as ::warning", () => {
    const lines = formatGithub(sampleReport()).split("\n");
    expect(lines).toEqual([
      '::error file=src/agent.ts,line=3,col=5,endLine=3,endColumn=40,title=agentlint/no-permission-bypass::Permission mode "bypassPermissions" approves every tool call.',
      "::warning file=src/agent.ts,line=12,col=1,endLine=14,endColumn=2,title=agentlint/require-cwd::No cwd, so it works anywhere.",
      "::error file=lib/odd name%2C100%25.py,line=7,col=11,endLine=7,endColumn=15,title=agentlint/require-max-turns::maxTurns 1000 is above 50:%0Alower it (value from LIMITS[deep] at lib/limits.py:3).",
      "",
    ]);
  });

  it("escapes %, CR and LF in messages and also : and , in properties", () => {
    expect(escapeData("100% a:b,c\r\nd")).toBe("100%25 a:b,c%0D%0Ad");
    expect(escapeProperty("100% a:b,c\r\nd")).toBe("100%25 a%3Ab%2Cc%0D%0Ad");
  });

  it("prints nothing when there is nothing to show", () => {
    expect(formatGithub({ cwd: "/x", filesAnalyzed: 0, notices: [], findings: [finding({ suppressed: { kind: "baseline" } })] })).toBe("");
  });
});
