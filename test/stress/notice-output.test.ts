/**
 * A file whose analysis is cut short says so in every output of the CLI: one `incomplete`
 * notice on stderr, in the JSON report, as a SARIF tool notification and as a GitHub warning
 * annotation — next to the findings that were not lost. Runs the built CLI (`npm run build`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pythonFanOut } from "../../bench/stress-inputs.js";
import { runCli } from "../cli/run-cli.js";

const input = pythonFanOut(40);
const project = mkdtempSync(path.join(tmpdir(), "agentlint-cut-short-"));
mkdirSync(path.join(project, ".git"));
for (const [relative, text] of Object.entries(input.files)) {
  mkdirSync(path.dirname(path.join(project, relative)), { recursive: true });
  writeFileSync(path.join(project, relative), text);
}
afterAll(() => rmSync(project, { recursive: true, force: true }));

const MESSAGE = /^The analysis of agent\.py was cut short \((its work budget of 100,000 evaluation steps was spent|its time limit of 5000 ms was reached)\): values it had not resolved were treated as unknown, so findings may be missing\. To analyse it fully, (raise the per-file time limit, or )?report the file to agentlint\.$/;

describe("a file cut short", () => {
  it("is one notice in the JSON report, next to the findings kept, and one line on stderr", () => {
    const run = runCli([".", "--format", "json"], { cwd: project });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { notices: Array<{ file: string; kind: string; message: string }>; findings: Array<{ ruleId: string; line: number }> };
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]).toMatchObject({ file: "agent.py", kind: "incomplete" });
    expect(report.notices[0]?.message).toMatch(MESSAGE);
    expect(report.findings.map((finding) => finding.ruleId)).toContain("no-permission-bypass");
    expect(run.stderr.trim()).toBe(`agentlint: ${report.notices[0]?.message}`);
  });

  it("is a tool execution notification in SARIF", () => {
    const run = runCli([".", "--format", "sarif"], { cwd: project });
    const sarif = JSON.parse(run.stdout) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string }; descriptor: { id: string } }> }> }> };
    const invocation = sarif.runs[0]?.invocations[0];
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications).toHaveLength(1);
    expect(invocation?.toolExecutionNotifications[0]).toMatchObject({ level: "warning", descriptor: { id: "incomplete" } });
    expect(invocation?.toolExecutionNotifications[0]?.message.text).toMatch(MESSAGE);
  });

  it("is a file-level warning annotation in the github format", () => {
    const run = runCli([".", "--format", "github"], { cwd: project });
    const warnings = run.stdout.split("\n").filter((line) => line.startsWith("::warning file=agent.py,title="));
    expect(warnings).toHaveLength(1);
    const [properties, message] = (warnings[0] ?? "").split("::").slice(1);
    expect(properties).toBe("warning file=agent.py,title=agentlint%3A incomplete");
    expect(message).toMatch(MESSAGE);
    expect(run.stdout).toMatch(/^::error file=agent\.py,line=3,/m);
  });
});
