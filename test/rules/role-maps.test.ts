/**
 * Role maps: tool sets looked up by a role only known at run time (`ROLE_TOOLS[role]`,
 * `ROLES[user.role].tools`, `.get(role, default)`) are judged for every role the map holds,
 * and the finding names the role it holds for.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "no-exfiltration-combo";
const IMPORT_TS = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';
const IMPORT_PY = "from claude_agent_sdk import ClaudeAgentOptions\n";

/** The `when` of each finding, or the whole message when it names none. */
function conditions(code: string, filename: string, files: Record<string, string> = {}): string[] {
  return findingsOf(RULE, code, { filename, files }).map((f) => /\(when (.*?)\)(?: \([^()]*\))?\.$/.exec(f.message)?.[1] ?? f.message);
}

beforeAll(prepareLanguages);

describe("role maps in TypeScript", () => {
  const ts = (code: string, files: Record<string, string> = {}) => conditions(`${IMPORT_TS}${code}`, "agent.ts", files);

  it("judges a Record<Role, string[]> for each role", () => {
    const code = `type Role = "admin" | "viewer";
const ROLE_TOOLS: Record<Role, string[]> = { admin: ["Bash", "WebFetch"], viewer: ["Read"] };
export function run(role: Role, prompt: string) {
  return query({ prompt, options: { allowedTools: ROLE_TOOLS[role], maxTurns: 5 } });
}
`;
    expect(ts(code)).toEqual(['role is "admin"']);
  });

  it("judges maps keyed by enum members, also imported from another file", () => {
    const roles = `export enum Role { Admin = "ADMIN", Viewer = "VIEWER" }
export const ROLE_TOOLS: Record<Role, string[]> = { [Role.Admin]: ["Bash", "WebFetch"], [Role.Viewer]: ["Read"] };
`;
    const code = `import { ROLE_TOOLS, Role } from "./roles";
export function run(role: Role, prompt: string) {
  return query({ prompt, options: { allowedTools: ROLE_TOOLS[role], maxTurns: 5 } });
}
`;
    expect(ts(code, { "roles.ts": roles })).toEqual(['role is "ADMIN"']);
  });

  it("judges ROLES[user.role].tools, destructured lookups and spread role options", () => {
    const roles = `const ROLES = { ADMIN: { tools: ["Bash", "WebFetch"] }, VIEWER: { tools: ["Read"] } };\n`;
    expect(ts(`${roles}export function run(user: { role: keyof typeof ROLES }, prompt: string) {
  return query({ prompt, options: { allowedTools: ROLES[user.role].tools, maxTurns: 5 } });
}
`)).toEqual(['user.role is "ADMIN"']);
    expect(ts(`${roles}export function run(req: { user: { role: string } }, prompt: string) {
  const { tools } = ROLES[req.user.role as keyof typeof ROLES];
  return query({ prompt, options: { allowedTools: tools, maxTurns: 5 } });
}
`)).toEqual(['req.user.role is "ADMIN"']);
    expect(ts(`const OPTIONS = { ADMIN: { allowedTools: ["Bash", "WebFetch"] }, VIEWER: { allowedTools: ["Read"] } } as const;
export function run(role: keyof typeof OPTIONS, prompt: string) {
  return query({ prompt, options: { ...OPTIONS[role], maxTurns: 5 } });
}
`)).toEqual(['role is "ADMIN"']);
  });

  it("judges a lookup with a fallback, a class field holding the map, and a Map", () => {
    expect(ts(`const ROLE_TOOLS: { [role: string]: string[] } = { admin: ["Bash", "WebFetch"], viewer: ["Read"] };
export const handler = async (event: { role: string; prompt: string }) =>
  query({ prompt: event.prompt, options: { allowedTools: ROLE_TOOLS[event.role] || ["Read"], maxTurns: 3 } });
`)).toEqual(['event.role is "admin"']);
    expect(ts(`type Role = "admin" | "viewer";
const ROLE_TOOLS: Record<Role, string[]> = { admin: ["Bash", "WebFetch"], viewer: ["Read"] };
export class AgentService {
  private readonly roleTools = ROLE_TOOLS;
  run(role: Role, prompt: string) {
    return query({ prompt, options: { allowedTools: this.roleTools[role], maxTurns: 5 } });
  }
}
`)).toEqual(['role is "admin"']);
    expect(ts(`const ROLE_TOOLS = new Map<string, string[]>([["ADMIN", ["Bash", "WebFetch"]], ["VIEWER", ["Read"]]]);
export function run(role: string, prompt: string) {
  return query({ prompt, options: { allowedTools: ROLE_TOOLS.get(role) ?? [], maxTurns: 5 } });
}
`)).toEqual(['role is "ADMIN"']);
  });

  it("does not flag a map whose roles are all safe, or a lookup in a map it cannot see", () => {
    expect(ts(`const ROLE_TOOLS = { admin: ["Read", "Grep"], viewer: ["Read"] };
export function run(role: "admin" | "viewer", prompt: string) {
  return query({ prompt, options: { allowedTools: ROLE_TOOLS[role], maxTurns: 5 } });
}
`)).toEqual([]);
    expect(ts(`export function run(tools: Map<string, string[]>, role: string, prompt: string) {
  return query({ prompt, options: { allowedTools: tools.get(role) ?? [], maxTurns: 5 } });
}
`)).toEqual([]);
  });
});

