import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "no-unsafe-cwd";
const HEADER = `import { query } from "@anthropic-ai/claude-agent-sdk";
import os from "node:os";
import path from "node:path";
`;

function withOptions(options: string): string {
  return `${HEADER}query({ prompt: "Go.", options: ${options} });\n`;
}

function compact(code: string, files?: Record<string, string>) {
  return findingsOf(RULE, code, files ? { files } : {}).map((f) => [f.line, f.column, f.endColumn, f.message.split(",")[0]]);
}

describe(RULE, () => {
  it("reports the home directory as cwd", () => {
    expect(findingsOf(RULE, withOptions("{ cwd: os.homedir() }"))).toEqual([
      {
        messageId: "unsafe",
        line: 4,
        column: 40,
        endLine: 4,
        endColumn: 52,
        severity: "error",
        message:
          "`cwd` is the home directory, so the agent's file tools reach everything below it, including credentials (~/.ssh, ~/.aws, .env files) and system files. Use the project directory or a dedicated temporary directory instead.",
      },
    ]);
  });

  it("does not report directories of an agent with no built-in tools, but still checks MCP filesystem roots", () => {
    expect(findingsOf(RULE, withOptions('{ cwd: os.homedir(), additionalDirectories: ["/"], tools: [] }'))).toEqual([]);
    expect(findingsOf(RULE, withOptions('{ cwd: os.homedir(), tools: ["Read"] }'))).toHaveLength(1);
    const fsServer = '{ tools: [], mcpServers: { fs: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem@1.0.0", "/"] } } }';
    expect(findingsOf(RULE, withOptions(fsServer))).toHaveLength(1);
  });

  it("reports root, system directories, drive roots and ~ in cwd and additionalDirectories", () => {
    const code = withOptions('{ cwd: "/", additionalDirectories: ["/etc/", "~", "C:\\\\", "/srv/project", process.env.HOME] }');
    expect(compact(code)).toEqual([
      [4, 40, 43, "`cwd` is `/`"],
      [4, 69, 76, "An entry of `additionalDirectories` is `/etc/`"],
      [4, 78, 81, "An entry of `additionalDirectories` is `~`"],
      [4, 83, 89, "An entry of `additionalDirectories` is `C:\\`"],
      [4, 107, 123, "An entry of `additionalDirectories` is the home directory"],
    ]);
  });

  it("reports a filesystem MCP server rooted at / and names the branch", () => {
    const code = `${HEADER}export function run(wide: boolean) {
  query({ prompt: "Go.", options: { mcpServers: { files: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", wide ? "/" : "./data"] } } } });
}
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.line, f.column, f.endColumn])).toEqual([[5, 149, 152]]);
    expect(findings[0]?.message).toMatch(/^A root of the MCP filesystem server "files" is `\/`.*\(when wide\)\.$/);
  });

  it("resolves a directory set in another file", () => {
    const files = { "paths.ts": `export const WORKDIR = "/root";\n` };
    const code = `${HEADER}import { WORKDIR } from "./paths.js";\nquery({ prompt: "Go.", options: { cwd: WORKDIR } });\n`;
    expect(compact(code, files)).toEqual([[5, 35, 38, "`cwd` is `/root`"]]);
  });

  it.each([
    ["a project directory", '{ cwd: "/srv/project" }'],
    ["a directory under home", '{ cwd: path.join(os.homedir(), "notes") }'],
    ["a temp directory", '{ cwd: os.tmpdir(), additionalDirectories: ["/tmp/agent-run"] }'],
    ["the process directory", "{ cwd: process.cwd() }"],
    ["a directory below /var", '{ cwd: "/var/lib/agent/workspace" }'],
    ["a filesystem server on the project", '{ mcpServers: { files: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"] } } }'],
    ["/ as an argument of another server", '{ mcpServers: { web: { command: "node", args: ["./server.js", "/"] } } }'],
  ])("does not report %s", (_label, options) => {
    expect(findingsOf(RULE, withOptions(options))).toEqual([]);
  });
});
