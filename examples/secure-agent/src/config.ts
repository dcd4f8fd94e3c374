// Shared settings for the release-notes agent.
import type { Options } from "@anthropic-ai/claude-agent-sdk";

export const MAX_TURNS = 25;

export const READ_ONLY_TOOLS = ["Read", "Grep", "Glob"];

export const mcpServers: Options["mcpServers"] = {
  github: {
    command: "npx",
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"],
  },
  tickets: {
    type: "http",
    url: "https://tickets.example.com/mcp",
  },
};
