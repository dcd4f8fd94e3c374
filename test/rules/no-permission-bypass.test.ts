import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "no-permission-bypass";
const IMPORT = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';
const at = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.endColumn]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags permissionMode bypassPermissions and the TS opt-in flag, at their values", () => {
    const code = `${IMPORT}query({
  prompt: "go",
  options: { permissionMode: "bypassPermissions", allowDangerouslySkipPermissions: true },
});
`;
    expect(at(code)).toEqual([
      ["mode", 4, 30, 49],
      ["armed", 4, 84, 88],
    ]);
    const [mode] = findingsOf(RULE, code);
    expect(mode?.message).toBe(
      'Permission mode "bypassPermissions" approves every tool call without any check, and `allowedTools` does not constrain this mode. Use "dontAsk" with an explicit `allowedTools` list, or "default"/"acceptEdits".',
    );
    expect(mode?.severity).toBe("error");
  });

  it("flags extraArgs CLI flags", () => {
    const code = `${IMPORT}query({ prompt: "go", options: { extraArgs: { "dangerously-skip-permissions": null, "permission-mode": "bypassPermissions" } } });
`;
    expect(at(code)).toEqual([
      ["flag", 2, 47, 77],
      ["flag", 2, 104, 123],
    ]);
  });

  it("tells a subagent file what its front matter can do instead", () => {
    const file = "---\nname: fixer\ndescription: Fixes\ntools: Read, Edit\npermissionMode: bypassPermissions\n---\nFix it.\n";
    const findings = findingsOf(RULE, file, { filename: ".claude/agents/fixer.md" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["subagentMode", 5, 17]]);
    expect(findings[0]?.message).not.toContain("allowedTools");
  });

  it("flags a run-time switch and a subagent's mode", () => {
    const code = `${IMPORT}const q = query({
  prompt: "go",
  options: {
    allowedTools: ["Read"],
    agents: { fixer: { description: "Fixes", prompt: "Fix it", tools: ["Edit"], permissionMode: "bypassPermissions" } },
  },
});
await q.setPermissionMode("bypassPermissions");
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([
      ["subagentMode", 6, 97],
      ["runtime", 9, 27],
    ]);
    // An AgentDefinition has no `allowedTools`: the advice names what it has.
    expect(findings[0]?.message).toBe(
      'Permission mode "bypassPermissions" of subagent "fixer" approves every tool call it makes without any check. Remove `permissionMode` so that it runs under the permission mode of the session that starts it, or set "default", and keep its `tools` to what its task needs.',
    );
  });

  it("flags inline settings defaultMode", () => {
    const code = `${IMPORT}query({ prompt: "go", options: { settings: { permissions: { defaultMode: "bypassPermissions" } } } });
`;
    expect(at(code)).toEqual([["settings", 2, 74, 93]]);
  });

  it("does not flag the other modes, a false opt-in flag or unknown values", () => {
    for (const mode of ["acceptEdits", "plan", "dontAsk", "default"]) {
      expect(at(`${IMPORT}query({ prompt: "go", options: { permissionMode: "${mode}" } });\n`)).toEqual([]);
    }
    expect(at(`${IMPORT}query({ prompt: "go", options: { allowDangerouslySkipPermissions: false } });\n`)).toEqual([]);
    expect(at(`${IMPORT}export function run(mode: any) { return query({ prompt: "go", options: { permissionMode: mode } }); }\n`)).toEqual([]);
    expect(at(`${IMPORT}query({ prompt: "Never use bypassPermissions", options: { extraArgs: { verbose: null } } });\n`)).toEqual([]);
  });

  it("names the alternative a conditional mode holds in", () => {
    const code = `${IMPORT}const yolo = process.env.YOLO === "1";
query({ prompt: "go", options: { permissionMode: yolo ? "bypassPermissions" : "default" } });
`;
    const findings = findingsOf(RULE, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/\(when .+\)\.$/);
  });

  it("resolves the mode across files and reports it where it is used", () => {
    const code = `${IMPORT}import { MODE } from "./config";
query({ prompt: "go", options: { permissionMode: MODE } });
`;
    expect(at(code, { files: { "config.ts": 'export const MODE = "bypassPermissions";\n' } })).toEqual([["mode", 3, 34, 48]]);
  });

  it("flags Python permission_mode and extra_args, with the Python spelling", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

options = ClaudeAgentOptions(allowed_tools=["Read"], permission_mode="bypassPermissions")
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.messageId, f.line, f.column])).toEqual([["mode", 3, 70]]);
    expect(findings[0]?.message).toContain("`allowed_tools` does not constrain this mode");
  });
});

describe(`${RULE}: runs of the Claude Code CLI`, () => {
  const CP = 'import { spawn, execSync, exec } from "node:child_process";\n';
  const cli = (code: string, opts = {}) => findingsOf(RULE, code, opts).map((f) => [f.messageId, f.line, f.column, f.endColumn]);

  it("flags the skip flag in a spawn argument vector, at the argument", () => {
    const code = `${CP}export function run(prompt: string) {
  return spawn("claude", ["-p", prompt, "--dangerously-skip-permissions"]);
}
`;
    expect(cli(code)).toEqual([["cli", 3, 41, 73]]);
    expect(findingsOf(RULE, code)[0]?.message).toBe(
      "`claude --dangerously-skip-permissions` runs the agent in bypassPermissions mode: every tool call is approved without any check, and `--allowedTools` does not constrain this mode. Remove it and restrict the tools with `--allowedTools` and `--permission-mode dontAsk`.",
    );
  });

  it("flags a bypass --permission-mode at its value, in both spellings", () => {
    const code = `${CP}spawn("claude", ["-p", "go", "--permission-mode", "bypassPermissions"]);
spawn("claude", ["--permission-mode=bypassPermissions"]);
`;
    expect(cli(code)).toEqual([
      ["cli", 2, 51, 70],
      ["cli", 3, 18, 55],
    ]);
    expect(findingsOf(RULE, code)[0]?.message).toContain("`claude --permission-mode bypassPermissions` runs the agent");
  });

  it("resolves the program and spread flags through constants, and points into a shell command line", () => {
    const code = `${CP}const CLAUDE_BIN = "/usr/local/bin/claude";
const FLAGS = ["--output-format", "json", "--dangerously-skip-permissions"];
export function run(p: string) {
  spawn(CLAUDE_BIN, ["-p", p, ...FLAGS]);
  exec(\`claude -p "\${p}" --dangerously-skip-permissions | tee out.txt\`);
}
`;
    expect(cli(code)).toEqual([
      ["cli", 3, 43, 75],
      ["cli", 6, 26, 56],
    ]);
  });

  it("recognises execa, Bun.spawn, Deno.Command, promisified exec, npx and sh -c", () => {
    const code = `import { execa } from "execa";
import { exec } from "node:child_process";
import { promisify } from "node:util";
const run = promisify(exec);
await execa("claude", ["--dangerously-skip-permissions"]);
Bun.spawn(["claude", "--dangerously-skip-permissions"]);
new Deno.Command("claude", { args: ["--dangerously-skip-permissions"] });
await run("npx -y @anthropic-ai/claude-code@1.0.100 -p hi --dangerously-skip-permissions");
execSync2();
function execSync2() {}
`;
    expect(cli(code).map(([, line]) => line)).toEqual([5, 6, 7, 8]);
    const shell = `${CP}spawn("bash", ["-lc", "cd /srv/app && FOO=1 claude -p go --dangerously-skip-permissions"]);\n`;
    expect(cli(shell)).toEqual([["cli", 2, 58, 88]]);
  });

  it("names the alternative a conditional flag holds in", () => {
    const code = `${CP}const yolo = process.env.YOLO === "1";
spawn("claude", ["-p", "go", ...(yolo ? ["--dangerously-skip-permissions"] : [])]);
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.line, f.column])).toEqual([[3, 42]]);
    expect(findings[0]?.message).toMatch(/dontAsk` \(when .+\)\.$/);
  });

  it("reports a flag once, unconditionally, when every alternative of the arguments holds it", () => {
    const code = `${CP}export function run(sessionId?: string) {
  const args = ["-p", "--dangerously-skip-permissions"];
  if (sessionId) args.push("--resume", sessionId);
  return spawn("claude", args);
}
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.line, f.column])).toEqual([[3, 23]]);
    expect(findings[0]?.message).toMatch(/dontAsk`\.$/);
  });

  it("resolves the flags across files and reports them at the call", () => {
    const code = `${CP}import { CLAUDE, FLAGS } from "./cli-config";
spawn(CLAUDE, ["-p", "go", ...FLAGS]);
`;
    const files = { "cli-config.ts": 'export const CLAUDE = "claude";\nexport const FLAGS = ["--dangerously-skip-permissions"];\n' };
    expect(cli(code, { files })).toEqual([["cli", 3, 1, 38]]);
  });

  it("does not flag other programs, safe modes, the arming flag alone, unknown arguments or help text", () => {
    const safe = [
      `${CP}spawn("git", ["commit", "--dangerously-skip-permissions"]);\n`,
      `${CP}spawn("my-claude-wrapper", ["--dangerously-skip-permissions"]);\n`,
      `${CP}spawn("claude", ["--allow-dangerously-skip-permissions"]);\n`,
      ...["acceptEdits", "plan", "dontAsk", "default"].map((mode) => `${CP}spawn("claude", ["--permission-mode", "${mode}"]);\n`),
      `${CP}export function run(args: string[]) { return spawn("claude", args); }\n`,
      `${CP}export function run(bin: string) { return spawn(bin, ["--dangerously-skip-permissions"]); }\n`,
      `${CP}execSync('claude -p "explain --dangerously-skip-permissions"');\n`,
      `${CP}execSync("echo claude --dangerously-skip-permissions");\n`,
      `${CP}spawn("claude", ["-p", "go", "--", "--dangerously-skip-permissions"]);\n`,
      `${CP}spawn("claude --dangerously-skip-permissions");\n`,
      'const HELP = "Run claude --dangerously-skip-permissions only in a sandbox";\nconsole.log(HELP);\n',
      'function spawn(cmd: string, args: string[]) { return [cmd, args]; }\nspawn("claude", ["--dangerously-skip-permissions"]);\n',
    ];
    for (const code of safe) expect(cli(code), code).toEqual([]);
  });

  describe("in container files", () => {
    const docker = (code: string) => findingsOf(RULE, code, { filename: "Dockerfile" }).map((f) => [f.messageId, f.line, f.column, f.endColumn]);
    const compose = (code: string) => findingsOf(RULE, code, { filename: "compose.yaml" }).map((f) => [f.messageId, f.line, f.column, f.endColumn]);

    it("flags the flag in RUN, CMD and ENTRYPOINT, in every form", () => {
      const code = `FROM node:20
RUN claude --dangerously-skip-permissions -p "warm up" || true
RUN <<EOF
npx -y @anthropic-ai/claude-code@1.0.100 --permission-mode bypassPermissions -p go
EOF
CMD ["sh", "-c", "exec claude --dangerously-skip-permissions -p \\"$TASK\\""]
ENTRYPOINT claude --permission-mode=bypassPermissions
`;
      expect(docker(code)).toEqual([
        ["cli", 2, 12, 42],
        ["cli", 4, 60, 77],
        ["cli", 6, 31, 61],
        ["cli", 7, 19, 54],
      ]);
    });

    it("joins an exec-form CMD to the exec-form ENTRYPOINT it runs with, through stages", () => {
      const code = `FROM node:20 AS base
ENTRYPOINT ["claude"]
FROM base
CMD ["--dangerously-skip-permissions", "-p", "triage"]
`;
      expect(docker(code)).toEqual([["cli", 4, 7, 37]]);
      const withInit = `FROM node:20\nENTRYPOINT ["/usr/bin/tini", "--", "claude"]\nCMD ["--dangerously-skip-permissions"]\n`;
      expect(docker(withInit)).toEqual([["cli", 3, 7, 37]]);
    });

    it("does not flag other programs, safe modes or a shell-form ENTRYPOINT that ignores CMD", () => {
      const code = `FROM node:20
RUN echo "claude --dangerously-skip-permissions" > /notes
ENTRYPOINT claude -p go
CMD ["--dangerously-skip-permissions"]
CMD ["claude", "--permission-mode", "dontAsk"]
`;
      expect(docker(code)).toEqual([]);
    });

    it("flags compose commands as strings and lists, with the entrypoint in front", () => {
      const code = `services:
  a:
    image: x:1
    command: claude --dangerously-skip-permissions -p go
  b:
    image: x:1
    entrypoint: ["claude"]
    command: ["--permission-mode", "bypassPermissions"]
  c:
    image: x:1
    command: ["sh", "-c", "claude --dangerously-skip-permissions"]
`;
      expect(compose(code)).toEqual([
        ["cli", 4, 21, 51],
        ["cli", 8, 37, 54],
        ["cli", 11, 35, 65],
      ]);
    });

    it("does not flag a compose command that only mentions the flag", () => {
      expect(compose(`services:\n  a:\n    image: x:1\n    command: ["echo", "claude --dangerously-skip-permissions"]\n`)).toEqual([]);
    });
  });
});
