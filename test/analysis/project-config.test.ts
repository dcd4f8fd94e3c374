/**
 * Agents run under the project configuration they load: an SDK agent that loads project
 * settings is judged with the project's hooks, deny rules, default mode and `.mcp.json`
 * servers (but not its trust-gated allow rules); subagent, skill and command files with the
 * whole project settings. Findings name where each part comes from.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

beforeAll(prepareLanguages);

const TS = (options: string) => `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: "Go.", options: ${options} });\n`;
const BASH_HOOK = `{ "hooks": { "PreToolUse": [{ "matcher": "Bash", "hooks": [{ "type": "command", "command": "./guard.sh" }] }] } }`;
const BYPASS = `{\n  "permissions": {\n    "defaultMode": "bypassPermissions"\n  }\n}\n`;
const REMOTE_MCP = `{\n  "mcpServers": {\n    "web": { "type": "http", "url": "https://mcp.example.com/mcp" }\n  }\n}\n`;

describe("SDK agents and the project configuration they load", () => {
  it("counts a PreToolUse hook on Bash in .claude/settings.json as a guard", () => {
    const code = TS(`{ allowedTools: ["Bash"], cwd: undefined }`);
    expect(findingsOf("no-unscoped-bash", code)).toHaveLength(1);
    expect(findingsOf("no-unscoped-bash", code, { files: { ".claude/settings.json": BASH_HOOK } })).toEqual([]);
    expect(findingsOf("no-unscoped-bash", code, { files: { ".claude/settings.local.json": BASH_HOOK } })).toEqual([]);
  });

  it("judges an agent that passes settingSources: [] on its code alone", () => {
    const code = TS(`{ allowedTools: ["Bash"], settingSources: [] }`);
    expect(findingsOf("no-unscoped-bash", code, { files: { ".claude/settings.json": BASH_HOOK } })).toHaveLength(1);
    const userOnly = TS(`{ allowedTools: ["Bash"], settingSources: ["user"] }`);
    expect(findingsOf("no-unscoped-bash", userOnly, { files: { ".claude/settings.json": BASH_HOOK } })).toHaveLength(1);
    const project = TS(`{ allowedTools: ["Bash"], settingSources: ["project"] }`);
    expect(findingsOf("no-unscoped-bash", project, { files: { ".claude/settings.json": BASH_HOOK } })).toEqual([]);
  });

  it("loads no project settings into a V2 session unless its settingSources name them (the default is [])", () => {
    const session = (options: string) => `import { unstable_v2_createSession } from "@anthropic-ai/claude-agent-sdk";\nconst session = unstable_v2_createSession(${options});\n`;
    const files = { ".claude/settings.json": BASH_HOOK };
    expect(findingsOf("no-unscoped-bash", session(`{ model: "m", allowedTools: ["Bash"] }`), { files })).toHaveLength(1);
    expect(findingsOf("no-unscoped-bash", session(`{ model: "m", allowedTools: ["Bash"], settingSources: undefined }`), { files })).toHaveLength(1);
    expect(findingsOf("no-unscoped-bash", session(`{ model: "m", allowedTools: ["Bash"], settingSources: ["project"] }`), { files })).toEqual([]);
    const bypass = { ".claude/settings.json": BYPASS };
    expect(findingsOf("require-cwd", session(`{ model: "m", allowedTools: ["Read"] }`), { files: bypass })).toEqual([]);
  });

  it("judges an agent that sets cwd on its code alone (it may run in another project)", () => {
    const code = TS(`{ allowedTools: ["Bash"], cwd: "/srv/work" }`);
    expect(findingsOf("no-unscoped-bash", code, { files: { ".claude/settings.json": BASH_HOOK } })).toHaveLength(1);
  });

  it("starts an agent without a mode in the settings' default mode, and names where it comes from", () => {
    const code = TS(`{ allowedTools: ["Read"] }`);
    const findings = findingsOf("require-cwd", code, { files: { ".claude/settings.json": BYPASS } });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [
        2,
        33,
        "This agent runs in bypassPermissions mode (.claude/settings.json:3, which this agent loads because `settingSources` is not set) but sets no `cwd`, so it works in whatever directory the process happens to run in. Set `cwd` to the project or a scratch directory.",
      ],
    ]);
    // The mode itself is reported once, in the settings file.
    expect(findingsOf("no-permission-bypass", code, { files: { ".claude/settings.json": BYPASS } })).toEqual([]);
    // A mode set in code wins over the settings' default.
    expect(findingsOf("require-cwd", TS(`{ allowedTools: ["Read"], permissionMode: "default" }`), { files: { ".claude/settings.json": BYPASS } })).toEqual([]);
  });

  it("does not apply the project's permissions.allow to SDK runs (they wait for workspace trust)", () => {
    const settings = `{ "permissions": { "allow": ["Bash", "WebFetch"] } }`;
    const code = TS(`{ allowedTools: ["Read"] }`);
    expect(findingsOf("no-exfiltration-combo", code, { files: { ".claude/settings.json": settings } })).toEqual([]);
  });

  it("applies the project's deny rules", () => {
    const code = TS(`{ allowedTools: ["Bash"] }`);
    expect(findingsOf("no-unscoped-bash", code, { files: { ".claude/settings.json": `{ "permissions": { "deny": ["Bash"] } }` } })).toEqual([]);
  });

  it("connects the servers of .mcp.json, unless strictMcpConfig is set", () => {
    const code = TS(`{ allowedTools: ["Bash"] }`);
    const combo = findingsOf("no-exfiltration-combo", code, { files: { ".mcp.json": REMOTE_MCP } });
    expect(combo.map((f) => f.message)).toEqual([
      'This agent can reach the network (remote MCP server "web" (.mcp.json:3, which this agent loads because `settingSources` is not set)) and also run commands or write files (Bash); instructions injected through fetched content can make it collect local data and send it out. Split these powers between agents or require approval for one side.',
    ]);
    expect(findingsOf("no-exfiltration-combo", TS(`{ allowedTools: ["Bash"], strictMcpConfig: true }`), { files: { ".mcp.json": REMOTE_MCP } })).toEqual([]);
    // A server the project's settings disable does not connect.
    const disabled = { ".mcp.json": REMOTE_MCP, ".claude/settings.json": `{ "disabledMcpjsonServers": ["web"] }` };
    expect(findingsOf("no-exfiltration-combo", code, { files: disabled })).toEqual([]);
    // The server's own configuration is judged in .mcp.json, not again in the code.
    expect(findingsOf("pin-mcp-servers", code, { files: { ".mcp.json": `{ "mcpServers": { "x": { "command": "npx", "args": ["pkg"] } } }` } })).toEqual([]);
  });

  it("finds the project root above the file, within the repository", () => {
    const code = TS(`{ allowedTools: ["Bash"] }`);
    expect(findingsOf("no-unscoped-bash", code, { filename: "packages/agent/src/run.ts", files: { ".claude/settings.json": BASH_HOOK } })).toEqual([]);
    const outside = { ".git/HEAD": "ref: refs/heads/main\n", "../.claude/settings.json": BASH_HOOK };
    expect(findingsOf("no-unscoped-bash", code, { files: outside })).toHaveLength(1);
  });

  it("reads Python's setting_sources", () => {
    const python = (extra: string) => `from claude_agent_sdk import ClaudeAgentOptions\noptions = ClaudeAgentOptions(allowed_tools=["Bash"]${extra})\n`;
    const files = { ".claude/settings.json": BASH_HOOK };
    expect(findingsOf("no-unscoped-bash", python(""), { filename: "agent.py", files })).toEqual([]);
    expect(findingsOf("no-unscoped-bash", python(", setting_sources=None"), { filename: "agent.py", files })).toEqual([]);
    expect(findingsOf("no-unscoped-bash", python(", setting_sources=[]"), { filename: "agent.py", files })).toHaveLength(1);
  });
});

describe("settings files that load together", () => {
  it("counts the hooks of settings.json as guards of what settings.local.json pre-approves", () => {
    const local = `{ "permissions": { "allow": ["Bash"] } }`;
    expect(findingsOf("no-unscoped-bash", local, { filename: ".claude/settings.local.json" })).toHaveLength(1);
    expect(findingsOf("no-unscoped-bash", local, { filename: ".claude/settings.local.json", files: { ".claude/settings.json": BASH_HOOK } })).toEqual([]);
  });
});

describe("subagent, skill and command files and their project's settings", () => {
  it("counts the project's PreToolUse hook on Bash as a guard", () => {
    const subagent = `---\nname: t\ndescription: Runs the tests.\ntools: Read, Bash\n---\nRun the tests.\n`;
    expect(findingsOf("no-unscoped-bash", subagent, { filename: ".claude/agents/t.md" })).toHaveLength(1);
    expect(findingsOf("no-unscoped-bash", subagent, { filename: ".claude/agents/t.md", files: { ".claude/settings.json": BASH_HOOK } })).toEqual([]);
  });

  it("gives a subagent without tools what the session pre-approves", () => {
    const subagent = `---\nname: reviewer\ndescription: Read-only reviewer.\n---\nReview.\n`;
    const findings = findingsOf("tools-match-role", subagent, { filename: ".claude/agents/reviewer.md", files: { ".claude/settings.json": `{\n  "permissions": {\n    "allow": ["Read", "Bash"]\n  }\n}\n` } });
    expect(findings.map((f) => f.message)).toEqual([
      'The description says this agent is read-only ("read-only reviewer"), but it holds Bash (pre-approved in .claude/settings.json:3, which the session running this subagent loads), which runs any shell command. Remove that tool or correct the prompt, since the model will use what it is given.',
    ]);
  });

  it("reports a combination that comes entirely from the settings only in the settings file", () => {
    const subagent = `---\nname: helper\ndescription: Helps.\n---\nHelp.\n`;
    const settings = `{ "permissions": { "allow": ["WebFetch", "Bash"] } }`;
    expect(findingsOf("no-exfiltration-combo", subagent, { filename: ".claude/agents/helper.md", files: { ".claude/settings.json": settings } })).toEqual([]);
    expect(findingsOf("no-exfiltration-combo", settings, { filename: ".claude/settings.json" })).toHaveLength(1);
  });
});

describe("the project an SDK file's agents run under", () => {
  it("is looked up once per file, however many agents it holds", async () => {
    const { extractTypeScript } = await import("../../src/languages/typescript/index.js");
    const { joinProjectConfiguration } = await import("../../src/analysis/project-config.js");
    const readsFor = (agents: number): { reads: number; layered: number } => {
      const text = `import { query } from "@anthropic-ai/claude-agent-sdk";\n${'query({ prompt: "Go.", options: {} });\n'.repeat(agents)}`;
      let reads = 0;
      const context = {
        cwd: "/p",
        readFile: (absolutePath: string) => {
          reads++;
          return absolutePath === "/p/.mcp.json" ? REMOTE_MCP : undefined;
        },
      };
      const model = extractTypeScript({ path: "src/deep/agent.ts", absolutePath: "/p/src/deep/agent.ts", text, kind: "typescript" }, context);
      reads = 0;
      const joined = joinProjectConfiguration(model, context);
      return { reads, layered: joined.agents.filter((agent) => (agent.layers?.length ?? 0) > 0).length };
    };
    const one = readsFor(1);
    const many = readsFor(200);
    expect(one.layered).toBe(1);
    expect(many.layered).toBe(200);
    expect(many.reads).toBe(one.reads);
  });
});
