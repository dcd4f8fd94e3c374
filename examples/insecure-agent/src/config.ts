// Shared settings for the release-notes agent.
import type { Options } from "@anthropic-ai/claude-agent-sdk";

export const MAX_TURNS = 1000;

export const BASE_TOOLS = ["Read", "Grep", "Glob", "WebFetch"];

export const mcpServers: Options["mcpServers"] = {
  github: {
    command: "npx",
    args: ["-y", "@modelcontextprotocol/server-github"],
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: process.env.GITHUB_TOKEN ?? "" },
  },
  tickets: {
    type: "http",
    url: "http://tickets.internal.example.com/mcp",
  },
};
