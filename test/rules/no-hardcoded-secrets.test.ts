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
});
