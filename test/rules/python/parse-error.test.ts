/** parse-error on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "parse-error";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a syntax error at its position", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\ndef broken(:\n    pass\n";
    expect(positions(code)).toEqual([[2, 12, 2, 12, "unparsable"]]);
  });

  it("accepts valid Python", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("does not flag a valid file that imports a broken one", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom broken import X\nopts = ClaudeAgentOptions(tools=X)\n";
    expect(positions(code, {"broken.py": "X = [\n"})).toEqual([]);
  });
});
