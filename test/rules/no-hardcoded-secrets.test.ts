import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "no-hardcoded-secrets";
// Fake credentials in real formats, split so that no scanner flags this test file itself.
const GITHUB = "ghp_" + "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
const RANDOM = "7FAc9QeWJKY40" + "uvSwMFLZDe1";
const SDK = `import { query } from "@anthropic-ai/claude-agent-sdk";\n`;

function withOptions(options: string): string {
  return `${SDK}query({ prompt: "Go.", options: ${options} });\n`;
}

function compact(code: string, files?: Record<string, string>) {
  return findingsOf(RULE, code, files ? { files } : {}).map((f) => [f.messageId, f.line, f.column, f.endColumn]);
}

describe(RULE, () => {
  it("reports a known credential format in the SDK env, masked", () => {
    const findings = findingsOf(RULE, withOptions(`{ env: { GH_TOKEN: "${GITHUB}", PATH: "/usr/bin" } }`));
    expect(findings).toEqual([
      {
        messageId: "agentEnv",
        line: 2,
        column: 52,
        endLine: 2,
        endColumn: 94,
        severity: "error",
        message:
          "`env.GH_TOKEN` holds a hardcoded GitHub token (ghp_…(40 chars)): anyone with the code has it, and rotating it needs a release. Read it from the environment or a secret manager instead.",
      },
    ]);
  });

  it("reports a random-looking literal under a secret-like name", () => {
    expect(compact(withOptions(`{ env: { BILLING_API_KEY: "${RANDOM}" } }`))).toEqual([["agentEnv", 2, 59, 85]]);
  });

  it("reports MCP env and header credentials and says they travel on the command line", () => {
    const code = withOptions(`{ mcpServers: {
  gh: { type: "http", url: "https://api.githubcopilot.com/mcp/", headers: { Authorization: "Bearer ${GITHUB}" } },
  db: { command: "node", args: ["./db-server.js"], env: { DB_PASSWORD: "${RANDOM}" } },
} }`);
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([
      ["mcpArgv", 3, 92, 141],
      ["mcpArgv", 4, 72, 98],
    ]);
    expect(findings[1]?.message).toBe(
      '`env.DB_PASSWORD` of MCP server "db" holds a hardcoded secret (7FAc…(24 chars)): anyone with the code has it, and the SDK passes MCP `env` and `headers` on the command line (mcpServersDelivery "argv", the default), where other users of the machine can read it. Read it from the environment or a secret manager instead.',
    );
  });

  it("drops the command-line warning when MCP configs go in the initialize request", () => {
    const code = withOptions(`{ mcpServersDelivery: "initialize", mcpServers: { db: { command: "node", env: { DB_PASSWORD: "${RANDOM}" } } } }`);
    expect(compact(code).map(([id]) => id)).toEqual(["mcpInitialize"]);
  });

  it("reports a secret default of a ${VAR:-default} expansion", () => {
    expect(compact(withOptions(`{ env: { API_TOKEN: "\${API_TOKEN:-${RANDOM}}" } }`))).toEqual([["agentEnv", 2, 53, 93]]);
  });

  it("names the branch and resolves values from another file", () => {
    const files = { "secrets.ts": `export const PROD_KEY = "${RANDOM}";\n` };
    const code = `${SDK}import { PROD_KEY } from "./secrets.js";
export function run(prod: boolean) {
  query({ prompt: "Go.", options: { env: { SERVICE_API_KEY: prod ? PROD_KEY : "dev" } } });
}
`;
    const findings = findingsOf(RULE, code, { files });
    expect(findings.map((f) => [f.line, f.column, f.endColumn])).toEqual([[4, 44, 59]]);
    expect(findings[0]?.message).toContain("(when prod)");
  });

  it.each([
    ["a ${VAR} reference", `{ env: { API_KEY: "\${API_KEY}" } }`],
    ["a ${VAR:-default} with a non-secret default", `{ env: { API_TOKEN: "\${API_TOKEN:-none}" } }`],
    ["a *_FILE path", `{ env: { API_KEY_FILE: "/run/secrets/api_key" } }`],
    ["a process.env value", `{ env: { API_KEY: process.env.API_KEY, GH_TOKEN: \`\${process.env.GH_TOKEN}\` } }`],
    ["a path under a secret-like name", `{ env: { GOOGLE_APPLICATION_CREDENTIALS: "/etc/gcp/service-account.json" } }`],
    ["a placeholder", `{ env: { OPENAI_API_KEY: "your-api-key-here" } }`],
    ["a short or word-like value under a secret-like name", `{ env: { AUTH_TOKEN: "disabled", SECRET_MODE: "strict-mode-on" } }`],
    ["a random value under a non-secret name", `{ env: { BUILD_ID: "${RANDOM}" } }`],
    ["a header built from the environment", `{ mcpServers: { gh: { type: "http", url: "https://x.io/mcp", headers: { Authorization: \`Bearer \${process.env.GH_TOKEN}\` } } } }`],
  ])("does not report %s", (_label, options) => {
    expect(findingsOf(RULE, withOptions(options))).toEqual([]);
  });

  describe("the process environment an agent inherits", () => {
    const agentCall = 'query({ prompt: "Go.", options: { allowedTools: ["Read"], maxTurns: 5 } });\n';

    it("reports a credential written into process.env in a file that starts an agent", () => {
      const code = `${SDK}process.env.ANTHROPIC_AUTH_TOKEN = "${RANDOM}";\nprocess.env["GH_TOKEN"] ??= "${GITHUB}";\n${agentCall}`;
      const findings = findingsOf(RULE, code);
      expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([
        ["processEnv", 2, 36, 62],
        ["processEnv", 3, 29, 71],
      ]);
      expect(findings[0]?.message).toBe(
        "`ANTHROPIC_AUTH_TOKEN` is set to a hardcoded secret (7FAc…(24 chars)) with `process.env`: anyone with the code has it, and the agent started here inherits it, so any command the agent runs can print it. Set it in the environment the process starts with, from a secret manager, instead.",
      );
    });

    it("reports each credential of Object.assign(process.env, …) and of a reassigned process.env, naming the branch", () => {
      const code = `${SDK}Object.assign(process.env, { LOG_LEVEL: "debug", BILLING_TOKEN: "${RANDOM}" });
export function setup(prod: boolean) {
  process.env = { ...process.env, ...(prod ? { GH_TOKEN: "${GITHUB}" } : {}) };
}
${agentCall}`;
      const findings = findingsOf(RULE, code);
      expect(findings.map((f) => [f.line, f.column])).toEqual([
        [2, 65],
        [4, 58],
      ]);
      expect(findings[1]?.message).toMatch(/\(when prod\)\.$/);
    });

    it("reports it next to a launch of the CLI", () => {
      const code = `import { spawn } from "node:child_process";\nprocess.env.GH_TOKEN = "${GITHUB}";\nspawn("claude", ["-p", "Summarize open issues."]);\n`;
      expect(compact(code)).toEqual([["processEnv", 2, 24, 66]]);
    });

    it("does not report files that start no agent, placeholders, or values read from elsewhere", () => {
      expect(compact(`process.env.GH_TOKEN = "${GITHUB}";\nexport const x = 1;\n`)).toEqual([]);
      expect(compact(`import { spawn } from "node:child_process";\nprocess.env.GH_TOKEN = "${GITHUB}";\nspawn("git", ["status"]);\n`)).toEqual([]);
      const harmless = `${SDK}import { readFileSync } from "node:fs";
process.env.ANTHROPIC_API_KEY = "your-api-key-here";
process.env.NOTES_API_KEY = readFileSync("/run/secrets/notes", "utf8");
process.env.CLAUDE_CONFIG_DIR = "/srv/agent/.claude";
process.env[process.argv[2] ?? "X"] = "${RANDOM}";
${agentCall}`;
      expect(compact(harmless)).toEqual([]);
    });
  });
});
