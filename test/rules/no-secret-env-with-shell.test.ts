import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "no-secret-env-with-shell";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.endColumn]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags secret-like env names with a pre-approved Bash, at the first secret", () => {
    const findings = findingsOf(RULE, agent('{ allowedTools: ["Bash"], env: { PATH: "/usr/bin", GITHUB_TOKEN: process.env.GITHUB_TOKEN } }'));
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn, f.severity])).toEqual([["secrets", 2, 83, 95, "warn"]]);
    expect(findings[0]?.message).toBe(
      'This agent can run any shell command ("Bash" pre-approved) and its `env` holds secrets (GITHUB_TOKEN); one `env` or `printenv` puts them in the transcript or a request. Give the agent only the variables it needs, or scope Bash to specific commands.',
    );
  });

  it("flags a credential value under an innocent name without printing it", () => {
    const token = `ghp_${"a1B2c3D4e5".repeat(3)}123456`;
    const findings = findingsOf(RULE, agent(`{ allowedTools: ["Bash"], env: { GH: "${token}" } }`));
    expect(findings.map((f) => f.messageId)).toEqual(["secrets"]);
    expect(findings[0]?.message).not.toContain(token);
  });

  it("flags the whole parent environment", () => {
    expect(at(agent('{ allowedTools: ["Bash"], env: { ...process.env, CI: "1" } }'))).toEqual([["wholeEnv", 2, 63, 90]]);
    expect(at(agent('{ allowedTools: ["Bash"], env: process.env }'))).toEqual([["wholeEnv", 2, 63, 74]]);
  });

  it("flags TypeScript agents without env, which get process.env", () => {
    const findings = findingsOf(RULE, agent('{ allowedTools: ["Bash(npx *)"] }'));
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["defaultEnv", 2, 49]]);
    expect(findings[0]?.message).toContain('("Bash(npx *)" pre-approved) and sets no `env`');
  });

  it("flags bypass mode as shell access", () => {
    const findings = findingsOf(RULE, agent('{ permissionMode: "bypassPermissions", allowDangerouslySkipPermissions: true, env: { API_KEY: "x" } }'));
    expect(findings.map((f) => f.messageId)).toEqual(["secrets"]);
    expect(findings[0]?.message).toContain("(Bash in bypassPermissions mode)");
  });

  it("judges bypass mode with an unresolved disallowedTools as the other permission rules do", () => {
    const code = `${IMPORT}export function run(deny: string[]) {
  return query({ prompt: "go", options: { permissionMode: "bypassPermissions", disallowedTools: deny, env: { ...process.env, CI: "1" } } });
}\n`;
    expect(at(code)).toEqual([["wholeEnv", 3, 108, 135]]);
    expect(findingsOf("no-exfiltration-combo", code)).toHaveLength(1);
    const narrowed = code.replace("disallowedTools: deny", 'tools: ["Read"], disallowedTools: deny');
    expect(at(narrowed)).toEqual([]);
  });

  it("does not flag agents without shell access or env without secrets", () => {
    expect(at(agent('{ allowedTools: ["Read"], env: { ...process.env } }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash(git diff:*)"], env: { ...process.env } }'))).toEqual([]);
    expect(at(agent('{ tools: ["Bash"], env: { ...process.env } }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash"], env: { PATH: "/usr/bin", NODE_ENV: "test", TOKENIZER: "cl100k" } }'))).toEqual([]);
    expect(at(agent('{ allowedTools: ["Bash"], disallowedTools: ["Bash"], env: { ...process.env } }'))).toEqual([]);
    expect(at(agent('{ permissionMode: "bypassPermissions", disallowedTools: ["Bash"], env: { ...process.env } }'))).toEqual([]);
  });

  it("gives no finding for an unknown env", () => {
    expect(at(`${IMPORT}export function run(env: any) { return query({ prompt: "go", options: { allowedTools: ["Bash"], env } }); }\n`)).toEqual([]);
  });

  it("names the alternative holding the secret", () => {
    const code = `${IMPORT}const deploy = process.env.STAGE === "deploy";
${PREFIX}{ allowedTools: ["Bash"], env: deploy ? { DEPLOY_TOKEN: "from-vault" } : { CI: "1" } } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*deploy.*\)\.$/);
  });

  it("resolves an env built in another file", () => {
    const code = `${IMPORT}import { AGENT_ENV } from "./env";
${PREFIX}{ allowedTools: ["Bash"], env: AGENT_ENV } });
`;
    expect(at(code, { files: { "env.ts": "export const AGENT_ENV = { ...process.env, CI: \"1\" };\n" } })).toEqual([["wholeEnv", 3, 58, 61]]);
    expect(at(code, { files: { "env.ts": 'export const AGENT_ENV = { CI: "1" };\n' } })).toEqual([]);
  });

  it("does not flag Bash that a PreToolUse hook checks on every call", () => {
    const guarded = agent('{ allowedTools: ["Bash"], env: { ...process.env }, hooks: { PreToolUse: [{ matcher: "Bash", hooks: [check] }] } }');
    expect(at(`const check = async () => ({});\n${guarded}`)).toEqual([]);
    const afterOnly = guarded.replace("PreToolUse", "PostToolUse");
    expect(at(`const check = async () => ({});\n${afterOnly}`).map(([id]) => id)).toEqual(["wholeEnv"]);
  });

  it("flags every Python agent with a shell, which always inherits os.environ", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read", "Bash"], env={"CI": "1"})
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["python", 3, 53]]);
    expect(findings[0]?.message).toContain("the Python SDK always passes the whole `os.environ` on to it");
    const readOnly = code.replace('"Read", "Bash"', '"Read", "Bash(git diff:*)"');
    expect(findingsOf(RULE, readOnly, { filename: "agent.py" })).toEqual([]);
  });
});
