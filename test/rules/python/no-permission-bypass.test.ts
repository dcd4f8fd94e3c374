/** no-permission-bypass on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-permission-bypass";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags permission_mode bypassPermissions", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], permission_mode=\"bypassPermissions\")\n";
    expect(positions(code)).toEqual([[2, 59, 2, 78, "mode"]]);
  });

  it("flags the skip flag in extra_args", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], extra_args={\"dangerously-skip-permissions\": None})\n";
    expect(positions(code)).toEqual([[2, 55, 2, 85, "flag"]]);
  });

  it("flags set_permission_mode at run time", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def main():\n    async with ClaudeSDKClient(options=ClaudeAgentOptions(tools=[\"Read\"])) as client:\n        await client.set_permission_mode(\"bypassPermissions\")\n";
    expect(positions(code)).toEqual([[4, 42, 4, 61, "runtime"]]);
  });

  it("flags an AgentDefinition permissionMode", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nsub = AgentDefinition(description=\"d\", prompt=\"p\", tools=[\"Read\"], permissionMode=\"bypassPermissions\")\n";
    expect(positions(code)).toEqual([[2, 83, 2, 102, "subagentMode"]]);
  });

  it("accepts acceptEdits, plan and dontAsk", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\na = ClaudeAgentOptions(permission_mode=\"acceptEdits\")\nb = ClaudeAgentOptions(permission_mode=\"plan\")\nc = ClaudeAgentOptions(permission_mode=\"dontAsk\")\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a mode read from the environment", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(permission_mode=os.environ[\"MODE\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a bypass mode imported from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom app.modes import MODE\nopts = ClaudeAgentOptions(permission_mode=MODE)\n";
    expect(positions(code, {"app/modes.py": "MODE = \"bypassPermissions\"\n"})).toEqual([[3, 27, 3, 42, "mode"]]);
  });
});

describe(`${RULE} (Python): runs of the Claude Code CLI`, () => {
  const MESSAGE = "`claude --dangerously-skip-permissions` runs the agent in bypassPermissions mode: every tool call is approved without any check, and `--allowedTools` does not constrain this mode. Remove it and restrict the tools with `--allowedTools` and `--permission-mode dontAsk`.";

  it("flags the skip flag in a subprocess argument list, at the argument", () => {
    const code = 'import subprocess\n\ndef run(task):\n    return subprocess.run(["claude", "-p", task, "--dangerously-skip-permissions"], check=True)\n';
    expect(positions(code)).toEqual([[4, 50, 4, 82, "cli"]]);
    expect(findingsOf(RULE, code, { filename: "agent.py" })[0]?.message).toBe(MESSAGE);
  });

  it("flags --permission-mode bypassPermissions at its value", () => {
    const code = 'from subprocess import Popen\nPopen(["claude", "-p", "go", "--permission-mode", "bypassPermissions"])\n';
    expect(positions(code)).toEqual([[2, 51, 2, 70, "cli"]]);
  });

  it("resolves *args of create_subprocess_exec and a program path from constants", () => {
    const code = 'import asyncio\nCLAUDE_BIN = "/opt/tools/claude"\nFLAGS = ["--output-format", "json", "--dangerously-skip-permissions"]\n\nasync def main(task):\n    return await asyncio.create_subprocess_exec(CLAUDE_BIN, "-p", task, *FLAGS)\n';
    expect(positions(code)).toEqual([[3, 37, 3, 69, "cli"]]);
  });

  it("reads command lines: os.system, shell=True, f-strings, sh -c and npx", () => {
    const code = [
      "import os, subprocess",
      "def run(task):",
      '    os.system(f"claude -p {task!r} --dangerously-skip-permissions")',
      '    subprocess.run("cd /srv && claude --permission-mode bypassPermissions -p hi", shell=True)',
      '    subprocess.check_output(["sh", "-c", "npx -y @anthropic-ai/claude-code -p hi --dangerously-skip-permissions"])',
      '    os.execvp("claude", ["claude", "--dangerously-skip-permissions"])',
      "",
    ].join("\n");
    expect(positions(code)).toEqual([
      [3, 36, 3, 66, "cli"],
      [4, 57, 4, 74, "cli"],
      [5, 82, 5, 112, "cli"],
      [6, 36, 6, 68, "cli"],
    ]);
  });

  it("names the alternative a conditional flag holds in", () => {
    const code = 'import os, subprocess\nYOLO = os.environ.get("YOLO") == "1"\nargs = ["claude", "-p", "go"]\nif YOLO:\n    args = args + ["--dangerously-skip-permissions"]\nsubprocess.run(args)\n';
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.column])).toEqual([[5, 20]]);
    expect(findings[0]?.message).toMatch(/dontAsk` \(when .+\)\.$/);
  });

  it("resolves the flags across modules and reports them at the call", () => {
    const code = "import subprocess\nfrom app.cli import CLAUDE_ARGS\nsubprocess.run(CLAUDE_ARGS)\n";
    expect(positions(code, { "app/cli.py": 'CLAUDE_ARGS = ["claude", "-p", "go", "--dangerously-skip-permissions"]\n' })).toEqual([[3, 1, 3, 28, "cli"]]);
  });

  it("does not flag other programs, safe modes, the arming flag alone, unknown arguments or help text", () => {
    const safe = [
      'import subprocess\nsubprocess.run(["git", "commit", "--dangerously-skip-permissions"])\n',
      'import subprocess\nsubprocess.run(["my-claude-wrapper", "--dangerously-skip-permissions"])\n',
      'import subprocess\nsubprocess.run(["claude", "--allow-dangerously-skip-permissions"])\n',
      ...["acceptEdits", "plan", "dontAsk", "default"].map((mode) => `import subprocess\nsubprocess.run(["claude", "--permission-mode", "${mode}"])\n`),
      "import subprocess\ndef run(args):\n    return subprocess.run([\"claude\", *args])\n",
      "import subprocess, sys\nsubprocess.run([sys.argv[1], \"--dangerously-skip-permissions\"])\n",
      'import subprocess\nsubprocess.run("claude --dangerously-skip-permissions")\n',
      'import os\nos.system(\'claude -p "what does --dangerously-skip-permissions do"\')\n',
      'HELP = "Run claude --dangerously-skip-permissions only in a sandbox"\nprint(HELP)\n',
      'def run(argv):\n    return argv\nrun(["claude", "--dangerously-skip-permissions"])\n',
    ];
    for (const code of safe) expect(positions(code), code).toEqual([]);
  });
});

describe(`${RULE} (Python): defaults of settings mappings`, () => {
  it("flags a bypass default of a settings mapping, naming the branch; a safe default is no finding", () => {
    const code = "from claude_agent_sdk import ClaudeAgentOptions\ndef build(settings):\n    return ClaudeAgentOptions(permission_mode=settings.get(\"permission_mode\", \"bypassPermissions\"))\n";
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.column])).toEqual([[3, 79]]);
    expect(findings[0]?.message).toMatch(/\(when permission_mode is unset\)\.$/);
    expect(positions(code.replace("bypassPermissions", "default"))).toEqual([]);
  });
});
