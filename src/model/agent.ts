/**
 * The agent model: one AgentSpec per agent an extractor found, whatever the input format.
 *
 * The options are kept as the resolved value tree (see value.ts) under the names the
 * source used; `option()` looks an option up by its canonical (TypeScript) name and
 * every alias (Python snake_case, legacy names), so a rule is written once for all
 * languages.
 */
import type { Location } from "../core/types.js";
import type { ObjectEntry, RValue } from "./value.js";

export type AgentKind =
  /** SDK options: `query({ options })`, an object typed `Options`, `ClaudeAgentOptions(...)`. */
  | "sdk-options"
  /** A programmatic subagent: `agents: { name: AgentDefinition }`, `AgentDefinition(...)`. */
  | "agent-definition"
  /**
   * A Claude Code settings file (`.claude/settings.json`, `settings.local.json`, managed
   * settings, a project of `.claude.json`): not an agent, but a layer every session that loads
   * it runs under. Options are named as the file writes them (`permissions.allow`).
   */
  | "settings"
  /** `.mcp.json`: the project's MCP servers, a layer like settings. */
  | "mcp-config"
  /** A subagent file, `.claude/agents/*.md`: front matter options, the body is its prompt. */
  | "subagent-file"
  /** A skill, `.claude/skills/<name>/SKILL.md`: `allowed-tools` pre-approves during its turn. */
  | "skill"
  /** A custom command, `.claude/commands/*.md`: like a skill. */
  | "command";

/** `json` for settings and `.mcp.json`, `yaml` for the front matter of markdown files. */
export type AgentLanguage = "typescript" | "javascript" | "python" | "json" | "yaml";

/**
 * The SDK entry point that runs an agent built in code, when the extractor knows it:
 * `query()` or a V2 session (`unstable_v2_createSession`, `unstable_v2_resumeSession`,
 * `unstable_v2_prompt`). A session takes far fewer options than `query()` (see SESSION_OPTIONS),
 * so what a message may tell its author to set depends on it.
 */
export type AgentApi = "query" | "session";

export interface AgentSpec {
  readonly kind: AgentKind;
  readonly language: AgentLanguage;
  /** The entry point that runs these options, when known. */
  readonly api?: AgentApi;
  /** The file the agent is built in (relative posix path); every finding is reported in it. */
  readonly file: string;
  /**
   * Where the agent is built: the options object literal, or the call that receives the
   * options. Findings about something missing point here.
   */
  readonly loc: Location;
  /** The subagent's name (key in `agents`), when there is one. */
  readonly name?: string;
  /** Set when this is one object-level alternative of the options, e.g. `role is "admin"`. */
  readonly when?: string;
  /** The resolved options: an object value (open when unknown properties may exist). */
  readonly options: Extract<RValue, { kind: "object" }>;
  /** The prompt passed to `query()` / `client.query()` next to these options, when known. */
  readonly queryPrompts: readonly RValue[];
  /** Permission modes set at run time: `client.setPermissionMode(x)`, `set_permission_mode(x)`. */
  readonly runtimePermissionModes: readonly RValue[];
  /**
   * For an agent-definition: the options of the agent that declares it. For a subagent, skill
   * or command file: the project's settings, which the session that runs it loads.
   */
  readonly parent?: AgentSpec;
  /**
   * Configuration from other files this agent runs under (project settings and `.mcp.json`
   * for an SDK agent that loads them; see src/analysis/project-config.ts). Rules about the
   * agent's powers read them; rules about a configuration value judge it in its own file.
   */
  readonly layers?: readonly ConfigLayer[];
}

/** Which parts of a configuration layer take effect for the agent that loads it (SDK-REFERENCE §4.3). */
export interface LayerEffects {
  /** `permissions.allow`: not in SDK runs for project settings (they wait for workspace trust). */
  readonly allow: boolean;
  /** Hooks, `permissions.deny`/`ask`, `permissions.defaultMode`. */
  readonly restrictions: boolean;
  readonly mcpServers: boolean;
}

export interface ConfigLayer {
  /** The settings or `.mcp.json` agent of the other file. */
  readonly agent: AgentSpec;
  /** Why the agent runs under it, for messages: "which this agent loads because `settingSources` is not set". */
  readonly reason: string;
  readonly effects: LayerEffects;
}

/** Subagents: programmatic definitions and subagent files. */
export function isSubagent(agent: Pick<AgentSpec, "kind">): boolean {
  return agent.kind === "agent-definition" || agent.kind === "subagent-file";
}

/** Settings and `.mcp.json` files: configuration layers, not agents of their own. */
export function isConfigLayer(agent: Pick<AgentSpec, "kind">): boolean {
  return agent.kind === "settings" || agent.kind === "mcp-config";
}

/** Skills and commands: instructions run within a session's turn, with tools pre-approved for it. */
export function isTurnInstructions(agent: Pick<AgentSpec, "kind">): boolean {
  return agent.kind === "skill" || agent.kind === "command";
}

