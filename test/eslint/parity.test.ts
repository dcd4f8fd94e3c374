/**
 * One core, two front ends: on every JS/TS fixture, ESLint with the plugin's strict config
 * and the CLI core with the strict preset report the same unsuppressed findings (rule,
 * position, message). A subset also goes through the CLI binary itself.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeFiles } from "../../src/analysis/analyze.js";
import { presetRules } from "../../src/analysis/effective-rules.js";
import type { Finding, SourceFile } from "../../src/core/types.js";
import { fixtureFiles, type FixtureFile } from "../meta/support/fixture-files.js";
import { REPO_ROOT, repoPath } from "../meta/support/repo.js";
import { comparable, lintWithEslint } from "./eslint-runner.js";

const JS_TS = new Set(["typescript", "javascript"]);

const fixtures: FixtureFile[] = readdirSync(repoPath("fixtures"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "projects")
  .flatMap((entry) => fixtureFiles(repoPath("fixtures", entry.name)))
  .filter((file) => file.kind !== undefined && JS_TS.has(file.kind));

async function coreFindings(file: FixtureFile): Promise<Finding[]> {
  const text = readFileSync(file.absolutePath, "utf8").replace(/^\uFEFF/, "");
  const source: SourceFile = { path: file.path, absolutePath: file.absolutePath, text, kind: file.kind ?? "typescript" };
  const strict = presetRules("strict");
  const result = await analyzeFiles([source], { cwd: REPO_ROOT, rulesFor: () => strict, frontEnd: "cli" });
  return result.findings.filter((finding) => !finding.suppressed);
}

describe("ESLint and the CLI core agree on every JS/TS fixture", () => {
  it("has fixtures to compare", () => {
    expect(fixtures.length).toBeGreaterThan(0);
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
  const subset = fixtures.filter((file) => /^fixtures\/[^/]+\/invalid\.[cm]?[jt]sx?$/.test(file.path));

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
