import { beforeAll, describe, expect, it } from "vitest";
import { prepareLanguages } from "../../helpers/lint-source.js";
import { agentsOf, optionOf, plain } from "./extract-helper.js";

beforeAll(prepareLanguages);

const ADAPTER = `from claude_agent_sdk import ClaudeAgentOptions, query

class ClaudeAdapter:
    def __init__(self, max_turns=10, allowed_tools=None):
        self.max_turns = max_turns
        self.allowed_tools = allowed_tools or []

    async def run(self, prompt):
        options = ClaudeAgentOptions(max_turns=self.max_turns, allowed_tools=self.allowed_tools)
        async for message in query(prompt=prompt, options=options):
            yield message
`;

describe("options passed through constructors and adapters (Python)", () => {
  it("makes each use of a class whose __init__ stores the options an agent, at the use", () => {
    const agents = agentsOf(`${ADAPTER}\nadapter = ClaudeAdapter(max_turns=100000, allowed_tools=["Bash"])\n`);
    expect(agents.map((agent) => agent.loc.line)).toEqual([9, 13]);
    expect(agents[1]).toMatchObject({ kind: "sdk-options", loc: { line: 13, column: 11 } });
    expect(optionOf(agents[1], "maxTurns")).toBe(100000);
    expect(optionOf(agents[1], "allowedTools")).toEqual(["Bash"]);
    expect(optionOf(agents[0], "maxTurns")).toEqual({ oneOf: [["max_turns is set", "<parameter:max_turns>"], ["max_turns is unset", 10]] });
  });

  it("follows the adapter into another module, and a function that builds options from its parameters", () => {
    const run = `from claude_agent_sdk import ClaudeAgentOptions, query

def run_agent(prompt, options: dict):
    return query(prompt=prompt, options=ClaudeAgentOptions(**options))
`;
    const agents = agentsOf(`from adapter import ClaudeAdapter
from run import run_agent
ClaudeAdapter(allowed_tools=["Bash"])
OPTIONS = {"permission_mode": "bypassPermissions"}
run_agent("Fix the bug", OPTIONS)
`, { "adapter.py": ADAPTER, "run.py": run }, "main.py");
    expect(agents.map((agent) => [agent.file, agent.loc.line])).toEqual([
      ["main.py", 3],
      ["main.py", 5],
    ]);
    expect(optionOf(agents[0], "allowedTools")).toEqual(["Bash"]);
    expect(optionOf(agents[1], "permissionMode")).toBe("bypassPermissions");
    expect(agents[1]?.queryPrompts.map(plain)).toEqual(["Fix the bug"]);
  });

  it("makes no agent of a use that passes nothing known, or changes nothing the SDK receives", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

class Manager:
    def __init__(self, paths, label="main"):
        self.paths = paths
        self.label = label

    def build(self):
        return ClaudeAgentOptions(cwd=str(self.paths.root), allowed_tools=["Read"], max_turns=5)

def make(paths):
    return Manager(paths)

Manager(make, label="other")
`;
    expect(agentsOf(code).map((agent) => agent.loc.line)).toEqual([9]);
  });

  it("reads a dataclass or pydantic parameter's fields as the caller's value or the default", () => {
    const agents = agentsOf(`from dataclasses import dataclass, field
from pydantic import BaseModel
from claude_agent_sdk import ClaudeAgentOptions

class AgentRequest(BaseModel):
    prompt: str
    allowed_tools: list[str] = ["Bash", "WebFetch"]
    max_turns: int = 500

@dataclass
class AgentConfig:
    allowed_tools: list[str] = field(default_factory=lambda: ["Read"])
    permission_mode: str = field(default="bypassPermissions")

def from_request(req: AgentRequest):
    return ClaudeAgentOptions(allowed_tools=req.allowed_tools, max_turns=req.max_turns)

def from_config(config: AgentConfig):
    return ClaudeAgentOptions(**config.__dict__)
`);
    expect(optionOf(agents[0], "allowedTools")).toEqual({ oneOf: [["req.allowed_tools is set", "<parameter:req>"], ["req.allowed_tools is unset", ["Bash", "WebFetch"]]] });
    expect(optionOf(agents[0], "maxTurns")).toEqual({ oneOf: [["req.max_turns is set", "<parameter:req>"], ["req.max_turns is unset", 500]] });
    expect(optionOf(agents[1], "permissionMode")).toEqual({ oneOf: [["config.permission_mode is set", "<parameter:config>"], ["config.permission_mode is unset", "bypassPermissions"]] });
    expect(optionOf(agents[1], "allowedTools")).toEqual({ oneOf: [["config.allowed_tools is set", "<parameter:config>"], ["config.allowed_tools is unset", ["Read"]]] });
  });

  it("reads a dataclass constructed at a use with the values it was given", () => {
    const agents = agentsOf(`from dataclasses import dataclass
from claude_agent_sdk import ClaudeAgentOptions

@dataclass
class Settings:
    max_turns: int = 10

    def options(self):
        return ClaudeAgentOptions(max_turns=self.max_turns, allowed_tools=["Read"])

Settings(max_turns=5000)
`);
    expect(agents.map((agent) => [agent.loc.line, optionOf(agent, "maxTurns")])).toEqual([
      [9, { oneOf: [["max_turns is set", "<parameter:max_turns>"], ["max_turns is unset", 10]] }],
      [11, 5000],
    ]);
  });
});
