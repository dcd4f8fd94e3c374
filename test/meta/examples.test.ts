/**
 * The README's first command: the insecure example project fails the scan with findings,
 * the secure one scans clean. Runs the built CLI binary (`npm test` builds first).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, repoPath } from "./support/repo.js";

const CLI = repoPath("bin/agentlint.js");
const BUILT = existsSync(CLI) && existsSync(repoPath("dist/src/cli/main.js"));

interface JsonReport {
  readonly findings: ReadonlyArray<{ readonly ruleId: string; readonly file: string; readonly severity: string; readonly suppressed?: unknown }>;
}

function scan(project: string): { status: number | null; report: JsonReport; stderr: string } {
  const child = spawnSync(process.execPath, [CLI, project, "--format", "json"], { cwd: REPO_ROOT, encoding: "utf8" });
  return { status: child.status, report: JSON.parse(child.stdout) as JsonReport, stderr: child.stderr };
}

describe.skipIf(!BUILT)("example projects (needs `npm run build`)", () => {
  it("examples/insecure-agent fails with findings from across the checklist", () => {
    const { status, report, stderr } = scan("examples/insecure-agent");
    expect(status, stderr).toBe(1);
    const rules = new Set(report.findings.filter((finding) => !finding.suppressed).map((finding) => finding.ruleId));
    for (const expected of ["no-permission-bypass", "no-unscoped-bash", "require-max-turns"]) expect(rules).toContain(expected);
    expect(rules.size).toBeGreaterThanOrEqual(5);
    expect(report.findings.every((finding) => finding.file.startsWith("examples/insecure-agent/"))).toBe(true);
  });

  it("examples/secure-agent scans clean", () => {
    const { status, report, stderr } = scan("examples/secure-agent");
    expect(report.findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual([]);
    expect(status, stderr).toBe(0);
  });
});
