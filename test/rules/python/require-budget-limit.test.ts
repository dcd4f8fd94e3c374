/** require-budget-limit on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "require-budget-limit";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags options without a budget", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"])\n";
    expect(positions(code)).toEqual([[2, 8, 2, 42, "missing"]]);
  });

  it("accepts max_budget_usd", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], max_budget_usd=1.0)\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a budget from kwargs in another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom limits import LIMITS\nopts = ClaudeAgentOptions(tools=[\"Read\"], **LIMITS)\n";
    expect(positions(code, {"limits.py": "LIMITS = dict(max_budget_usd=3)\n"})).toEqual([]);
  });
});
