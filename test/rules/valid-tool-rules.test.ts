import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "valid-tool-rules";
const allowed = (...entries: string[]) => agent(`{ allowedTools: [${entries.map((e) => JSON.stringify(e)).join(", ")}] }`);
const ids = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => f.messageId);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags a typo with the closest name, at the element", () => {
    const findings = findingsOf(RULE, allowed("Read", "Bsh"));
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn, f.severity])).toEqual([["unknown", 2, 57, 62, "warn"]]);
    expect(findings[0]?.message).toBe('"Bsh" in `allowedTools` is not a tool the SDK knows, so the entry has no effect. Did you mean "Bash"?');
    expect(findingsOf(RULE, allowed("web_fetch"))[0]?.message).toContain('Did you mean "WebFetch"?');
  });

  it("flags names that resemble nothing", () => {
    expect(ids(allowed("deploy_to_production"))).toEqual(["unknownNoSuggestion"]);
  });

  it.each([["View", "Read"], ["GlobTool", "Glob"], ["GrepTool", "Grep"], ["Replace", "Write"], ["LSTool", "LS"], ["KillBash", "TaskStop"], ["KillShell", "TaskStop"]])(
    "flags the legacy name %s with its replacement %s",
    (legacy, replacement) => {
      const [finding] = findingsOf(RULE, allowed(legacy));
      expect(finding?.messageId).toBe("legacy");
      expect(finding?.message).toContain(`Use "${replacement}"`);
    },
  );

  it("flags allow entries the SDK ignores", () => {
    expect(ids(allowed("*"))).toEqual(["ignoredGlob"]);
    expect(ids(allowed("mcp__*"))).toEqual(["ignoredGlob"]);
    expect(ids(allowed("B*"))).toEqual(["ignoredGlob"]);
    expect(ids(agent('{ disallowedTools: ["mcp__*", "*"] }'))).toEqual([]);
  });

  it("flags scoped rules that are never consulted, in any list", () => {
    const [finding] = findingsOf(RULE, agent('{ disallowedTools: ["Write(.env)"] }'));
    expect(finding?.messageId).toBe("unconsulted");
    expect(finding?.message).toContain('Write "Edit(.env)" instead');
    expect(ids(allowed("MultiEdit(src/**)", "NotebookEdit(*.ipynb)", "Glob(src/**)"))).toEqual(["unconsulted", "unconsulted", "unconsulted"]);
    expect(ids(allowed("Write", "Write(*)", "Edit(src/**)", "Read(docs/**)"))).toEqual([]);
  });

  it("flags parameter rules in allow lists and on primary fields", () => {
    expect(ids(allowed("Bash(command:rm *)"))).toEqual(["primaryParameter"]);
    expect(ids(allowed("Bash(run_in_background:true)"))).toEqual(["parameterInAllow"]);
    expect(ids(agent('{ disallowedTools: ["Bash(run_in_background:true)", "Agent(model:opus)"] }'))).toEqual([]);
    expect(ids(agent('{ disallowedTools: ["Bash(command:rm *)"] }'))).toEqual(["primaryParameter"]);
  });

  it("flags malformed syntax", () => {
    const [finding] = findingsOf(RULE, allowed("Bash(git diff:*"));
    expect(finding?.messageId).toBe("malformed");
    expect(finding?.message).toContain("its `(` is never closed");
  });

  it("flags bare names of in-process MCP tools", () => {
    const code = `import { query, createSdkMcpServer, tool } from "@anthropic-ai/claude-agent-sdk";
import { z } from "zod";
const calc = createSdkMcpServer({ name: "calc", tools: [tool("add", "Adds", { a: z.number() }, async () => ({ content: [] }))] });
query({ prompt: "go", options: { mcpServers: { calc }, allowedTools: ["add"] } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["bareMcpTool", 4, 71]]);
    expect(findings[0]?.message).toContain('Write "mcp__calc__add"');
  });

  it("does not flag current names, MCP names, aliases and valid scopes", () => {
    expect(
      ids(allowed("Read", "Edit", "Bash(git diff:*)", "Bash(npm run test:*)", "WebFetch(domain:example.com)", "mcp__github__get_issue", "mcp__docs__*", "mcp__docs", "Task", "Agent(Explore)", "Skill(deploy *)", "TodoWrite")),
    ).toEqual([]);
    expect(ids(agent('{ tools: { type: "preset", preset: "claude_code" } }'))).toEqual([]);
  });

  it("checks tools, disallowedTools, subagent tools and inline settings", () => {
    expect(ids(agent('{ tools: ["Reed"] }'))).toEqual(["unknown"]);
    expect(ids(agent('{ agents: { a: { description: "A", prompt: "A", tools: ["GrepTool"] } } }'))).toEqual(["legacy"]);
    expect(ids(agent('{ settings: { permissions: { deny: ["Write(.env)"] } } }'))).toEqual(["unconsulted"]);
  });

  it("names the alternative holding the entry", () => {
    const code = `${IMPORT}const extended = process.env.EXTENDED === "1";
${PREFIX}{ allowedTools: ["Read", extended ? "Bashh" : "Grep"] } });
`;
    const [finding] = findingsOf(RULE, code);
    expect(finding?.message).toMatch(/\(when .*extended.*\)\?$/);
  });

  it("resolves lists imported from another file and reports at the option", () => {
    const code = `${IMPORT}import { TOOLS } from "./tools";
${PREFIX}{ allowedTools: TOOLS } });
`;
    expect(findingsOf(RULE, code, { files: { "tools.ts": 'export const TOOLS = ["View"];\n' } }).map((f) => [f.messageId, f.line, f.column])).toEqual([
      ["legacy", 3, 34],
    ]);
  });

  it("checks Python lists", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read", "GrepTool"], disallowed_tools=["Write(.env)"])
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([
      ["legacy", 3, 53],
      ["unconsulted", 3, 84],
    ]);
    expect(findings[0]?.message).toContain("`allowed_tools`");
  });
});

describe(`${RULE} on many entries of one agent`, () => {
  it("places each of thousands of findings at its own entry (placement is indexed once per agent)", () => {
    const entries = Array.from({ length: 3000 }, (_, index) => `Bsh${index % 2 === 0 ? "" : "x"}`);
    const settings = `{\n  "permissions": {\n    "allow": [\n${entries.map((entry) => `      ${JSON.stringify(entry)}`).join(",\n")}\n    ]\n  }\n}\n`;
    const findings = findingsOf(RULE, settings, { filename: ".claude/settings.json" });
    expect(findings).toHaveLength(3000);
    expect(findings.map((finding) => finding.line)).toEqual(entries.map((_, index) => index + 4));
    expect(findings.every((finding) => finding.column === 7)).toBe(true);
  });
});
