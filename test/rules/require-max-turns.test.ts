import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT, PREFIX, agent } from "../helpers/ts-agent.js";
import { findingsOf, lintSource, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "require-max-turns";
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.severity]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("warns when maxTurns is missing, at the options", () => {
    const findings = findingsOf(RULE, agent('{ tools: ["Read"] }'));
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn, f.severity])).toEqual([["missing", 2, 32, 51, "warn"]]);
    expect(findings[0]?.message).toBe(
      "This agent sets no `maxTurns`, so its loop runs until the model stops on its own (no turn limit). Set `maxTurns` to a bound such as 25.",
    );
  });

  it("warns on 0, which means no limit", () => {
    expect(at(agent("{ maxTurns: 0 }"))).toEqual([["zero", 2, 44, "warn"]]);
  });

  it("errors above the maximum and accepts values up to it", () => {
    expect(at(agent("{ maxTurns: 51 }"))).toEqual([["tooMany", 2, 44, "error"]]);
    expect(at(agent("{ maxTurns: 50 }"))).toEqual([]);
    expect(at(agent("{ maxTurns: 1 }"))).toEqual([]);
    expect(at(agent("{ maxTurns: 31 }"), { rules: { [RULE]: { options: { max: 30 } } } })).toEqual([["tooMany", 2, 44, "error"]]);
    expect(findingsOf(RULE, agent("{ maxTurns: 200 }"))[0]?.message).toBe(
      "`maxTurns: 200` allows more turns than the configured maximum of 50; a runaway loop keeps spending tokens and acting. Lower it to 50 or less.",
    );
  });

  it("gives no finding for unknown values", () => {
    expect(at(agent("{ maxTurns: Number(process.env.MAX_TURNS) }"))).toEqual([]);
    expect(at(`${IMPORT}export function run(turns: number) { return query({ prompt: "go", options: { maxTurns: turns } }); }\n`)).toEqual([]);
    expect(at(`${IMPORT}export function run(extra: any) { return query({ prompt: "go", options: { ...extra } }); }\n`)).toEqual([]);
  });

  it("reports an unset value returned by a helper at the option, not inside the helper", () => {
    const code = `${IMPORT}function optionalInt(raw: string | undefined) {
  if (raw === undefined) return undefined;
  return Number(raw);
}
export function run(raw?: string) {
  query({ prompt: "go", options: { allowedTools: ["Read"], maxTurns: optionalInt(raw) } });
}
`;
    expect(at(code)).toEqual([["missing", 7, 60, "warn"]]);
  });

  it("judges each alternative and names it", () => {
    const code = `${IMPORT}const deep = process.env.DEEP === "1";
${PREFIX}{ maxTurns: deep ? 500 : 20 } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["tooMany", 3, 51]]);
    expect(findings[0]?.message).toMatch(/\(when .*deep.*\)\.$/);
  });

  it("resolves an imported limit and reports where it is used", () => {
    const code = `${IMPORT}import { TURNS } from "./limits";
${PREFIX}{ maxTurns: TURNS } });
`;
    expect(at(code, { files: { "limits.ts": "export const TURNS = 0;\n" } })).toEqual([["zero", 3, 34, "warn"]]);
    expect(at(code, { files: { "limits.ts": "export const TURNS = 10;\n" } })).toEqual([]);
    const [finding] = lintSource(code, { only: [RULE], files: { "limits.ts": "export const TURNS = 0;\n" } });
    expect(finding?.message).toMatch(/Set a positive bound such as 25 \(value from TURNS at limits\.ts:1\)\.$/);
    expect(finding?.related).toEqual([{ file: "limits.ts", line: 1, column: 22, endLine: 1, endColumn: 23, message: "value from TURNS" }]);
  });

  it("reports a limit from a constant at the option that takes it, with the constant as origin", () => {
    const code = `${IMPORT}const MAX_TURNS = 75;

export function run() {
  return query({ prompt: "go", options: { allowedTools: ["Read"], maxTurns: MAX_TURNS } });
}
`;
    const [finding] = lintSource(code, { only: [RULE] });
    expect([finding?.line, finding?.column, finding?.endColumn]).toEqual([5, 67, 75]);
    expect(finding?.message).toBe(
      "`maxTurns: 75` allows more turns than the configured maximum of 50; a runaway loop keeps spending tokens and acting. Lower it to 50 or less (value from MAX_TURNS at agent.ts:2).",
    );
    expect(finding?.related).toEqual([{ file: "agent.ts", line: 2, column: 19, endLine: 2, endColumn: 21, message: "value from MAX_TURNS" }]);
    const shorthand = `${IMPORT}const maxTurns = 0;\n${PREFIX}{ maxTurns } });\n`;
    expect(findingsOf(RULE, shorthand).map((f) => [f.line, f.column, f.message.endsWith("(value from maxTurns at agent.ts:2).")])).toEqual([[3, 34, true]]);
  });

  it("keeps a limit written with its key where it is written, even in a spread constant", () => {
    const code = `${IMPORT}const BASE = { maxTurns: 75 };
${PREFIX}{ ...BASE, allowedTools: ["Read"] } });
`;
    const [finding] = lintSource(code, { only: [RULE] });
    expect([finding?.line, finding?.column, finding?.related]).toEqual([2, 26, undefined]);
  });

  it("reports options from another file at the agent, with the value's place as origin", () => {
    const code = `${IMPORT}import { OPTIONS } from "./config";
