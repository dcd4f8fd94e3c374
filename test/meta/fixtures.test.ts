/**
 * Fixtures say what they expect: for `fixtures/<id>/**`, with only rule <id> on, the lines
 * where its findings start are exactly the lines after a `ruleid: <id>` comment, and no
 * finding starts after an `ok: <id>` comment.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiles } from "../../src/analysis/analyze.js";
import type { EffectiveRules } from "../../src/analysis/effective-rules.js";
import { allRules, ruleById } from "../../src/analysis/registry.js";
import type { SourceFile } from "../../src/core/types.js";
import { annotationsOf } from "./support/annotations.js";
import { fixtureFiles } from "./support/fixture-files.js";
import { REPO_ROOT, repoPath } from "./support/repo.js";

/** Folders of `fixtures/` that hold scenarios rather than one rule's cases. */
const NOT_RULE_FOLDERS = new Set(["projects"]);

describe("fixtures/", () => {
  it("has a folder only for rules that exist", () => {
    const folders = readdirSync(repoPath("fixtures"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !NOT_RULE_FOLDERS.has(entry.name))
      .map((entry) => entry.name);
    expect(folders.filter((name) => !ruleById(name))).toEqual([]);
  });
});

const withFixtures = allRules.filter((rule) => existsSync(repoPath("fixtures", rule.id)));

describe.each(withFixtures.map((rule) => [rule.id, rule] as const))("fixtures/%s", (id, rule) => {
  const files = fixtureFiles(repoPath("fixtures", id));
  const onlyThisRule: EffectiveRules = new Map([
    [id, { severity: rule.severity === "off" ? "warn" : rule.severity, options: { ...rule.defaultOptions } }],
  ]);

  it("annotates at least one expected finding in its invalid files", () => {
    const annotated = files
      .filter((file) => file.kind && /(^|\/)invalid/.test(file.path.slice(`fixtures/${id}/`.length)))
      .filter((file) => annotationsOf(readFileSync(file.absolutePath, "utf8"), id).expected.size > 0);
    expect(annotated.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    if (!file.kind) {
      it.skip(`${file.path}: no extractor reads this format yet`, () => {});
      continue;
    }
    const kind = file.kind;
    it(`${file.path} has findings exactly where annotated`, async () => {
      const text = readFileSync(file.absolutePath, "utf8").replace(/^\uFEFF/, "");
      const source: SourceFile = { path: file.path, absolutePath: file.absolutePath, text, kind };
      const result = await analyzeFiles([source], { cwd: REPO_ROOT, rulesFor: () => onlyThisRule });
      expect(result.notices).toEqual([]);
      const findings = result.findings.filter((finding) => finding.ruleId === id && !finding.suppressed);
      const { expected, forbidden } = annotationsOf(text, id);
      const lines = [...new Set(findings.map((finding) => finding.line))].sort((a, b) => a - b);
      expect(lines, findings.map((f) => `${f.line}:${f.column} ${f.message}`).join("\n")).toEqual([...expected].sort((a, b) => a - b));
      expect(lines.filter((line) => forbidden.has(line))).toEqual([]);
      if (!rule.hasSuggestions) {
        expect(findings.filter((finding) => finding.suggestions?.length), "suggestions need `hasSuggestions: true`").toEqual([]);
      }
    });
  }
});
