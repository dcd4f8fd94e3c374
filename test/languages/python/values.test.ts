import { beforeAll, describe, expect, it } from "vitest";
import { prepareLanguages } from "../../helpers/lint-source.js";
import { option } from "../../../src/model/agent.js";
import { agentsOf, optionOf, plain } from "./extract-helper.js";

beforeAll(prepareLanguages);

const HEADER = "import os\nfrom claude_agent_sdk import ClaudeAgentOptions\n";

function options(body: string, files: Record<string, string> = {}, filename?: string) {
  return agentsOf(HEADER + body, files, filename);
}

describe("Python value resolution", () => {
  it("follows module constants and function-local constants", () => {
    const [agent] = options("TOOLS = ['Read', 'Grep']\ndef build():\n    mode = 'plan'\n    return ClaudeAgentOptions(allowed_tools=TOOLS, permission_mode=mode)\n");
    expect(optionOf(agent, "allowedTools")).toEqual(["Read", "Grep"]);
    expect(optionOf(agent, "permissionMode")).toBe("plan");
  });

  it("resolves relative imports and package-local absolute imports, read but never executed", () => {
    const files = {
      "app/config.py": "from .tools import BASE\nTOOLS = BASE + ['Edit']\n",
      "app/tools.py": "BASE = ['Read']\n",
      "app/modes/__init__.py": "MODE = 'acceptEdits'\n",
    };
    const body = "from app.config import TOOLS\nfrom .modes import MODE\nimport app.config as cfg\nopts = ClaudeAgentOptions(allowed_tools=TOOLS, permission_mode=MODE, disallowed_tools=cfg.TOOLS)\n";
    const [agent] = options(body, files, "app/main.py");
    expect(optionOf(agent, "allowedTools")).toEqual(["Read", "Edit"]);
    expect(optionOf(agent, "permissionMode")).toBe("acceptEdits");
    expect(optionOf(agent, "disallowedTools")).toEqual(["Read", "Edit"]);
    const tools = agent?.options.entries.find((e) => e.key === "allowed_tools")?.value;
    expect(tools?.kind === "array" && tools.elements[0]?.loc.file).toBe("app/tools.py");
  });

  it("finds absolute imports from a parent directory up to the project root", () => {
    const [agent] = options("from settings import MODE\nopts = ClaudeAgentOptions(permission_mode=MODE)\n", { "settings.py": "MODE = 'plan'\n" }, "src/agents/main.py");
    expect(optionOf(agent, "permissionMode")).toBe("plan");
  });

  it("leaves names from missing modules unknown", () => {
    const [agent] = options("from nowhere import TOOLS\nopts = ClaudeAgentOptions(allowed_tools=TOOLS)\n");
    expect(optionOf(agent, "allowedTools")).toBe("<unknown>");
  });

  it("expands **kwargs from dict literals, dict() calls and later item assignments", () => {
    const body = [
      "base = dict(allowed_tools=['Read'], max_turns=5)",
      "extra = {'permission_mode': 'plan', **base}",
      "extra['max_turns'] = 10",
      "opts = ClaudeAgentOptions(**extra, cwd='/srv/app')",
    ].join("\n");
    const [agent] = options(body);
    expect(agent?.options).toMatchObject({ open: false });
    expect(optionOf(agent, "permissionMode")).toBe("plan");
    expect(optionOf(agent, "maxTurns")).toBe(10);
    expect(optionOf(agent, "allowedTools")).toEqual(["Read"]);
    expect(optionOf(agent, "cwd")).toBe("/srv/app");
  });

  it("marks options open when **kwargs is a parameter", () => {
    const [agent] = options("def build(**kwargs):\n    return ClaudeAgentOptions(max_turns=3, **kwargs)\n");
    expect(agent?.options.open).toBe(true);
  });

  it("applies attribute assignments, appends and dataclasses.replace", () => {
    const body = [
      "import dataclasses",
      "tools = ['Read']",
      "tools.append('Grep')",
      "options = ClaudeAgentOptions(allowed_tools=tools)",
      "options.permission_mode = 'acceptEdits'",
      "admin = dataclasses.replace(options, permission_mode='bypassPermissions')",
    ].join("\n");
    const agents = options(body);
    expect(agents).toHaveLength(2);
    expect(optionOf(agents[0], "allowedTools")).toEqual(["Read", "Grep"]);
    expect(optionOf(agents[0], "permissionMode")).toBe("acceptEdits");
    expect(agents[1]?.loc.line).toBe(8);
    expect(optionOf(agents[1], "permissionMode")).toBe("bypassPermissions");
    expect(optionOf(agents[1], "allowedTools")).toEqual(["Read", "Grep"]);
  });

  it("follows builder functions with their arguments", () => {
    const body = "def tools_for(admin):\n    if admin:\n        return ['Read', 'Bash']\n    return ['Read']\nopts = ClaudeAgentOptions(allowed_tools=tools_for(False), disallowed_tools=tools_for(flag))\n";
    const [agent] = options(body);
    expect(optionOf(agent, "allowedTools")).toEqual(["Read"]);
    expect(optionOf(agent, "disallowedTools")).toEqual({ oneOf: [["flag is true", ["Read", "Bash"]], ["otherwise", ["Read"]]] });
  });

  it("turns conditional expressions, or-defaults and if/else assignments into one-of values", () => {
    const body = [
      "def build(debug, role):",
      "    if role == 'admin':",
      "        mode = 'bypassPermissions'",
      "    else:",
      "        mode = 'default'",
      "    return ClaudeAgentOptions(",
      "        max_turns=100 if debug else 10,",
      "        model=os.getenv('MODEL') or 'sonnet',",
      "        permission_mode=mode,",
      "    )",
    ].join("\n");
    const [agent] = options(body);
    expect(optionOf(agent, "maxTurns")).toEqual({ oneOf: [["debug is true", 100], ["debug is false", 10]] });
    expect(optionOf(agent, "model")).toEqual({ oneOf: [["MODEL is set", "<env:MODEL>"], ["MODEL is unset", "sonnet"]] });
    expect(optionOf(agent, "permissionMode")).toEqual({ oneOf: [['role is "admin"', "bypassPermissions"], ['role is not "admin"', "default"]] });
  });

  it("looks up literal dicts and dicts of dataclass instances with a run-time key", () => {
    const body = [
      "from dataclasses import dataclass, field",
      "@dataclass",
      "class Role:",
      "    allowed_tools: list",
      "    max_turns: int = 20",
      "ROLES = {'admin': Role(['Bash']), 'viewer': Role(allowed_tools=['Read'], max_turns=5)}",
      "def build(role: str):",
      "    return ClaudeAgentOptions(allowed_tools=ROLES[role].allowed_tools, max_turns=ROLES['viewer'].max_turns)",
    ].join("\n");
    const [agent] = options(body);
    expect(optionOf(agent, "allowedTools")).toEqual({ oneOf: [['role is "admin"', ["Bash"]], ['role is "viewer"', ["Read"]]] });
    expect(optionOf(agent, "maxTurns")).toBe(5);
  });

  it("makes object-level alternatives separate agents", () => {
    const body = "PROFILES = {'ci': {'permission_mode': 'plan'}, 'dev': {'permission_mode': 'acceptEdits', 'max_turns': 3}}\ndef build(profile):\n    return ClaudeAgentOptions(**PROFILES[profile])\n";
    const agents = options(body);
    expect(agents.map((a) => [a.when, optionOf(a, "permissionMode"), optionOf(a, "maxTurns")])).toEqual([
      ['profile is "ci"', "plan", undefined],
      ['profile is "dev"', "acceptEdits", 3],
    ]);
  });

  it("splits environment defaults into a one-of", () => {
    const [agent] = options("opts = ClaudeAgentOptions(allowed_tools=os.environ.get('TOOLS', 'Read,Edit').split(','))\n");
    expect(optionOf(agent, "allowedTools")).toEqual({ oneOf: [["TOOLS is set", "<env:TOOLS>"], ["TOOLS is unset", ["Read", "Edit"]]] });
  });

  it("represents the inherited environment as the TypeScript extractor does", () => {
    const body = [
      "a = ClaudeAgentOptions(env=os.environ)",
      "b = ClaudeAgentOptions(env=dict(os.environ))",
      "c = ClaudeAgentOptions(env=os.environ.copy())",
      "d = ClaudeAgentOptions(env={**os.environ, 'DEBUG': '1'})",
    ].join("\n");
    const agents = options(body);
    const whole = { kind: "unknown", reason: "the process environment", provenance: { kind: "env", name: "*" } };
    for (const agent of agents.slice(0, 3)) expect(agent.options.entries[0]?.value).toMatchObject(whole);
    const env = agents[3]?.options.entries[0]?.value;
    expect(env).toMatchObject({ kind: "object", open: true, unknownSpreads: [whole], entries: [{ key: "DEBUG" }] });
  });

  it("represents the home directory and paths joined onto it", () => {
    const body = [
      "from pathlib import Path",
      "a = ClaudeAgentOptions(cwd=Path.home())",
      "b = ClaudeAgentOptions(cwd=os.path.expanduser('~'))",
      "c = ClaudeAgentOptions(cwd=os.path.join(os.path.expanduser('~'), 'projects'), add_dirs=[Path.home() / '.ssh', '~/x'])",
      "d = ClaudeAgentOptions(cwd=os.path.join('/srv', 'app'))",
    ].join("\n");
    const agents = options(body);
    expect(optionOf(agents[0], "cwd")).toBe("<env:HOME>");
    expect(optionOf(agents[1], "cwd")).toBe("<env:HOME>");
    expect(optionOf(agents[2], "cwd")).toBe("{env:HOME}/projects");
    expect(optionOf(agents[2], "additionalDirectories")).toEqual(["{env:HOME}/.ssh", "~/x"]);
    expect(optionOf(agents[3], "cwd")).toBe("/srv/app");
  });
});

