/** no-secret-env-with-shell on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-secret-env-with-shell";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags unscoped Bash (os.environ is always inherited)", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Bash\"])\n";
    expect(positions(code)).toEqual([[2, 42, 2, 48, "python"]]);
  });

  it("flags bypass mode with Bash available", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(tools=[\"Bash\"], permission_mode=\"bypassPermissions\", env=os.environ.copy())\n";
    expect(positions(code)).toEqual([[3, 59, 3, 78, "python"]]);
  });

  it("accepts an agent without shell access", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(tools=[\"Read\"], env={**os.environ})\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags Bash pre-approved through another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom tools import ALL\nopts = ClaudeAgentOptions(allowed_tools=ALL)\n";
    expect(positions(code, {"tools.py": "ALL = [\"Bash\"]\n"})).toEqual([[3, 27, 3, 40, "python"]]);
  });

  it("does not count Bash checked by a PreToolUse hook as an open shell; a PostToolUse hook checks nothing", () => {
    const header = "from claude_agent_sdk import ClaudeAgentOptions, HookMatcher\nasync def check(data, tool_use_id, ctx):\n    return {}\n";
    const options = (rest: string) => `${header}opts = ClaudeAgentOptions(${rest})\n`;
    expect(positions(options('allowed_tools=["Bash"], hooks={"PreToolUse": [HookMatcher(matcher="Bash", hooks=[check])]}'))).toEqual([]);
    expect(positions(options('permission_mode="bypassPermissions", hooks={"PreToolUse": [HookMatcher(hooks=[check])]}'))).toEqual([]);
    expect(positions(options('allowed_tools=["Bash"], hooks={"PostToolUse": [HookMatcher(matcher="Bash", hooks=[check])]}'))).toEqual([[4, 42, 4, 48, "python"]]);
  });
});
