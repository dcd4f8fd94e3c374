import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "no-unscoped-bash";
const IMPORT = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';
const PREFIX = 'query({ prompt: "go", options: '; // 31 characters: the options start at column 32
const agent = (options: string) => `${IMPORT}${PREFIX}${options} });\n`;
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.endColumn]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags a pre-approved bare Bash at the list element", () => {
    const findings = findingsOf(RULE, agent('{ allowedTools: ["Read", "Bash"] }'));
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([["preApproved", 2, 57, 63]]);
    expect(findings[0]?.message).toBe(
      '"Bash" in `allowedTools` pre-approves every shell command, and pre-approved calls never reach `canUseTool`. Scope it to the commands the agent needs (e.g. "Bash(git diff:*)") or check each call with a PreToolUse hook on Bash.',
    );
  });

  it.each(["Bash(*)", "Bash()", "Bash:*", "Bash(npx *)", "Bash(bunx:*)", "Bash(pnpm dlx *)", "Bash(sh -c *)", "Bash(env *)", "Bash(xargs *)",
    "Bash(docker exec *)", "Bash(node *)", "Bash(python3 *)", "Bash(deno run *)", "Bash(ruby -e *)"])("flags %s", (rule) => {
    expect(at(agent(`{ allowedTools: ["${rule}"] }`)).map(([id, line, column]) => [id, line, column])).toEqual([["preApproved", 2, 49]]);
  });

  it("reports Bash from a constant list at the option that takes it, naming the list", () => {
    const code = `${IMPORT}const TOOLS = ["Read", "Bash"];
const BASE = ["Grep", "Bash(*)"];
${PREFIX}{ allowedTools: TOOLS } });
query({ prompt: "go", options: { allowedTools: [...BASE, "Glob"] } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.line, f.column, f.endColumn])).toEqual([[4, 34, 46], [5, 34, 46]]);
    expect(findings[0]?.message).toMatch(/ \(value from TOOLS at agent\.ts:2\)\.$/);
    expect(findings[1]?.message).toMatch(/ \(value set at agent\.ts:3\)\.$/);
  });

  it("says that a runner admits any command", () => {
    expect(findingsOf(RULE, agent('{ allowedTools: ["Bash(npx *)"] }'))[0]?.message).toContain("a runner or interpreter that can run any command");
  });

  it("does not flag scoped commands, Bash that is only available, or Bash removed by disallowedTools", () => {
    expect(at(agent('{ allowedTools: ["Bash(git diff:*)", "Bash(npm test)", "Bash(python3 -m pytest *)"] }'))).toEqual([]);
    expect(at(agent('{ tools: ["Read", "Bash"], allowedTools: ["Read"] }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash"], disallowedTools: ["Bash"] }'))).toEqual([]);
    expect(at(agent('{ disallowedTools: ["Bash"] }'))).toEqual([]);
  });

  it("accepts a PreToolUse hook that covers Bash as a guard", () => {
    for (const matcher of ['"Bash"', '"*"', '""', '"Bash|Edit"', '"Ba.*"']) {
      expect(at(agent(`{ allowedTools: ["Bash"], hooks: { PreToolUse: [{ matcher: ${matcher}, hooks: [async () => ({})] }] } }`)), matcher).toEqual([]);
    }
    expect(at(agent('{ allowedTools: ["Bash"], hooks: { PreToolUse: [{ hooks: [async () => ({})] }] } }'))).toEqual([]);
  });

  it("does not accept PostToolUse hooks, hooks for other tools, or canUseTool for a pre-approved Bash", () => {
    expect(at(agent('{ allowedTools: ["Bash"], hooks: { PostToolUse: [{ matcher: "Bash", hooks: [async () => ({})] }] } }'))).toHaveLength(1);
    expect(at(agent('{ allowedTools: ["Bash"], hooks: { PreToolUse: [{ matcher: "Edit|Write", hooks: [async () => ({})] }] } }'))).toHaveLength(1);
    expect(at(agent('{ allowedTools: ["Bash"], canUseTool: async () => ({ behavior: "allow", updatedInput: {} }) }'))).toHaveLength(1);
  });

  it("gives no finding when the hooks are unknown", () => {
    const code = `${IMPORT}export function run(hooks: any) { return query({ prompt: "go", options: { allowedTools: ["Bash"], hooks } }); }\n`;
    expect(at(code)).toEqual([]);
  });

  it("flags Bash in a subagent's tools unless a callback decides its calls", () => {
    const subagent = '{ agents: { runner: { description: "Runs things", prompt: "Run it", tools: ["Read", "Bash"] } }';
    expect(at(agent(`${subagent} }`))).toEqual([["subagentTools", 2, 116, 122]]);
    expect(at(agent(`${subagent}, canUseTool: async () => ({ behavior: "deny", message: "no" }) }`))).toEqual([]);
  });

  it("flags Bash in tools under bypassPermissions", () => {
    const findings = at(agent('{ tools: ["Bash"], permissionMode: "bypassPermissions", allowDangerouslySkipPermissions: true }'));
    expect(findings).toEqual([["bypassTools", 2, 42, 48]]);
  });

  it("names the alternative that pre-approves Bash", () => {
    const code = `${IMPORT}const admin = process.env.ROLE === "admin";
${PREFIX}{ allowedTools: admin ? ["Read", "Bash"] : ["Read"] } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*admin.*\)\.$/);
  });

  it("resolves an imported list and reports at the option in this file", () => {
    const code = `${IMPORT}import { TOOLS } from "./tools";
${PREFIX}{ allowedTools: TOOLS } });
`;
    expect(at(code, { files: { "tools.ts": 'export const TOOLS = ["Read", "Bash(npx *)"];\n' } })).toEqual([["preApproved", 3, 34, 46]]);
  });

  it("flags Python allowed_tools", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read", "Bash"])
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["preApproved", 3, 53]]);
    expect(findings[0]?.message).toContain("`allowed_tools`");
  });

  it("accepts a Python HookMatcher on Bash as a guard", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions, HookMatcher


async def check(input_data, tool_use_id, context):
    return {}


options = ClaudeAgentOptions(allowed_tools=["Bash"], hooks={"PreToolUse": [HookMatcher(matcher="Bash", hooks=[check])]})
`;
    expect(findingsOf(RULE, code, { filename: "agent.py" })).toEqual([]);
    expect(findingsOf(RULE, code.replace('"PreToolUse"', '"PostToolUse"'), { filename: "agent.py" })).toHaveLength(1);
  });

  it("reports Bash pre-approved both by a shared role list and literally once, at the literal", () => {
    const code = `${IMPORT}import { ROLE_TOOLS } from "./roles";
const role = process.argv[2] === "admin" ? "admin" : "viewer";
${PREFIX}{ allowedTools: [...ROLE_TOOLS[role], "Bash"] } });
`;
    const files = { "roles.ts": 'export const ROLE_TOOLS = { viewer: ["Read"], admin: ["Read", "Bash"] } as const;\n' };
    expect(findingsOf(RULE, code, { files }).map((f) => [f.messageId, f.line, f.column, f.message.endsWith("Bash.")])).toEqual([["preApproved", 4, 70, true]]);
  });
});

