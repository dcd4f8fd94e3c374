/**
 * Every rule is complete and consistent: a doc, tests and fixtures beside it; a stable,
 * catalogued, kebab-case id; a description that says what it enforces; declared messages;
 * default options its own schema accepts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { allRules } from "../../src/analysis/registry.js";
import { catalogueIds } from "./support/catalogue.js";
import { messageIdsUsedIn } from "./support/message-ids.js";
import { repoPath, SPEC_DIR } from "./support/repo.js";

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Ids an issue has named that the spec's catalogue does not list yet. Each is a public id all
 * the same: listing it here is a decision, reviewed like any other.
 */
const NAMED_BY_ISSUES = new Set([
  // Issue 9 ("Agent code, round two"), item 5.
  "no-unknown-options",
]);

describe("rule registry", () => {
  it("holds every rule file in rules/", () => {
    const files = readdirSync(repoPath("rules"))
      .filter((name) => name.endsWith(".ts") && name !== "index.ts" && !name.endsWith(".d.ts"))
      .map((name) => name.slice(0, -3))
      .sort();
    expect(allRules.map((rule) => rule.id).sort()).toEqual(files);
  });

  it("has unique ids", () => {
    const ids = allRules.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  const catalogue = catalogueIds();
  it.skipIf(catalogue === undefined)(`uses only ids from the catalogue in ${SPEC_DIR}/RULES.md (skipped when that folder is absent)`, () => {
    expect(catalogue?.size ?? 0).toBeGreaterThan(0);
    expect(allRules.map((rule) => rule.id).filter((id) => !catalogue?.has(id) && !NAMED_BY_ISSUES.has(id))).toEqual([]);
  });
});

describe.each(allRules.map((rule) => [rule.id, rule] as const))("rule %s", (id, rule) => {
  it("has a kebab-case id matching its file name", () => {
    expect(id).toMatch(KEBAB_CASE);
    expect(existsSync(repoPath("rules", `${id}.ts`))).toBe(true);
  });

  it("has a doc, a test file and fixtures", () => {
    expect(existsSync(repoPath("rules", `${id}.md`)), `rules/${id}.md`).toBe(true);
    expect(existsSync(repoPath("test/rules", `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    const fixtures = repoPath("fixtures", id);
    expect(existsSync(fixtures) && statSync(fixtures).isDirectory(), `fixtures/${id}/`).toBe(true);
    expect(readdirSync(fixtures).some((name) => name.startsWith("invalid")), `fixtures/${id}/invalid.*`).toBe(true);
    expect(readdirSync(fixtures).some((name) => name.startsWith("valid")), `fixtures/${id}/valid.*`).toBe(true);
  });

  it("describes itself with Disallow, Require or Enforce", () => {
    expect(rule.docs.description).toMatch(/^(Disallow|Require|Enforce) \S/);
    expect(rule.docs.description.trim()).toBe(rule.docs.description);
  });

  it("has a security severity GitHub accepts and lists its inputs", () => {
    expect(rule.docs.securitySeverity).toBeGreaterThanOrEqual(0);
    expect(rule.docs.securitySeverity).toBeLessThanOrEqual(10);
    expect(rule.inputs.length).toBeGreaterThan(0);
  });

  it("declares every message it reports or caps", () => {
    const declared = Object.keys(rule.messages);
    expect(declared.length).toBeGreaterThan(0);
    const file = repoPath("rules", `${id}.ts`);
    const used = messageIdsUsedIn(file, readFileSync(file, "utf8"));
    expect(used.filter((entry) => !declared.includes(entry.id))).toEqual([]);
    expect((rule.warningMessages ?? []).filter((messageId: string) => !declared.includes(messageId))).toEqual([]);
  });

  it("has default and strict options its schema accepts", () => {
    if (!rule.optionsSchema) {
      expect(rule.defaultOptions).toEqual({});
      expect(rule.strictOptions ?? {}).toEqual({});
      return;
    }
    const validate = new Ajv({ strict: false }).compile(rule.optionsSchema);
    expect(validate(rule.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...rule.defaultOptions, ...(rule.strictOptions ?? {}) }), JSON.stringify(validate.errors)).toBe(true);
  });
});
