/** valid-tool-rules on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "valid-tool-rules";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a legacy name", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"View\"])\n";
    expect(positions(code)).toEqual([[2, 42, 2, 48, "legacy"]]);
  });

  it("flags a path rule on Write", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Write(src/**)\"])\n";
    expect(positions(code)).toEqual([[2, 42, 2, 57, "unconsulted"]]);
  });

  it("accepts current names and MCP tools", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Read\", \"Edit(src/**)\", \"mcp__calc__add\", \"Task\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a typo imported from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom names import TOOLS\nopts = ClaudeAgentOptions(allowed_tools=TOOLS)\n";
    expect(positions(code, {"names.py": "TOOLS = [\"Grepp\"]\n"})).toEqual([[3, 27, 3, 40, "unknown"]]);
  });
});
