import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-auto-approve-mcp";

describe(RULE, () => {
  it("reports enableAllProjectMcpServers: true in a settings file at the value", () => {
    const settings = `{\n  "permissions": { "allow": ["Read"] },\n  "enableAllProjectMcpServers": true\n}\n`;
    expect(findingsOf(RULE, settings, { filename: ".claude/settings.json" })).toEqual([
      {
        messageId: "approveAll",
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 37,
        severity: "warn",
        message:
          "`enableAllProjectMcpServers: true` starts every server that a project's `.mcp.json` declares without asking, including one a pull request or a cloned repository adds; each runs with your user's access. List the servers you reviewed in `enabledMcpjsonServers` instead.",
      },
    ]);
  });

  it("reports it in settings.local.json and in inline SDK settings", () => {
    expect(findingsOf(RULE, `{ "enableAllProjectMcpServers": true }`, { filename: ".claude/settings.local.json" })).toHaveLength(1);
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: "Go.", options: { settings: { enableAllProjectMcpServers: true } } });\n`;
    expect(findingsOf(RULE, code).map((f) => [f.line, f.column])).toEqual([[2, 75]]);
  });

  it.each([
    ["false", `{ "enableAllProjectMcpServers": false }`],
    ["an explicit list", `{ "enabledMcpjsonServers": ["github"] }`],
    ["a string", `{ "enableAllProjectMcpServers": "true" }`],
  ])("does not report %s", (_label, settings) => {
    expect(findingsOf(RULE, settings, { filename: ".claude/settings.json" })).toEqual([]);
  });
});
