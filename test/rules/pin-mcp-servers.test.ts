import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "pin-mcp-servers";
const SDK = `import { query } from "@anthropic-ai/claude-agent-sdk";\n`;

function withServers(servers: string): string {
  return `${SDK}query({ prompt: "Go.", options: { mcpServers: { ${servers} } } });\n`;
}

function states(servers: string): string[] {
  return findingsOf(RULE, withServers(servers)).map((f) => f.message.split(", so")[0] ?? "");
}

describe(RULE, () => {
  beforeAll(prepareLanguages);

  it("reads Python mcp_servers", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(
    mcp_servers={"git": {"command": "uvx", "args": ["mcp-server-git"]}, "ok": {"command": "uvx", "args": ["mcp-server-time==2025.7.1"]}},
)
`;
    expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => [f.line, f.column, f.endColumn])).toEqual([[4, 53, 69]]);
  });

  it("reports an npx package with no version, at the package argument", () => {
    expect(findingsOf(RULE, withServers('gh: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"] }'))).toEqual([
      {
        messageId: "package",
        line: 2,
        column: 84,
        endLine: 2,
        endColumn: 121,
        severity: "warn",
        message:
          'MCP server "gh" runs `@modelcontextprotocol/server-github` through `npx` with no version, so every start installs whatever the registry serves at that moment, and a hijacked or broken release runs with the agent\'s access. Pin an exact version, e.g. `@modelcontextprotocol/server-github@1.2.3`.',
      },
    ]);
  });

  it.each([
    ['a: { command: "npx", args: ["--yes", "mcp-remote@latest", "https://mcp.acme.io"] }', 'MCP server "a" runs `mcp-remote@latest` through `npx` at `@latest`'],
    ['a: { command: "npx", args: ["-y", "--package", "@acme/mcp@^2.1.0", "acme-mcp"] }', 'MCP server "a" runs `@acme/mcp@^2.1.0` through `npx` at `@^2.1.0`, not an exact version'],
    ['a: { command: "pnpm", args: ["dlx", "@acme/mcp"] }', 'MCP server "a" runs `@acme/mcp` through `pnpm dlx` with no version'],
    ['a: { command: "bunx", args: ["acme-mcp"] }', 'MCP server "a" runs `acme-mcp` through `bunx` with no version'],
    ['a: { command: "npx -y acme-mcp" }', 'MCP server "a" runs `acme-mcp` through `npx` with no version'],
    ['a: { command: "npx", args: ["--loglevel", "warn", "acme-mcp"] }', 'MCP server "a" runs `acme-mcp` through `npx` with no version'],
    ['a: { command: "uvx", args: ["mcp-server-git", "--repository", "."] }', 'MCP server "a" runs `mcp-server-git` through `uvx` with no version'],
    ['a: { command: "uvx", args: ["--from", "mcp-server-git>=2025.1", "mcp-server-git"] }', 'MCP server "a" runs `mcp-server-git>=2025.1` through `uvx` with the range `>=2025.1`'],
    ['a: { command: "pipx", args: ["run", "mcp-server-fetch"] }', 'MCP server "a" runs `mcp-server-fetch` through `pipx run` with no version'],
    ['a: { command: "docker", args: ["run", "-i", "--rm", "-e", "TOKEN", "ghcr.io/acme/mcp"] }', 'MCP server "a" runs the image `ghcr.io/acme/mcp` with no tag'],
    ['a: { command: "docker", args: ["run", "-i", "--name=mcp", "mcp/postgres:latest"] }', 'MCP server "a" runs the image `mcp/postgres:latest` at the `latest` tag'],
  ])("reports %s", (servers, expected) => {
    expect(states(servers)).toEqual([expected]);
  });

  it("names the branch and resolves args from another file", () => {
    const files = { "servers.ts": 'export const GITHUB_ARGS = ["-y", "@modelcontextprotocol/server-github"];\n' };
    const code = `${SDK}import { GITHUB_ARGS } from "./servers.js";
export function run(stable: boolean) {
  query({ prompt: "Go.", options: { mcpServers: { gh: stable ? { command: "npx", args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"] } : { command: "npx", args: GITHUB_ARGS } } } });
}
`;
    const findings = findingsOf(RULE, code, { files });
    // At the `args` the user must change, with the imported list as the value's origin.
    expect(findings.map((f) => [f.line, f.column])).toEqual([[4, 165]]);
    expect(findings[0]?.message).toMatch(/\(when not stable\) \(value from GITHUB_ARGS at servers\.ts:1\)\.$/);
  });

  it.each([
    ["an exact npm version", '{ command: "npx", args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"] }'],
    ["an exact unscoped version", '{ command: "npx", args: ["mcp-remote@0.1.18", "https://mcp.acme.io"] }'],
    ["an exact Python version", '{ command: "uvx", args: ["mcp-server-git==2025.7.1"] }'],
    ["a --from pin", '{ command: "uvx", args: ["--from", "mcp-server-git==2025.7.1", "mcp-server-git"] }'],
    ["a tagged image", '{ command: "docker", args: ["run", "-i", "--rm", "mcp/postgres:1.4"] }'],
    ["an image digest", '{ command: "docker", args: ["run", "-i", "mcp/postgres@sha256:6f1e9c2b"] }'],
    ["a local script", '{ command: "node", args: ["./mcp/server.js"] }'],
    ["a local package path", '{ command: "npx", args: ["./packages/mcp"] }'],
    ["a package installed under a local prefix", '{ command: "npx", args: ["--prefix", "mcps/playwright-mcp", "@playwright/mcp"] }'],
    ["an unknown package argument", '{ command: "npx", args: ["-y", process.env.MCP_PACKAGE ?? ""] }'],
    ["a remote server", '{ type: "http", url: "https://mcp.acme.io/mcp" }'],
  ])("does not report %s", (_label, config) => {
    expect(findingsOf(RULE, withServers(`a: ${config}`))).toEqual([]);
  });
});

describe(`${RULE} in .mcp.json`, () => {
  const mcp = { filename: ".mcp.json" };
  const at = (text: string) => findingsOf(RULE, text, mcp).map((f) => [f.line, f.column, f.endColumn]);

  it("points at the package inside a one-line command and inside a shell script", () => {
    expect(at(`{ "mcpServers": { "s": { "command": "bunx search-mcp" } } }`)).toEqual([[1, 43, 53]]);
    expect(at(`{ "mcpServers": { "b": { "command": "bash", "args": ["-lc", "cd tools && npx -y @playwright/mcp@next"] } } }`)).toEqual([[1, 81, 101]]);
    expect(at(`{ "mcpServers": { "t": { "command": "cmd", "args": ["/c", "npx", "-y", "time-mcp"] } } }`)).toEqual([[1, 72, 82]]);
  });

  it("does not report pinned packages behind a shell or cmd /c", () => {
    expect(at(`{ "mcpServers": { "b": { "command": "sh", "args": ["-c", "npx -y @playwright/mcp@0.0.41"] } } }`)).toEqual([]);
    expect(at(`{ "mcpServers": { "t": { "command": "cmd", "args": ["/c", "npx", "-y", "time-mcp@1.0.2"] } } }`)).toEqual([]);
  });
});
