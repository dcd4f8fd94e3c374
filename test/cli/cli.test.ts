import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../../src/analysis/registry.js";
import { brief, copyProject, jsonFindings, runCli } from "./run-cli.js";

const BYPASS_AGENT = readFileSync(path.resolve("fixtures/projects/configured/deploy/dev/sandbox.py"), "utf8");
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe("agentlint CLI: scanning and exit status", () => {
  it("prints stylish findings grouped by file and exits 1 on an error", () => {
    const cwd = copyProject("basic");
    const run = runCli([], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("\nsrc/agent.ts\n");
    expect(run.stdout).toMatch(/^ {2}7:\d+ {2}error {4}Permission mode "bypassPermissions" .* {2}no-permission-bypass$/m);
    expect(run.stdout).toContain("\ntools/review.py\n");
    expect(run.stdout).toMatch(/\n✖ \d+ problems \(1 error, \d+ warnings\)\n$/);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stderr).toBe("");
  });

  it("exits 0 with no output on a clean project", () => {
    const run = runCli([], { cwd: copyProject("clean") });
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("applies --fail-on: warnings fail only with warn, nothing fails with never", () => {
    const warnOnly = copyProject("warn-only");
    expect(runCli([], { cwd: warnOnly }).status).toBe(0);
    expect(runCli(["--fail-on", "warn"], { cwd: warnOnly }).status).toBe(1);
    expect(runCli(["--fail-on", "never"], { cwd: copyProject("basic") }).status).toBe(0);
    expect(runCli(["--fail-on", "info"], { cwd: warnOnly }).status).toBe(2);
  });

  it("scans only the named paths, reported relative to the working directory", () => {
    const cwd = copyProject("basic");
    const run = runCli(["tools", "--format", "json"], { cwd });
    expect(run.status).toBe(0);
    expect([...new Set(jsonFindings(run).map((finding) => finding.file))]).toEqual(["tools/review.py"]);
    const inside = runCli(["review.py", "--format", "json"], { cwd: path.join(cwd, "tools") });
    expect(brief(jsonFindings(inside), ["require-cwd"])).toEqual(["review.py:3 require-cwd warn"]);
  });

  it("writes json with resolved cross-file findings", () => {
    const run = runCli(["--format", "json"], { cwd: copyProject("basic") });
    expect(run.status).toBe(1);
    expect(brief(jsonFindings(run), ["no-permission-bypass", "require-cwd"])).toEqual([
      "src/agent.ts:7 no-permission-bypass error",
      "tools/review.py:3 require-cwd warn",
    ]);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ filesAnalyzed: 2, errors: 1 });
  });

  it("writes github annotations and sarif", () => {
    const cwd = copyProject("basic");
    const github = runCli(["--format", "github"], { cwd });
    expect(github.stdout).toMatch(/^::error file=src\/agent\.ts,line=7,col=\d+,endLine=7,endColumn=\d+,title=agentlint\/no-permission-bypass::Permission mode/m);
    const sarif = JSON.parse(runCli(["--format", "sarif"], { cwd }).stdout);
    const bypass = sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === "no-permission-bypass");
    expect(bypass.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "src/agent.ts", uriBaseId: "%SRCROOT%" });
  });

  it("gives the same bytes on every run", () => {
    const cwd = copyProject("basic");
    const first = runCli(["--format", "json"], { cwd }).stdout;
    expect(runCli(["--format", "json"], { cwd }).stdout).toBe(first);
  });

  it("writes the report to --output instead of stdout", () => {
    const cwd = copyProject("basic");
    const run = runCli(["--format", "json", "--output", "report.json"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(cwd, "report.json"), "utf8")).findings.length).toBeGreaterThan(0);
    const unwritable = runCli(["--output", "tools"], { cwd });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain("agentlint: Cannot write tools (EISDIR).");
  });

  it("colors stylish output only when FORCE_COLOR asks on a pipe, and never with NO_COLOR", () => {
    const cwd = copyProject("basic");
    expect(runCli([], { cwd, env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[31m");
    expect(runCli([], { cwd, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });
});

describe("agentlint CLI: --rule", () => {
  it("turns a rule off or changes its severity", () => {
    const cwd = copyProject("basic");
    const off = runCli(["--format", "json", "--rule", "no-permission-bypass=off"], { cwd });
    expect(brief(jsonFindings(off), ["no-permission-bypass"])).toEqual([]);
    const raised = runCli(["--format", "json", "--rule", "require-cwd=error", "--rule", "no-permission-bypass=warn"], { cwd });
    expect(brief(jsonFindings(raised), ["no-permission-bypass", "require-cwd"])).toEqual([
      "src/agent.ts:7 no-permission-bypass warn",
      "tools/review.py:3 require-cwd error",
    ]);
    expect(runCli(["--rule", "require-cwd=error"], { cwd: copyProject("warn-only") }).status).toBe(1);
  });

  it("rejects an unknown rule id or a malformed value with exit 2", () => {
    const cwd = copyProject("clean");
    const unknown = runCli(["--rule", "no-such-rule=warn"], { cwd });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('agentlint: --rule names the unknown rule "no-such-rule".\nRun `agentlint --list-rules` to see the rule ids.\n');
    const malformed = runCli(["--rule", "require-cwd:warn"], { cwd });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('--rule expects ID=off|warn|error, got "require-cwd:warn".');
  });
});

describe("agentlint CLI: usage errors", () => {
  it.each([
    [["--bogus"], "agentlint: Unknown option '--bogus'."],
    [["--format", "xml"], 'agentlint: --format must be one of stylish, json, sarif, github; got "xml".'],
    [["nope/"], "agentlint: No such file or directory: nope/."],
    [["--stdin"], "agentlint: --stdin needs --stdin-filename PATH"],
    [["--update-baseline"], "agentlint: --update-baseline needs --baseline FILE"],
    [["--list-rules", "--version"], "agentlint: Choose one of --version, --list-rules."],
    [["--config", "missing.yaml"], "agentlint: The config file missing.yaml does not exist."],
  ])("%j exits 2 with a sentence and no stack trace", (args, message) => {
    const run = runCli(args, { cwd: copyProject("clean") });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(message)).toBe(true);
    noStackTrace(run.stderr);
  });
});

describe("agentlint CLI: information commands", () => {
  it("prints the version and help", () => {
    const cwd = copyProject("clean");
    const version = JSON.parse(readFileSync(path.resolve("package.json"), "utf8")).version;
    expect(runCli(["--version"], { cwd })).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    const help = runCli(["--help"], { cwd });
    expect(help.status).toBe(0);
    for (const flag of ["--format", "--output", "--config", "--rule", "--fail-on", "--baseline", "--update-baseline", "--stdin-filename", "--file-time-limit", "--concurrency", "--cache", "--cache-location", "--list-rules", "--explain", "--print-config"]) {
      expect(help.stdout).toContain(flag);
    }
  });

  it("lists every rule with its presets, as text and as json", () => {
    const cwd = copyProject("clean");
    const text = runCli(["--list-rules"], { cwd });
    expect(text.status).toBe(0);
    for (const rule of allRules) expect(text.stdout).toMatch(new RegExp(`^${rule.id} +${rule.severity} `, "m"));
    const json = JSON.parse(runCli(["--list-rules", "--format", "json"], { cwd }).stdout);
    expect(json.map((rule: { id: string }) => rule.id)).toEqual(allRules.map((rule) => rule.id));
    expect(json.every((rule: { strict: string }) => rule.strict !== "off")).toBe(true);
  });

  it("explains a rule with its shipped doc, and rejects an unknown id", () => {
    const cwd = copyProject("clean");
    const id = "no-permission-bypass";
    const run = runCli(["--explain", id], { cwd });
    expect(run.status).toBe(0);
    const doc = path.resolve(`rules/${id}.md`);
    if (existsSync(doc)) expect(run.stdout).toBe(readFileSync(doc, "utf8"));
    else expect(run.stdout.startsWith(`# ${id}\n`)).toBe(true);
    const unknown = runCli(["--explain", "no-such-rule"], { cwd });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no rule "no-such-rule".');
  });
});

describe("agentlint CLI: --stdin", () => {
  it("lints standard input as the named file and reports it under that path", () => {
    const cwd = copyProject("clean");
    const run = runCli(["--stdin", "--stdin-filename", "deploy/agent.py", "--format", "json"], { cwd, input: BYPASS_AGENT });
    expect(run.status).toBe(1);
    expect(brief(jsonFindings(run), ["no-permission-bypass"])).toEqual(["deploy/agent.py:6 no-permission-bypass error"]);
  });

  it("reports nothing for input of a kind it does not read, or that the config ignores", () => {
    expect(runCli(["--stdin", "--stdin-filename", "notes.md"], { cwd: copyProject("clean"), input: BYPASS_AGENT })).toEqual({ status: 0, stdout: "", stderr: "" });
    const ignored = runCli(["--stdin", "--stdin-filename", "examples/x.py"], { cwd: copyProject("configured"), input: BYPASS_AGENT });
    expect(ignored).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("rejects paths next to --stdin", () => {
    const run = runCli(["--stdin", "--stdin-filename", "a.py", "src"], { cwd: copyProject("clean"), input: "" });
    expect(run.status).toBe(2);
  });
});