describe("Python comprehensions over known values", () => {
  it("builds one element per item of a known list, keeping decided filters and opening on undecided ones", () => {
    const body = [
      "NAMES = ['query', 'schema', 'drop']",
      "def build(extra):",
      "    return ClaudeAgentOptions(",
      "        allowed_tools=[f'mcp__db__{n}' for n in NAMES if n != 'drop'],",
      "        disallowed_tools=[n.upper() for n in NAMES if n == extra],",
      "        add_dirs=[d for d in extra],",
      "    )",
    ].join("\n");
    const [agent] = options(body);
    expect(optionOf(agent, "allowedTools")).toEqual(["mcp__db__query", "mcp__db__schema"]);
    expect(optionOf(agent, "disallowedTools")).toEqual({ open: [] });
    expect(optionOf(agent, "additionalDirectories")).toBe("<unknown>");
  });

  it("links a subagent built by a dict comprehension to its parent, with no single name for several keys", () => {
    const code = [
      "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions",
      "ROLES = {'reader': ['Read'], 'runner': ['Bash']}",
      "def make(role):",
      "    return AgentDefinition(description=role, prompt='Work as ' + role, tools=ROLES[role])",
      "opts = ClaudeAgentOptions(agents={f'team-{r}': make(r) for r in ROLES}, tools=['Agent'])",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents.map((a) => [a.kind, a.name ?? null])).toEqual([["agent-definition", null], ["sdk-options", null]]);
    expect(agents[0]?.parent).toBe(agents[1]);
    const keys = agents[1] ? plain(option(agents[1], "agents")?.value) : undefined;
    expect(Object.keys(keys as object)).toEqual(["team-reader", "team-runner"]);
  });
});

