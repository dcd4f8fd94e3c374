/**
 * Issue 3's hard Python inputs through the CLI: each gives a clear per-file result (a
 * finding or a notice), the others are still analysed, and nothing crashes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";

const CHECKED = new Set(["no-permission-bypass", "parse-error"]);

interface Report {
  findings: Array<{ file: string; line: number; column: number; ruleId: string; message: string }>;
  notices: Array<{ file: string; kind: string }>;
  summary: { filesAnalyzed: number };
}

let cwd: string;
let report: Report;
let stderr: string;
let largeLine: number;

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "agentlint-python-inputs-"));
  mkdirSync(path.join(cwd, ".git"));
  const write = (file: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), content);
  };
  write("agents/broken.py", 'from claude_agent_sdk import ClaudeAgentOptions\nopts = ClaudeAgentOptions(permission_mode="bypassPermissions", max_turns=5, allowed_tools=["Read"])\ndef broken(:\n    pass\n');
  write("agents/legacy.py", Buffer.from('# -*- coding: latin-1 -*-\nfrom claude_agent_sdk import ClaudeAgentOptions\nopts = ClaudeAgentOptions(system_prompt="Résumé", permission_mode="bypassPermissions", max_turns=5, allowed_tools=["Read"])\n', "latin1"));
  const blocks = ["from claude_agent_sdk import ClaudeAgentOptions"];
  let size = 0;
  for (let i = 0; size < 2_000_000; i++) {
    const block = `TABLE_${i} = {"id": ${i}, "name": "row-${i}", "tags": ["a${i}", "b${i}"]}\n`;
    blocks.push(block.trimEnd());
    size += block.length;
  }
  largeLine = blocks.length + 1;
  blocks.push('opts = ClaudeAgentOptions(permission_mode="bypassPermissions", max_turns=5, allowed_tools=["Read"])');
  write("generated/tables.py", `${blocks.join("\n")}\n`);
  write("agents/compiled.py", Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0x00, 0x00, 0x00, 0x00, 0xe3, 0x00, 0x00, 0x00]));
  const run = runCli(["--format", "json"], { cwd });
  expect(run.status).toBe(1);
  report = JSON.parse(run.stdout) as Report;
  stderr = run.stderr;
});

describe("hard Python inputs through the CLI", () => {
  it("reports a syntax error once, with its position, and still checks the agent tree-sitter recovered", () => {
    const findings = report.findings.filter((f) => f.file === "agents/broken.py" && CHECKED.has(f.ruleId)).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(findings).toEqual([`2:${"opts = ClaudeAgentOptions(permission_mode=".length + 1} no-permission-bypass`, "3:12 parse-error"]);
  });

  it("analyses a file in a legacy encoding declared by a coding cookie, with columns in decoded characters", () => {
    const findings = report.findings.filter((f) => f.file === "agents/legacy.py" && CHECKED.has(f.ruleId)).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(findings).toEqual([`3:${'opts = ClaudeAgentOptions(system_prompt="Résumé", permission_mode='.length + 1} no-permission-bypass`]);
  });

  it("analyses a 2 MB generated module to its last line", () => {
    const findings = report.findings.filter((f) => f.file === "generated/tables.py" && CHECKED.has(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`);
    expect(findings).toEqual([`${largeLine} no-permission-bypass`]);
  });

  it("skips a .py that is really binary with one notice and no stack trace", () => {
    expect(report.notices).toEqual([expect.objectContaining({ file: "agents/compiled.py", kind: "binary" })]);
    expect(stderr).toContain("Skipped agents/compiled.py");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(report.summary.filesAnalyzed).toBe(3);
  });
});
