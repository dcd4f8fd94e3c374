/**
 * What an agent is allowed to do, per alternative of its options (SDK-REFERENCE §4.1–4.2):
 * which tools are available (`tools`), which are pre-approved (`allowedTools`, inline
 * settings `permissions.allow`), which are removed (`disallowedTools`), the permission mode,
 * bypass from any entry point, and what checks each call (PreToolUse hooks, `canUseTool`).
 *
 * Everything answers "definitely" questions: a value that is not known gives `unknown`
 * states, and rules report nothing on them.
 */
import type { Location } from "../core/types.js";
import { OPTION_ALIASES, option, type AgentSpec, type ConfigLayer, type OptionName } from "./agent.js";
import { alternatives, entryOf, joinWhen, knownString, type RValue } from "./value.js";
import { BUILTIN_TOOL_NAMES, canonicalToolName, coversWholeTool, parseToolRule, UNCONSULTED_SCOPED_TOOLS, type ToolRule } from "./tools.js";
import { PYTHON_AGENT_DEFINITION_NAMES } from "./sdk-option-names.generated.js";

export interface ToolEntry {
  /** The entry as written, e.g. `Bash(git diff:*)`. */
  readonly text: string;
  readonly rule: ToolRule;
  readonly loc: Location;
  /** The condition under which this element is in the list ("" when always). */
  readonly when: string;
  /** The option's key, where a finding points when the element itself is in another file. */
  readonly anchor?: Location;
  /** For an entry of a configuration layer: where it is and why it applies (see layerOrigin). */
  readonly origin?: string;
}

export type ToolListState =
  /** The option is absent (and nothing unknown could set it) or explicitly null/undefined/None. */
  | { readonly kind: "unset" }
  | { readonly kind: "list"; readonly entries: readonly ToolEntry[]; readonly open: boolean; readonly loc: Location }
  /** `{ type: "preset", preset: "claude_code" }`: every built-in tool. */
  | { readonly kind: "preset"; readonly loc: Location }
  | { readonly kind: "unknown" };

export interface ToolListAlternative {
  readonly when: string;
  readonly list: ToolListState;
}

type ToolListOption = Extract<OptionName, "tools" | "allowedTools" | "disallowedTools" | "askTools">;

/** The alternatives of a tool-list option (`tools`, `allowedTools`, `disallowedTools`). */
export function toolListAlternatives(agent: AgentSpec, name: ToolListOption): ToolListAlternative[] {
  const entry = option(agent, name);
  if (!entry) return [{ when: "", list: agent.options.open ? { kind: "unknown" } : { kind: "unset" } }];
  return toolListValueAlternatives(entry.value, entry.keyLoc);
}

export function toolListValueAlternatives(value: RValue, anchor?: Location): ToolListAlternative[] {
  return alternatives(value).map(({ value: alternative, when }) => ({ when, list: toolListState(alternative, anchor) }));
}

function toolListState(value: RValue, anchor: Location | undefined): ToolListState {
  if (value.kind === "null") return { kind: "unset" };
  if (value.kind === "object") {
    const preset = entryOf(value, "preset");
    const type = entryOf(value, "type");
    if (type && knownString(type.value) === "preset" && preset && knownString(preset.value) === "claude_code") {
      return { kind: "preset", loc: value.loc };
    }
    return { kind: "unknown" };
  }
  if (value.kind !== "array") {
    const text = knownString(value);
    // Subagent front matter style: a comma-separated string.
    if (text !== undefined) return { kind: "list", entries: splitCommaList(text, value.loc, anchor), open: false, loc: value.loc };
    return { kind: "unknown" };
  }
  const entries: ToolEntry[] = [];
  let open = value.open;
  for (const element of value.elements) {
    for (const { value: item, when } of alternatives(element)) {
      const text = knownString(item);
      if (text === undefined) {
        if (item.kind !== "null") open = true;
        continue;
      }
      entries.push({ text, rule: parseToolRule(text), loc: item.loc, when, ...(anchor && { anchor }) });
    }
  }
  return { kind: "list", entries, open, loc: value.loc };
}

function splitCommaList(text: string, loc: Location, anchor: Location | undefined): ToolEntry[] {
  return text
    .split(/,(?![^(]*\))/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part, rule: parseToolRule(part), loc, when: "", ...(anchor && { anchor }) }));
}