describe("Python mapping lookups with get()", () => {
  it("reads a known dict, and a default on a mapping it cannot see", () => {
    const body = [
      "SETTINGS = {'mode': 'acceptEdits'}",
      "def build(config):",
      "    return ClaudeAgentOptions(",
      "        permission_mode=config.get('permission_mode', 'bypassPermissions'),",
      "        model=SETTINGS.get('model', 'haiku'),",
      "        cwd=SETTINGS.get('mode'),",
      "        max_turns=config.get('max_turns'),",
      "        add_dirs=config.get('/srv/data', ['/']),",
      "    )",
    ].join("\n");
    const [agent] = options(body);
    expect(optionOf(agent, "permissionMode")).toEqual({ oneOf: [["permission_mode is set", "<parameter:config>"], ["permission_mode is unset", "bypassPermissions"]] });
    expect(optionOf(agent, "model")).toBe("haiku");
    expect(optionOf(agent, "cwd")).toBe("acceptEdits");
    expect(optionOf(agent, "maxTurns")).toBe("<parameter:config>");
    expect(optionOf(agent, "additionalDirectories")).toBe("<parameter:config>");
  });

  it("turns a get() with a run-time key on a literal dict into one-of its entries and the default", () => {
    const body = "ROLES = {'admin': 'bypassPermissions', 'dev': 'acceptEdits'}\ndef build(role):\n    return ClaudeAgentOptions(permission_mode=ROLES.get(role, 'default'), model=ROLES.get(role))\n";
    const [agent] = options(body);
    expect(optionOf(agent, "permissionMode")).toEqual({
      oneOf: [['role is "admin"', "bypassPermissions"], ['role is "dev"', "acceptEdits"], ["role is another value", "default"]],
    });
    expect(optionOf(agent, "model")).toEqual({ oneOf: [['role is "admin"', "bypassPermissions"], ['role is "dev"', "acceptEdits"], ["role is another value", "<unknown>"]] });
  });
});

