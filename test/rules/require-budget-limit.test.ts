import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, lintSource, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "require-budget-limit";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("is off in recommended and on in strict", () => {
    expect(lintSource(agent("{ maxTurns: 5 }"), { preset: "recommended" }).filter((f) => f.ruleId === RULE)).toEqual([]);
    expect(at(agent("{ maxTurns: 5 }"), { preset: "strict" })).toEqual([["missing", 2, 32]]);
  });

  it("flags options with neither maxBudgetUsd nor taskBudget", () => {
    const findings = findingsOf(RULE, agent("{ maxTurns: 5 }"));
    expect(findings.map((f) => [f.line, f.column, f.endColumn])).toEqual([[2, 32, 47]]);
    expect(findings[0]?.message).toBe(
      "This agent sets neither `maxBudgetUsd` nor `taskBudget`, so nothing caps what one run may spend. Set `maxBudgetUsd` to the most a run may cost.",
    );
  });

  it("does not flag a budget, a task budget, unknown options or subagents", () => {
    expect(at(agent("{ maxBudgetUsd: 2 }"))).toEqual([]);
    expect(at(agent("{ taskBudget: { total: 100000 } }"))).toEqual([]);
    expect(at(agent("{ maxBudgetUsd: Number(process.env.BUDGET) }"))).toEqual([]);
    expect(at(`${IMPORT}export function run(extra: any) { return query({ prompt: "go", options: { ...extra } }); }\n`)).toEqual([]);
    expect(at(agent('{ maxBudgetUsd: 1, agents: { helper: { description: "Helps", prompt: "Help", tools: ["Read"] } } }'))).toEqual([]);
  });

  it("names the alternative without a budget", () => {
    const code = `${IMPORT}const capped = process.env.CAP === "1";
${PREFIX}{ maxBudgetUsd: capped ? 5 : undefined } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*capped.*\)\.$/);
  });

  it("resolves an imported budget", () => {
    const code = `${IMPORT}import { BUDGET } from "./limits";
${PREFIX}{ maxBudgetUsd: BUDGET } });
`;
    expect(at(code, { files: { "limits.ts": "export const BUDGET = 3;\n" } })).toEqual([]);
  });

  it("checks Python options with the Python spelling", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(max_turns=5)
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => f.line)).toEqual([3]);
    expect(findings[0]?.message).toContain("`max_budget_usd` nor `task_budget`");
    expect(findingsOf(RULE, code.replace("max_turns=5", "max_turns=5, max_budget_usd=1.5"), { filename: "agent.py" })).toEqual([]);
  });
});