/** Entries of inline `settings: { permissions: { allow | deny: [...] } }` (TS accepts an object). */
export function settingsPermissionEntries(agent: AgentSpec, list: "allow" | "deny" | "ask"): ToolEntry[] {
  const settings = option(agent, "settings");
  if (!settings) return [];
  const found: ToolEntry[] = [];
  for (const { value, when } of alternatives(settings.value)) {
    const permissions = entryOf(value, "permissions");
    if (!permissions) continue;
    for (const { value: permissionsValue, when: permissionsWhen } of alternatives(permissions.value)) {
      const entry = entryOf(permissionsValue, list);
      if (!entry) continue;
      for (const alternative of toolListValueAlternatives(entry.value, settings.keyLoc)) {
        if (alternative.list.kind !== "list") continue;
        const outer = joinWhen(joinWhen(when, permissionsWhen), alternative.when);
        for (const item of alternative.list.entries) found.push({ ...item, when: joinWhen(outer, item.when) });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Configuration layers (settings and `.mcp.json` of the project an agent loads)

/** ` (.claude/settings.json:6, which this agent loads because …)` after a label, or "" for the agent's own options. */
export function originSuffix(origin: string | undefined): string {
  return origin === undefined ? "" : ` (${origin})`;
}

/** "`.claude/settings.json:6`, which this agent loads because `settingSources` is not set". */
export function layerOrigin(layer: ConfigLayer, loc: Location): string {
  return `${loc.file}:${loc.line}, ${layer.reason}`;
}

/** The layers whose restrictions (hooks, deny rules, default mode) apply, nearest last. */
function restrictingLayers(agent: AgentSpec): ConfigLayer[] {
  return (agent.layers ?? []).filter((layer) => layer.effects.restrictions);
}

/** Entries of `permissions.allow` (layers whose allow rules apply) or `permissions.deny` of the agent's layers. */
export function layerPermissionEntries(agent: AgentSpec, list: "allow" | "deny"): ToolEntry[] {
  const layers = (agent.layers ?? []).filter((layer) => (list === "allow" ? layer.effects.allow : layer.effects.restrictions));
  return layers.flatMap((layer) =>
    toolListAlternatives(layer.agent, list === "allow" ? "allowedTools" : "disallowedTools").flatMap(({ list: state, when }) =>
      state.kind === "list" && !when ? state.entries.map((entry) => ({ ...entry, origin: layerOrigin(layer, entry.loc) })) : [],
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Permission modes and bypass

export type ModeState =
  | { readonly kind: "set"; readonly mode: string; readonly loc: Location; readonly origin?: string }
  | { readonly kind: "unset" }
  | { readonly kind: "unknown" };

export interface ModeAlternative {
  readonly when: string;
  readonly mode: ModeState;
}

export function modeAlternatives(agent: AgentSpec): ModeAlternative[] {
  const entry = option(agent, "permissionMode");
  if (!entry) {
    if (agent.options.open) return [{ when: "", mode: { kind: "unknown" } }];
    return [{ when: "", mode: layerMode(agent) ?? { kind: "unset" } }];
  }
  return alternatives(entry.value).map(({ value, when }) => ({ when, mode: modeState(value) }));
}

/**
 * The `permissions.defaultMode` an agent without its own mode starts in: the nearest layer's.
 * "auto" never takes effect from project or local settings (permission-modes.md).
 */
function layerMode(agent: AgentSpec): ModeState | undefined {
  let found: ModeState | undefined;
  for (const layer of restrictingLayers(agent)) {
    const entry = option(layer.agent, "permissionMode");
    if (!entry) continue;
    const mode = modeState(entry.value);
    if (mode.kind === "set" && mode.mode === "auto") continue;
    found = mode.kind === "set" ? { ...mode, origin: layerOrigin(layer, mode.loc) } : mode;
  }
  return found;
}

function modeState(value: RValue): ModeState {
  if (value.kind === "null") return { kind: "unset" };
  const mode = knownString(value);
  if (mode === undefined) return { kind: "unknown" };
  return { kind: "set", mode: mode === "manual" ? "default" : mode, loc: value.loc };
}

export const BYPASS_MODE = "bypassPermissions";

export type BypassVia =
  | "permissionMode"
  | "allowDangerouslySkipPermissions"
  | "extraArgsSkip"
  | "extraArgsAllowSkip"
  | "extraArgsMode"
  | "runtime"
  | "settingsDefaultMode";

export interface BypassSource {
  readonly via: BypassVia;
  readonly loc: Location;
  readonly when: string;
  /** The option's key, where a finding points when the value itself is in another file. */
  readonly anchor?: Location;
  /** Set when the bypass comes from a configuration layer (see layerOrigin). */
  readonly origin?: string;
}

/**
 * Every place this agent's own options turn bypass on (or arm it): the mode, the TS opt-in
 * flag, CLI flags in `extraArgs`, inline settings `permissions.defaultMode`, and run-time
 * `setPermissionMode` calls. A subagent's inherited bypass is not listed here.
 */
export function bypassSources(agent: AgentSpec): BypassSource[] {
  const sources: BypassSource[] = [];
  const modeAnchor = option(agent, "permissionMode")?.keyLoc;
  for (const { when, mode } of modeAlternatives(agent)) {
    // A mode taken from a configuration layer is reported in that layer's file.
    if (mode.kind === "set" && mode.mode === BYPASS_MODE && mode.origin === undefined) sources.push({ via: "permissionMode", loc: mode.loc, when, ...(modeAnchor && { anchor: modeAnchor }) });
  }
  const allowSkip = option(agent, "allowDangerouslySkipPermissions");
  if (allowSkip) {
    for (const { value, when } of alternatives(allowSkip.value)) {
      if (value.kind === "boolean" && value.value) sources.push({ via: "allowDangerouslySkipPermissions", loc: value.loc, when, anchor: allowSkip.keyLoc });
    }
  }
  const extraArgs = option(agent, "extraArgs");
  if (extraArgs) {
    for (const { value, when } of alternatives(extraArgs.value)) {
      if (value.kind !== "object") continue;
      for (const entry of value.entries) {
        const flag = entry.key.replace(/^-+/, "");
        if (flag === "dangerously-skip-permissions") sources.push({ via: "extraArgsSkip", loc: entry.keyLoc, when, anchor: extraArgs.keyLoc });
        if (flag === "allow-dangerously-skip-permissions") sources.push({ via: "extraArgsAllowSkip", loc: entry.keyLoc, when, anchor: extraArgs.keyLoc });
        if (flag === "permission-mode") {
          for (const modeValue of alternatives(entry.value, when)) {
            if (knownString(modeValue.value) === BYPASS_MODE) {
              sources.push({ via: "extraArgsMode", loc: modeValue.value.loc, when: modeValue.when, anchor: extraArgs.keyLoc });
            }
          }
        }
      }
    }
  }
  const settings = option(agent, "settings");
  if (settings) {
    for (const { value, when } of alternatives(settings.value)) {
      const permissions = entryOf(value, "permissions");
      const defaultMode = permissions ? entryOf(permissions.value, "defaultMode") : undefined;
      if (!defaultMode) continue;
      for (const modeValue of alternatives(defaultMode.value, when)) {
        if (knownString(modeValue.value) === BYPASS_MODE) {
          sources.push({ via: "settingsDefaultMode", loc: modeValue.value.loc, when: modeValue.when, anchor: settings.keyLoc });
        }
      }
    }
  }
  for (const runtime of agent.runtimePermissionModes) {
    for (const { value, when } of alternatives(runtime)) {
      if (knownString(value) === BYPASS_MODE) sources.push({ via: "runtime", loc: value.loc, when });
    }
  }
  return sources;
}

/** Sources that put the agent in bypass mode whatever its `permissionMode` alternative is. */
function standingBypass(agent: AgentSpec): BypassSource | undefined {
  const own = bypassSources(agent).find(
    (source) => source.via !== "permissionMode" && source.via !== "allowDangerouslySkipPermissions" && source.via !== "extraArgsAllowSkip",
  );
  if (own) return own;
  // Subagents inherit a bypassing parent's mode; it cannot be overridden per subagent.
  if (agent.parent) {
    const inherited = bypassSources(agent.parent).find((source) => source.via !== "allowDangerouslySkipPermissions" && source.via !== "extraArgsAllowSkip");
    return inherited ?? layerBypass(agent.parent);
  }
  return undefined;
}

/** Bypass from a layer's `permissions.defaultMode`, for an agent that sets no mode of its own. */
function layerBypass(agent: AgentSpec): BypassSource | undefined {
  if (option(agent, "permissionMode") || agent.options.open) return undefined;
  const mode = layerMode(agent);
  if (mode?.kind !== "set" || mode.mode !== BYPASS_MODE) return undefined;
  return { via: "settingsDefaultMode", loc: mode.loc, when: "", ...(mode.origin !== undefined && { origin: mode.origin }) };
}

// ---------------------------------------------------------------------------------------------
// Per-alternative permission states

export interface PermissionState {
  /** The conditions of this combination of option alternatives ("" when unconditional). */
  readonly when: string;
  readonly tools: ToolListState;
  readonly allowed: ToolListState;
  readonly disallowed: ToolListState;
  readonly mode: ModeState;
  /** Set when every available tool is approved in this alternative. */
  readonly bypass: BypassSource | undefined;
}

const MAX_STATES = 64;

/**
 * The combinations of the alternatives of `tools`, `allowedTools`, `disallowedTools` and
 * `permissionMode`. Beyond a few dozen combinations the agent is too conditional to judge,
 * and no state is returned.
 */
export function permissionStates(agent: AgentSpec): PermissionState[] {
  const tools = toolListAlternatives(agent, "tools");
  const allowed = toolListAlternatives(agent, "allowedTools");
  const disallowed = toolListAlternatives(agent, "disallowedTools");
  const modes = modeAlternatives(agent);
  if (tools.length * allowed.length * disallowed.length * modes.length > MAX_STATES) return [];
  const standing = standingBypass(agent);
  const modeAnchor = option(agent, "permissionMode")?.keyLoc;
  const layerDenials = layerPermissionEntries(agent, "deny");
  const states: PermissionState[] = [];
  for (const t of tools) {
    for (const a of allowed) {
      for (const d of disallowed) {
        for (const m of modes) {
          const when = [t.when, a.when, d.when, m.when].reduce(joinWhen, "");
          const modeBypass: BypassSource | undefined =
            m.mode.kind === "set" && m.mode.mode === BYPASS_MODE
              ? m.mode.origin !== undefined
                ? { via: "settingsDefaultMode", loc: m.mode.loc, when: m.when, origin: m.mode.origin }
                : { via: "permissionMode", loc: m.mode.loc, when: m.when, ...(modeAnchor && { anchor: modeAnchor }) }
              : undefined;
          states.push({ when, tools: t.list, allowed: a.list, disallowed: withLayerDenials(d.list, layerDenials), mode: m.mode, bypass: modeBypass ?? standing });
        }
      }
    }
  }
  return states;
}

/** Deny rules of the agent's layers join its own `disallowedTools`: deny in any scope wins. */
function withLayerDenials(list: ToolListState, denials: readonly ToolEntry[]): ToolListState {
  if (denials.length === 0) return list;
  if (list.kind === "list") return { ...list, entries: [...list.entries, ...denials] };
  if (list.kind === "unset") return { kind: "list", entries: [...denials], open: false, loc: denials[0]!.loc };
  return list;
}

/** True when `disallowedTools` removes the whole tool (a bare name, `Tool()` or `Tool(*)`). */
export function isRemoved(state: Pick<PermissionState, "disallowed">, tool: string): boolean {
  if (state.disallowed.kind !== "list") return false;
  const name = canonicalToolName(tool);
  return state.disallowed.entries.some(
    (entry) => !entry.when && entry.rule.kind === "builtin" && canonicalToolName(entry.rule.name) === name && coversWholeTool(entry.rule),
  );
}

/** Whether the tool can be in the agent's context in this state: `true`, `false` or undefined (unknown). */
export function isAvailable(state: PermissionState, tool: string): boolean | undefined {
  if (isRemoved(state, tool)) return false;
  if (state.disallowed.kind === "unknown" || (state.disallowed.kind === "list" && state.disallowed.open)) return undefined;
  switch (state.tools.kind) {
    case "unset":
    case "preset":
      return BUILTIN_TOOL_NAMES.has(canonicalToolName(tool));
    case "unknown":
      return undefined;
    case "list": {
      const name = canonicalToolName(tool);
      if (state.tools.entries.some((entry) => entry.rule.kind === "builtin" && canonicalToolName(entry.rule.name) === name)) return true;
      return state.tools.open ? undefined : false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What checks each call

export type Tristate = "yes" | "no" | "unknown";

/** Whether a hook matcher (`"Bash"`, `"Edit|Write"`, `"*"`, `""`, an unanchored regex) covers a tool. */
export function hookMatcherCovers(matcher: string, tool: string): boolean {
  if (matcher === "" || matcher === "*") return true;
  const name = canonicalToolName(tool);
  if (/^[A-Za-z0-9_\- ,|]+$/.test(matcher)) {
    return matcher
      .split(/[|,]/)
      .map((part) => part.trim())
      .some((part) => part === tool || canonicalToolName(part) === name);
  }
  try {
    const pattern = new RegExp(matcher);
    return pattern.test(tool) || pattern.test(name);
  } catch {
    return false;
  }
}

/**
 * Whether a `PreToolUse` hook on this agent (or, for a subagent, on the agent that declares
 * it) runs before every call of `tool`. `PostToolUse` hooks run after the call: no guard.
 */
export function preToolUseGuard(agent: AgentSpec, tool: string): Tristate {
  const own = guardWithLayers(agent, tool);
  if (own === "yes" || !agent.parent) return own;
  const inherited = guardWithLayers(agent.parent, tool);
  if (inherited === "yes") return "yes";
  return own === "unknown" || inherited === "unknown" ? "unknown" : "no";
}

/** The agent's own hooks, or those of a settings layer it runs under (settings hooks guard every agent that loads them). */
function guardWithLayers(agent: AgentSpec, tool: string): Tristate {
  let result = hooksGuard(agent, tool);
  for (const layer of restrictingLayers(agent)) {
    if (result === "yes") return result;
    const guard = hooksGuard(layer.agent, tool);
    if (guard === "yes") return guard;
    if (guard === "unknown") result = "unknown";
  }
  return result;
}

function hooksGuard(agent: AgentSpec, tool: string): Tristate {
  const hooks = option(agent, "hooks");
  const own = hooks ? combine(alternatives(hooks.value).map(({ value }) => hooksValueGuard(value, tool))) : agent.options.open ? "unknown" : "no";
  // Command hooks in inline `settings: { hooks }` guard the agent as well.
  const settings = option(agent, "settings");
  const inline = settings ? alternatives(settings.value).map(({ value }) => entryOf(value, "hooks")?.value) : [];
  return inline.some((value) => value !== undefined && hooksValueGuard(value, tool) === "yes") ? "yes" : own;
}

function hooksValueGuard(value: RValue, tool: string): Tristate {
  if (value.kind === "null") return "no";
  if (value.kind !== "object") return "unknown";
  const pre = entryOf(value, "PreToolUse");
  if (!pre) return value.open ? "unknown" : "no";
  const results = alternatives(pre.value).map(({ value: matchers }): Tristate => {
    if (matchers.kind === "null") return "no";
    if (matchers.kind !== "array") return "unknown";
    let result: Tristate = "no";
    for (const element of matchers.elements) {
      for (const { value: matcher } of alternatives(element)) {
        const guard = matcherGuard(matcher, tool);
        if (guard === "yes") return "yes";
        if (guard === "unknown") result = "unknown";
      }
    }
    return matchers.open ? (result === "no" ? "unknown" : result) : result;
  });
  return combine(results);
}

function matcherGuard(matcher: RValue, tool: string): Tristate {
  if (matcher.kind !== "object") return "unknown";
  const callbacks = entryOf(matcher, "hooks");
  if (!callbacks) return matcher.open ? "unknown" : "no";
  if (callbacks.value.kind === "array" && callbacks.value.elements.length === 0 && !callbacks.value.open) return "no";
  if (callbacks.value.kind !== "array" && callbacks.value.kind !== "function") return "unknown";
  if (callbacks.value.kind === "array") {
    const scope = handlersScope(callbacks.value.elements, tool);
    if (scope !== "yes") return scope;
  }
  const pattern = entryOf(matcher, "matcher");
  if (!pattern) return matcher.open ? "unknown" : "yes";
  if (pattern.value.kind === "null") return "yes";
  const results = alternatives(pattern.value).map(({ value }): Tristate => {
    if (value.kind === "null") return "yes";
    const text = knownString(value);
    if (text === undefined) return "unknown";
    return hookMatcherCovers(text, tool) ? "yes" : "no";
  });
  return combine(results);
}

/**
 * Whether one of a matcher's handlers runs on every call of `tool`. A settings handler with an
 * `if` permission rule (`"if": "Bash(git *)"`) runs only on the calls the rule matches.
 */
function handlersScope(handlers: readonly RValue[], tool: string): Tristate {
  let result: Tristate = "no";
  for (const handler of handlers) {
    if (handler.kind !== "object") return "yes";
    const condition = entryOf(handler, "if");
    if (!condition) return handler.open ? "unknown" : "yes";
    const text = knownString(condition.value);
    if (text === undefined) {
      result = "unknown";
      continue;
    }
    const rule = parseToolRule(text);
    if (rule.kind === "builtin" && canonicalToolName(rule.name) === canonicalToolName(tool) && coversWholeTool(rule)) return "yes";
  }
  return result;
}

/** "yes"/"no" when every alternative agrees, else "unknown". */
function combine(results: readonly Tristate[]): Tristate {
  if (results.length > 0 && results.every((result) => result === "yes")) return "yes";
  if (results.length > 0 && results.every((result) => result === "no")) return "no";
  return "unknown";
}

/**
 * Whether a callback decides calls that are not pre-approved: `canUseTool`/`can_use_tool`, or a
 * `permissionPromptToolName`. A subagent's calls reach the declaring agent's callback.
 */
export function permissionCallback(agent: AgentSpec): Tristate {
  const own = callbackOf(agent);
  if (own === "yes" || !agent.parent) return own;
  const inherited = callbackOf(agent.parent);
  if (inherited === "yes") return "yes";
  return own === "unknown" || inherited === "unknown" ? "unknown" : "no";
}

function callbackOf(agent: AgentSpec): Tristate {
  const results: Tristate[] = [];
  for (const name of ["canUseTool", "permissionPromptToolName"] as const) {
    const entry = option(agent, name);
    if (!entry) {
      results.push(agent.options.open ? "unknown" : "no");
      continue;
    }
    results.push(
      combine(
        alternatives(entry.value).map(({ value }): Tristate => {
          if (value.kind === "null") return "no";
          if (value.kind === "function") return "yes";
          if (knownString(value) !== undefined) return "yes";
          return "unknown";
        }),
      ),
    );
  }
  if (results.includes("yes")) return "yes";
  return results.every((result) => result === "no") ? "no" : "unknown";
}

/**
 * Whether nothing runs unless pre-approved in this state: `dontAsk` and TS `permissionPrompts:
 * "none"` deny every other call, and `plan` runs no tool that acts.
 */
export function deniesUnapproved(agent: AgentSpec, state: PermissionState): Tristate {
  if (state.mode.kind === "set" && (state.mode.mode === "dontAsk" || state.mode.mode === "plan")) return "yes";
  const prompts = option(agent, "permissionPrompts");
  if (prompts) {
    const values = alternatives(prompts.value).map(({ value }) => knownString(value));
    if (values.every((value) => value === "none")) return "yes";
    if (values.some((value) => value === undefined)) return "unknown";
  }
  if (state.mode.kind === "unknown") return "unknown";
  return "no";
}

// ---------------------------------------------------------------------------------------------
// What the agent can use without a person approving it

export type GrantVia = "pre-approved" | "available" | "bypass" | "acceptEdits" | "inherited";

export interface Grant {
  /** The canonical built-in name, or the MCP rule text (`mcp__server__tool`). */
  readonly tool: string;
  readonly rule: ToolRule;
  readonly loc: Location;
  readonly when: string;
  readonly via: GrantVia;
  /** Where to point when `loc` is in another file. */
  readonly anchor?: Location;
  /** Set when a configuration layer grants it (see layerOrigin). */
  readonly origin?: string;
}

const ACCEPT_EDITS_TOOLS = ["Write", "Edit", "MultiEdit", "NotebookEdit"];

/** Every built-in, the best-known ones first so that messages name them. */
const BYPASS_LISTING_ORDER: readonly string[] = [
  ...new Set(["Bash", "Write", "Edit", "WebFetch", "WebSearch", ...[...BUILTIN_TOOL_NAMES].sort()]),
];

/**
 * Tools the agent holds in one state: pre-approved entries (`allowedTools`, inline settings
 * allow), the explicit availability list (`tools`) except tools pre-approved only within a
 * scope, every available tool in bypass mode, and
 * the edit tools in `acceptEdits` mode. Bare `disallowedTools` entries take tools away. A
 * subagent with no `tools` list holds what its declaring agent holds (`inherit`).
 */
export function grantsOf(agent: AgentSpec, state: PermissionState, inherit = false): Grant[] {
  const grants: Grant[] = [];
  const add = (entry: ToolEntry, via: GrantVia): void => {
    if (entry.rule.kind === "malformed") return;
    // `Write(path)`, `MultiEdit(path)`, `NotebookEdit(path)`, `Glob(path)` are never consulted: they grant nothing.
    if (entry.rule.kind === "builtin" && !coversWholeTool(entry.rule) && UNCONSULTED_SCOPED_TOOLS.has(entry.rule.name)) return;
    const tool = entry.rule.kind === "mcp" ? entry.text.trim() : canonicalToolName(entry.rule.name);
    if (entry.rule.kind === "builtin" && isRemoved(state, tool)) return;
    grants.push({ tool, rule: entry.rule, loc: entry.loc, when: entry.when, via, ...(entry.anchor && { anchor: entry.anchor }), ...(entry.origin !== undefined && { origin: entry.origin }) });
  };
  const preApproved = [...(state.allowed.kind === "list" ? state.allowed.entries : []), ...settingsPermissionEntries(agent, "allow")];
  for (const entry of preApproved) add(entry, "pre-approved");
  // A layer's allow rules approve calls of tools the agent has; they make none available.
  for (const entry of layerPermissionEntries(agent, "allow")) {
    if (entry.rule.kind !== "builtin" || isAvailable(state, entry.rule.name) !== false) add(entry, "pre-approved");
  }
  // A tool made available and pre-approved only within a scope (`Bash` in `tools`,
  // `Bash(git diff:*)` in `allowedTools`) is held within that scope: other calls need approval.
  const scoped = new Set(
    preApproved.flatMap((entry) => (entry.rule.kind === "builtin" && !coversWholeTool(entry.rule) ? [canonicalToolName(entry.rule.name)] : [])),
  );
  if (state.tools.kind === "list") {
    for (const entry of state.tools.entries) {
      if (entry.rule.kind === "builtin" && scoped.has(canonicalToolName(entry.rule.name))) continue;
      add(entry, "available");
    }
  }
  const implicitTools = state.tools.kind === "unset" || state.tools.kind === "preset";
  if (state.bypass && implicitTools) {
    for (const tool of BYPASS_LISTING_ORDER) add(syntheticEntry(tool, state.bypass.loc, state.bypass.anchor, state.bypass.origin), "bypass");
  }
  if (!state.bypass && state.mode.kind === "set" && state.mode.mode === "acceptEdits" && implicitTools) {
    for (const tool of ACCEPT_EDITS_TOOLS) add(syntheticEntry(tool, state.mode.loc, option(agent, "permissionMode")?.keyLoc, state.mode.origin), "acceptEdits");
  }
  if (inherit && agent.kind === "agent-definition" && agent.parent && state.tools.kind === "unset") {
    for (const parentState of permissionStates(agent.parent)) {
      for (const grant of grantsOf(agent.parent, parentState)) {
        grants.push({ ...grant, when: joinWhen(parentState.when, grant.when), via: "inherited" });
      }
    }
  }
  return grants;
}

function syntheticEntry(tool: string, loc: Location, anchor: Location | undefined, origin: string | undefined): ToolEntry {
  return { text: tool, rule: { kind: "builtin", name: tool }, loc, when: "", ...(anchor && { anchor }), ...(origin !== undefined && { origin }) };
}

/** How this agent's source spells an option: as written, else the language's usual spelling. */
export function optionSpelling(agent: AgentSpec, name: OptionName): string {
  const written = option(agent, name);
  if (written) return written.key;
  const spellings: readonly string[] = OPTION_ALIASES[name];
  const snake = spellings.find((spelling) => spelling.includes("_"));
  if (agent.language === "python" && agent.kind === "sdk-options" && snake) return snake;
  // An option a Python AgentDefinition does not have is set on the agent that declares it.
  if (agent.language === "python" && agent.kind === "agent-definition" && snake && !PYTHON_AGENT_DEFINITION_NAMES.includes(spellings[0] ?? name)) return snake;
  // Settings nest permission keys; skill and command front matter is kebab-case.
  const inFile = agent.kind === "settings" ? spellings.find((spelling) => spelling.startsWith("permissions.")) : agent.kind === "skill" || agent.kind === "command" ? spellings.find((spelling) => spelling.includes("-")) : undefined;
  return inFile ?? spellings[0] ?? name;
}
