import { beforeAll, describe, expect, it } from "vitest";
import { prepareLanguages } from "../../helpers/lint-source.js";
import { agentsOf, optionOf, plain } from "./extract-helper.js";

beforeAll(prepareLanguages);

describe("Python agent recognition", () => {
  it.each([
    ["from claude_agent_sdk import ClaudeAgentOptions\nopts = ClaudeAgentOptions(allowed_tools=['Read'])\n", "direct import"],
    ["from claude_agent_sdk import ClaudeAgentOptions as Opts\nopts = Opts(allowed_tools=['Read'])\n", "aliased import"],
    ["import claude_agent_sdk as sdk\nopts = sdk.ClaudeAgentOptions(allowed_tools=['Read'])\n", "module alias"],
    ["import claude_agent_sdk\nopts = claude_agent_sdk.ClaudeAgentOptions(allowed_tools=['Read'])\n", "module import"],
    ["from claude_agent_sdk.types import ClaudeAgentOptions\nopts = ClaudeAgentOptions(allowed_tools=['Read'])\n", "types submodule"],
    ["from claude_code_sdk import ClaudeCodeOptions\nopts = ClaudeCodeOptions(allowed_tools=['Read'])\n", "legacy SDK"],
  ])("recognises options built through a %s", (code) => {
    const agents = agentsOf(code);
    expect(agents).toHaveLength(1);
    expect(agents[0]).toMatchObject({ kind: "sdk-options", language: "python", file: "agent.py", loc: { line: 2, column: 8 } });
    expect(optionOf(agents[0], "allowedTools")).toEqual(["Read"]);
  });

  it("ignores look-alike names that do not come from the SDK", () => {
    const code = [
      "from db import query",
      "class ClaudeAgentOptions:",
      "    def __init__(self, **kw): pass",
      "opts = ClaudeAgentOptions(allowed_tools=['Bash'])",
      "rows = query(prompt='select 1', options=opts)",
      "def AgentDefinition(**kw): return kw",
      "AgentDefinition(description='x', prompt='y')",
    ].join("\n");
    expect(agentsOf(code)).toEqual([]);
  });

  it("recognises SDK classes on a parameter holding the package the module imports", () => {
    const code = [
      "def load_sdk():",
      "    import claude_agent_sdk",
      "    return claude_agent_sdk",
      "def build(sdk, workdir):",
      "    opts = sdk.ClaudeAgentOptions(permission_mode='bypassPermissions', cwd=workdir)",
      "    return sdk.ClaudeSDKClient(options=opts)",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents).toHaveLength(1);
    expect(agents[0]).toMatchObject({ kind: "sdk-options", loc: { line: 5, column: 12 } });
    expect(optionOf(agents[0], "permissionMode")).toBe("bypassPermissions");
  });

  it("counts a lazy importlib.import_module of the SDK as importing it", () => {
    const code = [
      "import importlib",
      "MODE = 'bypassPermissions'",
      "def load_sdk():",
      "    return importlib.import_module('claude_agent_sdk')",
      "def build(sdk, workdir):",
      "    kwargs = {'cwd': workdir, 'permission_mode': MODE}",
      "    return sdk.ClaudeAgentOptions(**kwargs)",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents).toHaveLength(1);
    expect(agents[0]).toMatchObject({ kind: "sdk-options", loc: { line: 7, column: 12 } });
    expect(optionOf(agents[0], "permissionMode")).toBe("bypassPermissions");
    const otherPackage = "import importlib\ndef build(lib):\n    importlib.import_module('claude_agent_sdk_tools')\n    return lib.ClaudeAgentOptions(permission_mode='bypassPermissions')\n";
    expect(agentsOf(otherPackage)).toEqual([]);
  });

  it("does not take an SDK class name on a parameter for the SDK when the module never imports it", () => {
    const code = "def build(lib):\n    return lib.ClaudeAgentOptions(permission_mode='bypassPermissions')\n";
    expect(agentsOf(code)).toEqual([]);
    const named = "import importlib\ndef build(lib, name):\n    importlib.import_module(name)\n    return lib.ClaudeAgentOptions(permission_mode='bypassPermissions')\n";
    expect(agentsOf(named)).toEqual([]);
    const generic = "import claude_agent_sdk\ndef run(db):\n    return db.query(prompt='x', options=db.Options(permission_mode='bypassPermissions'))\n";
    expect(agentsOf(generic)).toEqual([]);
  });

  it("treats query() without options as an agent with no options", () => {
    const agents = agentsOf("from claude_agent_sdk import query\nasync def main():\n    async for m in query(prompt='Fix the bug'):\n        print(m)\n");
    expect(agents).toHaveLength(1);
    expect(agents[0]?.loc).toMatchObject({ line: 3, column: 20 });
    expect(plain(agents[0]?.options)).toEqual({});
    expect(agents[0]?.queryPrompts.map(plain)).toEqual(["Fix the bug"]);
  });

  it("attaches query prompts and runtime permission modes to the options they use", () => {
    const code = [
      "from claude_agent_sdk import ClaudeAgentOptions, ClaudeSDKClient, query",
      "options = ClaudeAgentOptions(allowed_tools=['Read'])",
      "async def main(task):",
      "    async for m in query(prompt='Review ' + task, options=options):",
      "        pass",
      "    async with ClaudeSDKClient(options=options) as client:",
      "        await client.set_permission_mode('bypassPermissions')",
      "        await client.query('Summarise')",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents).toHaveLength(1);
    expect(agents[0]?.queryPrompts.map(plain)).toEqual(["Review {parameter:task}", "Summarise"]);
    expect(agents[0]?.runtimePermissionModes.map(plain)).toEqual(["bypassPermissions"]);
  });

  it("finds a client bound by assignment and one built without options", () => {
    const code = [
      "from claude_agent_sdk import ClaudeSDKClient",
      "async def main():",
      "    client = ClaudeSDKClient()",
      "    await client.set_permission_mode(mode='acceptEdits')",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents).toHaveLength(1);
    expect(agents[0]?.runtimePermissionModes.map(plain)).toEqual(["acceptEdits"]);
  });

  it("names AgentDefinitions after their key in agents and links the parent", () => {
    const code = [
      "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions",
      "reviewer = AgentDefinition(description='Reviews code', prompt='Review.', tools=['Read', 'Grep'], maxTurns=5)",
      "options = ClaudeAgentOptions(",
      "    allowed_tools=['Read'],",
      "    agents={'reviewer': reviewer, 'writer': {'description': 'Writes', 'prompt': 'Write.'}},",
      ")",
      "orphan = AgentDefinition('Helps', 'Help.')",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents.map((a) => [a.kind, a.name, a.loc.line])).toEqual([
      ["agent-definition", "reviewer", 2],
      ["sdk-options", undefined, 3],
      ["agent-definition", "writer", 5],
      ["agent-definition", undefined, 7],
    ]);
    expect(agents[0]?.parent).toBe(agents[1]);
    expect(optionOf(agents[0], "tools")).toEqual(["Read", "Grep"]);
    expect(optionOf(agents[3], "description")).toBe("Helps");
    expect(optionOf(agents[3], "prompt")).toBe("Help.");
  });

  it("keeps Python-specific values as written", () => {
    const code = [
      "from claude_agent_sdk import ClaudeAgentOptions",
      "opts = ClaudeAgentOptions(max_turns=0, extra_args={'dangerously-skip-permissions': None}, can_use_tool=lambda *a: None)",
    ].join("\n");
    const [agent] = agentsOf(code);
    expect(optionOf(agent, "maxTurns")).toBe(0);
    expect(optionOf(agent, "extraArgs")).toEqual({ "dangerously-skip-permissions": null });
    expect(optionOf(agent, "canUseTool")).toBe("<function>");
  });

  it("points values at their source with UTF-16 columns after non-ASCII text", () => {
    const code = "from claude_agent_sdk import ClaudeAgentOptions\nopts = ClaudeAgentOptions(system_prompt='Ünïcödé 😀', permission_mode='plan')\n";
    const [agent] = agentsOf(code);
    const mode = agent?.options.entries.find((e) => e.key === "permission_mode");
    const column = "opts = ClaudeAgentOptions(system_prompt='Ünïcödé 😀', ".length + 1;
    expect(mode?.keyLoc).toMatchObject({ line: 2, column, endColumn: column + "permission_mode".length });
    expect(mode?.value.loc).toMatchObject({ line: 2, column: column + "permission_mode=".length });
    const text = code.slice(mode?.value.loc.start, mode?.value.loc.end);
    expect(text).toBe("'plan'");
  });
});

