/**
 * Rule docs follow one outline, and their examples are true: every code block under
 * "❌ Incorrect" gives at least one finding of the rule, every block under "✅ Correct" none.
 * A block is linted as the file its fence names (```json title=".mcp.json"), else as
 * `agent.<ext>` by its language, with only that rule on.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { allRules } from "../../src/analysis/registry.js";
import { classifyPath } from "../../src/languages/registry.js";
import { lintSource, prepareLanguages } from "../helpers/lint-source.js";
import { outlineOf, type CodeBlock } from "./support/markdown.js";
import { repoPath } from "./support/repo.js";

const SECTIONS = ["What it does", "Why is this bad?", "Examples", "Options", "When not to use it", "References"];
const INCORRECT = "❌ Incorrect";
const CORRECT = "✅ Correct";

const FILE_BY_LANGUAGE: Readonly<Record<string, string>> = {
  ts: "agent.ts",
  typescript: "agent.ts",
  tsx: "agent.tsx",
  js: "agent.js",
  javascript: "agent.js",
  mjs: "agent.mjs",
  jsx: "agent.jsx",
  py: "agent.py",
  python: "agent.py",
  dockerfile: "Dockerfile",
  yaml: "manifest.yaml",
  yml: "manifest.yaml",
};

beforeAll(async () => {
  await prepareLanguages();
});

const documented = allRules.filter((rule) => existsSync(repoPath("rules", `${rule.id}.md`)));

describe.each(documented.map((rule) => [rule.id] as const))("rules/%s.md", (id) => {
  const markdown = readFileSync(repoPath("rules", `${id}.md`), "utf8");
  const outline = outlineOf(markdown);

  it("has the title, a one-line summary and the sections in order", () => {
    expect(outline.headings[0]).toMatchObject({ level: 1, text: id });
    const afterTitle = markdown.split(/\r?\n/).slice(outline.headings[0]?.line ?? 0).find((line) => line.trim() !== "");
    expect(afterTitle, "a summary line under the title").toBeDefined();
    expect(afterTitle).not.toMatch(/^#/);
    expect(outline.headings.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual(SECTIONS);
    const exampleHeadings = outline.headings.filter((heading) => heading.level === 3).map((heading) => heading.text);
    expect(exampleHeadings).toContain(INCORRECT);
    expect(exampleHeadings).toContain(CORRECT);
  });

  const examples = (kind: string): CodeBlock[] =>
    outline.codeBlocks.filter((block) => block.headings.get(2) === "Examples" && block.headings.get(3) === kind);

  it("has at least one example of each kind in a language agentlint reads", () => {
    expect(examples(INCORRECT).filter(isLintable).length, INCORRECT).toBeGreaterThan(0);
    expect(examples(CORRECT).filter(isLintable).length, CORRECT).toBeGreaterThan(0);
  });

  const cases = [
    ...examples(INCORRECT).map((block) => ({ block, incorrect: true })),
    ...examples(CORRECT).map((block) => ({ block, incorrect: false })),
  ];
  for (const { block, incorrect } of cases) {
    const title = `${incorrect ? INCORRECT : CORRECT} example at line ${block.line} (${block.language || "no language"})`;
    const filename = filenameOf(block);
    if (!filename) {
      it.skip(`${title}: no extractor reads this language yet`, () => {});
      continue;
    }
    it(`${title} ${incorrect ? "is flagged" : "is not flagged"}`, () => {
      const findings = lintSource(block.code, { filename, only: [id] }).filter((finding) => finding.ruleId === id && !finding.suppressed);
      const summary = findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
      if (incorrect) expect(summary.length, "findings").toBeGreaterThan(0);
      else expect(summary).toEqual([]);
    });
  }
});

function filenameOf(block: CodeBlock): string | undefined {
  const filename = block.filename ?? FILE_BY_LANGUAGE[block.language];
  return filename !== undefined && classifyPath(filename) !== undefined ? filename : undefined;
}

function isLintable(block: CodeBlock): boolean {
  return filenameOf(block) !== undefined;
}