query({ prompt: "go", options: OPTIONS });
`;
    const [finding] = lintSource(code, { only: [RULE], files: { "config.ts": "export const OPTIONS = { maxTurns: 500 };\n" } });
    expect([finding?.messageId, finding?.line, finding?.column]).toEqual(["tooMany", 3, 23]);
    expect(finding?.message).toMatch(/ \(value set at config\.ts:1\)\.$/);
  });

  it("offers to insert maxTurns into an options literal of this file", () => {
    const code = agent('{ tools: ["Read"] }');
    const [finding] = lintSource(code, { only: [RULE] });
    expect(finding?.suggestions).toEqual([{ description: "Insert `maxTurns: 25`.", range: [88, 88], text: "maxTurns: 25, " }]);
    const fixed = code.slice(0, 88) + "maxTurns: 25, " + code.slice(88);
    expect(findingsOf(RULE, fixed)).toEqual([]);
  });

  it("offers no suggestion when the options literal is in another file", () => {
    const code = `${IMPORT}import { OPTIONS } from "./config";
query({ prompt: "go", options: OPTIONS });
`;
    const findings = lintSource(code, { only: [RULE], files: { "config.ts": 'export const OPTIONS = { tools: ["Read"] };\n' } });
    expect(findings.map((f) => [f.messageId, f.line, f.suggestions])).toEqual([["missing", 3, undefined]]);
  });

  it("checks subagents: explicit values always, a missing one only under an unbounded parent", () => {
    const sub = (extra: string) => `{ maxTurns: 10, agents: { helper: { description: "Helps", prompt: "Help"${extra} } } }`;
    expect(at(agent(sub("")))).toEqual([]);
    expect(at(agent(sub(", maxTurns: 0")))).toEqual([["zero", 2, 116, "warn"]]);
    expect(at(agent(sub(", maxTurns: 80")))).toEqual([["tooMany", 2, 116, "error"]]);
    const unbounded = agent('{ agents: { helper: { description: "Helps", prompt: "Help" } } }');
    expect(at(unbounded)).toEqual([
      ["missing", 2, 32, "warn"],
      ["subagentMissing", 2, 52, "warn"],
    ]);
  });

  it("judges options passed through an adapter at the use that passes them, in its file", () => {
    const adapter = `import { query, type Options } from "@anthropic-ai/claude-agent-sdk";
export class ClaudeAdapter {
  constructor(private readonly options: Partial<Options>) {}
  run(prompt: string) { return query({ prompt, options: { ...this.options, allowedTools: ["Read"] } }); }
}
`;
    const main = 'import { ClaudeAdapter } from "./adapter";\nexport const adapter = new ClaudeAdapter({ maxTurns: 100000 });\nexport const quiet = new ClaudeAdapter({ model: "m" });\n';
    expect(at(main, { filename: "main.ts", files: { "adapter.ts": adapter } })).toEqual([
      ["tooMany", 2, 54, "error"],
      ["missing", 3, 22, "warn"],
    ]);
    expect(at(adapter, { filename: "adapter.ts" })).toEqual([]);
  });

  it("checks Python max_turns", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read"], max_turns=0)
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["zero", 3, 64]]);
    expect(findings[0]?.message).toContain("`max_turns: 0`");
  });

  it("reports Python max_turns=MAX_TURNS at the argument, naming the constant", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

MAX_TURNS = 75


def build():
    return ClaudeAgentOptions(allowed_tools=["Read"], max_turns=MAX_TURNS)
`;
    const [finding] = lintSource(code, { filename: "agent.py", only: [RULE] });
    expect([finding?.line, finding?.column, finding?.endColumn]).toEqual([7, 55, 64]);
    expect(finding?.message).toMatch(/Lower it to 50 or less \(value from MAX_TURNS at agent\.py:3\)\.$/);
    expect(finding?.related).toEqual([{ file: "agent.py", line: 3, column: 13, endLine: 3, endColumn: 15, message: "value from MAX_TURNS" }]);
  });

  it("reports a Python limit from another module at the argument", () => {
    const code = "from claude_agent_sdk import ClaudeAgentOptions\nimport limits\nopts = ClaudeAgentOptions(allowed_tools=[\"Read\"], max_turns=limits.TURNS)\n";
    const findings = findingsOf(RULE, code, { filename: "agent.py", files: { "limits.py": "TURNS = 0\n" } });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["zero", 3, 51]]);
    expect(findings[0]?.message).toMatch(/ \(value from limits\.TURNS at limits\.py:1\)\.$/);
  });

  it("reports a limit left unset by a skipped write at that write's key", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

def build(max_turns=None):
    options = {"allowed_tools": ["Read"]}
    if max_turns:
        options["max_turns"] = max_turns
    return ClaudeAgentOptions(**options)
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["missing", 6, 17]]);
    expect(findings[0]?.message).not.toContain("(value");
  });

  it("keeps a Python limit in a dict spread into the options where it is written", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

BASE = {"max_turns": 75}
opts = ClaudeAgentOptions(allowed_tools=["Read"], **BASE)
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.column, f.message.includes("(value")])).toEqual([[3, 22, false]]);
  });
});