describe("role maps in Python", () => {
  const py = (code: string, files: Record<string, string> = {}) => conditions(`${IMPORT_PY}${code}`, "agent.py", files);

  it("judges dicts keyed by strings and by enum members", () => {
    expect(py(`ROLE_TOOLS = {"admin": ["Bash", "WebFetch"], "viewer": ["Read"]}
def build(role: str):
    return ClaudeAgentOptions(allowed_tools=ROLE_TOOLS[role], max_turns=5)
`)).toEqual(['role is "admin"']);
    expect(py(`from enum import Enum
class Role(Enum):
    ADMIN = "admin"
    VIEWER = "viewer"
ROLE_TOOLS = {Role.ADMIN: ["Bash", "WebFetch"], Role.VIEWER: ["Read"]}
def build(role: Role):
    return ClaudeAgentOptions(allowed_tools=ROLE_TOOLS[role], max_turns=5)
`)).toEqual(['role is "admin"']);
    expect(py(`from enum import Enum
class Role(str, Enum):
    ADMIN = "admin"
    VIEWER = "viewer"
ROLE_TOOLS = {Role.ADMIN.value: ["Bash", "WebFetch"], Role.VIEWER.value: ["Read"]}
def build(role: Role):
    return ClaudeAgentOptions(allowed_tools=ROLE_TOOLS[role.value], max_turns=5)
`)).toEqual(['role.value is "admin"']);
  });

  it("judges .get(role, default), ROLES[user.role]['tools'] and **ROLE_OPTIONS[role]", () => {
    expect(py(`ROLE_TOOLS = {"admin": ["Bash", "WebFetch"], "viewer": ["Read"]}
def build(role):
    return ClaudeAgentOptions(allowed_tools=ROLE_TOOLS.get(role, ["Read"]), max_turns=5)
`)).toEqual(['role is "admin"']);
    expect(py(`ROLES = {"admin": {"tools": ["Bash", "WebFetch"]}, "viewer": {"tools": ["Read"]}}
def build(user):
    return ClaudeAgentOptions(allowed_tools=ROLES[user.role]["tools"], max_turns=5)
`)).toEqual(['user.role is "admin"']);
    expect(py(`ROLE_OPTIONS = {"admin": {"allowed_tools": ["Bash", "WebFetch"]}, "viewer": {"allowed_tools": ["Read"]}}
def build(role):
    return ClaudeAgentOptions(**ROLE_OPTIONS[role], max_turns=5)
`)).toEqual(['role is "admin"']);
  });

  it("judges dataclass instances in a dict, imported from another module", () => {
    const roles = `from dataclasses import dataclass, field
from enum import Enum
class Role(Enum):
    ADMIN = "admin"
    VIEWER = "viewer"
@dataclass(frozen=True)
class RolePolicy:
    tools: list[str] = field(default_factory=list)
    max_turns: int = 10
POLICIES = {Role.ADMIN: RolePolicy(tools=["Bash", "WebFetch"]), Role.VIEWER: RolePolicy(tools=["Read"])}
`;
    expect(py(`from roles import POLICIES, Role
def build(role: Role):
    policy = POLICIES[role]
    return ClaudeAgentOptions(allowed_tools=policy.tools, max_turns=policy.max_turns)
def build_named(name: str):
    policy = POLICIES.get(Role(name), POLICIES[Role.VIEWER])
    return ClaudeAgentOptions(allowed_tools=policy.tools, max_turns=policy.max_turns)
`, { "roles.py": roles })).toEqual(['role is "admin"', 'Role(name) is "admin"']);
  });

  it("judges a class attribute map and a match statement on the role", () => {
    expect(py(`class AgentFactory:
    ROLE_TOOLS = {"admin": ["Bash", "WebFetch"], "viewer": ["Read"]}
    def build(self, role):
        return ClaudeAgentOptions(allowed_tools=self.ROLE_TOOLS[role], max_turns=5)
`)).toEqual(['role is "admin"']);
    expect(py(`def build(role):
    match role:
        case "admin" | "owner":
            tools = ["Bash", "WebFetch"]
        case _:
            tools = ["Read"]
    return ClaudeAgentOptions(allowed_tools=tools, max_turns=5)
`)).toEqual(['role is "admin" or "owner"']);
    expect(py(`def tools_for(role):
    match role:
        case "admin":
            return ["Bash", "WebFetch"]
        case "viewer":
            return ["Read"]
    return []
def build(role):
    return ClaudeAgentOptions(allowed_tools=tools_for(role), max_turns=5)
`)).toEqual(['role is "admin"']);
  });

  it("does not flag roles that are all safe, or a match that picks a safe case", () => {
    expect(py(`ROLE_TOOLS = {"admin": ["Read", "Grep"], "viewer": ["Read"]}
def build(role):
    return ClaudeAgentOptions(allowed_tools=ROLE_TOOLS[role], max_turns=5)
`)).toEqual([]);
    expect(py(`def tools_for(role):
    match role:
        case "admin":
            return ["Bash", "WebFetch"]
        case _:
            return ["Read"]
opts = ClaudeAgentOptions(allowed_tools=tools_for("viewer"), max_turns=5)
`)).toEqual([]);
  });
});
