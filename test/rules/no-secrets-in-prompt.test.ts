import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "no-secrets-in-prompt";
// Fake credentials in real formats, split so that no scanner flags this test file itself.
const GITHUB = "ghp_" + "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
const ANTHROPIC = "sk-ant-api03-" + "YgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt";
const SDK = `import { query } from "@anthropic-ai/claude-agent-sdk";\n`;

function positions(code: string, files?: Record<string, string>) {
  return findingsOf(RULE, code, files ? { files } : {}).map((f) => [f.line, f.column, f.endLine, f.endColumn]);
}

describe(RULE, () => {
  beforeAll(prepareLanguages);

  it("reads Python system prompts and secret environment variables", () => {
    const code = `import os
from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(
    system_prompt=f"Token {os.environ['GITHUB_TOKEN']} and key ${ANTHROPIC}",
)
`;
    expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([
      ["secretValue", 5, 28, 54],
      ["literalSecret", 5, 64, 117],
    ]);
  });

  it("reports a literal token at its exact place, masked", () => {
    const code = `${SDK}query({ prompt: "Go.", options: { systemPrompt: "Authenticate with ${GITHUB} please." } });\n`;
    const findings = findingsOf(RULE, code);
    expect(findings).toEqual([
      {
        messageId: "literalSecret",
        line: 2,
        column: 68,
        endLine: 2,
        endColumn: 108,
        severity: "error",
        message:
          "systemPrompt contains a GitHub token (ghp_…(40 chars)): the model can repeat anything in its prompt, and transcripts and logs keep it. Remove it, revoke it, and let a tool or the environment use the credential instead.",
      },
    ]);
    expect(findings[0]?.message).not.toContain(GITHUB);
  });

  it("reads every prompt form: preset append, custom prompt arrays, legacy options, the query prompt", () => {
    const code = [
      SDK.trimEnd(),
      `query({ prompt: "Use ${ANTHROPIC}", options: { systemPrompt: { type: "preset", preset: "claude_code", append: "Key ${GITHUB}" } } });`,
      `query({ prompt: "Go.", options: { systemPrompt: { type: "custom", prompt: ["Intro.", "Key ${GITHUB}"] } } });`,
      `query({ prompt: "Go.", options: { customSystemPrompt: "Key ${GITHUB}", appendSystemPrompt: "Key ${GITHUB}" } });`,
      "",
    ].join("\n");
    expect(positions(code)).toEqual([
      [2, 22, 2, 75],
      [2, 157, 2, 197],
      [3, 91, 3, 131],
      [4, 60, 4, 100],
      [4, 128, 4, 168],
    ]);
  });

  it("reports a secret-named environment variable or a secret-manager read interpolated into a prompt", () => {
    const code = `${SDK}import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";
const client = new SecretsManagerClient({});
const secret = await client.send(new GetSecretValueCommand({ SecretId: "db" }));
query({ prompt: \`Token: \${process.env.GITHUB_TOKEN}\`, options: { systemPrompt: \`DB password \${secret.SecretString}\` } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.messageId])).toEqual([
      [5, 27, 51, "secretValue"],
      [5, 95, 114, "secretValue"],
    ]);
    expect(findings[0]?.message).toBe(
      "query prompt includes the environment variable GITHUB_TOKEN (`process.env.GITHUB_TOKEN`), which holds a secret: the model can repeat anything in its prompt, and transcripts and logs keep it. Keep the secret out of the prompt and let a tool use it.",
    );
  });

  it("names the branch a secret holds in", () => {
    const code = `${SDK}export function run(role: string) {
  query({ prompt: "Go.", options: { systemPrompt: role === "admin" ? "Admin key ${GITHUB}" : "Read-only reviewer." } });
}
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => f.message.endsWith('(when role is "admin").'))).toEqual([true]);
  });

  it("resolves prompts built in another file", () => {
    const files = { "prompts.ts": `export const SYSTEM = "You deploy with ${GITHUB}.";\n` };
    const code = `${SDK}import { SYSTEM } from "./prompts.js";\nquery({ prompt: "Deploy.", options: { systemPrompt: SYSTEM } });\n`;
    expect(positions(code, files)).toEqual([[3, 39, 3, 51]]);
  });

  it.each([
    ["a placeholder", `"Set the key to <your-key> or sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX."`],
    ["documentation of key formats", `"Anthropic keys start with sk-ant-... and GitHub tokens with ghp_..."`],
    ["variables mentioned by name", "\"Read the key from ${ANTHROPIC_API_KEY} or $GITHUB_TOKEN; never print it.\""],
    ["a non-secret environment variable", "`Work in ${process.env.PROJECT_DIR}.`"],
    ["a user-typed parameter", "task"],
    ["an unknown value", "loadPrompt()"],
  ])("does not report %s", (_label, expression) => {
    const code = `${SDK}declare const task: string;\ndeclare function loadPrompt(): string;\nquery({ prompt: "Go.", options: { systemPrompt: ${expression} } });\n`;
    expect(findingsOf(RULE, code)).toEqual([]);
  });

  it("does not report secrets outside prompts", () => {
    const code = `${SDK}query({ prompt: "Go.", options: { model: "claude-sonnet-4-5", env: { GITHUB_TOKEN: process.env.GITHUB_TOKEN } } });\n`;
    expect(findingsOf(RULE, code)).toEqual([]);
  });
});
