import { describe, expect, it } from "vitest";
import type { Location } from "../../src/core/types.js";
import type { AgentSpec } from "../../src/model/agent.js";
import {
  bypassSources,
  grantsOf,
  hookMatcherCovers,
  isAvailable,
  permissionCallback,
  permissionStates,
  preToolUseGuard,
} from "../../src/model/permissions.js";
import type { RValue } from "../../src/model/value.js";

let offset = 0;
function loc(): Location {
  offset += 10;
  return { file: "agent.ts", line: 1, column: offset + 1, endLine: 1, endColumn: offset + 5, start: offset, end: offset + 4 };
}

type Plain = string | number | boolean | null | RValue | Plain[] | { [key: string]: Plain };

function value(plain: Plain): RValue {
  if (plain === null) return { kind: "null", loc: loc() };
  if (typeof plain === "string") return { kind: "string", value: plain, loc: loc() };
  if (typeof plain === "number") return { kind: "number", value: plain, loc: loc() };
  if (typeof plain === "boolean") return { kind: "boolean", value: plain, loc: loc() };
  if (Array.isArray(plain)) return { kind: "array", elements: plain.map(value), open: false, loc: loc() };
  if ("kind" in plain && typeof plain.kind === "string" && "loc" in plain) return plain as RValue;
  return objectValue(plain as Record<string, Plain>);
}

function objectValue(plain: Record<string, Plain>, open = false): Extract<RValue, { kind: "object" }> {
  return { kind: "object", entries: Object.entries(plain).map(([key, item]) => ({ key, keyLoc: loc(), value: value(item) })), open, loc: loc() };
}

const FN: RValue = { kind: "function", loc: { file: "agent.ts", line: 1, column: 1, endLine: 1, endColumn: 2, start: 0, end: 1 } };
const UNKNOWN: RValue = { kind: "unknown", reason: "a parameter", loc: FN.loc };

function spec(options: Record<string, Plain>, extra: Partial<AgentSpec> = {}): AgentSpec {
  return {
    kind: "sdk-options",
    language: "typescript",
    file: "agent.ts",
    loc: loc(),
    options: objectValue(options),
    queryPrompts: [],
    runtimePermissionModes: [],
    ...extra,
  };
}

describe("hookMatcherCovers", () => {
  it("covers Bash with wildcards, lists and unanchored regexes", () => {
    for (const matcher of ["", "*", "Bash", "Bash|Edit", "Edit, Bash", "Ba.*", "^Bash$"]) expect(hookMatcherCovers(matcher, "Bash"), matcher).toBe(true);
    for (const matcher of ["Edit|Write", "B", "Bashful", "^Edit", "(unbalanced"]) expect(hookMatcherCovers(matcher, "Bash"), matcher).toBe(false);
    expect(hookMatcherCovers("Task", "Agent")).toBe(true);
  });
});

describe("preToolUseGuard", () => {
  const hooked = (hooks: Plain) => spec({ hooks });
  it("is yes for a PreToolUse matcher covering the tool, no otherwise", () => {
    expect(preToolUseGuard(hooked({ PreToolUse: [{ matcher: "Bash", hooks: [FN] }] }), "Bash")).toBe("yes");
    expect(preToolUseGuard(hooked({ PreToolUse: [{ hooks: [FN] }] }), "Bash")).toBe("yes");
    expect(preToolUseGuard(hooked({ PreToolUse: [{ matcher: "Edit", hooks: [FN] }] }), "Bash")).toBe("no");
    expect(preToolUseGuard(hooked({ PreToolUse: [{ matcher: "Bash", hooks: [] }] }), "Bash")).toBe("no");
    expect(preToolUseGuard(hooked({ PostToolUse: [{ matcher: "Bash", hooks: [FN] }] }), "Bash")).toBe("no");
    expect(preToolUseGuard(spec({}), "Bash")).toBe("no");
  });

  it("is unknown when the hooks cannot be seen", () => {
    expect(preToolUseGuard(hooked(UNKNOWN), "Bash")).toBe("unknown");
    expect(preToolUseGuard(hooked({ PreToolUse: [UNKNOWN] }), "Bash")).toBe("unknown");
    expect(preToolUseGuard({ ...spec({}), options: objectValue({}, true) }, "Bash")).toBe("unknown");
  });

  it("lets a subagent inherit the declaring agent's hooks", () => {
    const parent = hooked({ PreToolUse: [{ matcher: "Bash", hooks: [FN] }] });
    expect(preToolUseGuard(spec({ tools: ["Bash"] }, { kind: "agent-definition", parent }), "Bash")).toBe("yes");
  });
});

