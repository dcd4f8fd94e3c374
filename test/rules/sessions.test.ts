/**
 * V2 sessions (`unstable_v2_createSession`, `unstable_v2_resumeSession`, `unstable_v2_prompt`)
 * take far fewer options than `query()`: no `maxTurns`, `tools`, `maxBudgetUsd`, `systemPrompt`,
 * `mcpServers`. Every fix a message proposes for a session must be one a session accepts, and
 * a key a session never reads must not count as set.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, lintSource } from "../helpers/lint-source.js";

const IMPORT = 'import { unstable_v2_createSession, unstable_v2_prompt, unstable_v2_resumeSession } from "@anthropic-ai/claude-agent-sdk";\n';
const session = (options: string) => `${IMPORT}const session = unstable_v2_createSession(${options});\n`;
const ids = (rule: string, code: string, options = {}) => findingsOf(rule, code, options).map((f) => [f.messageId, f.line, f.column]);

describe("require-max-turns on V2 sessions", () => {
  const RULE = "require-max-turns";

  it("says that sessions have no maxTurns and what works instead, without offering to insert one", () => {
    const code = session('{ model: "claude-sonnet-4-5", allowedTools: ["Read"], permissionMode: "dontAsk" }');
    const [finding] = lintSource(code, { only: [RULE] });
    expect([finding?.messageId, finding?.line, finding?.column, finding?.severity]).toEqual(["session", 2, 43, "warn"]);
    expect(finding?.message).toBe(
      "V2 sessions have no `maxTurns` option (the SDK ignores such a key), so nothing limits how many turns this agent's loop runs. Use `query()` with `maxTurns: 25` instead, or count the turns read from `session.stream()` and call `session.close()` past a bound.",
    );
    expect(finding?.suggestions).toBeUndefined();
  });

  it("does not count a maxTurns key the session ignores as a limit", () => {
    expect(ids(RULE, session('{ model: "m", maxTurns: 10 }'))).toEqual([["session", 2, 43]]);
    expect(ids(RULE, `${IMPORT}await unstable_v2_prompt("Summarise the log.", { model: "m", maxTurns: 5 });\n`)).toEqual([["session", 2, 48]]);
    expect(ids(RULE, `${IMPORT}const resumed = unstable_v2_resumeSession("id", { model: "m" });\n`)).toEqual([["session", 2, 49]]);
  });
});

describe("require-tool-allowlist on V2 sessions", () => {
  const RULE = "require-tool-allowlist";

  it("proposes allowedTools with dontAsk or canUseTool, never `tools`", () => {
    const [missing] = findingsOf(RULE, session('{ model: "m" }'));
    expect(missing?.messageId).toBe("sessionMissing");
    expect(missing?.message).not.toMatch(/List the tools it needs in `tools`/);
    expect(missing?.message).toContain('Pre-approve the tools it needs in `allowedTools` and set permission mode "dontAsk"');
    expect(ids(RULE, session('{ model: "m", disallowedTools: ["Bash"] }'))).toEqual([["sessionDenylistOnly", 2, 43]]);
    expect(ids(RULE, session('{ model: "m", allowedTools: ["Read"] }'), { rules: { [RULE]: { options: { requireRestriction: true } } } })).toEqual([
      ["sessionPreApproveOnly", 2, 71],
    ]);
  });

  it("does not count a `tools` key the session ignores", () => {
    expect(ids(RULE, session('{ model: "m", tools: ["Read"] }'))).toEqual([["sessionMissing", 2, 43]]);
  });

  it("accepts what restricts a session: dontAsk with allowedTools, a canUseTool callback, plan mode", () => {
    expect(ids(RULE, session('{ model: "m", allowedTools: ["Read"], permissionMode: "dontAsk" }'), { rules: { [RULE]: { options: { requireRestriction: true } } } })).toEqual([]);
    expect(ids(RULE, session('{ model: "m", canUseTool: async () => ({ behavior: "deny", message: "no" }) }'))).toEqual([]);
    expect(ids(RULE, session('{ model: "m", permissionMode: "plan" }'))).toEqual([]);
  });
});

describe("require-budget-limit and require-cwd on V2 sessions", () => {
  it("names what caps a session's spending instead of maxBudgetUsd", () => {
    const [finding] = findingsOf("require-budget-limit", session('{ model: "m", maxBudgetUsd: 5 }'));
    expect(finding?.messageId).toBe("session");
    expect(finding?.message).toContain("Use `query()` with `maxBudgetUsd` instead, or read `total_cost_usd`");
  });

  it("says from which SDK version a session takes cwd", () => {
    const [finding] = findingsOf("require-cwd", session('{ model: "m", allowedTools: ["Bash(npm test)"], permissionMode: "acceptEdits" }'));
    expect(finding?.messageId).toBe("sessionMissing");
    expect(finding?.message).toContain("V2 sessions take it from SDK 0.2.110 on");
  });
});

describe("options a V2 session ignores", () => {
  it("are reported by no-unknown-options, with the limit they were meant to set", () => {
    const findings = findingsOf("no-unknown-options", session('{ model: "m", maxTurns: 10, systemPrompt: "Be brief.", allowedTool: ["Read"] }'));
    expect(findings.map((f) => [f.messageId, f.column])).toEqual([
      ["notSessionOption", 57],
      ["notSessionOption", 71],
      ["unknown", 98],
    ]);
    expect(findings[0]?.message).toBe(
      "`maxTurns` is an option of `query()` but not of V2 sessions, so the SDK never reads it here, and the agent runs without the limit it was meant to set. Remove it, or run the agent with `query()`, which takes it.",
    );
    expect(findings[2]?.message).toContain("is not an option of V2 sessions (`SDKSessionOptions`)");
  });

  it("give no finding through rules that read them on query() agents", () => {
    const code = session('{ model: "m", allowedTools: ["Read"], permissionMode: "dontAsk", extraArgs: { "dangerously-skip-permissions": null }, systemPrompt: `Token: ${process.env.GITHUB_TOKEN}` }');
    expect(findingsOf("no-permission-bypass", code)).toEqual([]);
    expect(findingsOf("no-secrets-in-prompt", code)).toEqual([]);
  });
});
