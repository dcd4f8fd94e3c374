/**
 * The per-file time limit from the command line: a file whose analysis runs away is
 * abandoned with a notice, and the scan goes on with the other files, in this thread and in
 * workers; the notice never hides and never fails the run on its own.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

/** About 3.8 MB of agent code: parsing it alone takes longer than the guard below allows. */
function hugeAgentFile(): string {
  const parts = ['import { query } from "@anthropic-ai/claude-agent-sdk";\n'];
  for (let n = 0, size = 0; size < 3.8e6; n += 1) {
    const part = `export const options${n} = { allowedTools: ["Read", "Grep"], maxTurns: ${n % 40}, systemPrompt: "Review part ${n}." };\nquery({ prompt: "p${n}", options: options${n} });\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join("");
}

const BYPASS = (name: string) => `from claude_agent_sdk import ClaudeAgentOptions\n${name} = ClaudeAgentOptions(permission_mode="bypassPermissions", allowed_tools=["Read"])\n`;

function project(files: Record<string, string>): string {
  const cwd = mkdtempSync(path.join(tmpdir(), "agentlint-time-limit-"));
  mkdirSync(path.join(cwd, ".git"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), text);
  return cwd;
}

interface Report {
  findings: Array<{ file: string; ruleId: string }>;
  notices: Array<{ file: string; kind: string; message: string }>;
}

describe("--file-time-limit", () => {
  const huge = hugeAgentFile();

  it.each(["off", "2"])("abandons the runaway file and reports every other file (--concurrency %s)", (concurrency) => {
    const cwd = project({ "a.py": BYPASS("first"), "huge.ts": huge, "z.py": BYPASS("last") });
    const run = runCli([".", "--format", "json", "--file-time-limit", "300", "--concurrency", concurrency], { cwd });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((finding) => finding.ruleId === "no-permission-bypass").map((finding) => finding.file)).toEqual(["a.py", "z.py"]);
    // The hard guard abandons it; an extractor that stops at its own deadline may get there first.
    expect(report.notices.map((notice) => [notice.file, ["timed-out", "incomplete"].includes(notice.kind)])).toEqual([["huge.ts", true]]);
    expect(run.stderr).toContain(`agentlint: ${report.notices[0]?.message}`);
    expect(run.status).toBe(1);
  });

  it("says how to raise the limit, and does not fail the run on its own", () => {
    const cwd = project({ "huge.ts": huge });
    const run = runCli([".", "--format", "json", "--file-time-limit", "300"], { cwd });
    expect(run.status).toBe(0);
    const [notice] = (JSON.parse(run.stdout) as Report).notices;
    if (notice?.kind === "timed-out") {
      expect(notice.message).toBe(
        "Stopped analysing huge.ts after 0.60 s, twice the per-file time limit of 0.30 s, so none of its findings are reported. Raise the limit with --file-time-limit MS or `fileTimeLimit` in the config file, or exclude the file with `ignores`.",
      );
    } else {
      expect(notice?.kind).toBe("incomplete");
    }
  });

  it.each([
    [["--file-time-limit", "0"], '--file-time-limit takes milliseconds, a whole number from 1 to 3600000; got "0".'],
    [["--file-time-limit", "2s"], '--file-time-limit takes milliseconds, a whole number from 1 to 3600000; got "2s".'],
    [["--concurrency", "many"], '--concurrency takes auto, off or a number of worker threads from 1 to 256; got "many".'],
    [["--concurrency", "0"], '--concurrency takes auto, off or a number of worker threads from 1 to 256; got "0".'],
  ])("rejects %j (exit 2)", (args, message) => {
    const run = runCli(args, { cwd: project({}) });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(`agentlint: ${message}`);
  });
});
