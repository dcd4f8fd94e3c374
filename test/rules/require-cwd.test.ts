import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "require-cwd";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags pre-approved write or exec tools without cwd, at the options", () => {
    const findings = findingsOf(RULE, agent('{ allowedTools: ["Read", "Edit"] }'));
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.severity])).toEqual([[2, 32, 66, "warn"]]);
    expect(findings[0]?.message).toBe(
      "This agent has Edit pre-approved but sets no `cwd`, so it works in whatever directory the process happens to run in. Set `cwd` to the project or a scratch directory.",
    );
    expect(at(agent('{ allowedTools: ["Bash(npm test)"] }'))).toEqual([["missing", 2, 32]]);
  });

  it("flags acceptEdits and bypass modes", () => {
    expect(findingsOf(RULE, agent('{ allowedTools: ["Read"], permissionMode: "acceptEdits" }'))[0]?.message).toContain("auto-approves file edits (acceptEdits)");
    expect(findingsOf(RULE, agent('{ permissionMode: "bypassPermissions" }'))[0]?.message).toContain("runs in bypassPermissions mode");
  });

  it("does not flag read-only agents, tools that are only available, agents with cwd, or subagents", () => {
    expect(at(agent('{ allowedTools: ["Read", "Grep", "Glob", "WebSearch"] }'))).toEqual([]);
    expect(at(agent('{ tools: ["Read", "Edit"], allowedTools: ["Read"] }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Edit"], cwd: "/srv/app" }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Edit"], cwd: process.env.WORKDIR }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Read"], cwd: "/srv/app", agents: { fixer: { description: "Fixes", prompt: "Fix", tools: ["Edit"] } } }'))).toEqual([]);
  });

  it("does not flag bypass or acceptEdits when `tools` leaves no tool that writes or runs commands", () => {
    expect(at(agent('{ tools: [], allowedTools: ["mcp__crm__lookup"], permissionMode: "bypassPermissions" }'))).toEqual([]);
    expect(at(agent('{ tools: ["Read", "Grep"], permissionMode: "acceptEdits" }'))).toEqual([]);
    expect(at(agent('{ tools: ["Read", "Bash"], permissionMode: "bypassPermissions" }'))).toEqual([["missing", 2, 32]]);
    expect(at(agent('{ tools: ["Read", ...extraTools], permissionMode: "bypassPermissions" }'))).toEqual([["missing", 2, 32]]);
  });

  it("names the alternative in which cwd is missing", () => {
    const code = `${IMPORT}const pinned = process.env.PIN === "1";
${PREFIX}{ allowedTools: ["Write"], cwd: pinned ? "/srv/app" : undefined } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*pinned.*\)\.$/);
  });

  it("resolves tools imported from another file", () => {
    const code = `${IMPORT}import { TOOLS } from "./tools";
${PREFIX}{ allowedTools: TOOLS } });
`;
    expect(at(code, { files: { "tools.ts": 'export const TOOLS = ["Read", "Write"];\n' } })).toEqual([["missing", 3, 32]]);
    expect(at(code, { files: { "tools.ts": 'export const TOOLS = ["Read"];\n' } })).toEqual([]);
  });

  it("checks Python agents", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read", "Write"])
`;
    expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => f.line)).toEqual([3]);
    expect(findingsOf(RULE, code.replace('"Write"])', '"Write"], cwd="/srv/app")'), { filename: "agent.py" })).toEqual([]);
  });
});
