/** Patterns met in public Python agent code that the extractor must see through (synthesized, minimal). */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";
import { agentsOf, optionOf, plain } from "./extract-helper.js";

beforeAll(prepareLanguages);

describe("Python patterns from real agent code", () => {
  it("keeps the entries a dict comprehension filter admits (`{k: v for k, v in d.items() if v is not None}`)", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
def build(tools):
    kwargs = {"model": "m", "permission_mode": "bypassPermissions", "output_format": None, "cwd": tools}
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    return ClaudeAgentOptions(**kwargs)
`;
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "permissionMode")).toBe("bypassPermissions");
    expect(optionOf(agent, "model")).toBe("m");
    // `cwd` (a parameter) might be None and dropped: its value is unknown, but no other key can
    // appear, so the options stay closed and an option never written is known to be unset.
    expect(agent?.options.entries.map((e) => e.key)).toEqual(["model", "permission_mode", "cwd"]);
    expect(agent?.options.entries.find((e) => e.key === "cwd")?.value.kind).toBe("unknown");
    expect(agent?.options.open).toBe(false);
    expect(findingsOf("no-permission-bypass", code, { filename: "agent.py" }).map((f) => f.line)).toEqual([3]);
    expect(findingsOf("require-max-turns", code, { filename: "agent.py" }).map((f) => f.line)).toEqual([5]);
    expect(findingsOf("require-cwd", code, { filename: "agent.py" })).toEqual([]);
  });

  it("filters each alternative of a conditional value, a dropped one becoming None", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
def build(has_tools):
    kwargs = {"max_turns": 5, "output_format": {"type": "json"} if not has_tools else None}
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    return ClaudeAgentOptions(**kwargs)
`;
    const [agent] = agentsOf(code);
    expect(agent?.options.open).toBe(false);
    expect(optionOf(agent, "maxTurns")).toBe(5);
    expect(plain(agent?.options.entries.find((e) => e.key === "output_format")?.value)).toEqual({
      oneOf: [
        ["has_tools is false", { type: "json" }],
        ["has_tools is true", null],
      ],
    });
  });

  it("drops entries by key, builds comprehensions over known keys and leaves others unknown", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
from loader import load
BASE = {"model": "m", "permission_mode": "plan"}
a = ClaudeAgentOptions(**{k: v for k, v in BASE.items() if k != "permission_mode"})
b = ClaudeAgentOptions(**{k: 1 for k in BASE})
c = ClaudeAgentOptions(**{k: 1 for k in load()})
`;
    const [a, b, c] = agentsOf(code);
    expect(plain(a?.options)).toEqual({ model: "m" });
    expect(plain(b?.options)).toEqual({ model: 1, permission_mode: 1 });
    expect(c?.options.entries).toEqual([]);
    expect(c?.options.open).toBe(true);
  });

  it("reads the previous value of a name reassigned from itself", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
tools = ["Read"]
tools = tools + ["Bash"]
opts = ClaudeAgentOptions(allowed_tools=tools)
`;
    expect(optionOf(agentsOf(code)[0], "allowedTools")).toEqual(["Read", "Bash"]);
  });

  it("recognises an SDK imported in a try block with a None fallback for a missing dependency", () => {
    const code = `try:
    import claude_agent_sdk as sdk
except ImportError:
    sdk = None

def judge(model):
    return sdk.ClaudeAgentOptions(model=model, permission_mode="bypassPermissions")
`;
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "permissionMode")).toBe("bypassPermissions");
  });

  it("still follows other names assigned in an except handler", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
try:
    import yaml
    MODE = "plan"
except ImportError:
    yaml = None
    FALLBACK = "acceptEdits"
opts = ClaudeAgentOptions(permission_mode=FALLBACK)
`;
    expect(optionOf(agentsOf(code)[0], "permissionMode")).toBe("acceptEdits");
  });

  it("treats the call of a generator function as an unknown stream, not None", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions, query
async def stream(text):
    yield {"type": "user", "message": {"role": "user", "content": text}}

async def main(text):
    async for m in query(prompt=stream(text), options=ClaudeAgentOptions(allowed_tools=["Read"])):
        pass
`;
    const [agent] = agentsOf(code);
    expect(agent?.queryPrompts.map((p) => p.kind)).toEqual(["unknown"]);
  });

  it("decides `is None` and `==` on known values and leaves the rest to both branches", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
MODE = "strict"
TIMEOUT = None
a = ClaudeAgentOptions(permission_mode="plan" if MODE == "strict" else "bypassPermissions")
b = ClaudeAgentOptions(permission_mode="default" if TIMEOUT is None else "acceptEdits")
def c(level):
    return ClaudeAgentOptions(permission_mode="plan" if level == 1 else "default")
d = ClaudeAgentOptions(permission_mode="plan" if 1 == True else "default")
`;
    const [a, b, c, d] = agentsOf(code);
    expect(optionOf(a, "permissionMode")).toBe("plan");
    expect(optionOf(b, "permissionMode")).toBe("default");
    expect(optionOf(c, "permissionMode")).toEqual({ oneOf: [["level is 1", "plan"], ["level is not 1", "default"]] });
    expect(optionOf(d, "permissionMode")).toEqual({ oneOf: [["1 is True", "plan"], ["1 is not True", "default"]] });
  });

  it("keeps what an option holds when the `if` that sets it after construction does not run", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
def build(mode, opts_in):
    o = ClaudeAgentOptions(allowed_tools=["Read"], model="m")
    if mode == "short":
        o.max_turns = 3
    if mode != "plain":
        o.model = "n"
    if mode == "a":
        o.cwd = "/srv/a"
    elif mode == "b":
        o.cwd = "/srv/b"
    if mode == "z":
        o.permission_mode = "plan"
    else:
        o.permission_mode = "default"
    p = ClaudeAgentOptions(**opts_in)
    if mode == "short":
        p.max_turns = 3
    return o, p
`;
    const [o, p] = agentsOf(code);
    expect(optionOf(o, "maxTurns")).toEqual({ oneOf: [['mode is "short"', 3], ['mode is not "short"', null]] });
    expect(optionOf(o, "model")).toEqual({ oneOf: [['mode is not "plain"', "n"], ['mode is "plain"', "m"]] });
    expect(optionOf(o, "cwd")).toEqual({ oneOf: [['mode is "b"', "/srv/b"], ['mode is "a"', "/srv/a"], ["otherwise", null]] });
    // An if with an else covers every case: no branch where the option keeps nothing.
    expect(JSON.stringify(optionOf(o, "permissionMode"))).not.toContain("null");
    // Options with unknown parts may already hold the option.
    expect(optionOf(p, "maxTurns")).toEqual({ oneOf: [['mode is "short"', 3], ['mode is not "short"', "<unknown>"]] });
    expect(findingsOf("require-max-turns", code, { filename: "agent.py" }).map((f) => f.message)).toEqual([expect.stringContaining('mode is not "short"')]);
  });
});

