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

  it("reads HookMatcher guards: a PreToolUse matcher covering Bash guards it, others do not", () => {
    const header = "from claude_agent_sdk import ClaudeAgentOptions, HookMatcher\nasync def guard(data, tool_use_id, ctx):\n    return {}\n";
    const options = (hooks: string) => `${header}opts = ClaudeAgentOptions(allowed_tools=["Bash"], hooks=${hooks})\n`;
    expect(positions(options('{"PreToolUse": [HookMatcher(matcher="Bash", hooks=[guard])]}'))).toEqual([]);
    expect(positions(options('{"PreToolUse": [HookMatcher(hooks=[guard])]}'))).toEqual([]);
    expect(positions(options('{"PreToolUse": [HookMatcher("Write|Edit", [guard])]}'))).toEqual([[4, 42, 4, 48, "preApproved"]]);
    expect(positions(options('{"PostToolUse": [HookMatcher(matcher="Bash", hooks=[guard])]}'))).toEqual([[4, 42, 4, 48, "preApproved"]]);
  });

  it("calls a subagent without a name \"this subagent\", and a named one by its key", () => {
    const header = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\n";
    const unnamed = `${header}def make(task):\n    return AgentDefinition(description="d", prompt=task, tools=["Bash"])\n`;
    expect(findingsOf(RULE, unnamed, { filename: "agent.py" }).map((f) => f.message)).toEqual([
      expect.stringContaining('"Bash" in the `tools` of this subagent gives it every shell command'),
    ]);
    const named = `${header}opts = ClaudeAgentOptions(agents={"runner": AgentDefinition(description="d", prompt="p", tools=["Bash"])})\n`;
    expect(findingsOf(RULE, named, { filename: "agent.py" }).map((f) => f.message)).toEqual([expect.stringContaining('the `tools` of subagent "runner" gives it')]);
  });

  it("names the declaring agent's callback as Python spells it, since AgentDefinition has none", () => {
    const code = 'from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\nopts = ClaudeAgentOptions(agents={"runner": AgentDefinition(description="d", prompt="p", tools=["Bash"])})\n';
    const [message] = findingsOf(RULE, code, { filename: "agent.py" }).map((f) => f.message);
    expect(message).toContain("`can_use_tool` callback");
    expect(message).not.toContain("canUseTool");
  });

  it("flags Bash from a list in another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom tools import SHELL\nopts = ClaudeAgentOptions(allowed_tools=SHELL)\n";
    expect(positions(code, {"tools.py": "SHELL = [\"Read\", \"Bash\"]\n"})).toEqual([[3, 27, 3, 40, "preApproved"]]);
    const [finding] = findingsOf("no-unscoped-bash", code, { filename: "agent.py", files: { "tools.py": "SHELL = [\"Read\", \"Bash\"]\n" } });
    expect(finding?.message).toMatch(/ \(value from SHELL at tools\.py:1\)\.$/);
  });

  it("reports Bash from a list constant of the same file at the argument, not at the constant", () => {
    const code = "from claude_agent_sdk import ClaudeAgentOptions\n\nTOOLS = [\"Read\", \"Bash\"]\n\nopts = ClaudeAgentOptions(allowed_tools=TOOLS, max_turns=5)\n";
    expect(positions(code)).toEqual([[5, 27, 5, 40, "preApproved"]]);
  });
});

describe("no-unscoped-bash with a builder whose guard the arguments decide", () => {
  beforeAll(prepareLanguages);
  const code = (flag: string) => `from claude_agent_sdk import ClaudeAgentOptions

def tools_for(admin):
    if admin:
        return ["Read", "Bash"]
    elif admin is None:
        return ["Read", "Grep"]
    else:
        return ["Read"]

opts = ClaudeAgentOptions(allowed_tools=tools_for(${flag}), max_turns=5, cwd="/srv")
`;

  it("follows only the return the bound argument reaches, reported at the option it fills", () => {
    expect(findingsOf("no-unscoped-bash", code("False"), { filename: "agent.py" })).toEqual([]);
    expect(findingsOf("no-unscoped-bash", code("None"), { filename: "agent.py" })).toEqual([]);
    const flagged = findingsOf("no-unscoped-bash", code("True"), { filename: "agent.py" });
    expect(flagged.map((f) => [f.line, f.message.includes("(when")])).toEqual([[11, false]]);
    expect(flagged[0]?.message).toMatch(/ \(value set at agent\.py:5\)\.$/);
  });

  it("keeps every return, with its condition, when the argument is unknown", () => {
    const flagged = findingsOf("no-unscoped-bash", code("settings.admin"), { filename: "agent.py" });
    expect(flagged.map((f) => f.message)).toEqual([expect.stringContaining("(when settings.admin is true)")]);
  });
});
