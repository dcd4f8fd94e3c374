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
      ["mode", 6, 97],
      ["runtime", 9, 27],
    ]);
    expect(findings[0]?.message).toContain('Permission mode "bypassPermissions" of subagent "fixer"');
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
