/**
 * `--cache`: a repeat run on unchanged files reuses the stored results without loading a
 * parser, and a hit is always sound — any change to the file, to a file its analysis read
 * (including one that did not exist), to the rules in force, gives the same output as a
 * run without the cache. A broken or foreign cache file never breaks a run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, copyProject, runCli } from "./run-cli.js";

const LOGGER = path.resolve("test/cli/support/log-loads.mjs");
/** An extractor (a front end's module other than its light language.ts) or a parser package. */
const PARSER_MODULE = /\/dist\/src\/languages\/[\w-]+\/(?!language\.js)[\w-]+\.js$|\/node_modules\/(ts-morph|typescript|web-tree-sitter|tree-sitter-[\w-]+)\//;

function scan(cwd: string, args: readonly string[] = []) {
  return runCli([".", "--format", "json", ...args], { cwd });
}

/** The cached run's output, checked against a run without the cache on the same files. */
function cachedScan(cwd: string, args: readonly string[] = [], cacheArgs: readonly string[] = []): string {
  const cached = scan(cwd, ["--cache", ...cacheArgs, ...args]);
  const fresh = scan(cwd, args);
  expect(cached.stdout).toBe(fresh.stdout);
  expect(cached.status).toBe(fresh.status);
  return cached.stdout;
}

function bypassFiles(output: string): string[] {
  const report = JSON.parse(output) as { findings: Array<{ ruleId: string; file: string }> };
  return report.findings.filter((finding) => finding.ruleId === "no-permission-bypass").map((finding) => finding.file);
}

describe("--cache", () => {
  it("reuses every result on a repeat run without loading a parser", () => {
    const cwd = copyProject("basic");
    const logged = () => {
      const run = spawnSync(process.execPath, ["--import", LOGGER, BIN, ".", "--format", "json", "--cache"], { cwd, encoding: "utf8" });
      return { stdout: run.stdout, parsers: run.stderr.split("\n").filter((line) => line.startsWith("LOADED ") && PARSER_MODULE.test(line)) };
    };
    const first = logged();
    expect(first.parsers.length).toBeGreaterThan(0);
    expect(existsSync(path.join(cwd, ".agentlintcache"))).toBe(true);
    expect(logged()).toEqual({ stdout: first.stdout, parsers: [] });
    expect(first.stdout).toBe(scan(cwd).stdout);
  });

  it("sees an edit to the file and to a file it imports", () => {
    const cwd = copyProject("basic");
    expect(bypassFiles(cachedScan(cwd))).toEqual(["src/agent.ts"]);
    writeFileSync(path.join(cwd, "src/settings.ts"), 'export const AGENT_MODE = "acceptEdits";\n');
    expect(bypassFiles(cachedScan(cwd))).toEqual([]);
    writeFileSync(path.join(cwd, "tools/review.py"), readFileSync(path.join(cwd, "tools/review.py"), "utf8").replace("acceptEdits", "bypassPermissions"));
    expect(bypassFiles(cachedScan(cwd))).toEqual(["tools/review.py"]);
  });

  it("sees a file the analysis looked for and did not find, once it exists", () => {
    const cwd = copyProject("basic");
    const agent = 'import { query } from "@anthropic-ai/claude-agent-sdk";\nimport { MODE } from "./mode.js";\nquery({ prompt: "hi", options: { permissionMode: MODE, allowedTools: ["Read"] } });\n';
    writeFileSync(path.join(cwd, "src/later.ts"), agent);
    const pythonAgent = "from claude_agent_sdk import ClaudeAgentOptions\nfrom modes import MODE\noptions = ClaudeAgentOptions(permission_mode=MODE, allowed_tools=['Read'])\n";
    writeFileSync(path.join(cwd, "tools/later.py"), pythonAgent);
    expect(bypassFiles(cachedScan(cwd))).toEqual(["src/agent.ts"]);
    writeFileSync(path.join(cwd, "src/mode.ts"), 'export const MODE = "bypassPermissions";\n');
    writeFileSync(path.join(cwd, "tools/modes.py"), 'MODE = "bypassPermissions"\n');
    expect(bypassFiles(cachedScan(cwd))).toEqual(["src/agent.ts", "src/later.ts", "tools/later.py"]);
  });

  it("sees a change of the rules in force", () => {
    const cwd = copyProject("basic");
    cachedScan(cwd);
    const warned = JSON.parse(cachedScan(cwd, ["--rule", "no-permission-bypass=warn"])) as { findings: Array<{ ruleId: string; severity: string }> };
    expect(warned.findings.find((finding) => finding.ruleId === "no-permission-bypass")?.severity).toBe("warn");
    writeFileSync(path.join(cwd, ".agentlint.yaml"), "rules:\n  no-permission-bypass: off\n");
    expect(bypassFiles(cachedScan(cwd))).toEqual([]);
  });

  it("replaces a corrupt cache file, silently", () => {
    const cwd = copyProject("basic");
    const expected = scan(cwd).stdout;
    writeFileSync(path.join(cwd, ".agentlintcache"), '{"agentlintCache":1,"agentlint":"0.1.0","entries":{"');
    const run = scan(cwd, ["--cache"]);
    expect([run.stdout, run.stderr]).toEqual([expected, ""]);
    writeFileSync(path.join(cwd, ".agentlintcache"), JSON.stringify({ agentlintCache: 1, agentlint: "0.1.0", entries: { [path.join(cwd, "src/agent.ts")]: { key: 1, findings: "x" } } }));
    expect(scan(cwd, ["--cache"]).stdout).toBe(expected);
    expect(JSON.parse(readFileSync(path.join(cwd, ".agentlintcache"), "utf8")).entries[path.join(cwd, "src/agent.ts")].findings.length).toBeGreaterThan(0);
  });

  it("never overwrites a file that is not an agentlint cache", () => {
    const cwd = copyProject("basic");
    const expected = scan(cwd).stdout;
    writeFileSync(path.join(cwd, "notes.json"), '{"todo": ["ship it"]}\n');
    const run = scan(cwd, ["--cache", "--cache-location", "notes.json"]);
    expect(run.stdout).toBe(expected);
    expect(run.stderr).toBe("agentlint: notes.json is not an agentlint cache file, so it was left unchanged and no cache was used; choose another --cache-location.\n");
    expect(readFileSync(path.join(cwd, "notes.json"), "utf8")).toBe('{"todo": ["ship it"]}\n');
  });

  it("puts the cache file in a directory given as --cache-location", () => {
    const cwd = copyProject("basic");
    mkdirSync(path.join(cwd, "cache"));
    cachedScan(cwd, [], ["--cache-location", "cache"]);
    expect(existsSync(path.join(cwd, "cache/.agentlintcache"))).toBe(true);
    cachedScan(cwd, [], ["--cache-location", "new-dir/"]);
    expect(existsSync(path.join(cwd, "new-dir/.agentlintcache"))).toBe(true);
  });

  it("takes --cache-location only with --cache", () => {
    const run = runCli(["--cache-location", "x"], { cwd: copyProject("basic") });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("agentlint: --cache-location only makes sense with --cache.");
  });
});
