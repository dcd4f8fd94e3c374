import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "parse-error";

beforeAll(prepareLanguages);

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

  it("reports the instruction docker build would stop at in a Dockerfile", () => {
    const findings = findingsOf(RULE, "FROM alpine:3.20\nRUN <<EOF\necho never closed\n", { filename: "Dockerfile" });
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([
      [
        2,
        5,
        10,
        'Could not parse this file: the here-document <<EOF is never closed with a line "EOF". Only the parts the parser recovered were checked, so findings may be missing; fix the syntax so that the whole file is analysed.',
      ],
    ]);
  });

  it("reports malformed compose YAML with the parser's reason and place", () => {
    const findings = findingsOf(RULE, "services:\n  agent:\n    image: x:1\n    environment: [A=1\n", { filename: "compose.yaml" });
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "unparsable"]]);
    expect(findings[0]?.message).toMatch(/^Could not parse this file: .*flow.*\. Only the parts/i);
  });
});
