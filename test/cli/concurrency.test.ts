/**
 * Output bytes never depend on how the analysis was spread: this thread, one worker or
 * several, on a mixed project (TS and Python agents, imports between files, suppressions,
 * parse errors, skipped files).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECTS, runCli } from "./run-cli.js";

function mixedProject(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), "agentlint-concurrency-"));
  mkdirSync(path.join(cwd, ".git"));
  for (const name of readdirSync(PROJECTS)) {
    if (name !== "configured") cpSync(path.join(PROJECTS, name), path.join(cwd, "projects", name), { recursive: true });
  }
  for (const rule of readdirSync("fixtures")) {
    if (rule !== "projects") cpSync(path.join("fixtures", rule), path.join(cwd, "rules", rule), { recursive: true });
  }
  writeFileSync(path.join(cwd, "blob.ts"), Buffer.from([0x69, 0x6d, 0x00, 0x01]));
  writeFileSync(path.join(cwd, "latin.py"), Buffer.from("allowed_tools = ['caf\xe9']\n", "latin1"));
  return cwd;
}

describe("--concurrency", () => {
  it("gives the same bytes in this thread and with 1 or 3 workers, in JSON and SARIF", () => {
    const cwd = mixedProject();
    const scan = (format: string, concurrency: string) => runCli([".", "--format", format, "--concurrency", concurrency], { cwd });
    const inThread = scan("json", "off");
    const report = JSON.parse(inThread.stdout) as { summary: { filesAnalyzed: number; errors: number }; notices: unknown[] };
    expect(report.summary.filesAnalyzed).toBeGreaterThan(50);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.notices.length).toBe(2);
    for (const concurrency of ["1", "3", "auto"]) {
      const run = scan("json", concurrency);
      expect(run.stdout).toBe(inThread.stdout);
      expect(run.status).toBe(inThread.status);
      expect(run.stderr).toBe(inThread.stderr);
    }
    expect(scan("sarif", "2").stdout).toBe(scan("sarif", "off").stdout);
  });
});
