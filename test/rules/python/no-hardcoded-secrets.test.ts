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

  it("flags credentials written into os.environ in a module that builds an agent", () => {
    const token = "ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a";
    const code = `import os\nfrom claude_agent_sdk import ClaudeAgentOptions\nos.environ["GITHUB_TOKEN"] = "${token}"\nos.environ.setdefault("GH_TOKEN", "${token}")\nos.environ.update({"LOG": "1"}, OTHER_TOKEN="${token}")\nos.putenv("PUT_TOKEN", "${token}")\nopts = ClaudeAgentOptions(allowed_tools=["Read"])\n`;
    expect(positions(code)).toEqual([
      [3, 30, 3, 72, "processEnv"],
      [4, 35, 4, 77, "processEnv"],
      [5, 45, 5, 87, "processEnv"],
      [6, 24, 6, 66, "processEnv"],
    ]);
    expect(findingsOf(RULE, code, { filename: "agent.py" })[1]?.message).toContain("with `os.environ.setdefault`");
  });

  it("accepts os.environ writes in a module that starts no agent, placeholders and values read from files", () => {
    const token = "ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a";
    expect(positions(`import os\nos.environ["GITHUB_TOKEN"] = "${token}"\n`)).toEqual([]);
    const code = `import os\nfrom pathlib import Path\nfrom claude_agent_sdk import ClaudeAgentOptions\nos.environ["ANTHROPIC_API_KEY"] = "your-api-key-here"\nos.environ["NOTES_KEY"] = Path("/run/secrets/notes").read_text()\nopts = ClaudeAgentOptions(allowed_tools=["Read"])\n`;
    expect(positions(code)).toEqual([]);
  });
});
