/** no-unscoped-bash on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-unscoped-bash";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags bare Bash in allowed_tools", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Read\", \"Bash\"])\n";
    expect(positions(code)).toEqual([[2, 50, 2, 56, "preApproved"]]);
  });

  it("flags an interpreter scope", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Bash(python:*)\"])\n";
    expect(positions(code)).toEqual([[2, 42, 2, 58, "preApproved"]]);
  });

  it("accepts scoped commands", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Bash(git diff:*)\", \"Bash(npm test)\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts Bash only in disallowed_tools", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], disallowed_tools=[\"Bash\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts Bash guarded by a PreToolUse hook", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def guard(data, tool_use_id, ctx):\n    return {}\nopts = ClaudeAgentOptions(allowed_tools=[\"Bash\"], hooks={\"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [guard]}]})\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags Bash from a list in another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom tools import SHELL\nopts = ClaudeAgentOptions(allowed_tools=SHELL)\n";
    expect(positions(code, {"tools.py": "SHELL = [\"Read\", \"Bash\"]\n"})).toEqual([[3, 27, 3, 40, "preApproved"]]);
  });
});
