/** require-cwd on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "require-cwd";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags pre-approved edits without cwd", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"Edit\"])\n";
    expect(positions(code)).toEqual([[2, 8, 2, 50, "missing"]]);
  });

  it("flags acceptEdits without cwd", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\", \"Edit\"], permission_mode=\"acceptEdits\")\n";
    expect(positions(code)).toEqual([[2, 8, 2, 81, "missing"]]);
  });

  it("accepts a read-only agent and one with cwd", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\na = ClaudeAgentOptions(allowed_tools=[\"Read\"])\nb = ClaudeAgentOptions(allowed_tools=[\"Edit\"], cwd=\"/srv/app\")\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a cwd from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom paths import WORKDIR\nopts = ClaudeAgentOptions(allowed_tools=[\"Edit\"], cwd=WORKDIR)\n";
    expect(positions(code, {"paths.py": "WORKDIR = \"/srv/app\"\n"})).toEqual([]);
  });
});