describe("permissionCallback", () => {
  it("sees canUseTool and permissionPromptToolName, and a parent's callback", () => {
    expect(permissionCallback(spec({ canUseTool: FN }))).toBe("yes");
    expect(permissionCallback(spec({ permissionPromptToolName: "mcp__approver__ask" }))).toBe("yes");
    expect(permissionCallback(spec({ canUseTool: null }))).toBe("no");
    expect(permissionCallback(spec({ canUseTool: UNKNOWN }))).toBe("unknown");
    expect(permissionCallback(spec({}, { kind: "agent-definition", parent: spec({ canUseTool: FN }) }))).toBe("yes");
  });
});

describe("bypassSources", () => {
  it("finds every entry point", () => {
    const agent = spec(
      {
        permissionMode: "bypassPermissions",
        allowDangerouslySkipPermissions: true,
        extraArgs: { "dangerously-skip-permissions": null, "permission-mode": "bypassPermissions" },
        settings: { permissions: { defaultMode: "bypassPermissions" } },
      },
      { runtimePermissionModes: [value("bypassPermissions")] },
    );
    expect(bypassSources(agent).map((source) => source.via)).toEqual([
      "permissionMode",
      "allowDangerouslySkipPermissions",
      "extraArgsSkip",
      "extraArgsMode",
      "settingsDefaultMode",
      "runtime",
    ]);
    expect(bypassSources(spec({ permissionMode: "acceptEdits", allowDangerouslySkipPermissions: false }))).toEqual([]);
  });
});

describe("permissionStates and grants", () => {
  it("combines alternatives of the tool lists and the mode", () => {
    const oneOf: RValue = {
      kind: "oneOf",
      options: [
        { value: value(["Read", "Bash"]), when: 'role is "admin"' },
        { value: value(["Read"]), when: 'role is "viewer"' },
      ],
      loc: loc(),
    };
    const states = permissionStates(spec({ allowedTools: oneOf, permissionMode: "default" }));
    expect(states.map((state) => state.when)).toEqual(['role is "admin"', 'role is "viewer"']);
    expect(states.map((state) => grantsOf(spec({}), state).map((grant) => grant.tool))).toEqual([["Read", "Bash"], ["Read"]]);
  });

  it("grants every available tool in bypass mode, minus removed ones", () => {
    const agent = spec({ permissionMode: "bypassPermissions", disallowedTools: ["Bash"] });
    const [state] = permissionStates(agent);
    expect(state?.bypass?.via).toBe("permissionMode");
    const tools = grantsOf(agent, state!).map((grant) => grant.tool);
    expect(tools).toContain("WebFetch");
    expect(tools).not.toContain("Bash");
    expect(isAvailable(state!, "Bash")).toBe(false);
  });

  it("grants the edit tools in acceptEdits mode, and only listed tools with a tools list", () => {
    const agent = spec({ permissionMode: "acceptEdits" });
    expect(grantsOf(agent, permissionStates(agent)[0]!).map((grant) => grant.tool)).toEqual(["Write", "Edit", "MultiEdit", "NotebookEdit"]);
    const listed = spec({ tools: ["Read", "Bash"], allowedTools: ["Bash(git diff:*)"] });
    expect(grantsOf(listed, permissionStates(listed)[0]!).map((grant) => [grant.tool, grant.via])).toEqual([
      ["Bash", "pre-approved"],
      ["Read", "available"],
    ]);
  });

  it("lets a subagent without tools inherit the declaring agent's grants on request", () => {
    const parent = spec({ allowedTools: ["Edit"] });
    const child = spec({ description: "child" }, { kind: "agent-definition", parent });
    const [state] = permissionStates(child);
    expect(grantsOf(child, state!)).toEqual([]);
    expect(grantsOf(child, state!, true).map((grant) => [grant.tool, grant.via])).toEqual([["Edit", "inherited"]]);
  });

  it("inherits a parent's bypass into the subagent", () => {
    const parent = spec({ permissionMode: "bypassPermissions" });
    const [state] = permissionStates(spec({ tools: ["Read"] }, { kind: "agent-definition", parent }));
    expect(state?.bypass?.via).toBe("permissionMode");
  });
});
