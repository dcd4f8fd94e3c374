import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "parse-error";

describe(RULE, () => {
  it("reports a syntax error with the parser's reason", () => {
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: "Go.", options: { allowedTools: ["Read"] ,\n})\n`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.severity])).toEqual([["unparsable", 3, "error"]]);
    expect(findings[0]?.message).toMatch(/^Could not parse this file: .+\. Only the parts the parser recovered were checked, so findings may be missing; fix the syntax so that the whole file is analysed\.$/);
  });

  it("does not report a file that parses, even with type errors", () => {
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";\nconst turns: number = "many";\nquery({ prompt: "Go.", options: { maxTurns: turns } });\n`;
    expect(findingsOf(RULE, code)).toEqual([]);
  });
});
