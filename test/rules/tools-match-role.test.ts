import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "tools-match-role";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.endColumn]);
const REVIEWER = 'systemPrompt: "You are a read-only reviewer."';

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags a read-only prompt with a write tool, at the tool", () => {
    const findings = findingsOf(RULE, agent(`{ ${REVIEWER}, allowedTools: ["Read", "Edit"] }`));
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.severity])).toEqual([[2, 104, 110, "warn"]]);
    expect(findings[0]?.message).toBe(
      'The prompt says this agent is read-only ("you are a read-only"), but it holds Edit, which writes files. Remove that tool or correct the prompt, since the model will use what it is given.',
    );
  });

  it("flags unscoped Bash and tools that send data out", () => {
    expect(findingsOf(RULE, agent(`{ ${REVIEWER}, tools: ["Read", "Bash"] }`))[0]?.message).toContain("holds Bash, which runs any shell command");
    expect(findingsOf(RULE, agent(`{ ${REVIEWER}, allowedTools: ["PushNotification"] }`))[0]?.message).toContain("which sends data out");
  });

  it("reads the preset append, the legacy prompt options and multilingual cues", () => {
    expect(at(agent('{ systemPrompt: { type: "preset", preset: "claude_code", append: "Nunca modifiques ningún archivo." }, allowedTools: ["Write"] }'))).toHaveLength(1);
    expect(at(agent('{ customSystemPrompt: "Tu travailles en lecture seule.", allowedTools: ["Write"] }'))).toHaveLength(1);
    expect(at(agent('{ systemPrompt: "Somente leitura: analise o código.", allowedTools: ["Bash"] }'))).toHaveLength(1);
  });

  it("checks a subagent's description and prompt, including tools it inherits", () => {
    const own = agent('{ tools: ["Read"], agents: { auditor: { description: "Read-only security auditor", prompt: "Audit.", tools: ["Read", "Write"] } } }');
    expect(findingsOf(RULE, own).map((f) => [f.line, f.column])).toEqual([[2, 149]]);
    const inherited = agent('{ allowedTools: ["Read", "Edit"], agents: { auditor: { description: "Audits", prompt: "Never modify files." } } }');
    const findings = findingsOf(RULE, inherited);
    expect(findings.map((f) => [f.line, f.column])).toEqual([[2, 85]]);
    expect(findings[0]?.message).toContain("(inherited from the agent that declares it)");
  });

  it("does not flag a read-only reviewer with read tools, or a refactorer with Edit", () => {
    expect(at(agent(`{ ${REVIEWER}, allowedTools: ["Read", "Grep", "Glob"] }`))).toEqual([]);
    expect(at(agent(`{ ${REVIEWER}, allowedTools: ["Read", "Bash(git diff:*)", "WebSearch"] }`))).toEqual([]);
    expect(at(agent('{ systemPrompt: "You are a refactoring assistant.", allowedTools: ["Read", "Edit"] }'))).toEqual([]);
    expect(at(agent('{ systemPrompt: "You are not a read-only agent: fix the bugs.", allowedTools: ["Edit"] }'))).toEqual([]);
    expect(at(agent('{ systemPrompt: "Do not edit files in vendor/.", allowedTools: ["Edit"] }'))).toEqual([]);
  });

  it("ignores the query prompt, which is a task rather than a role", () => {
    const code = `${IMPORT}query({ prompt: "Do not modify any files yet, just plan.", options: { allowedTools: ["Edit"] } });\n`;
    expect(at(code)).toEqual([]);
  });

  it("names the alternative holding the write tool", () => {
    const code = `${IMPORT}const fix = process.env.FIX === "1";
${PREFIX}{ ${REVIEWER}, allowedTools: fix ? ["Read", "Edit"] : ["Read"] } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .*fix.*\)\.$/);
  });

  it("names no condition when every alternative of the prompt says read-only", () => {
    const code = `${IMPORT}declare const role: "a" | "b";
const ROLES = { a: { prompt: "You are read-only." }, b: { prompt: "You are read-only." } };
query({ prompt: "go", options: { systemPrompt: ROLES[role].prompt, allowedTools: ["Read", "Edit"] } });
`;
    expect(findingsOf(RULE, code).map((f) => f.message)).toEqual([expect.not.stringContaining("(when")]);
  });

  it("resolves a prompt imported from another file", () => {
    const code = `${IMPORT}import { REVIEW_PROMPT } from "./prompts";
${PREFIX}{ systemPrompt: REVIEW_PROMPT, allowedTools: ["Read", "Write"] } });
`;
    expect(at(code, { files: { "prompts.ts": 'export const REVIEW_PROMPT = "You are a read-only reviewer.";\n' } })).toEqual([["mismatch", 3, 86, 93]]);
  });

  it("checks Python agents", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(system_prompt="Only read files and never modify anything.", allowed_tools=["Read", "Edit"])
`;
    expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => f.line)).toEqual([3]);
  });
});
