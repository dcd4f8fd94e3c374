/**
 * Claude Code configuration: settings files, `.mcp.json`, and the subagent, skill and command
 * files under `.claude/`. Recognised by name and location only; registered before any front
 * end that claims a whole extension (`*.json`, `*.md`).
 */
import { createRequire } from "node:module";
import type { InputKind } from "../../core/types.js";
import { INJECTION_PREFILTER_WORDS } from "../../model/injection-phrases.js";
import { mayHoldHiddenCharacters } from "../../util/hidden-characters.js";
import { baseName, type Extractor, type Language } from "../language.js";

/** Keys a settings file needs for any rule to apply to it. */
const SETTINGS_WORDS = [
  "permissions",
  "hooks",
  "env",
  "sandbox",
  "mcpServers",
  "apiKeyHelper",
  "enableAllProjectMcpServers",
  "enabledMcpjsonServers",
  "allowedTools",
];

const require = createRequire(import.meta.url);

const MCP_CONFIG_NAMES = [".mcp.json", "managed-mcp.json"];
/** Settings files recognised wherever they are. */
const SETTINGS_NAMES = ["managed-settings.json", ".claude.json"];
/** Settings files recognised inside a `.claude` directory. */
const CLAUDE_DIRECTORY_SETTINGS = ["settings.json", "settings.local.json"];

/** `.claude/<file>` (at any depth). */
function inClaudeDirectory(path: string, name: string): boolean {
  return path === `.claude/${name}` || path.endsWith(`/.claude/${name}`);
}

export function classifyClaudeConfig(path: string): InputKind | undefined {
  const name = baseName(path);
  if (MCP_CONFIG_NAMES.includes(name)) return "mcp-config";
  if (CLAUDE_DIRECTORY_SETTINGS.some((settings) => inClaudeDirectory(path, settings))) return "claude-settings";
  if (SETTINGS_NAMES.includes(name)) return "claude-settings";
  if (/(^|\/)managed-settings\.d\/[^/]+\.json$/.test(path)) return "claude-settings";
  if (/(^|\/)\.claude\/(?:agents\/.+|skills\/[^/]+\/SKILL|commands\/.+)\.md$/.test(path)) return "claude-markdown";
  return undefined;
}

/** Text that may hold hidden characters or injection phrasing (checked in every instruction text). */
export function mayHoldInstructionProblems(text: string): boolean {
  if (mayHoldHiddenCharacters(text)) return true;
  const lower = text.toLowerCase();
  return INJECTION_PREFILTER_WORDS.some((word) => lower.includes(word));
}

export const claudeConfigLanguage: Language = {
  name: "Claude Code configuration",
  kinds: ["claude-settings", "mcp-config", "claude-markdown"],
  classify: classifyClaudeConfig,
  globs: {
    files: [
      ...[...MCP_CONFIG_NAMES, ...SETTINGS_NAMES].map((name) => `**/${name}`),
      ...CLAUDE_DIRECTORY_SETTINGS.map((name) => `**/.claude/${name}`),
      "**/managed-settings.d/*.json",
      "**/.claude/agents/**/*.md",
      "**/.claude/skills/*/SKILL.md",
      "**/.claude/commands/**/*.md",
    ],
  },
  mightMatter(kind, text) {
    if (kind === "mcp-config") return text.includes("mcpServers");
    if (kind === "claude-settings") return SETTINGS_WORDS.some((word) => text.includes(word));
    // Front matter makes the file an agent; without it only its text can matter.
    return text.startsWith("---") || mayHoldInstructionProblems(text);
  },
  load() {
    return (require("./index.js") as { extractClaudeConfig: Extractor }).extractClaudeConfig;
  },
  async prepare() {
    return ((await import("./index.js")) as { extractClaudeConfig: Extractor }).extractClaudeConfig;
  },
  // Hook commands are read as shell: only a file that may hold one loads the grammar.
  async prepareFile(file) {
    if (file.kind !== "mcp-config" && mayHoldCommandHooks(file.text)) await (await import("../shell/index.js")).prepareShell();
  },
  async prepareParsers() {
    await (await import("../shell/index.js")).prepareShell();
  },
};

/** Text that may configure a command hook (`"hooks"` … `"command"`, in JSON or front matter). */
export function mayHoldCommandHooks(text: string): boolean {
  return text.includes("hooks") && text.includes("command");
}
