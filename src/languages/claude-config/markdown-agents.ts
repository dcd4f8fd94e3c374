/**
 * Subagent, skill and command files: markdown with YAML front matter under `.claude/`. The
 * front matter becomes the agent's options (keys as written: `tools`, `allowed-tools`,
 * `permissionMode`, `hooks`, …); the body is its prompt (`body`) and an instruction text.
 *
 * A subagent file without `name` is documentation kept beside the agents (Claude Code does
 * not load it): its text is still checked, but it is no agent.
 */
import type { SourceFile } from "../../core/types.js";
import type { AgentKind, AgentSpec } from "../../model/agent.js";
import type { InstructionKind, InstructionText } from "../../model/instructions.js";
import type { ObjectEntry, RValue } from "../../model/value.js";
import type { OffsetLocations } from "../../util/offset-locations.js";
import type { FrontMatter } from "./front-matter.js";
import { splitToolList, type ListSeparators } from "./tool-lists.js";
import type { MarkdownStructure } from "../markdown/structure.js";

export type MarkdownAgentKind = Extract<AgentKind, "subagent-file" | "skill" | "command">;

/** Where each kind lives: `.claude/agents/**`, `.claude/skills/<name>/SKILL.md`, `.claude/commands/**`. */
export function markdownAgentKind(path: string): MarkdownAgentKind | undefined {
  if (/(^|\/)\.claude\/agents\/.+\.md$/i.test(path)) return "subagent-file";
  if (/(^|\/)\.claude\/skills\/[^/]+\/SKILL\.md$/.test(path)) return "skill";
  if (/(^|\/)\.claude\/commands\/.+\.md$/i.test(path)) return "command";
  return undefined;
}

const INSTRUCTION_KIND: Readonly<Record<MarkdownAgentKind, InstructionKind>> = { "subagent-file": "subagent", skill: "skill", command: "command" };

/** Tool-list fields per kind and how a one-string list separates its entries. */
const TOOL_LIST_FIELDS: Readonly<Record<MarkdownAgentKind, Readonly<Record<string, ListSeparators>>>> = {
  "subagent-file": { tools: "comma", disallowedTools: "comma" },
  skill: { "allowed-tools": "comma-or-space", "disallowed-tools": "comma-or-space" },
  command: { "allowed-tools": "comma-or-space", "disallowed-tools": "comma-or-space" },
};

/**
 * The front matter fields Claude Code reads per kind (sub-agents.md, skills.md). Other keys are
 * ignored by Claude Code — `tools:` in a command file grants nothing — so they are not options.
 */
const FIELDS: Readonly<Record<MarkdownAgentKind, ReadonlySet<string>>> = {
  "subagent-file": new Set([
    "name", "description", "tools", "disallowedTools", "model", "permissionMode", "maxTurns", "skills", "mcpServers", "hooks",
    "memory", "background", "effort", "isolation", "color", "initialPrompt",
  ]),
  skill: new Set([
    "name", "description", "when_to_use", "argument-hint", "arguments", "disable-model-invocation", "user-invocable", "allowed-tools",
    "disallowed-tools", "model", "effort", "context", "agent", "background", "hooks", "paths", "shell", "metadata", "license", "compatibility",
  ]),
  command: new Set([
    "description", "when_to_use", "argument-hint", "arguments", "disable-model-invocation", "user-invocable", "allowed-tools",
    "disallowed-tools", "model", "effort", "context", "agent", "background", "hooks", "shell",
  ]),
};

export interface MarkdownAgent {
  readonly agent: AgentSpec | undefined;
  readonly instruction: InstructionText;
}

/** `structure` is the body's markdown structure (offsets relative to the body). */
export function markdownAgent(file: SourceFile, kind: MarkdownAgentKind, frontMatter: FrontMatter, structure: MarkdownStructure, locations: OffsetLocations): MarkdownAgent {
  const body = file.text.slice(frontMatter.bodyStart);
  const bodyLoc = locations.range(frontMatter.bodyStart, file.text.length);
  const instruction: InstructionText = {
    kind: INSTRUCTION_KIND[kind],
    file: file.path,
    text: body,
    offset: frontMatter.bodyStart,
    quoted: structure.quoted,
    loc: bodyLoc,
  };
  const fields = frontMatter.fields;
  if (frontMatter.problem) return { agent: undefined, instruction };
  const nameEntry = fields?.entries.find((entry) => entry.key === "name");
  const name = nameEntry?.value.kind === "string" ? nameEntry.value.value : undefined;
  if (kind === "subagent-file" && name === undefined) return { agent: undefined, instruction };
  const lists = TOOL_LIST_FIELDS[kind];
  const known = FIELDS[kind];
  const entries: ObjectEntry[] = (fields?.entries ?? []).filter((entry) => known.has(entry.key)).map((entry) => {
    const separators = lists[entry.key];
    return separators ? { ...entry, value: splitToolList(entry.value, separators, file.text, locations) } : entry;
  });
  const bodyValue: RValue = { kind: "string", value: body, loc: bodyLoc };
  if (body.trim() !== "") entries.push({ key: "body", keyLoc: bodyLoc, value: bodyValue });
  const agent: AgentSpec = {
    kind,
    language: "yaml",
    file: file.path,
    loc: nameEntry?.keyLoc ?? locations.range(0, Math.min(3, file.text.length)),
    options: { kind: "object", entries, open: false, loc: fields?.loc ?? locations.range(0, 0) },
    queryPrompts: [],
    runtimePermissionModes: [],
    ...(name !== undefined ? { name } : {}),
  };
  return { agent, instruction };
}
