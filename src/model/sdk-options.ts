/**
 * Option keys the SDKs do not know. A misspelled key (`allowed_tool`, `maxturns`,
 * `permisionMode`) is never read: in TypeScript it is silently ignored, in Python the
 * dataclass constructor rejects it or an attribute set on the options object is ignored. When
 * the key is a security setting, the agent runs without the limit its author wrote.
 *
 * The known names are generated from the spec's SDK reference (sdk-option-names.generated.ts).
 * A key is reported only when it is close to a known name, so an option newer than that list
 * is not mistaken for a typo.
 */
import type { Location } from "../core/types.js";
import { editDistance } from "../util/edit-distance.js";
import { OPTION_ALIASES, SESSION_OPTION_KEYS, type AgentSpec, type OptionName } from "./agent.js";
import {
  PYTHON_AGENT_DEFINITION_NAMES,
  PYTHON_OPTION_NAMES,
  TYPESCRIPT_AGENT_DEFINITION_NAMES,
  TYPESCRIPT_OPTION_NAMES,
} from "./sdk-option-names.generated.js";

export interface UnknownOptionKey {
  readonly key: string;
  readonly keyLoc: Location;
  /**
   * The known name the key most likely meant; none for a `query()` option written on a V2
   * session, which never reads it.
   */
  readonly suggestion?: string;
  /** True when the intended option limits the agent (its absence widens what the agent can do). */
  readonly limitsAgent: boolean;
}

/** Options whose absence leaves the agent with more power than its author meant. */
const LIMITING_OPTIONS: readonly OptionName[] = [
  "tools",
  "disallowedTools",
  "permissionMode",
  "permissionPrompts",
  "canUseTool",
  "hooks",
  "maxTurns",
  "maxBudgetUsd",
  "taskBudget",
  "cwd",
  "env",
  "sandbox",
];
const LIMITING_SPELLINGS = new Set<string>(LIMITING_OPTIONS.flatMap((name) => OPTION_ALIASES[name]));
/** Not in OPTION_ALIASES (no rule reads them otherwise), but limiting all the same. */
const OTHER_LIMITING_SPELLINGS = new Set(["settingSources", "setting_sources", "strictMcpConfig", "strict_mcp_config"]);

type CodeAgentKind = Extract<AgentSpec["kind"], "sdk-options" | "agent-definition">;

const KNOWN: Readonly<Record<"python" | "typescript", Readonly<Record<CodeAgentKind, ReadonlySet<string>>>>> = {
  python: { "sdk-options": new Set(PYTHON_OPTION_NAMES), "agent-definition": new Set(PYTHON_AGENT_DEFINITION_NAMES) },
  typescript: { "sdk-options": new Set(TYPESCRIPT_OPTION_NAMES), "agent-definition": new Set(TYPESCRIPT_AGENT_DEFINITION_NAMES) },
};

/**
 * The option keys of an agent built in code that its SDK does not know but that resemble a
 * known one, and on a V2 session the `query()` options it does not read.
 */
export function unknownOptionKeys(agent: AgentSpec): UnknownOptionKey[] {
  // Configuration files (settings, front matter) have their own keys; only SDK code is judged here.
  if (agent.kind !== "sdk-options" && agent.kind !== "agent-definition") return [];
  if (agent.language !== "typescript" && agent.language !== "javascript" && agent.language !== "python") return [];
  const known = KNOWN[agent.language === "python" ? "python" : "typescript"][agent.kind];
  const session = agent.api === "session";
  const found: UnknownOptionKey[] = [];
  for (const entry of agent.options.entries) {
    if (session && !SESSION_OPTION_KEYS.has(entry.key) && known.has(entry.key)) {
      found.push({ key: entry.key, keyLoc: entry.keyLoc, limitsAgent: LIMITING_SPELLINGS.has(entry.key) || OTHER_LIMITING_SPELLINGS.has(entry.key) });
      continue;
    }
    if ((session ? SESSION_OPTION_KEYS : known).has(entry.key)) continue;
    const suggestion = closestKnownName(entry.key, session ? SESSION_OPTION_KEYS : known);
    if (!suggestion) continue;
    found.push({
      key: entry.key,
      keyLoc: entry.keyLoc,
      suggestion,
      limitsAgent: LIMITING_SPELLINGS.has(suggestion) || OTHER_LIMITING_SPELLINGS.has(suggestion),
    });
  }
  return found;
}

/**
 * The known name `key` most likely meant: the same name in another case or separator style
 * (`max_turns` in TypeScript, `maxturns`), else the single closest name within a small edit
 * distance of it (1 for short names, 2 from eight characters on). Undefined when nothing is close
 * or two names are equally close.
 */
export function closestKnownName(key: string, known: ReadonlySet<string>): string | undefined {
  let answers = closestNames.get(known);
  if (!answers) closestNames.set(known, (answers = new Map()));
  if (answers.has(key)) return answers.get(key);
  // Bounded: a generated file can hold any number of distinct keys.
  if (answers.size >= MAX_REMEMBERED_KEYS) answers.clear();
  const answer = searchClosestKnownName(key, known);
  answers.set(key, answer);
  return answer;
}

/** Answers by key, per set of known names: a misspelt key usually repeats across a file's agents. */
const closestNames = new WeakMap<ReadonlySet<string>, Map<string, string | undefined>>();
const MAX_REMEMBERED_KEYS = 10_000;

function searchClosestKnownName(key: string, known: ReadonlySet<string>): string | undefined {
  const normalized = normalize(key);
  if (normalized.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const name of known) {
    // Nothing further than 2 is ever suggested.
    const distance = editDistance(normalized, normalize(name), 2);
    if (distance === 0) return name;
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  const allowed = normalized.length >= 8 ? 2 : 1;
  return bestDistance <= allowed && !tie ? best : undefined;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, "");
}
