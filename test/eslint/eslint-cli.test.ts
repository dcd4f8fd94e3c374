/**
 * The built package in a real ESLint run: `eslint.config.js` imports the plugin from the file
 * the package's `./eslint-plugin` export names, ESLint's own CLI lints a copy of the insecure
 * example, and its findings equal the agentlint CLI's on the same files. This is the path
 * users take (the extractor loaded with `require` from `dist/`), which in-process tests skip.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, repoPath } from "../meta/support/repo.js";
import { comparable } from "./eslint-runner.js";

const packageJson = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as {
  exports: Record<string, { default: string }>;
};
const pluginFile = repoPath(packageJson.exports["./eslint-plugin"]?.default ?? "missing");
const CLI = repoPath("bin/agentlint.js");
const BUILT = existsSync(pluginFile) && existsSync(repoPath("dist/src/cli/main.js"));
const require = createRequire(import.meta.url);

describe.skipIf(!BUILT)("the built plugin under ESLint's CLI (needs `npm run build`)", () => {
  const project = mkdtempSync(path.join(tmpdir(), "agentlint-eslint-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  cpSync(repoPath("examples/insecure-agent/src"), path.join(project, "src"), { recursive: true });
  writeFileSync(
    path.join(project, "eslint.config.js"),
    `import tsParser from ${JSON.stringify(pathToFileURL(require.resolve("@typescript-eslint/parser")).href)};
import agentlint from ${JSON.stringify(pathToFileURL(pluginFile).href)};

export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  agentlint.configs.recommended,
];
`,
  );
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "eslint-check", type: "module" }));

  it("reports what the agentlint CLI reports", () => {
    const eslint = spawnSync(process.execPath, [path.join(path.dirname(require.resolve("eslint/package.json")), "bin/eslint.js"), "--format", "json", "src"], {
      cwd: project,
      encoding: "utf8",
    });
    expect(eslint.status, eslint.stderr).toBe(1);
    const results = JSON.parse(eslint.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string; fatal?: boolean }>;
    }>;
    const fromEslint = results.flatMap((result) =>
      result.messages.map((message) => {
        expect(message.fatal, message.message).toBeUndefined();
        return {
          ruleId: `${path.relative(project, result.filePath)} ${(message.ruleId ?? "").replace(/^agentlint\//, "")}`,
          line: message.line,
          column: message.column,
          endLine: message.endLine ?? message.line,
          endColumn: message.endColumn ?? message.column,
          message: message.message,
        };
      }),
    );

    const agentlint = spawnSync(process.execPath, [CLI, "src", "--format", "json"], { cwd: project, encoding: "utf8" });
    expect(agentlint.status, agentlint.stderr).toBe(1);
    const report = JSON.parse(agentlint.stdout) as {
      findings: Array<{ ruleId: string; file: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
    };
    const fromCli = report.findings.map((finding) => ({ ...finding, ruleId: `${finding.file} ${finding.ruleId}` }));

    expect(fromEslint.length).toBeGreaterThan(5);
    expect(comparable(fromEslint)).toEqual(comparable(fromCli));
  });
});
