/**
 * Tool names the SDK knows, their legacy spellings, what each tool can do, and the
 * permission-rule syntax (`Tool`, `Tool(specifier)`, `mcp__server__tool`) — SDK-REFERENCE §3–4.1.
 * Everything here works on resolved strings; nothing reads source code.
 */

import { editDistance } from "../util/edit-distance.js";

/** Current built-in tool names (TS `BUILTIN_TOOL_NAMES` plus names the CLI still accepts). */
export const BUILTIN_TOOL_NAMES: ReadonlySet<string> = new Set([
  "Agent", "Artifact", "AskUserQuestion", "Bash", "ClaudeDesign", "CronCreate", "CronDelete", "CronList",
  "Edit", "EndConversation", "EnterPlanMode", "EnterWorktree", "ExitPlanMode", "ExitWorktree", "Glob", "Grep",
  "ListAgents", "ListMcpResourcesTool", "LSP", "Monitor", "NotebookEdit", "OfferChromeSetup", "PowerShell",
  "Projects", "propose_skills", "PushNotification", "Read", "ReadMcpResourceDirTool", "ReadMcpResourceTool",
  "ReadNotifications", "RemoteTrigger", "ReportFindings", "ScheduleWakeup", "SendFeedback", "SendMessage",
  "SendUserFile", "SendUserMessage", "SetGoal", "ShareOnboardingGuide", "ShowOnboardingRolePicker", "Skill",
  "SubagentHandback", "TaskCreate", "TaskGet", "TaskList", "TaskStop", "TaskUpdate", "TodoWrite", "ToolSearch",
  "WaitForMcpServers", "WebFetch", "WebSearch", "Workflow", "Write",
  // Deprecated but still shipped in recent CLIs: not typos, so not reported as unknown.
  "TaskOutput", "MultiEdit", "BashOutput", "SlashCommand", "LS",
]);

/** Documented aliases that are still the recommended spelling in docs and examples. */
const DOCUMENTED_ALIASES: ReadonlyMap<string, string> = new Map([["Task", "Agent"]]);

/** Old names and the tool that replaced them (SDK-REFERENCE §3.2). */
export const LEGACY_TOOL_NAMES: ReadonlyMap<string, string> = new Map([
  ["View", "Read"],
  ["GlobTool", "Glob"],
  ["GrepTool", "Grep"],
  ["Replace", "Write"],
  ["LSTool", "LS"],
  ["KillBash", "TaskStop"],
  ["KillShell", "TaskStop"],
  ["ReadNotebook", "Read"],
  ["NotebookRead", "Read"],
  ["NotebookEditCell", "NotebookEdit"],
  ["dispatch_agent", "Agent"],
  ["ListPeers", "ListAgents"],
  ["Brief", "SendUserMessage"],
  ["ListMcpResources", "ListMcpResourcesTool"],
  ["ReadMcpResource", "ReadMcpResourceTool"],
  ["ReadMcpResourceDir", "ReadMcpResourceDirTool"],
  ["ProposeGoal", "SetGoal"],
]);

/**
 * The known tool name a mistyped one was probably meant to be: same letters in another case
 * or with `_`/`-` (`web_fetch`), or one or two keystrokes away (`Bsh`, `WebFetc`).
 */
export function closestToolName(name: string): string | undefined {
  const squashed = squash(name);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of [...BUILTIN_TOOL_NAMES, ...DOCUMENTED_ALIASES.keys()].sort()) {
    if (squash(candidate) === squashed) return candidate;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), 2);
    const allowed = Math.min(name.length, candidate.length) >= 5 ? 2 : 1;
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function squash(name: string): string {
  return name.replace(/[_\-\s]/g, "").toLowerCase();
}

/** The current name of a tool, whatever spelling (current, alias, legacy) was used. */
export function canonicalToolName(name: string): string {
  return DOCUMENTED_ALIASES.get(name) ?? LEGACY_TOOL_NAMES.get(name) ?? name;
}

export function isKnownToolName(name: string): boolean {
  return BUILTIN_TOOL_NAMES.has(name) || DOCUMENTED_ALIASES.has(name);
}

