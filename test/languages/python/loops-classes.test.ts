/** Values built in loops, by classes, through `functools.partial` and dict unions (synthesized, minimal). */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";
import { agentsOf, optionOf } from "./extract-helper.js";

beforeAll(prepareLanguages);

describe("values built in for loops", () => {
  it("unrolls loops over known lists and dicts: subscript keys, append, extend and +=", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
COMMANDS = {"files": "npx", "repo": "uvx"}
servers = {}
for name, command in COMMANDS.items():
    servers[name] = {"command": command, "args": [name]}
tools = []
for tool in ["Read", "Grep"]:
    tools.append(tool)
tools += ["Glob"]
tools.extend(["Edit"])
for i, extra in enumerate(["WebFetch"]):
    tools += [extra]
options = ClaudeAgentOptions(mcp_servers=servers, allowed_tools=tools)
`;
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "mcpServers")).toEqual({ files: { command: "npx", args: ["files"] }, repo: { command: "uvx", args: ["repo"] } });
    expect(optionOf(agent, "allowedTools")).toEqual(["Read", "Grep", "Glob", "Edit", "WebFetch"]);
  });

  it("keeps only the items an if inside the loop admits", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
tools = []
for tool in ["Read", "Bash", "Grep"]:
    if tool != "Bash":
        tools.append(tool)
options = ClaudeAgentOptions(allowed_tools=tools)
`;
    expect(optionOf(agentsOf(code)[0], "allowedTools")).toEqual(["Read", "Grep"]);
  });

  it("leaves a list or dict open when the loop's items, a condition or a continue are unknown", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
from loader import load_servers, wanted
servers = {}
for name, spec in load_servers().items():
    servers[name] = spec
tools = ["Read"]
for tool in load_servers():
    tools.append(tool)
skipped = []
for tool in ["Read", "Bash"]:
    if wanted(tool):
        continue
    skipped.append(tool)
options = ClaudeAgentOptions(mcp_servers=servers, allowed_tools=tools, disallowed_tools=skipped)
`;
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "mcpServers")).toEqual({ "…open": true });
    // The key is a loop variable: never the literal text "name".
    expect(optionOf(agent, "allowedTools")).toEqual({ open: ["Read", "<unknown>"] });
    expect(optionOf(agent, "disallowedTools")).toEqual({ open: ["<unknown>"] });
  });

  it("flags an unpinned npx server built in a loop, not one from an unknown list", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
from loader import load_packages
PACKAGES = {"fs": "@modelcontextprotocol/server-filesystem"}
servers = {}
for name, package in PACKAGES.items():
    servers[name] = {"command": "npx", "args": ["-y", package]}
for package in load_packages():
    servers[package] = {"command": "npx", "args": ["-y", package]}
options = ClaudeAgentOptions(mcp_servers=servers, allowed_tools=["Read"])
`;
    // The finding points at the `args` the package enters through, naming the package's line.
    const findings = findingsOf("pin-mcp-servers", code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.message.endsWith("(value set at agent.py:3).")])).toEqual([[6, true]]);
  });
});

