import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "no-insecure-mcp-transport";
const SDK = `import { query } from "@anthropic-ai/claude-agent-sdk";\n`;

function withServers(servers: string): string {
  return `${SDK}query({ prompt: "Go.", options: { mcpServers: { ${servers} } } });\n`;
}

describe(RULE, () => {
  it("reports an http server on a remote host, at the URL", () => {
    expect(findingsOf(RULE, withServers('docs: { type: "http", url: "http://docs-mcp.acme.io/mcp" }'))).toEqual([
      {
        messageId: "plaintext",
        line: 2,
        column: 76,
        endLine: 2,
        endColumn: 105,
        severity: "warn",
        message:
          'MCP server "docs" is reached over unencrypted http:// at docs-mcp.acme.io: anyone on the network path can read its headers (often tokens) and rewrite tool results the agent acts on. Use https://.',
      },
    ]);
  });

  it("reports sse and ws servers and private addresses", () => {
    const code = withServers('a: { type: "sse", url: "http://10.0.4.7:8080/sse" }, b: { type: "ws", url: "ws://mcp.acme.io/ws" }');
    expect(findingsOf(RULE, code).map((f) => f.message.split(": anyone")[0])).toEqual([
      'MCP server "a" is reached over unencrypted http:// at 10.0.4.7',
      'MCP server "b" is reached over unencrypted ws:// at mcp.acme.io',
    ]);
  });

  it("names the branch and resolves URLs from another file, reported at `url` with the constant as origin", () => {
    const files = { "urls.ts": 'export const DOCS_URL = "http://docs-mcp.acme.io/mcp";\n' };
    const code = `${SDK}import { DOCS_URL } from "./urls.js";
export function run(local: boolean) {
  query({ prompt: "Go.", options: { mcpServers: { docs: { type: "http", url: local ? "http://localhost:3000/mcp" : DOCS_URL } } } });
}
`;
    const findings = findingsOf(RULE, code, { files });
    expect(findings.map((f) => [f.line, f.column])).toEqual([[4, 73]]);
    expect(findings[0]?.message).toMatch(/\(when not local\) \(value set at urls\.ts:1\)\.$/);
  });

  it.each([
    ["https", 'a: { type: "http", url: "https://docs-mcp.acme.io/mcp" }'],
    ["wss", 'a: { type: "ws", url: "wss://mcp.acme.io/ws" }'],
    ["localhost", 'a: { type: "http", url: "http://localhost:3000/mcp" }'],
    ["127.x", 'a: { type: "sse", url: "http://127.0.0.1:8931/sse" }'],
    ["[::1]", 'a: { type: "http", url: "http://[::1]:3000/mcp" }'],
    ["an unknown host", 'a: { type: "http", url: `http://${process.env.MCP_HOST}/mcp` }'],
    ["a stdio server", 'a: { command: "node", args: ["./server.js", "http://docs.acme.io"] }'],
  ])("does not report %s", (_label, servers) => {
    expect(findingsOf(RULE, withServers(servers))).toEqual([]);
  });
});