export type Capability = "exec" | "write" | "network" | "read" | "meta";

const EXEC_TOOLS = new Set([
  "Bash", "PowerShell", "Monitor", "BashOutput", "TaskOutput", "TaskStop", "Skill", "Workflow", "Agent",
  "CronCreate", "ScheduleWakeup", "RemoteTrigger",
]);
const WRITE_TOOLS = new Set(["Write", "Edit", "MultiEdit", "NotebookEdit", "EnterWorktree", "ExitWorktree"]);
/** Tools that send data out of the machine. */
const NETWORK_TOOLS = new Set([
  "WebFetch", "WebSearch", "RemoteTrigger", "PushNotification", "SendUserFile", "Artifact", "ShareOnboardingGuide",
  "SendMessage",
]);
/** Network tools whose purpose is to push data out rather than to fetch it. */
const NETWORK_WRITE_TOOLS = new Set(["RemoteTrigger", "PushNotification", "SendUserFile", "Artifact", "ShareOnboardingGuide", "SendMessage"]);
const READ_TOOLS = new Set([
  "Read", "Glob", "Grep", "LSP", "ListMcpResourcesTool", "ReadMcpResourceTool", "ReadMcpResourceDirTool",
  "ToolSearch", "LS",
]);

/** What a built-in tool can do (legacy names are classified as their replacement). */
export function capabilitiesOf(name: string): ReadonlySet<Capability> {
  const tool = canonicalToolName(name);
  const found = new Set<Capability>();
  if (EXEC_TOOLS.has(tool)) found.add("exec");
  if (WRITE_TOOLS.has(tool)) found.add("write");
  if (NETWORK_TOOLS.has(tool)) found.add("network");
  if (READ_TOOLS.has(tool)) found.add("read");
  if (found.size === 0 && isKnownToolName(tool)) found.add("meta");
  return found;
}

export function isNetworkWriteTool(name: string): boolean {
  return NETWORK_WRITE_TOOLS.has(canonicalToolName(name));
}

/** Tools that write or edit files. */
export function isFileWriteTool(name: string): boolean {
  const tool = canonicalToolName(name);
  return tool === "Write" || tool === "Edit" || tool === "MultiEdit" || tool === "NotebookEdit";
}

/** Tools that change files or run commands in the agent's working directory. */
export function touchesWorkingDirectory(name: string): boolean {
  const tool = canonicalToolName(name);
  return WRITE_TOOLS.has(tool) || tool === "Bash" || tool === "PowerShell" || tool === "Monitor";
}

/** Tools whose specifier is a shell command (Bash-style rules). */
export function isShellTool(name: string): boolean {
  const tool = canonicalToolName(name);
  return tool === "Bash" || tool === "PowerShell";
}

// ---------------------------------------------------------------------------------------------
// Permission-rule syntax

export type ToolRule =
  | {
      readonly kind: "builtin";
      /** The name as written (may be a legacy name or alias). */
      readonly name: string;
      /** The text between the parentheses; undefined for a bare name. */
      readonly specifier?: string;
      /** True for the legacy `Bash:*` form (the whole tool). */
      readonly colonWildcard?: boolean;
    }
  | {
      readonly kind: "mcp";
      readonly server: string;
      /** The tool part; undefined for `mcp__server`, `*` for `mcp__server__*`. */
      readonly tool?: string;
    }
  | { readonly kind: "malformed"; readonly reason: string };

/** Parses one permission rule or tool list entry. */
export function parseToolRule(text: string): ToolRule {
  const rule = text.trim();
  if (rule === "") return { kind: "malformed", reason: "it is empty" };
  if (rule.startsWith("mcp__")) return parseMcpRule(rule);
  const open = rule.indexOf("(");
  if (open === -1) {
    if (rule.includes(")")) return { kind: "malformed", reason: "it has a `)` with no matching `(`" };
    const colon = /^([^:\s]+):\*$/.exec(rule);
    if (colon?.[1]) return { kind: "builtin", name: colon[1], colonWildcard: true };
    return { kind: "builtin", name: rule };
  }
  const name = rule.slice(0, open).trim();
  if (name === "") return { kind: "malformed", reason: "it has no tool name before `(`" };
  if (!rule.endsWith(")")) {
    return rule.includes(")")
      ? { kind: "malformed", reason: "it has text after the closing `)`" }
      : { kind: "malformed", reason: "its `(` is never closed" };
  }
  const specifier = rule.slice(open + 1, -1);
  if (!parenthesesBalance(specifier)) return { kind: "malformed", reason: "its parentheses are unbalanced" };
  return { kind: "builtin", name, specifier };
}