describe("Python snippets that leave their imports out", () => {
  it("recognises the SDK's classes when nothing in the module binds their names", () => {
    const code = [
      'options = ClaudeCodeOptions(allowed_tools=["Bash"], max_turns=1000)',
      "client = ClaudeSDKClient(options=ClaudeAgentOptions(permission_mode='bypassPermissions', hooks={'PreToolUse': [HookMatcher(matcher='Bash', hooks=[check])]}))",
      "reviewer = AgentDefinition(description='Reviews code', prompt='Review.', tools=['Read'])",
    ].join("\n");
    const agents = agentsOf(code);
    expect(agents.map((agent) => [agent.kind, agent.loc.line])).toEqual([
      ["sdk-options", 1],
      ["sdk-options", 2],
      ["agent-definition", 3],
    ]);
    expect(optionOf(agents[0], "allowedTools")).toEqual(["Bash"]);
    expect(optionOf(agents[0], "maxTurns")).toBe(1000);
    expect(optionOf(agents[1], "hooks")).toEqual({ PreToolUse: [{ matcher: "Bash", hooks: ["<unknown>"] }] });
  });

  it("takes an unbound query() for the SDK's when it passes SDK options", () => {
    const code = "options = ClaudeAgentOptions(allowed_tools=['Read'])\nasync def main():\n    async for m in query(prompt='Fix the bug', options=options):\n        print(m)\n";
    const [agent] = agentsOf(code);
    expect(agent?.queryPrompts.map(plain)).toEqual(["Fix the bug"]);
    const other = "async def main():\n    return await query(prompt='select 1', options={'allowed_tools': ['Bash']})\n";
    expect(agentsOf(other)).toEqual([]);
  });

  it("reads names a star import of the SDK brings in", () => {
    const code = "from claude_agent_sdk import *\nasync def main():\n    async for m in query(prompt='Fix the bug'):\n        print(m)\n";
    expect(agentsOf(code).map((agent) => agent.loc.line)).toEqual([3]);
  });

  it("leaves look-alikes alone: a class of that name, one imported from elsewhere, a star import of another module", () => {
    const defined = "class ClaudeAgentOptions:\n    def __init__(self, **kw): pass\nopts = ClaudeAgentOptions(allowed_tools=['Bash'])\n";
    const imported = "from mylib.agents import ClaudeAgentOptions\nopts = ClaudeAgentOptions(allowed_tools=['Bash'])\n";
    const starred = "from mylib.agents import *\nopts = ClaudeAgentOptions(allowed_tools=['Bash'])\n";
    const local = "def build():\n    def ClaudeSDKClient(**kw): return kw\n    return ClaudeSDKClient(options=None)\n";
    for (const code of [defined, imported, starred, local]) expect(agentsOf(code)).toEqual([]);
  });
});