/** How a message names a subagent: `subagent "reviewer"`, or `this subagent` when it has no name. */
export function subagentLabel(agent: Pick<AgentSpec, "name">, capitalized = false): string {
  const label = agent.name ? `subagent "${agent.name}"` : "this subagent";
  return capitalized ? `${label.charAt(0).toUpperCase()}${label.slice(1)}` : label;
}

/** Canonical option name → every spelling an SDK accepts for it. */
export const OPTION_ALIASES = {
  tools: ["tools"],
  allowedTools: ["allowedTools", "allowed_tools", "permissions.allow", "allowed-tools"],
  disallowedTools: ["disallowedTools", "disallowed_tools", "permissions.deny", "disallowed-tools"],
  askTools: ["permissions.ask"],
  permissionMode: ["permissionMode", "permission_mode", "permissions.defaultMode"],
  allowDangerouslySkipPermissions: ["allowDangerouslySkipPermissions"],
  permissionPrompts: ["permissionPrompts"],
  permissionPromptToolName: ["permissionPromptToolName", "permission_prompt_tool_name"],
  canUseTool: ["canUseTool", "can_use_tool"],
  hooks: ["hooks"],
  maxTurns: ["maxTurns", "max_turns"],
  maxBudgetUsd: ["maxBudgetUsd", "max_budget_usd"],
  taskBudget: ["taskBudget", "task_budget"],
  systemPrompt: ["systemPrompt", "system_prompt"],
  customSystemPrompt: ["customSystemPrompt", "custom_system_prompt"],
  appendSystemPrompt: ["appendSystemPrompt", "append_system_prompt"],
  prompt: ["prompt", "body"],
  initialPrompt: ["initialPrompt"],
  description: ["description"],
  env: ["env"],
  mcpServers: ["mcpServers", "mcp_servers"],
  cwd: ["cwd"],
  additionalDirectories: ["additionalDirectories", "add_dirs", "permissions.additionalDirectories"],
  extraArgs: ["extraArgs", "extra_args"],
  agents: ["agents"],
  settings: ["settings"],
  settingSources: ["settingSources", "setting_sources"],
  strictMcpConfig: ["strictMcpConfig", "strict_mcp_config"],
  projectConfigRoot: ["projectConfigRoot"],
  sandbox: ["sandbox"],
  skills: ["skills"],
  model: ["model"],
  apiKeyHelper: ["apiKeyHelper"],
  enableAllProjectMcpServers: ["enableAllProjectMcpServers"],
  enabledMcpjsonServers: ["enabledMcpjsonServers"],
  disabledMcpjsonServers: ["disabledMcpjsonServers"],
} as const satisfies Record<string, readonly string[]>;

export type OptionName = keyof typeof OPTION_ALIASES;

/**
 * The option keys a V2 session reads (`SDKSessionOptions`, in any SDK version that has
 * sessions: 0.1.60 to 0.2.141; `cwd` and `settingSources` from 0.2.110). It ignores every other
 * key: no `maxTurns`, `tools`, `maxBudgetUsd`, `systemPrompt`, `mcpServers`, `extraArgs`,
 * `settings`, `sandbox`, `agents`.
 */
export const SESSION_OPTION_KEYS: ReadonlySet<string> = new Set([
  "model",
  "pathToClaudeCodeExecutable",
  "executable",
  "executableArgs",
  "env",
  "cwd",
  "settingSources",
  "allowDangerouslySkipPermissions",
  "allowedTools",
  "disallowedTools",
  "canUseTool",
  "hooks",
  "permissionMode",
  "planModeInstructions",
]);

/** Whether the agent's entry point reads the option at all (a V2 session ignores most of them). */
export function takesOption(agent: Pick<AgentSpec, "api">, name: OptionName): boolean {
  return agent.api !== "session" || OPTION_ALIASES[name].some((spelling) => SESSION_OPTION_KEYS.has(spelling));
}

/**
 * The effective entry for an option under any of its spellings (the last one written wins);
 * none for an option the agent's entry point does not read, whatever is written.
 */
export function option(agent: Pick<AgentSpec, "options" | "api">, name: OptionName): ObjectEntry | undefined {
  if (!takesOption(agent, name)) return undefined;
  const spellings: readonly string[] = OPTION_ALIASES[name];
  let found: ObjectEntry | undefined;
  for (const entry of agent.options.entries) {
    if (spellings.includes(entry.key)) found = entry;
  }
  return found;
}

/**
 * True when the option is definitely not set: no entry, or an explicit null/undefined/None,
 * and no unknown properties that could carry it.
 */
export function optionDefinitelyUnset(agent: Pick<AgentSpec, "options" | "api">, name: OptionName): boolean {
  if (!takesOption(agent, name)) return true;
  const entry = option(agent, name);
  if (entry) return entry.value.kind === "null";
  return !agent.options.open;
}