function parseMcpRule(rule: string): ToolRule {
  if (/[()]/.test(rule)) return { kind: "malformed", reason: "MCP tool rules take no `(specifier)`" };
  const rest = rule.slice("mcp__".length);
  const separator = rest.indexOf("__");
  if (separator === 0 || rest === "") return { kind: "malformed", reason: "it names no MCP server after `mcp__`" };
  if (separator === -1) return { kind: "mcp", server: rest };
  return { kind: "mcp", server: rest.slice(0, separator), tool: rest.slice(separator + 2) };
}

function parenthesesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** True when the rule covers every use of the tool: `Read`, `Read()`, `Read(*)`, `Bash:*`. */
export function coversWholeTool(rule: ToolRule): boolean {
  if (rule.kind !== "builtin") return false;
  if (rule.colonWildcard) return true;
  const specifier = rule.specifier?.trim();
  return specifier === undefined || specifier === "" || specifier === "*";
}

/** `Tool(param:value)` rules (deny/ask only); `WebFetch(domain:…)` is the regular WebFetch form. */
export function parameterRule(rule: ToolRule): { readonly parameter: string; readonly value: string } | undefined {
  if (rule.kind !== "builtin" || rule.specifier === undefined) return undefined;
  if (canonicalToolName(rule.name) === "WebFetch") return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*):(.*)$/s.exec(rule.specifier.trim());
  if (!match?.[1] || match[2] === undefined) return undefined;
  // `Bash(npm:*)` is the legacy prefix form `npm *`, not a parameter rule.
  if (match[2].trim() === "*") return undefined;
  return { parameter: match[1], value: match[2] };
}

/** Primary input fields that parameter rules cannot target (the rule is ignored). */
export const PRIMARY_PARAMETERS: ReadonlySet<string> = new Set(["command", "file_path", "path", "notebook_path", "url"]);

/** Tools whose `(path)` rules are never consulted: `Edit(path)`/`Read(path)` govern them. */
export const UNCONSULTED_SCOPED_TOOLS: ReadonlyMap<string, string> = new Map([
  ["Write", "Edit"],
  ["MultiEdit", "Edit"],
  ["NotebookEdit", "Edit"],
  ["Glob", "Read"],
]);

/**
 * A glob in the name part of an allow rule (`*`, `B*`, `mcp__*`): the SDK ignores such allow
 * entries. MCP rules may glob only after a literal `mcp__<server>__` prefix.
 */
export function hasIgnoredAllowGlob(rule: ToolRule): boolean {
  if (rule.kind === "builtin") return rule.name.includes("*");
  if (rule.kind === "mcp") return rule.server.includes("*");
  return false;
}

// ---------------------------------------------------------------------------------------------
// Shell command scopes

/** First words that run whatever command or code follows them. */
const ANY_COMMAND_RUNNERS: ReadonlySet<string> = new Set([
  "npx", "bunx", "pnpx", "uvx", "sh", "bash", "zsh", "dash", "ksh", "fish", "csh", "tcsh", "env", "xargs",
  "sudo", "su", "doas", "node", "nodejs", "python", "python2", "python3", "py", "pypy", "deno", "bun", "ruby",
  "perl", "php", "lua", "eval", "exec", "source", ".", "tsx", "ts-node", "osascript", "pwsh", "powershell",
  "cmd", "nohup", "timeout", "nice", "watch", "parallel", "ssh", "awk", "gawk", "find", "make", "script",
]);

