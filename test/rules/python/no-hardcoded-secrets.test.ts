/** no-hardcoded-secrets on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-hardcoded-secrets";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a token literal in env", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(env={\"GITHUB_TOKEN\": \"ghp_16C7e42F292c6912E7710c838347Ae178B4a\"})\n";
    expect(positions(code)).toEqual([[2, 48, 2, 90, "agentEnv"]]);
  });

  it("accepts a value read from the environment", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(env={\"GITHUB_TOKEN\": os.environ[\"GITHUB_TOKEN\"]})\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a token defined in another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom secrets_config import TOKEN\nopts = ClaudeAgentOptions(env={\"GITHUB_TOKEN\": TOKEN})\n";
    expect(positions(code, {"secrets_config.py": "TOKEN = \"ghp_16C7e42F292c6912E7710c838347Ae178B4a\"\n"})).toEqual([[3, 32, 3, 46, "agentEnv"]]);
  });
});
