/** no-insecure-mcp-transport on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-insecure-mcp-transport";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags plain http to a remote host", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(mcp_servers={\"api\": {\"type\": \"http\", \"url\": \"http://api.example.com/mcp\"}})\n";
    expect(positions(code)).toEqual([[2, 71, 2, 99, "plaintext"]]);
  });

  it("accepts https and loopback", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\na = ClaudeAgentOptions(mcp_servers={\"api\": {\"type\": \"http\", \"url\": \"https://api.example.com/mcp\"}})\nb = ClaudeAgentOptions(mcp_servers={\"dev\": {\"type\": \"sse\", \"url\": \"http://127.0.0.1:9000/sse\"}})\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a URL from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom endpoints import URL\nopts = ClaudeAgentOptions(mcp_servers={\"api\": {\"type\": \"sse\", \"url\": URL}})\n";
    expect(positions(code, {"endpoints.py": "URL = \"http://\" + \"mcp.example.com/sse\"\n"})).toEqual([[3, 63, 3, 68, "plaintext"]]);
  });
});
