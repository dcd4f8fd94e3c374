/** no-secrets-in-prompt on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-secrets-in-prompt";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a secret environment variable in an f-string", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(system_prompt=f\"Key: {os.environ['STRIPE_SECRET_KEY']}\")\n";
    expect(positions(code)).toEqual([[3, 49, 3, 80, "secretValue"]]);
  });

  it("flags a secret-manager read", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport boto3\nsm = boto3.client(\"secretsmanager\")\nopts = ClaudeAgentOptions(system_prompt=\"Password: \" + sm.get_secret_value(SecretId=\"db\")[\"SecretString\"])\n";
    expect(positions(code)).toEqual([[4, 56, 4, 106, "secretValue"]]);
  });

  it("accepts a non-secret variable and a mention by name", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(system_prompt=f\"Region {os.getenv('REGION', 'eu')}. Read $API_KEY yourself.\")\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a secret read in another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom config import TOKEN\nopts = ClaudeAgentOptions(system_prompt=\"Token: %s\" % TOKEN)\n";
    expect(positions(code, {"config.py": "import os\nTOKEN = os.environ[\"GITHUB_TOKEN\"]\n"})).toEqual([[3, 55, 3, 60, "secretValue"]]);
  });

  it("names the option as the Python code spells it", () => {
    const code = 'from claude_agent_sdk import ClaudeAgentOptions\nopts = ClaudeAgentOptions(system_prompt="Use ghp_' + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8" + '")\n';
    expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => f.message.split(" contains ")[0])).toEqual(["system_prompt"]);
  });
});
