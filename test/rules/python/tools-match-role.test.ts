/** tools-match-role on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "tools-match-role";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a read-only prompt with Bash", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(system_prompt=\"You are a read-only reviewer.\", tools=[\"Read\", \"Bash\"])\n";
    expect(positions(code)).toEqual([[2, 89, 2, 95, "mismatch"]]);
  });

  it("accepts a read-only reviewer with read tools", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(system_prompt=\"You are a read-only reviewer.\", tools=[\"Read\", \"Grep\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a refactorer with Edit", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(system_prompt=\"You refactor code.\", tools=[\"Read\", \"Edit\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a read-only prompt from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom prompts import REVIEWER\nopts = ClaudeAgentOptions(system_prompt=REVIEWER, tools=[\"Write\"])\n";
    expect(positions(code, {"prompts.py": "REVIEWER = \"Never modify files. \" + \"Report findings.\"\n"})).toEqual([[3, 58, 3, 65, "mismatch"]]);
  });
});
