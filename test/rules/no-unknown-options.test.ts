import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, agent } from "../helpers/ts-agent.js";
import { findingsOf, lintSource, prepareLanguages } from "../helpers/lint-source.js";
import { closestKnownName } from "../../src/model/sdk-options.js";

const RULE = "no-unknown-options";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.line, f.column, f.endColumn]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("reports a misspelled security option at its key, naming the intended one", () => {
    const findings = findingsOf(RULE, agent('{ permisionMode: "dontAsk", allowedTools: ["Read"] }'));
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.severity])).toEqual([[2, 34, 47, "warn"]]);
    expect(findings[0]?.message).toBe(
      "`permisionMode` is not an option of the Agent SDK's `Options`, so the SDK never reads it, and the agent runs without the limit it was meant to set. Did you mean `permissionMode`?",
    );
  });

  it("reports Python spellings in TypeScript and other case or separator styles", () => {
    expect(at(agent('{ allowed_tools: ["Read"], maxturns: 5, "disallowedTool": ["Bash"] }'))).toEqual([
      [2, 34, 47],
      [2, 59, 67],
      [2, 72, 88],
    ]);
    expect(findingsOf(RULE, agent('{ allowed_tools: ["Read"] }'))[0]?.message).toBe(
      "`allowed_tools` is not an option of the Agent SDK's `Options`, so the SDK never reads it. Did you mean `allowedTools`?",
    );
  });

  it("offers renaming the key, keeping its quotes", () => {
    const [finding] = lintSource(agent('{ "maxturns": 5 }'), { only: [RULE] });
    expect(finding?.suggestions).toEqual([{ description: "Rename `maxturns` to `maxTurns`.", range: [89, 99], text: '"maxTurns"' }]);
  });

  it("reports misspelled AgentDefinition fields, naming the subagent", () => {
    const code = agent('{ maxTurns: 5, agents: { reviewer: { description: "d", prompt: "p", tool: ["Read"] } } }');
    expect(findingsOf(RULE, code).map((f) => f.message)).toEqual([
      '`tool` is not a field of `AgentDefinition` (subagent "reviewer"), so the SDK never reads it, and the agent runs without the limit it was meant to set. Did you mean `tools`?',
    ]);
  });

  it("reports Python keyword arguments and dict keys passed with **", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

base = {"allowed_tool": ["Read"], "max_turns": 5}
options = ClaudeAgentOptions(**base, maxTurns=3)
`;
    expect(at(code, { filename: "agent.py" })).toEqual([
      [3, 9, 23],
      [4, 38, 46],
    ]);
    expect(findingsOf(RULE, code, { filename: "agent.py" })[1]?.message).toBe(
      "`maxTurns` is not a field of `ClaudeAgentOptions`, so the SDK never reads it, and the agent runs without the limit it was meant to set. Did you mean `max_turns`?",
    );
  });

  it("accepts every known option, legacy names and camelCase AgentDefinition fields in Python", () => {
    expect(at(agent('{ allowedTools: ["Read"], maxTurns: 5, customSystemPrompt: "x", appendSystemPrompt: "y", verbatimPrompts: true }'))).toEqual([]);
    const python = `from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read"], max_turns=5, setting_sources=[], agents={"r": AgentDefinition(description="d", prompt="p", maxTurns=3, disallowedTools=["Bash"])})
`;
    expect(at(python, { filename: "agent.py" })).toEqual([]);
  });

  it("stays silent on keys close to no known option (they may be newer than agentlint)", () => {
    expect(at(agent('{ maxTurns: 5, renderer: "x", cwdir: "/srv" }'))).toEqual([]);
    expect(at(`${IMPORT}const opts = { maxTurns: 5, ...extra }; query({ prompt: "go", options: opts });\ndeclare const extra: object;\n`)).toEqual([]);
  });
});

describe("closestKnownName", () => {
  const known = new Set(["allowedTools", "disallowedTools", "maxTurns", "agent", "agents", "tools"]);

  it("matches other case and separator styles exactly", () => {
    expect(closestKnownName("max_turns", known)).toBe("maxTurns");
    expect(closestKnownName("ALLOWEDTOOLS", known)).toBe("allowedTools");
  });

  it("allows one edit below eight characters and two from eight on, and no ties", () => {
    expect(closestKnownName("tool", known)).toBe("tools");
    expect(closestKnownName("tol", known)).toBeUndefined();
    expect(closestKnownName("allowdTool", known)).toBe("allowedTools");
    expect(closestKnownName("agentz", new Set(["agents", "agenty"]))).toBeUndefined();
  });
});
