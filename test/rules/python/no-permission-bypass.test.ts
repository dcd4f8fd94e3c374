/** no-permission-bypass on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-permission-bypass";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags permission_mode bypassPermissions", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], permission_mode=\"bypassPermissions\")\n";
    expect(positions(code)).toEqual([[2, 59, 2, 78, "mode"]]);
  });

  it("flags the skip flag in extra_args", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], extra_args={\"dangerously-skip-permissions\": None})\n";
    expect(positions(code)).toEqual([[2, 55, 2, 85, "flag"]]);
  });

  it("flags set_permission_mode at run time", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def main():\n    async with ClaudeSDKClient(options=ClaudeAgentOptions(tools=[\"Read\"])) as client:\n        await client.set_permission_mode(\"bypassPermissions\")\n";
    expect(positions(code)).toEqual([[4, 42, 4, 61, "runtime"]]);
  });

  it("flags an AgentDefinition permissionMode", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nsub = AgentDefinition(description=\"d\", prompt=\"p\", tools=[\"Read\"], permissionMode=\"bypassPermissions\")\n";
    expect(positions(code)).toEqual([[2, 83, 2, 102, "mode"]]);
  });

  it("accepts acceptEdits, plan and dontAsk", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\na = ClaudeAgentOptions(permission_mode=\"acceptEdits\")\nb = ClaudeAgentOptions(permission_mode=\"plan\")\nc = ClaudeAgentOptions(permission_mode=\"dontAsk\")\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a mode read from the environment", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(permission_mode=os.environ[\"MODE\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a bypass mode imported from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom app.modes import MODE\nopts = ClaudeAgentOptions(permission_mode=MODE)\n";
    expect(positions(code, {"app/modes.py": "MODE = \"bypassPermissions\"\n"})).toEqual([[3, 27, 3, 42, "mode"]]);
  });
});