describe("class-based agents", () => {
  it("reads attributes set in __init__, class constants and properties through self", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
class Reviewer:
    TOOLS = ["Read", "Grep"]
    def __init__(self):
        self.permission_mode = "bypassPermissions"
        self.model = "sonnet"
    @property
    def turns(self):
        return 5
    def options(self):
        return ClaudeAgentOptions(permission_mode=self.permission_mode, allowed_tools=self.TOOLS, model=self.model, max_turns=self.turns)
`;
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "permissionMode")).toBe("bypassPermissions");
    expect(optionOf(agent, "allowedTools")).toEqual(["Read", "Grep"]);
    expect(optionOf(agent, "model")).toBe("sonnet");
    expect(optionOf(agent, "maxTurns")).toBe(5);
    const findings = findingsOf("no-permission-bypass", code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.message.endsWith("(value from self.permission_mode at agent.py:5).")])).toEqual([[11, true]]);
  });

  it("makes a constructor parameter's default and a dataclass field's default one outcome", () => {
    const code = `from dataclasses import dataclass, field
from pydantic import BaseModel
from claude_agent_sdk import ClaudeAgentOptions
class Runner:
    def __init__(self, mode="bypassPermissions"):
        self.mode = mode
    def options(self):
        return ClaudeAgentOptions(permission_mode=self.mode, allowed_tools=["Read"])
@dataclass
class Config:
    permission_mode: str = field(default="acceptEdits")
    def options(self):
        return ClaudeAgentOptions(permission_mode=self.permission_mode, allowed_tools=["Read"])
class Settings(BaseModel):
    permission_mode: str
    def options(self):
        return ClaudeAgentOptions(permission_mode=self.permission_mode, allowed_tools=["Read"])
`;
    const [runner, config, settings] = agentsOf(code);
    expect(optionOf(runner, "permissionMode")).toEqual({ oneOf: [["mode is set", "<parameter:mode>"], ["mode is unset", "bypassPermissions"]] });
    expect(optionOf(config, "permissionMode")).toEqual({ oneOf: [["permission_mode is set", "<parameter:permission_mode>"], ["permission_mode is unset", "acceptEdits"]] });
    expect(optionOf(settings, "permissionMode")).toBe("<parameter:permission_mode>");
    const findings = findingsOf("no-permission-bypass", code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.message.includes("mode is unset"), f.message.endsWith("(value from self.mode at agent.py:5).")])).toEqual([[8, true, true]]);
  });

  it("follows self.method() calls, base classes and assignments in other methods", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions, query
class Base:
    def __init__(self):
        self.tools = ["Read"]
class Agent(Base):
    def enable_shell(self):
        self.tools = ["Read", "Bash"]
    def _options(self):
        return ClaudeAgentOptions(allowed_tools=self.tools, cwd="/srv/app")
    async def run(self, task):
        async for message in query(prompt=task, options=self._options()):
            print(message)
`;
    const agents = agentsOf(code);
    expect(agents).toHaveLength(1);
    expect(optionOf(agents[0], "allowedTools")).toEqual({ oneOf: [["initially", ["Read"]], ["after enable_shell()", ["Read", "Bash"]]] });
    expect(agents[0]?.queryPrompts).toHaveLength(1);
  });

  it("leaves an attribute that methods grow in place open, and one they may shrink or replace unknown", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
class Builder:
    def __init__(self, cwd):
        self.cwd = cwd
        self._tools = ["Read", "Bash"]
        self._servers = {}
        self._extra = []
        self._mode = "default"
        self._turns = 10
    def with_tools(self, *tools):
        self._tools.extend(tools)
        return self
    def with_server(self, name, config):
        self._servers[name] = config
        return self
    def with_extra(self, tool):
        self._extra += [tool]
        return self
    def drop(self, tool):
        self._extra.remove(tool)
    def more_turns(self):
        self._turns += 40
    def build(self):
        return ClaudeAgentOptions(allowed_tools=self._tools, mcp_servers=self._servers, disallowed_tools=self._extra,
                                  permission_mode=self._mode, max_turns=self._turns, cwd=self.cwd)
`;
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "allowedTools")).toEqual({ open: ["Read", "Bash"] });
    expect(optionOf(agent, "mcpServers")).toBe("<unknown>");
    expect(optionOf(agent, "disallowedTools")).toBe("<unknown>");
    expect(optionOf(agent, "permissionMode")).toBe("default");
    expect(optionOf(agent, "maxTurns")).toBe("<unknown>");
    // What a list only grown in place already holds is still judged.
    expect(findingsOf("no-unscoped-bash", code, { filename: "agent.py" }).map((f) => f.line)).toEqual([24]);
  });

  it("leaves self unknown in static methods and functions outside classes", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
class Agent:
    mode = "bypassPermissions"
    @staticmethod
    def options(self):
        return ClaudeAgentOptions(permission_mode=self.mode, allowed_tools=["Read"])
def options(self):
    return ClaudeAgentOptions(permission_mode=self.mode, allowed_tools=["Read"])
`;
    expect(findingsOf("no-permission-bypass", code, { filename: "agent.py" })).toEqual([]);
  });
});

describe("partials, dict unions and copies", () => {
  it("builds agents from functools.partial, ** of merged dicts, | unions and copies", () => {
    const code = `import copy
from functools import partial
from claude_agent_sdk import ClaudeAgentOptions, query
BASE = {"permission_mode": "bypassPermissions", "max_turns": 3}
make = partial(ClaudeAgentOptions, allowed_tools=["Read"])
a = make(model="haiku")
b = ClaudeAgentOptions(**{**BASE, **{"max_turns": 5}})
c = ClaudeAgentOptions(**(BASE | {"max_turns": 7}))
d = copy.deepcopy(a)
async def main():
    async for m in query(prompt="hi", options=d):
        print(m)
`;
    const [a, b, c] = agentsOf(code);
    expect(agentsOf(code)).toHaveLength(3);
    expect(optionOf(a, "allowedTools")).toEqual(["Read"]);
    expect(optionOf(a, "model")).toBe("haiku");
    expect(a?.queryPrompts).toHaveLength(1);
    expect(optionOf(b, "maxTurns")).toBe(5);
    expect(optionOf(c, "maxTurns")).toBe(7);
    expect(optionOf(c, "permissionMode")).toBe("bypassPermissions");
  });

  it("does not take a partial of another function for an agent", () => {
    const code = `from functools import partial
from claude_agent_sdk import ClaudeAgentOptions
def build(**kw):
    return dict(kw)
make = partial(build, permission_mode="bypassPermissions")
x = make()
`;
    expect(agentsOf(code)).toEqual([]);
  });
});
