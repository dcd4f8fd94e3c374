/** require-tool-allowlist on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "require-tool-allowlist";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags options with only a denylist", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(disallowed_tools=[\"Bash\"])\n";
    expect(positions(code)).toEqual([[2, 8, 2, 53, "denylistOnly"]]);
  });

  it("flags a query without options", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def main():\n    async for m in query(prompt=\"hi\"):\n        pass\n";
    expect(positions(code)).toEqual([[3, 20, 3, 38, "missing"]]);
  });

  it("flags an AgentDefinition without tools", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nsub = AgentDefinition(description=\"d\", prompt=\"p\")\n";
    expect(positions(code)).toEqual([[2, 7, 2, 51, "subagentInherits"]]);
    expect(findingsOf(RULE, code, { filename: "agent.py" })[0]?.message).toMatch(/^This subagent has no `tools` list/);
  });

  it("accepts an explicit empty tools list", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[])\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a can_use_tool callback", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def check(name, data, ctx):\n    return None\nopts = ClaudeAgentOptions(can_use_tool=check)\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts options opened by unknown **kwargs", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\ndef build(**kw):\n    return ClaudeAgentOptions(**kw)\n";
    expect(positions(code)).toEqual([]);
  });

  it("resolves tools imported from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom .settings import TOOLS\nopts = ClaudeAgentOptions(tools=TOOLS)\n";
    expect(positions(code, {"settings.py": "TOOLS = [\"Read\"]\n"})).toEqual([]);
  });

  it("flags options whose kwargs from another module hold no allowlist", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom settings import BASE\nopts = ClaudeAgentOptions(**BASE)\n";
    expect(positions(code, {"settings.py": "BASE = {\"max_turns\": 5}\n"})).toEqual([[3, 8, 3, 34, "missing"]]);
  });
});
