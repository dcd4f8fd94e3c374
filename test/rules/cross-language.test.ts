/**
 * The same agent written in TypeScript and in Python gives the same findings: rule, message
 * id and message (option names compared under their canonical spelling, since each message
 * names the option as the source wrote it).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { OPTION_ALIASES } from "../../src/model/agent.js";
import { lintSource, prepareLanguages } from "../helpers/lint-source.js";

beforeAll(prepareLanguages);

const TS_IMPORT = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';
const PY_IMPORT = "import os\nfrom claude_agent_sdk import ClaudeAgentOptions, query\n";

interface Pair {
  readonly name: string;
  readonly rules: readonly string[];
  readonly typescript: string;
  readonly python: string;
}

const PAIRS: readonly Pair[] = [
  {
    name: "pre-approved Bash next to WebFetch",
    rules: ["require-tool-allowlist", "no-unscoped-bash", "no-exfiltration-combo", "require-max-turns"],
    typescript: 'const options = { allowedTools: ["Bash", "WebFetch"], maxTurns: 10 };\nfor await (const m of query({ prompt: "hi", options })) console.log(m);\n',
    python: 'options = ClaudeAgentOptions(allowed_tools=["Bash", "WebFetch"], max_turns=10)\nasync def main():\n    async for m in query(prompt="hi", options=options):\n        print(m)\n',
  },
  {
    name: "an unbounded and an excessive turn limit",
    rules: ["require-max-turns"],
    typescript: 'const a = { tools: ["Read"], maxTurns: 0 };\nconst b = { tools: ["Read"], maxTurns: 500 };\nquery({ prompt: "x", options: a });\nquery({ prompt: "y", options: b });\n',
    python: 'a = ClaudeAgentOptions(tools=["Read"], max_turns=0)\nb = ClaudeAgentOptions(tools=["Read"], max_turns=500)\n',
  },
  {
    name: "bypass mode",
    rules: ["no-permission-bypass"],
    typescript: 'query({ prompt: "x", options: { tools: ["Read"], permissionMode: "bypassPermissions" } });\n',
    python: 'opts = ClaudeAgentOptions(tools=["Read"], permission_mode="bypassPermissions")\n',
  },
  {
    name: "a secret environment variable in the system prompt",
    rules: ["no-secrets-in-prompt"],
    typescript: 'const key = process.env.OPENAI_API_KEY;\nquery({ prompt: "x", options: { tools: ["Read"], systemPrompt: "Use " + key } });\n',
    python: 'key = os.environ["OPENAI_API_KEY"]\nopts = ClaudeAgentOptions(tools=["Read"], system_prompt="Use " + key)\n',
  },
  {
    name: "a one-of over a role lookup",
    rules: ["no-unscoped-bash"],
    typescript: 'const ROLES = { admin: ["Bash"], viewer: ["Read"] } as Record<string, string[]>;\nexport function build(role: string) {\n  return query({ prompt: "x", options: { allowedTools: ROLES[role] } });\n}\n',
    python: 'ROLES = {"admin": ["Bash"], "viewer": ["Read"]}\ndef build(role):\n    return ClaudeAgentOptions(allowed_tools=ROLES[role])\n',
  },
  {
    name: "unsafe directories, MCP servers and tool names",
    rules: ["no-unsafe-cwd", "pin-mcp-servers", "no-insecure-mcp-transport", "valid-tool-rules"],
    typescript:
      'query({ prompt: "x", options: { tools: ["View"], cwd: "/", mcpServers: { fs: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem"] }, api: { type: "http", url: "http://mcp.example.com/mcp" } } } });\n',
    python:
      'opts = ClaudeAgentOptions(tools=["View"], cwd="/", mcp_servers={"fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem"]}, "api": {"type": "http", "url": "http://mcp.example.com/mcp"}})\n',
  },
  {
    name: "a hardcoded token, hidden text and a read-only prompt with write tools",
    rules: ["no-hardcoded-secrets", "no-hidden-instructions", "tools-match-role"],
    typescript:
      'query({ prompt: "x", options: { tools: ["Read", "Write"], systemPrompt: "You are a read-only reviewer.\\u200b", env: { GITHUB_TOKEN: "ghp_16C7e42F292c6912E7710c838347Ae178B4a" } } });\n',
    python:
      'opts = ClaudeAgentOptions(tools=["Read", "Write"], system_prompt="You are a read-only reviewer.\\u200b", env={"GITHUB_TOKEN": "ghp_16C7e42F292c6912E7710c838347Ae178B4a"})\n',
  },
];

const SPELLING_TO_CANONICAL = new Map<string, string>(
  Object.entries(OPTION_ALIASES).flatMap(([canonical, spellings]) => spellings.map((spelling) => [spelling, canonical] as const)),
);

/** Option spellings made canonical, and a value's origin named without the file's extension and line. */
function canonicalMessage(message: string): string {
  return message
    .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (word) => SPELLING_TO_CANONICAL.get(word) ?? word)
    .replace(/ at agent\.(?:ts|py):\d+\)/g, " at the agent file)");
}

function findings(code: string, filename: string, rules: readonly string[]) {
  return lintSource(code, { filename, only: rules, preset: "strict" })
    .map((f) => [f.ruleId, f.messageId, canonicalMessage(f.message)])
    .sort((a, b) => a.join("\u0000").localeCompare(b.join("\u0000")));
}

describe("the same agent in TypeScript and Python", () => {
  it.each(PAIRS.map((pair) => [pair.name, pair] as const))("%s gives the same findings", (_name, pair) => {
    const python = findings(PY_IMPORT + pair.python, "agent.py", pair.rules);
    expect(python.length).toBeGreaterThan(0);
    expect(findings(TS_IMPORT + pair.typescript, "agent.ts", pair.rules)).toEqual(python);
  });

  it("differs only where the SDKs differ: an explicit env replaces process.env but only adds to os.environ", () => {
    const rule = ["no-secret-env-with-shell"];
    const typescript = findings(TS_IMPORT + 'query({ prompt: "x", options: { allowedTools: ["Bash"], env: { PATH: "/usr/bin" } } });\n', "agent.ts", rule);
    const python = findings(PY_IMPORT + 'opts = ClaudeAgentOptions(allowed_tools=["Bash"], env={"PATH": "/usr/bin"})\n', "agent.py", rule);
    expect(typescript).toEqual([]);
    expect(python.map(([ruleId, messageId]) => [ruleId, messageId])).toEqual([["no-secret-env-with-shell", "python"]]);
  });
});
