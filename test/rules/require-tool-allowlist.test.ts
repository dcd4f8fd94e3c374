import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "require-tool-allowlist";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column]);
const strict = { rules: { [RULE]: { options: { requireRestriction: true } } } };

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags an agent with no tool lists at its options", () => {
    const findings = findingsOf(RULE, agent("{ maxTurns: 5 }"));
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([["missing", 2, 32, 47]]);
    expect(findings[0]?.message).toBe(
      "This agent sets neither `tools` nor `allowedTools` and no `canUseTool` callback, so every built-in tool (Bash, Write, WebFetch, …) is in its reach. List the tools it needs in `tools` and pre-approve them with `allowedTools`.",
    );
  });

  it("flags an agent with no options at all, at the call", () => {
    expect(at(`${IMPORT}query({ prompt: "go" });\n`)).toEqual([["missing", 2, 1]]);
  });

  it("flags the claude_code tools preset with nothing pre-approved, at the preset", () => {
    expect(at(agent('{ tools: { type: "preset", preset: "claude_code" } }'))).toEqual([["presetTools", 2, 41]]);
    expect(at(agent('{ tools: { type: "preset", preset: "claude_code" }, allowedTools: ["Read"] }'))).toEqual([]);
  });

  it("flags a denylist alone", () => {
    expect(at(agent('{ disallowedTools: ["Bash"] }'))).toEqual([["denylistOnly", 2, 32]]);
  });

  it("does not flag tool lists, empty lists, callbacks, or plan/dontAsk modes", () => {
    expect(at(agent('{ tools: ["Read"] }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Read"] }'))).toEqual([]);
    expect(at(agent("{ tools: [] }"))).toEqual([]);
    expect(at(agent("{ allowedTools: [] }"))).toEqual([]);
    expect(at(agent('{ canUseTool: async () => ({ behavior: "deny", message: "no" }) }'))).toEqual([]);
    expect(at(agent('{ permissionMode: "plan" }'))).toEqual([]);
    expect(at(agent('{ permissionMode: "dontAsk" }'))).toEqual([]);
  });

  it("gives no finding when the options may hold unknown properties", () => {
    expect(at(`${IMPORT}export function run(extra: any) { return query({ prompt: "go", options: { ...extra } }); }\n`)).toEqual([]);
  });

  it("with requireRestriction, flags allowedTools that nothing else limits", () => {
    expect(at(agent('{ allowedTools: ["Read"] }'), strict)).toEqual([["preApproveOnly", 2, 48]]);
    expect(at(agent('{ allowedTools: ["Read"], permissionMode: "dontAsk" }'), strict)).toEqual([]);
    expect(at(agent('{ allowedTools: ["Read"], permissionPrompts: "none" }'), strict)).toEqual([]);
    expect(at(agent('{ allowedTools: ["Read"], tools: ["Read"] }'), strict)).toEqual([]);
    expect(at(agent("{ allowedTools: [] }"), strict)).toEqual([]);
  });

  it("is stricter in the strict preset", () => {
    expect(at(agent('{ allowedTools: ["Read"] }'), { preset: "strict" })).toEqual([["preApproveOnly", 2, 48]]);
  });

  it("flags a subagent without tools, at its definition", () => {
    const code = agent('{ tools: ["Read"], agents: { reviewer: { description: "Reviews", prompt: "Review it" } } }');
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["subagentInherits", 2, 71]]);
    expect(findings[0]?.message).toContain('Subagent "reviewer" has no `tools` list');
    expect(at(agent('{ tools: ["Read"], agents: { reviewer: { description: "Reviews", prompt: "Review it", tools: ["Read"] } } }'))).toEqual([]);
  });

  it("names the alternative in which the list is missing", () => {
    const code = `${IMPORT}const locked = process.env.LOCKED === "1";
${PREFIX}{ ...(locked ? { tools: ["Read"] } : {}) } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*locked.*\)\.$/);
  });

  it("resolves options imported from another file", () => {
    const code = `${IMPORT}import { OPTIONS } from "./config";
query({ prompt: "go", options: OPTIONS });
`;
    expect(at(code, { files: { "config.ts": 'export const OPTIONS = { tools: ["Read"] };\n' } })).toEqual([]);
    expect(at(code, { files: { "config.ts": "export const OPTIONS = { maxTurns: 3 };\n" } })).toHaveLength(1);
  });

  it("flags Python options with the Python spellings", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(max_turns=5)
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line])).toEqual([["missing", 3]]);
    expect(findings[0]?.message).toContain("neither `tools` nor `allowed_tools` and no `can_use_tool` callback");
  });
});
