/** no-hidden-instructions on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-hidden-instructions";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a zero-width space in a system prompt", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(system_prompt=\"Be nice.\\u200b\")\n";
    expect(positions(code)).toEqual([[2, 41, 2, 57, "hidden"]]);
  });

  it("flags a bidi control in a query prompt", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def main():\n    async for m in query(prompt=\"Run \u202etests\"):\n        pass\n";
    expect(positions(code)).toEqual([[3, 38, 3, 39, "hidden"]]);
  });

  it("accepts an emoji ZWJ sequence", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(system_prompt=\"Hi \ud83d\udc69\u200d\ud83d\udcbb!\")\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags hidden text imported from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom prompts import PROMPT\nopts = ClaudeAgentOptions(system_prompt=PROMPT)\n";
    expect(positions(code, {"prompts.py": "PROMPT = \"Review.\u2066hidden\u2069\"\n"})).toEqual([[3, 27, 3, 40, "hidden"], [3, 27, 3, 40, "hidden"]]);
  });
});
