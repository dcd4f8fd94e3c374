/** The configuration front end: exact positions, JSON with comments, front matter, and bad input. */
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeFilesSync } from "../../../src/analysis/analyze.js";
import { extractModel } from "../../../src/languages/index.js";
import { option } from "../../../src/model/agent.js";
import type { SourceFile } from "../../../src/core/types.js";
import { findingsOf, kindOf, prepareLanguages, VIRTUAL_ROOT } from "../../helpers/lint-source.js";
import path from "node:path";

beforeAll(prepareLanguages);

function source(filename: string, text: string): SourceFile {
  return { path: filename, absolutePath: path.join(VIRTUAL_ROOT, filename), text, kind: kindOf(filename) };
}

function model(filename: string, text: string) {
  return extractModel(source(filename, text), { cwd: VIRTUAL_ROOT, readFile: () => undefined });
}

describe("settings files", () => {
  it("flattens permissions and keeps every key and element at its place", () => {
    const text = `{\n  // team settings\n  "permissions": {\n    "allow": ["Read", "Bash(git diff:*)",],\n    "defaultMode": "plan"\n  },\n}\n`;
    const [agent] = model(".claude/settings.json", text).agents;
    expect(agent?.kind).toBe("settings");
    const allow = option(agent!, "allowedTools");
    expect(allow?.key).toBe("permissions.allow");
    expect(allow?.keyLoc).toMatchObject({ line: 4, column: 5, endColumn: 12 });
    expect(allow?.value.kind === "array" && allow.value.elements.map((element) => [element.loc.line, element.loc.column])).toEqual([
      [4, 15],
      [4, 23],
    ]);
    expect(option(agent!, "permissionMode")?.key).toBe("permissions.defaultMode");
  });

  it("reads each project of a .claude.json as its own layer", () => {
    const text = JSON.stringify({ numStartups: 3, mcpServers: { a: { command: "node" } }, projects: { "/srv/app": { allowedTools: ["Bash"] } } }, null, 2);
    const agents = model(".claude.json", text).agents;
    expect(agents.map((agent) => agent.name ?? "user")).toEqual(["user", "/srv/app"]);
  });

  it.each([
    ["a missing comma", `{\n  "a": 1\n  "b": 2\n}`, "Could not parse this file: a comma is expected", 3],
    ["an unclosed object", `{ "permissions": { "allow": [] }`, "a closing } is missing", 1],
    ["a top level that is no object", `["Read"]`, "the file's top level is not a JSON object", 1],
    ["an empty file", ``, "the file is empty", 1],
    ["nesting past the limit", `{ "a": ${"[".repeat(300)}${"]".repeat(300)} }`, "nested more than 256 levels", 1],
  ])("gives one parse-error for %s", (_label, text, message, line) => {
    const findings = findingsOf("parse-error", text, { filename: ".claude/settings.json" });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(message);
    expect(findings[0]?.line).toBe(line);
  });

  it("still checks what it recovered from a file with a syntax error", () => {
    const text = `{\n  "permissions": { "allow": ["Bash"] }\n  "env": {}\n}`;
    expect(findingsOf("no-unscoped-bash", text, { filename: ".claude/settings.json" }).map((f) => f.line)).toEqual([2]);
  });

  it("reads a file that started with a BOM at the same positions", () => {
    const text = `\uFEFF{ "permissions": { "allow": ["Bash"] } }`;
    expect(findingsOf("no-unscoped-bash", text, { filename: ".claude/settings.json" }).map((f) => [f.line, f.column])).toEqual([[1, 30]]);
  });
});

describe("front matter", () => {
  it("splits one-string tool lists into located entries", () => {
    const text = `---\nname: t\ndescription: d\ntools: Read, Bash(git log:*), "Grep"\n---\nBody\n`;
    const tools = option(model(".claude/agents/t.md", text).agents[0]!, "tools")?.value;
    expect(tools?.kind === "array" && tools.elements.map((element) => [element.kind === "string" && element.value, element.loc.column])).toEqual([
      ["Read", 8],
      ["Bash(git log:*)", 14],
      ['"Grep"', 31],
    ]);
    const skill = `---\nallowed-tools: "Read Bash(git commit -m:*)"\n---\nBody\n`;
    const allowed = option(model(".claude/skills/s/SKILL.md", skill).agents[0]!, "allowedTools")?.value;
    expect(allowed?.kind === "array" && allowed.elements.map((element) => [element.kind === "string" && element.value, element.loc.column])).toEqual([
      ["Read", 17],
      ["Bash(git commit -m:*)", 22],
    ]);
  });

  it("recovers one-line values with `: ` as Claude Code does", () => {
    const text = `---\nname: r\ndescription: Use it when asked. Example: user: "review" assistant: "ok"\ntools: Read\n---\nBody\n`;
    const result = model(".claude/agents/r.md", text);
    expect(result.parseProblems).toEqual([]);
    const description = option(result.agents[0]!, "description")?.value;
    expect(description).toMatchObject({ kind: "string", value: 'Use it when asked. Example: user: "review" assistant: "ok"', loc: { line: 3, column: 14 } });
  });

  it.each([
    ["YAML that does not parse", `---\nname: x\ndescription: [unclosed\n---\nBody\n`, "the front matter is not valid YAML"],
    ["an unclosed front matter", `---\nname: x\ndescription: d\n`, "never closed"],
    ["front matter that is no mapping", `---\n- a\n- b\n---\nBody\n`, "not a mapping of fields"],
  ])("gives one parse-error for %s, and no agent", (_label, text, message) => {
    const result = model(".claude/agents/x.md", text);
    expect(result.parseProblems.map((problem) => problem.message).join()).toContain(message);
    expect(result.agents).toEqual([]);
  });

  it("expands aliases within a budget and says so when it runs out", () => {
    const lines = ["---", "name: x", "description: d", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 8; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(", ")}]`);
    lines.push("---", "Body");
    const result = analyzeFilesSync([source(".claude/agents/x.md", lines.join("\n"))], { cwd: VIRTUAL_ROOT, readFile: () => undefined });
    expect(result.notices.map((notice) => notice.kind)).toEqual(["incomplete"]);
  });

  it("treats a subagent file without name as documentation", () => {
    expect(model(".claude/agents/notes.md", `---\ndescription: notes\n---\nBody\n`).agents).toEqual([]);
  });

  it("honours # suppressions in front matter and HTML comments in the body", () => {
    const text = `---\nname: t\ndescription: d\n# agentlint-disable-next-line no-unscoped-bash -- the project hook lives elsewhere\ntools: Read, Bash\n---\n<!-- agentlint-disable-next-line no-hidden-instructions -- intended -->\nBody\u200b text\n`;
    const all = findingsOf("no-unscoped-bash", text, { filename: ".claude/agents/t.md" });
    expect(all).toEqual([]);
    expect(findingsOf("no-hidden-instructions", text, { filename: ".claude/agents/t.md" })).toEqual([]);
  });
});
