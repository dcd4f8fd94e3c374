/**
 * A project full of files that cannot be analysed: each gives one clear message, the scan
 * goes on over the rest, the exit status stays meaningful and no stack trace is printed.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";

let cwd: string;
const BYPASS_AGENT = readFileSync(path.resolve("fixtures/projects/configured/deploy/dev/sandbox.py"));

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "agentlint-malformed-"));
  mkdirSync(path.join(cwd, ".git"));
  const write = (file: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), content);
  };
  write("agents/good.py", BYPASS_AGENT);
  write("agents/syntax.ts", 'import { query } from "@anthropic-ai/claude-agent-sdk";\nconst options = { maxTurns: 5, allowedTools: [ ;\n');
  write("assets/logo.ts", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  const bundle = `var a=${JSON.stringify("x".repeat(5 * 1024 * 1024))};query({options:{permissionMode:"bypassPermissions"}});`;
  write("dist-bundle/app.min.js", bundle);
  // A bundler's output under the size limit: a few long lines, not agent code to follow.
  const minifiedLine = `function q${"x".repeat(40)}(){return query({options:{permissionMode:"bypassPermissions"}})};`.repeat(40);
  write("vendor/sdk.mjs", `${minifiedLine}\n`.repeat(60));
  // Long-lined but small, or large with ordinary lines: hand-written code is analysed.
  write("agents/wide.mjs", `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: "x", options: { permissionMode: "bypassPermissions" } }); // ${"-".repeat(3000)}\n`);
  // Data in the catch-all kinds (any .json, any .yaml) is skipped quietly unless its beginning
  // says it is a profile or manifest.
  write("data/package-lock.json", `{"lockfileVersion": 3, "packages": ${JSON.stringify("x".repeat(5 * 1024 * 1024))}}`);
  write("data/blob.yaml", Buffer.from([0x00, 0x01, 0x02, 0x03]));
  write("data/latin.json", Buffer.from('{"name": "caf\xe9"}', "latin1"));
  write("deploy/bundle.yaml", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: big\n# ${"x".repeat(5 * 1024 * 1024)}\n`);
  write("legacy/latin.py", Buffer.from('# ClaudeAgentOptions\nname = "caf\xe9"\n', "latin1"));
  write("legacy/cookie.py", Buffer.from('# -*- coding: latin-1 -*-\nfrom claude_agent_sdk import ClaudeAgentOptions\nname = "caf\xe9"\n', "latin1"));
  symlinkSync(path.join(cwd, "links/loop.ts"), path.join(cwd, "loop-target.ts"));
  mkdirSync(path.join(cwd, "links"));
  symlinkSync(path.join(cwd, "loop-target.ts"), path.join(cwd, "links/loop.ts"));
  symlinkSync(path.join(cwd, "gone.py"), path.join(cwd, "links/dangling.py"));
});

describe("malformed inputs", () => {
  it("reports one notice per skipped file, a parse-error finding, and the real finding, in json", () => {
    const run = runCli(["--format", "json"], { cwd });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.notices.map((notice: { file: string; kind: string }) => `${notice.file} ${notice.kind}`)).toEqual([
      "assets/logo.ts binary",
      "deploy/bundle.yaml too-large",
      "dist-bundle/app.min.js too-large",
      "legacy/latin.py not-utf8",
      "links/dangling.py broken-symlink",
      "links/loop.ts symlink-loop",
      "loop-target.ts symlink-loop",
      "vendor/sdk.mjs not-analysed",
    ]);
    const findings = report.findings.map((finding: { file: string; line: number; ruleId: string }) => `${finding.file}:${finding.line} ${finding.ruleId}`);
    expect(findings).toContain("agents/syntax.ts:2 parse-error");
    expect(findings).toContain("agents/good.py:6 no-permission-bypass");
    expect(findings).toContain("agents/wide.mjs:2 no-permission-bypass");
    expect(findings.filter((entry: string) => entry.startsWith("legacy/cookie.py"))).toEqual([]);
    expect(report.summary.filesAnalyzed).toBe(4);
  });

  it("prints each notice on stderr as one line, with no stack trace", () => {
    const run = runCli([], { cwd });
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      "agentlint: Skipped assets/logo.ts: it contains NUL bytes, so it looks like a binary file.",
      "agentlint: Skipped deploy/bundle.yaml: it is 5.0 MiB, over the 4 MiB limit for source files (generated bundles are not analysed).",
      "agentlint: Skipped dist-bundle/app.min.js: it is 5.0 MiB, over the 4 MiB limit for source files (generated bundles are not analysed).",
      "agentlint: Skipped legacy/latin.py: it is not valid UTF-8 text.",
      "agentlint: Skipped links/dangling.py: it is a symbolic link to a file that does not exist.",
      "agentlint: Skipped links/loop.ts: it is a symbolic link that loops back on itself.",
      "agentlint: Skipped loop-target.ts: it is a symbolic link that loops back on itself.",
      "agentlint: Skipped vendor/sdk.mjs: it looks minified (270 KiB on very long lines), a generated bundle rather than agent code; lint the sources it was built from.",
    ]);
    expect(run.stdout).toContain("parse-error");
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
  });

  it("lists the notices in sarif as tool execution notifications", () => {
    const sarif = JSON.parse(runCli(["--format", "sarif"], { cwd }).stdout);
    const notifications = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(notifications.map((notification: { descriptor: { id: string } }) => notification.descriptor.id)).toEqual([
      "binary",
      "too-large",
      "too-large",
      "not-utf8",
      "broken-symlink",
      "symlink-loop",
      "symlink-loop",
      "not-analysed",
    ]);
  });

  it("keeps exit 0 when only notices remain", () => {
    const run = runCli(["assets", "legacy", "links"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)("reports an unreadable folder once and scans the rest (skipped as root: root reads any directory)", () => {
    mkdirSync(path.join(cwd, "locked"), { recursive: true });
    writeFileSync(path.join(cwd, "locked/agent.py"), BYPASS_AGENT);
    chmodSync(path.join(cwd, "locked"), 0o000);
    try {
      const run = runCli(["--format", "json"], { cwd });
      const report = JSON.parse(run.stdout);
      expect(report.notices.filter((notice: { kind: string }) => notice.kind === "unreadable").map((notice: { file: string }) => notice.file)).toEqual(["locked"]);
      expect(run.status).toBe(1);
    } finally {
      chmodSync(path.join(cwd, "locked"), 0o755);
    }
  });
});
