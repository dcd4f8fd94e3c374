/**
 * The Python SDK's names: its packages, the classes whose calls build options and the data
 * types they hold, and how a name is recognised as the SDK's — through an import, or, in a
 * snippet that leaves its imports out, by a distinctive name nothing in the module binds.
 */
import type { PyModule } from "./module.js";

/**
 * The packages the SDK was published as: `claude-agent-sdk` (`claude_agent_sdk`) and its
 * predecessor `claude-code-sdk` (`claude_code_sdk`).
 */
export const SDK_PACKAGES: ReadonlySet<string> = new Set(["claude_agent_sdk", "claude_code_sdk"]);

/** SDK classes whose calls build options objects, with their dataclass field order. */
export const SDK_CONSTRUCTORS: Readonly<Record<string, readonly string[]>> = {
  ClaudeAgentOptions: ["tools", "allowed_tools", "system_prompt", "mcp_servers", "strict_mcp_config", "permission_mode", "continue_conversation", "resume", "session_id", "max_turns", "max_budget_usd", "disallowed_tools", "model"],
  ClaudeCodeOptions: ["allowed_tools", "max_thinking_tokens", "system_prompt", "append_system_prompt", "mcp_tools", "mcp_servers", "permission_mode", "continue_conversation", "resume", "max_turns", "disallowed_tools", "model"],
  AgentDefinition: ["description", "prompt", "tools", "disallowedTools", "model"],
};

/**
 * SDK helper types whose calls build plain values the options hold (a `HookMatcher`
 * dataclass, MCP server config TypedDicts), with their positional field order.
 */
export const SDK_DATA_TYPES: Readonly<Record<string, readonly string[]>> = {
  HookMatcher: ["matcher", "hooks", "timeout"],
  McpStdioServerConfig: [],
  McpSSEServerConfig: [],
  McpHttpServerConfig: [],
  SystemPromptPreset: [],
  SandboxSettings: [],
  SandboxNetworkConfig: [],
};

/**
 * SDK names distinctive enough to recognise on a receiver the analysis cannot resolve
 * (`sdk.ClaudeAgentOptions(...)` with `sdk` a parameter holding the imported package),
 * in a module that imports the SDK somewhere.
 */
export const DISTINCTIVE_SDK_NAMES: ReadonlySet<string> = new Set(["ClaudeAgentOptions", "ClaudeCodeOptions", "ClaudeSDKClient", "AgentDefinition"]);

/** Names a snippet may use without importing them: the SDK's classes and data types. */
const UNBOUND_SDK_NAMES: ReadonlySet<string> = new Set([...DISTINCTIVE_SDK_NAMES, ...Object.keys(SDK_DATA_TYPES)]);

/** `claude_agent_sdk.types.ClaudeAgentOptions` → `ClaudeAgentOptions`; undefined for other names. */
export function sdkSymbolOf(qualified: string | undefined): string | undefined {
  if (!qualified) return undefined;
  const parts = qualified.split(".");
  if (parts.length < 2 || !SDK_PACKAGES.has(parts[0] ?? "")) return undefined;
  return parts[parts.length - 1];
}

interface StarImports {
  /** An SDK package the module star-imports (`from claude_agent_sdk import *`). */
  readonly sdk: string | undefined;
  /** True when some other module is star-imported: any unbound name may come from it. */
  readonly other: boolean;
}

const starImports = new WeakMap<PyModule, StarImports>();

function starImportsOf(module: PyModule): StarImports {
  let found = starImports.get(module);
  if (!found) {
    let sdk: string | undefined;
    let other = false;
    for (const wildcard of module.root.descendantsOfType("wildcard_import")) {
      const imported = wildcard?.parent?.childForFieldName("module_name")?.text ?? "";
      const top = imported.split(".")[0] ?? "";
      if (SDK_PACKAGES.has(top)) sdk ??= top;
      else other = true;
    }
    found = { sdk, other };
    starImports.set(module, found);
  }
  return found;
}

/**
 * The qualified SDK name an unbound name stands for: `ClaudeCodeOptions(...)` in a snippet
 * that shows no import, or `query` after `from claude_agent_sdk import *`. Nothing when the
 * module star-imports another module, which may be where the name comes from.
 */
export function unboundSdkName(module: PyModule, name: string): string | undefined {
  const star = starImportsOf(module);
  if (star.other) return undefined;
  if (star.sdk && (UNBOUND_SDK_NAMES.has(name) || name === "query")) return `${star.sdk}.${name}`;
  if (!UNBOUND_SDK_NAMES.has(name)) return undefined;
  return `${name === "ClaudeCodeOptions" ? "claude_code_sdk" : "claude_agent_sdk"}.${name}`;
}
