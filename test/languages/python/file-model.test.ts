import { beforeAll, describe, expect, it } from "vitest";
import { prepareLanguages } from "../../helpers/lint-source.js";
import { extract, plain } from "./extract-helper.js";

beforeAll(prepareLanguages);

describe("Python path prefix checks", () => {
  it("records realpath/abspath/resolve prefix checks, also through a variable", () => {
    const code = [
      "import os",
      "from pathlib import Path",
      "ROOT = '/srv/app'",
      "def safe(p):",
      "    if not os.path.realpath(p).startswith(ROOT): raise ValueError(p)",
      "    full = os.path.abspath(p)",
      "    ok = full.startswith(os.path.realpath(ROOT))",
      "    return str(Path(p).resolve()).startswith(ROOT + os.sep)",
    ].join("\n");
    const checks = extract(code).pathPrefixChecks;
    expect(checks.map((c) => [c.loc.line, c.loc.column, c.resolvedWith, plain(c.prefix), c.prefixExpression, c.prefixResolvedWith])).toEqual([
      [5, 12, "os.path.realpath", "/srv/app", "ROOT", undefined],
      [7, 10, "os.path.abspath", "/srv/app", "os.path.realpath(ROOT)", "os.path.realpath"],
      [8, 12, "Path.resolve", "/srv/app/", "ROOT + os.sep", undefined],
    ]);
  });

  it("records nothing for commonpath, is_relative_to or a prefix check on an unresolved string", () => {
    const code = [
      "import os",
      "from pathlib import Path",
      "def safe(p, root):",
      "    a = os.path.commonpath([os.path.realpath(p), root]) == root",
      "    b = Path(p).resolve().is_relative_to(root)",
      "    c = p.startswith(root)",
      "    d = 'abc'.startswith('a')",
    ].join("\n");
    expect(extract(code).pathPrefixChecks).toEqual([]);
  });
});

describe("Python syntax problems and comments", () => {
  it("keeps the agents tree-sitter recovered and reports the first error once", () => {
    const code = [
      "from claude_agent_sdk import ClaudeAgentOptions",
      "opts = ClaudeAgentOptions(permission_mode='bypassPermissions')",
      "def broken(:",
      "    pass",
      "other = ClaudeAgentOptions(max_turns=5",
    ].join("\n");
    const model = extract(code);
    expect(model.agents.length).toBeGreaterThanOrEqual(1);
    expect(plain(model.agents[0]?.options)).toEqual({ permission_mode: "bypassPermissions" });
    expect(model.parseProblems).toHaveLength(1);
    expect(model.parseProblems[0]?.loc.line).toBe(3);
    expect(model.parseProblems[0]?.message).toMatch(/^Python syntax error/);
  });

  it("reports a missing token with its position", () => {
    const model = extract("x = (1,\ny = 2\n");
    expect(model.parseProblems).toHaveLength(1);
    expect(model.parseProblems[0]?.loc.line).toBeGreaterThanOrEqual(1);
  });

  it("reports no problem for valid code", () => {
    expect(extract("x = 1\n").parseProblems).toEqual([]);
  });

  it("collects # comments with their lines and whether they trail code", () => {
    const code = "# agentlint-disable-next-line no-permission-bypass -- reviewed\nx = 1  # trailing note\n";
    expect(extract(code).comments).toEqual([
      { text: " agentlint-disable-next-line no-permission-bypass -- reviewed", line: 1, endLine: 1, trailing: false },
      { text: " trailing note", line: 2, endLine: 2, trailing: true },
    ]);
  });
});

