/** Whole-project scenarios through the built CLI, with real rules and both languages. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brief, copyProject, jsonFindings, runCli } from "../cli/run-cli.js";

describe("project scenarios", () => {
  it("honours agentlint-disable and eslint-disable comments in the CLI, keeping the findings as suppressed", () => {
    const run = runCli(["--format", "json"], { cwd: copyProject("suppressed") });
    expect(run.status).toBe(0);
    expect(brief(jsonFindings(run), ["no-permission-bypass"])).toEqual([
      "agent.py:7 no-permission-bypass error suppressed:inSource",
      "agent.ts:9 no-permission-bypass error suppressed:inSource",
    ]);
    const sarif = JSON.parse(runCli(["--format", "sarif"], { cwd: copyProject("suppressed") }).stdout);
    const suppressed = sarif.runs[0].results.filter((result: { ruleId: string }) => result.ruleId === "no-permission-bypass");
    expect(suppressed.map((result: { suppressions: unknown }) => result.suppressions)).toEqual([
      [{ kind: "inSource", justification: "throwaway container, reviewed in SEC-12" }],
      [{ kind: "inSource", justification: "one comment serves ESLint and the CLI" }],
    ]);
  });

  it("never reads files in .gitignore or node_modules", () => {
    const cwd = copyProject("clean");
    const agent = 'from claude_agent_sdk import ClaudeAgentOptions\noptions = ClaudeAgentOptions(permission_mode="bypassPermissions")\n';
    for (const file of ["build/agent.py", "node_modules/pkg/agent.py", "vendor/keep/agent.py"]) {
      mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
      writeFileSync(path.join(cwd, file), agent);
    }
    writeFileSync(path.join(cwd, ".gitignore"), "build/\nvendor/*\n!vendor/keep/\n");
    const run = runCli(["--format", "json"], { cwd });
    expect([...new Set(jsonFindings(run).map((finding) => finding.file))]).toEqual(["vendor/keep/agent.py"]);
  });
});
