/**
 * A substring test on a file's text before any parser is loaded: a file that mentions none
 * of the words an agent configuration, a path check or a run of the Claude Code CLI needs
 * cannot produce a finding, so it is never parsed. Cheap enough to run on every file of a
 * large repository.
 */
import type { InputKind } from "../core/types.js";

interface Markers {
  /** Any one of these is enough. */
  readonly words: readonly string[];
  /** A prefix path check needs the comparison and one of the resolving calls. */
  readonly prefixCheck: string;
  readonly resolvers: readonly string[];
  /** A run of the CLI needs its name (any case: `CLAUDE_BIN`) and one of the launching APIs. */
  readonly launchers: readonly string[];
}

const CLI_PROGRAM = "claude";

const SCRIPT_MARKERS: Markers = {
  words: [
    "@anthropic-ai/claude-",
    "AgentDefinition",
    "allowedTools",
    "permissionMode",
    "maxTurns",
    "systemPrompt",
    "mcpServers",
    "canUseTool",
    "disallowedTools",
  ],
  prefixCheck: "startsWith",
  resolvers: ["resolve", "realpath"],
  // "$`" is a template tag that runs a command (zx, Bun Shell, execa), also as `Bun.$` or `$.sync`.
  launchers: ["spawn", "exec", "Command", "fork", "Deno.run", "$`"],
};

const PYTHON_MARKERS: Markers = {
  words: [
    "claude_agent_sdk",
    "claude_code_sdk",
    "ClaudeAgentOptions",
    "ClaudeCodeOptions",
    "AgentDefinition",
    "allowed_tools",
    "permission_mode",
    "max_turns",
    "system_prompt",
  ],
  prefixCheck: "startswith",
  resolvers: ["realpath", "abspath", "resolve"],
  launchers: ["subprocess", "system", "popen", "exec", "spawn"],
};

function markersFor(kind: InputKind): Markers {
  switch (kind) {
    case "typescript":
    case "javascript":
      return SCRIPT_MARKERS;
    case "python":
      return PYTHON_MARKERS;
  }
}

export function mightMatter(kind: InputKind, text: string): boolean {
  const markers = markersFor(kind);
  if (markers.words.some((word) => text.includes(word))) return true;
  if (markers.launchers.some((word) => text.includes(word)) && text.toLowerCase().includes(CLI_PROGRAM)) return true;
  return text.includes(markers.prefixCheck) && markers.resolvers.some((word) => text.includes(word));
}