describe("Python extractor robustness", () => {
  it("reads text the reader decoded from a legacy encoding with a coding cookie", () => {
    const bytes = Buffer.from("# -*- coding: latin-1 -*-\nfrom claude_agent_sdk import ClaudeAgentOptions\nopts = ClaudeAgentOptions(system_prompt='Résumé', max_turns=3)\n", "latin1");
    const model = extract(bytes.toString("latin1"));
    expect(plain(model.agents[0]?.options)).toEqual({ system_prompt: "Résumé", max_turns: 3 });
    const maxTurns = model.agents[0]?.options.entries[1];
    expect(maxTurns?.keyLoc).toMatchObject({ line: 3, column: "opts = ClaudeAgentOptions(system_prompt='Résumé', ".length + 1 });
  });

  it("does not throw on binary content", () => {
    const model = extract("\u0000\u0001ELF\u0002\uFFFD\u0000 binary");
    expect(model.agents).toEqual([]);
    expect(model.parseProblems.length).toBeLessThanOrEqual(1);
  });

  it("stays fast on a 2 MB generated module", () => {
    const lines = ["import os", "from claude_agent_sdk import ClaudeAgentOptions"];
    let size = 0;
    for (let i = 0; size < 2_000_000; i++) {
      const block = `CONST_${i} = {"name": "item-${i}", "values": [${i}, ${i + 1}, "x${i}"], "flag": ${i % 2 === 0 ? "True" : "False"}}\ndef helper_${i}(a, b=CONST_${i}):\n    return os.path.join(str(a), b["name"]).startswith("/tmp")\n`;
      lines.push(block);
      size += block.length;
    }
    lines.push("opts = ClaudeAgentOptions(allowed_tools=['Read'], max_turns=CONST_7['values'][0])");
    const code = lines.join("\n");
    const started = performance.now();
    const model = extract(code);
    const elapsed = performance.now() - started;
    expect(model.agents).toHaveLength(1);
    expect(plain(model.agents[0]?.options)).toEqual({ allowed_tools: ["Read"], max_turns: 7 });
    expect(elapsed).toBeLessThan(8000);
    console.log(`2 MB module extracted in ${Math.round(elapsed)} ms`);
  });
});

describe("Python programs started (cli_invocations)", () => {
  const summary = (code: string) =>
    extract(code).cliInvocations.map((run) => ({ line: run.loc.line, api: run.api, command: plain(run.command), args: plain(run.args), line_: run.line }));

  it("records subprocess, asyncio, os and pexpect launches with resolved arguments", () => {
    const code = [
      "import subprocess, asyncio, os, pexpect",
      "from subprocess import run as sh_run",
      'EXTRA = ["--verbose"]',
      'subprocess.run(["claude", "-p", *EXTRA])',
      'sh_run("claude -p x", shell=True)',
      'subprocess.Popen(args=["claude"])',
      'asyncio.create_subprocess_exec("claude", "-p", *EXTRA)',
      'asyncio.create_subprocess_shell("claude -p x")',
      'os.system("claude -p x")',
      'os.execvp("claude", ["claude", "-p"])',
      'os.execlp("claude", "claude", "-p")',
      'pexpect.spawn("claude -p x")',
      'pexpect.spawn("claude", ["-p"])',
      "",
    ].join("\n");
    expect(summary(code)).toEqual([
      { line: 4, api: "subprocess.run", command: ["claude", "-p", "--verbose"], args: undefined, line_: false },
      { line: 5, api: "subprocess.run", command: "claude -p x", args: undefined, line_: true },
      { line: 6, api: "subprocess.Popen", command: ["claude"], args: undefined, line_: false },
      { line: 7, api: "asyncio.create_subprocess_exec", command: "claude", args: ["-p", "--verbose"], line_: false },
      { line: 8, api: "asyncio.create_subprocess_shell", command: "claude -p x", args: undefined, line_: true },
      { line: 9, api: "os.system", command: "claude -p x", args: undefined, line_: true },
      { line: 10, api: "os.execvp", command: "claude", args: ["-p"], line_: false },
      { line: 11, api: "os.execlp", command: "claude", args: ["-p"], line_: false },
      { line: 12, api: "pexpect.spawn", command: "claude -p x", args: undefined, line_: true },
      { line: 13, api: "pexpect.spawn", command: "claude", args: ["-p"], line_: false },
    ]);
  });

  it("ignores local functions and methods with the same names", () => {
    const code = 'def run(argv):\n    return argv\nrun(["claude"])\nclass P:\n    def system(self, c): pass\nP().system("claude")\n';
    expect(extract(code).cliInvocations).toEqual([]);
  });
});

describe("Python writes into the process environment (environment_writes)", () => {
  it("records each variable written, with its value and how", () => {
    const model = extract(`import os
from os import environ
PREFIX = "https://api.example.com"
os.environ["API_URL"] = PREFIX + "/v1"
environ["TOKEN"] = "t"
os.environ.setdefault("A", "1")
os.environ.update({"B": "2"}, C="3")
os.putenv("D", "4")
os.environ[name()] = "ignored"
settings = {}
settings["E"] = "not the environment"
`);
    expect(model.environmentWrites.map((write) => [write.name, write.api, plain(write.value), write.nameLoc.line])).toEqual([
      ["API_URL", "os.environ", "https://api.example.com/v1", 4],
      ["TOKEN", "os.environ", "t", 5],
      ["A", "os.environ.setdefault", "1", 6],
      ["B", "os.environ.update", "2", 7],
      ["C", "os.environ.update", "3", 7],
      ["D", "os.putenv", "4", 8],
    ]);
  });
});
