/**
 * One core, two front ends: on every fixture of every kind the plugin's configs read (code,
 * Claude Code configuration, instruction files, containers), ESLint with the plugin's strict
 * config and the CLI core with the strict preset report the same unsuppressed findings (rule,
 * position, message). The core reads each file as the CLI does (size limit, content recognition,
 * pre-filter). The projects under `fixtures/projects/` are included: their joins read sibling
 * files through the file system in both front ends, from the same working directory. A subset
 * also goes through the CLI binary itself.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeFiles } from "../../src/analysis/analyze.js";
import { presetRules } from "../../src/analysis/effective-rules.js";
import type { Finding } from "../../src/core/types.js";
import { readSource } from "../../src/discover/read-source.js";
import { LINTED_KINDS } from "../../src/eslint/configs.js";
import { fixtureFiles, type FixtureFile } from "../meta/support/fixture-files.js";
import { REPO_ROOT, repoPath } from "../meta/support/repo.js";
import { comparable, lintWithEslint } from "./eslint-runner.js";

const fixtures: FixtureFile[] = fixtureFiles(repoPath("fixtures")).filter((file) => file.kind !== undefined && LINTED_KINDS.has(file.kind));

async function coreFindings(file: FixtureFile): Promise<Finding[]> {
  const outcome = await readSource({ path: file.path, absolutePath: file.absolutePath, kind: file.kind ?? "typescript" });
  if (!("source" in outcome)) return [];
  const strict = presetRules("strict");
  const result = await analyzeFiles([outcome.source], { cwd: REPO_ROOT, rulesFor: () => strict, frontEnd: "cli" });
  return result.findings.filter((finding) => !finding.suppressed);
}

describe("ESLint and the CLI core agree on every fixture the configs read", () => {
  it("has fixtures of every kind the configs read", () => {
    // JS shares the TS front end; the fixtures of code rules are written in TS.
    expect(new Set(fixtures.map((file) => file.kind))).toEqual(new Set([...LINTED_KINDS].filter((kind) => kind !== "javascript")));
  });

  for (const file of fixtures) {
    it(file.path, async () => {
      const text = readFileSync(file.absolutePath, "utf8");
      const eslint = lintWithEslint(text, { cwd: REPO_ROOT, filename: file.path });
      const core = await coreFindings(file);
      if (eslint.fatal) {
        // ESLint's parser refused the file before any rule ran; the core must refuse it too.
        expect(core.map((finding) => finding.ruleId), eslint.fatal).toContain("parse-error");
        return;
      }
      if (/\/invalid[^/]*$/.test(file.path)) expect(core.length, "an invalid fixture has findings to compare").toBeGreaterThan(0);
      expect(comparable(eslint.findings)).toEqual(comparable(core));
    });
  }
});

const CLI = repoPath("bin/agentlint.js");
const CLI_BUILT = existsSync(CLI) && existsSync(repoPath("dist/src/cli/main.js"));

describe.skipIf(!CLI_BUILT)("ESLint and the CLI binary agree (needs `npm run build`)", () => {
  const configDir = mkdtempSync(path.join(tmpdir(), "agentlint-parity-"));
  const config = path.join(configDir, ".agentlint.yaml");
  writeFileSync(config, "extends: strict\n");
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  // The invalid file of each rule: where findings are, a disagreement would show.
  const subset = fixtures.filter((file) => /^fixtures\/[^/]+\/invalid(\.[^/]+|\/.+)$/.test(file.path));

  it("on the invalid fixture of every rule", () => {
    expect(subset.length).toBeGreaterThan(0);
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [CLI, "--format", "json", "--config", config, ...subset.map((file) => file.path)], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const failed = error as { status?: number; stdout?: string; stderr?: string };
      expect(failed.status, failed.stderr).toBe(1);
      stdout = failed.stdout ?? "";
    }
    const report = JSON.parse(stdout) as { findings: Array<Omit<Finding, "suppressed"> & { suppressed?: unknown }> };
    for (const file of subset) {
      const eslint = lintWithEslint(readFileSync(file.absolutePath, "utf8"), { cwd: REPO_ROOT, filename: file.path });
      if (eslint.fatal) continue;
      const cli = report.findings.filter((finding) => finding.file === file.path && !finding.suppressed);
      expect(comparable(eslint.findings), file.path).toEqual(comparable(cli));
    }
  });
});