/** Two-word prefixes that run any command or package (`pnpm dlx x`, `docker exec c sh`). */
const ANY_COMMAND_SUBCOMMANDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["pnpm", new Set(["dlx", "exec"])],
  ["npm", new Set(["exec", "x"])],
  ["yarn", new Set(["dlx", "exec"])],
  ["docker", new Set(["exec", "run"])],
  ["podman", new Set(["exec", "run"])],
  ["kubectl", new Set(["exec", "run"])],
  ["uv", new Set(["run"])],
  ["deno", new Set(["run", "eval", "x"])],
  ["bun", new Set(["run", "x", "exec"])],
  ["pipx", new Set(["run"])],
  ["poetry", new Set(["run"])],
  ["direnv", new Set(["exec"])],
  ["devbox", new Set(["run"])],
  ["mise", new Set(["exec", "x"])],
  ["git", new Set(["-c"])],
]);

/** Commands that talk to the network by themselves. */
const NETWORK_COMMANDS: ReadonlySet<string> = new Set([
  "curl", "wget", "nc", "ncat", "netcat", "socat", "ssh", "scp", "sftp", "rsync", "ftp", "telnet", "http", "https",
  "xh", "aria2c",
]);

/** The words of a Bash rule's specifier, with the legacy trailing `:*` read as ` *`. */
function commandWords(specifier: string): string[] {
  const normalized = specifier.trim().replace(/:\*$/, " *");
  return normalized.split(/\s+/).filter(Boolean);
}

/** Whether a glob word (`py*`, `*`) can match one of `candidates`. */
function wordMatchesAny(word: string, candidates: Iterable<string>): boolean {
  if (!word.includes("*")) {
    for (const candidate of candidates) if (candidate === word) return true;
    return false;
  }
  const pattern = new RegExp(`^${word.split("*").map(escapeRegExp).join(".*")}$`);
  for (const candidate of candidates) if (pattern.test(candidate)) return true;
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function programName(word: string): string {
  const base = word.slice(word.lastIndexOf("/") + 1);
  return /^python\d+(\.\d+)*$/.test(base) ? "python3" : base;
}

/**
 * True when a Bash rule lets any command through: no scope (`Bash`, `Bash()`, `Bash(*)`,
 * `Bash:*`), a glob as the command (`Bash(* --help)`, `Bash(py*)` reaching `python`), or a
 * runner/interpreter whose program is left open (`Bash(npx *)`, `Bash(bash -c *)`,
 * `Bash(docker exec *)`). `Bash(python3 build.py)` names its program and stays scoped.
 */
export function shellRuleAdmitsAnyCommand(rule: ToolRule): boolean {
  if (rule.kind !== "builtin") return false;
  if (coversWholeTool(rule)) return true;
  const words = commandWords(rule.specifier ?? "");
  const first = words[0];
  if (first === undefined) return true;
  if (first.startsWith("*")) return true;
  const program = programName(first);
  if (first.includes("*") && wordMatchesAny(program, ANY_COMMAND_RUNNERS)) return true;
  let rest: string[] | undefined;
  if (wordMatchesAny(program, ANY_COMMAND_RUNNERS)) rest = words.slice(1);
  for (const [tool, subcommands] of ANY_COMMAND_SUBCOMMANDS) {
    const second = words[1];
    if (second === undefined || !wordMatchesAny(program, [tool]) || !wordMatchesAny(second, subcommands)) continue;
    // `docker *` reaches `docker exec …`; `docker exec *` leaves the command open below.
    if (second.includes("*")) return true;
    rest = words.slice(2);
  }
  if (rest === undefined) return false;
  const target = rest.find((word) => !word.startsWith("-") || word.includes("*"));
  return target !== undefined && target.includes("*");
}

/** True when a scoped Bash rule is a network client (`Bash(curl *)`). */
export function shellRuleReachesNetwork(rule: ToolRule): boolean {
  if (rule.kind !== "builtin" || coversWholeTool(rule)) return false;
  const first = commandWords(rule.specifier ?? "")[0];
  return first !== undefined && wordMatchesAny(programName(first), NETWORK_COMMANDS);
}
