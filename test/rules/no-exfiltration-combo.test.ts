import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "no-exfiltration-combo";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.endColumn]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags pre-approved WebFetch with Bash, at the network tool", () => {
    const findings = findingsOf(RULE, agent('{ allowedTools: ["Read", "Bash", "WebFetch"] }'));
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.severity])).toEqual([[2, 65, 75, "warn"]]);
    expect(findings[0]?.message).toBe(
      "This agent can reach the network (WebFetch) and also run commands or write files (Bash); instructions injected through fetched content can make it collect local data and send it out. Split these powers between agents or require approval for one side.",
    );
  });

  it("flags write tools with search, and tools in an availability list", () => {
    expect(at(agent('{ allowedTools: ["WebSearch", "Write"] }'))).toEqual([["combo", 2, 49, 60]]);
    expect(at(agent('{ tools: ["Edit", "WebFetch"] }'))).toEqual([["combo", 2, 50, 60]]);
  });

  it("flags a remote MCP server joined with Bash", () => {
    const code = agent('{ allowedTools: ["Bash", "mcp__docs__search"], mcpServers: { docs: { type: "http", url: "https://mcp.example.com/mcp" } } }');
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.line, f.column])).toEqual([[2, 57]]);
    expect(findings[0]?.message).toContain("(mcp__docs__search)");
  });

  it("flags bypass mode, where every tool is approved", () => {
    expect(findingsOf(RULE, agent('{ permissionMode: "bypassPermissions" }'))[0]?.message).toContain(
      "(WebFetch in bypassPermissions mode) and also run commands or write files (Bash in bypassPermissions mode)",
    );
  });

  it("does not flag read-only sets, scoped non-network Bash, local MCP servers or removed tools", () => {
    expect(at(agent('{ allowedTools: ["Read", "Grep", "WebFetch", "WebSearch"] }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash(git diff:*)", "Bash(npm test)", "WebFetch"] }'))).toEqual([]);
    expect(at(agent('{ tools: ["Read", "Bash", "WebFetch"], allowedTools: ["Bash(git diff:*)", "WebFetch"] }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash"], mcpServers: { local: { type: "http", url: "http://localhost:3000/mcp" } } }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash", "mcp__fs__read"], mcpServers: { fs: { command: "node", args: ["fs-server.js"] } } }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash", "WebFetch"], disallowedTools: ["WebFetch"] }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash"], mcpServers: { docs: { type: "sse", url: "https://mcp.example.com" } }, disallowedTools: ["mcp__docs"] }'))).toEqual([]);
  });

  it("counts a network client in a scoped Bash as the network side", () => {
    expect(at(agent('{ allowedTools: ["Bash(curl *)", "Write"] }'))).toEqual([["combo", 2, 49, 63]]);
  });

  it("names the alternative holding the combination", () => {
    const code = `${IMPORT}const research = process.env.MODE === "research";
${PREFIX}{ allowedTools: research ? ["Bash", "WebFetch"] : ["Bash"] } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*research.*\)\.$/);
  });

  it("resolves tool lists imported from another file", () => {
    const code = `${IMPORT}import { TOOLS } from "./tools";
${PREFIX}{ allowedTools: TOOLS } });
`;
    expect(at(code, { files: { "tools.ts": 'export const TOOLS = ["WebFetch", "Edit"];\n' } })).toEqual([["combo", 3, 34, 46]]);
  });

  it("checks Python agents", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["WebFetch", "Bash"])
`;
    expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => [f.line, f.column])).toEqual([[3, 45]]);
  });
});

describe(`${RULE} in Claude Code configuration`, () => {
  const settings = { filename: ".claude/settings.json" };

  it("reports settings that pre-approve both sides, in their own words", () => {
    expect(findingsOf(RULE, `{ "permissions": { "allow": ["WebFetch", "Edit(./**)"] } }`, settings).map((f) => [f.messageId, f.line, f.column])).toEqual([["comboSettings", 1, 30]]);
  });

  it("does not count path rules that are never consulted (Write(path) grants nothing)", () => {
    expect(findingsOf(RULE, `{ "permissions": { "allow": ["WebFetch", "Write(./**)", "Read"] } }`, settings)).toEqual([]);
  });

  it("reports a skill whose allowed-tools join both sides while it runs", () => {
    const skill = `---\nname: s\ndescription: d\nallowed-tools: WebFetch Bash\n---\nDo it.\n`;
    expect(findingsOf(RULE, skill, { filename: ".claude/skills/s/SKILL.md" }).map((f) => [f.messageId, f.line, f.column])).toEqual([["comboSkill", 4, 16]]);
  });
});
