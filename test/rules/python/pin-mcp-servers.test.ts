/** pin-mcp-servers on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "pin-mcp-servers";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags an unpinned npx package", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(mcp_servers={\"fs\": {\"command\": \"npx\", \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"/srv\"]}})\n";
    expect(positions(code)).toEqual([[2, 80, 2, 121, "package"]]);
  });

  it("accepts a pinned package and a local script", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\na = ClaudeAgentOptions(mcp_servers={\"fs\": {\"command\": \"npx\", \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem@2025.8.21\"]}})\nb = ClaudeAgentOptions(mcp_servers={\"t\": {\"command\": \"python\", \"args\": [\"server.py\"]}})\n";
    expect(positions(code)).toEqual([]);
  });

  it("reads servers built with the SDK's McpStdioServerConfig type", () => {
    const code = [
      "from claude_agent_sdk import ClaudeAgentOptions",
      "from claude_agent_sdk.types import McpStdioServerConfig",
      "opts = ClaudeAgentOptions(mcp_servers={",
      "    \"web\": McpStdioServerConfig(command=\"npx\", args=[\"-y\", \"some-mcp-server\"]),",
      "    \"pinned\": McpStdioServerConfig(command=\"npx\", args=[\"-y\", \"some-mcp-server@1.2.3\"]),",
      "})",
    ].join("\n");
    expect(positions(code).map(([line, , , , id]) => [line, id])).toEqual([[4, "package"]]);
  });

  it("flags an unpinned uvx server from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom servers import SERVERS\nopts = ClaudeAgentOptions(mcp_servers=SERVERS)\n";
    expect(positions(code, {"servers.py": "SERVERS = {\"git\": {\"command\": \"uvx\", \"args\": [\"mcp-server-git\"]}}\n"})).toEqual([[3, 27, 3, 38, "package"]]);
  });
});