describe("Python branch conditions", () => {
  it("names an or-default on an attribute after the attribute, not the object", () => {
    const body = "def build(config):\n    return ClaudeAgentOptions(allowed_tools=config.tools or ['Read'])\n";
    const [agent] = agentsOf(HEADER + body);
    expect(optionOf(agent, "allowedTools")).toEqual({ oneOf: [["config.tools is set", "<parameter:config>"], ["config.tools is unset", ["Read"]]] });
  });

  it("keeps arithmetic on a number unknown instead of joining it as text", () => {
    const body = "def build(budget, spent):\n    return ClaudeAgentOptions(max_budget_usd=budget + (spent or 0.0), max_turns=3 + 2)\n";
    const [agent] = agentsOf(HEADER + body);
    const budget = optionOf(agent, "maxBudgetUsd") as { oneOf: Array<[string, unknown]> };
    expect(budget.oneOf.map(([, value]) => value)).not.toContainEqual(expect.stringContaining("0"));
    expect(budget.oneOf[1]).toEqual(["spent is unset", "<unknown>"]);
    expect(optionOf(agent, "maxTurns")).toBe(5);
  });

  it("names a helper's condition in the caller's terms when the parameter is passed through unchanged", () => {
    const helper = "def _parse_optional_int(value, fallback=None):\n    if value is None:\n        return 80\n    return int(value)\n";
    const body = helper + "def build(raw):\n    return ClaudeAgentOptions(max_turns=_parse_optional_int(raw), permission_mode=_mode(flag=raw))\n";
    const modes = "def _mode(flag):\n    return 'plan' if flag else 'acceptEdits'\n";
    const [agent] = agentsOf(HEADER + modes + body);
    expect(optionOf(agent, "maxTurns")).toEqual({ oneOf: [["raw is None", 80], ["otherwise", "<unknown>"]] });
    expect(optionOf(agent, "permissionMode")).toEqual({ oneOf: [["raw is true", "plan"], ["raw is false", "acceptEdits"]] });
  });

  it("keeps the helper's own name for a parameter it rebinds or that the caller did not pass", () => {
    const helper = "def _turns(value, limit=None):\n    value = value or 10\n    if value is None:\n        return 80\n    if limit is None:\n        return 40\n    return 5\n";
    const [agent] = agentsOf(HEADER + helper + "def build(raw):\n    return ClaudeAgentOptions(max_turns=_turns(raw))\n");
    expect((optionOf(agent, "maxTurns") as { oneOf: Array<[string, unknown]> }).oneOf.map(([when]) => when)).toEqual(["value is None", "limit is None"]);
  });

  it("reads two-token comparison operators", () => {
    const body = "def build(mode):\n    return ClaudeAgentOptions(max_turns=5 if mode is not None else 50, model='opus' if mode not in ('a', 'b') else 'haiku')\n";
    const [agent] = agentsOf(HEADER + body);
    expect(optionOf(agent, "maxTurns")).toEqual({ oneOf: [["mode is not None", 5], ["mode is None", 50]] });
    expect(optionOf(agent, "model")).toEqual({ oneOf: [["mode not in ('a', 'b')", "opus"], ["not (mode not in ('a', 'b'))", "haiku"]] });
  });
});
