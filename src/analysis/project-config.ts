/**
 * Joins agents with the project configuration they run under. An SDK agent that loads
 * project settings (`settingSources` / `setting_sources` including "project", or not set on a
 * `query()` agent; a V2 session loads none unless it lists them) runs under the project's `.claude/settings.json`, `.claude/settings.local.json` and
 * `.mcp.json`; a subagent, skill or command file runs in a session of its project. Each such
 * file becomes a ConfigLayer of the agent, with the effects SDK-REFERENCE.md §4.3 gives it:
 *
 * - SDK runs never show the workspace trust dialog, so project `permissions.allow` rules do not
 *   apply; a local file's rules apply only when git does not track it, which a scan cannot
 *   tell. Hooks, deny rules and `permissions.defaultMode` apply; `.mcp.json` servers connect
 *   unless `strictMcpConfig` is set.
 * - A subagent, skill or command file is run by an interactive session of a trusted project:
 *   every part of the project settings applies.
 * - `.claude/settings.json` and `.claude/settings.local.json` load together: the hooks and deny
 *   rules of one restrict what the other pre-approves.
 *
 * Project files are read through `ExtractContext.readFile` only, and parsed with the
 * claude-config front end's reader. An agent that sets `cwd` (or `projectConfigRoot`) may run
 * in another project: it is judged on its code alone, as is one whose `settingSources` is
 * unknown.
 */
import path from "node:path";
import type { ExtractContext } from "../languages/language.js";
// JSON only (jsonc-parser): light enough to load with the analysis.
import { readConfigFile, type ConfigFile, type ConfigFileKind } from "../languages/claude-config/config-files.js";
import { option, optionDefinitelyUnset, type AgentSpec, type ConfigLayer, type LayerEffects } from "../model/agent.js";
import type { FileModel } from "../model/file-model.js";
import { optionSpelling } from "../model/permissions.js";
import { alternatives, knownString, type RValue } from "../model/value.js";

/** Larger files are no configuration a person wrote; they are not read for the join. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** How many directories above a file the project root is looked for. */
const MAX_DEPTH = 24;

const CODE_KINDS = new Set(["typescript", "javascript", "python"]);

interface ProjectFiles {
  readonly settings: ConfigFile | undefined;
  readonly local: ConfigFile | undefined;
  readonly mcp: ConfigFile | undefined;
}

export function joinProjectConfiguration(model: FileModel, context: ExtractContext): FileModel {
  if (model.agents.length === 0) return model;
  const kind = model.file.kind;
  if (CODE_KINDS.has(kind)) {
    // Every agent of the file runs from the same directory: its project is looked up once
    // (a generated file with thousands of `query()` calls read the same files thousands of times).
    let project: { readonly files: ProjectFiles | undefined } | undefined;
    const filesOfProject = (): ProjectFiles | undefined => {
      if (project === undefined) {
        const root = projectRoot(path.dirname(model.file.absolutePath), context);
        project = { files: root === undefined ? undefined : projectFiles(root, context) };
      }
      return project.files;
    };
    return withLayers(model, (agent) => (agent.kind === "sdk-options" ? sdkLayers(agent, filesOfProject) : undefined));
  }
  if (kind === "claude-markdown") {
    const root = claudeDirectoryParent(model.file.absolutePath);
    if (root === undefined) return model;
    const files = projectFiles(root, context);
    return withLayers(model, (agent) => sessionLayers(agent, files));
  }
  if (kind === "claude-settings") {
    const sibling = siblingSettings(model.file.absolutePath, context);
    if (!sibling) return model;
    const layers = layersOf(sibling.file, "which loads together with this file", { allow: false, restrictions: true, mcpServers: false });
    return withLayers(model, () => layers);
  }
  return model;
}

/** Rebuilds the agents with their layers; subagents keep pointing at their (rebuilt) parent. */
function withLayers(model: FileModel, layersOf: (agent: AgentSpec) => readonly ConfigLayer[] | undefined): FileModel {
  const rebuilt = new Map<AgentSpec, AgentSpec>();
  const rebuild = (agent: AgentSpec): AgentSpec => {
    const done = rebuilt.get(agent);
    if (done) return done;
    const layers = layersOf(agent) ?? [];
    const parent = agent.parent ? rebuild(agent.parent) : undefined;
    const next: AgentSpec = layers.length === 0 && parent === agent.parent ? agent : { ...agent, ...(layers.length > 0 ? { layers } : {}), ...(parent ? { parent } : {}) };
    rebuilt.set(agent, next);
    return next;
  };
  const agents = model.agents.map(rebuild);
  return agents.every((agent, index) => agent === model.agents[index]) ? model : { ...model, agents };
}

function sdkLayers(agent: AgentSpec, filesOfProject: () => ProjectFiles | undefined): ConfigLayer[] | undefined {
  if (!optionDefinitelyUnset(agent, "cwd") || !optionDefinitelyUnset(agent, "projectConfigRoot")) return undefined;
  const sources = settingSources(agent);
  if (sources === undefined) return undefined;
  const loads = (source: string): boolean => sources.loaded === "all" || sources.loaded.includes(source);
  if (!loads("project") && !loads("local")) return undefined;
  const files = filesOfProject();
  if (files === undefined) return undefined;
  const spelling = optionSpelling(agent, "settingSources");
  const because = (source: string): string =>
    sources.loaded === "all" ? `which this agent loads because \`${spelling}\` is not set` : `which this agent loads because \`${spelling}\` includes "${source}"`;
  const settingsEffects: LayerEffects = { allow: false, restrictions: true, mcpServers: false };
  const layers: ConfigLayer[] = [];
  if (loads("project")) layers.push(...layersOf(files.settings, because("project"), settingsEffects));
  if (loads("local")) layers.push(...layersOf(files.local, because("local"), settingsEffects));
  if (loads("project") && !strictMcpConfig(agent)) {
    // `disabledMcpjsonServers` keeps a server out in every kind of session.
    const disabled = new Set(layers.flatMap((layer) => stringList(option(layer.agent, "disabledMcpjsonServers")?.value)));
    const servers = layersOf(files.mcp, because("project"), { allow: false, restrictions: false, mcpServers: true });
    layers.push(...servers.map((layer) => ({ ...layer, agent: withoutServers(layer.agent, disabled) })));
  }
  return layers;
}

function sessionLayers(agent: AgentSpec, files: ProjectFiles): ConfigLayer[] {
  const noun = agent.kind === "skill" ? "skill" : agent.kind === "command" ? "command" : "subagent";
  const reason = `which the session running this ${noun} loads`;
  const effects: LayerEffects = { allow: true, restrictions: true, mcpServers: false };
  return [...layersOf(files.settings, reason, effects), ...layersOf(files.local, reason, effects)];
}

function layersOf(file: ConfigFile | undefined, reason: string, effects: LayerEffects): ConfigLayer[] {
  // A `.claude.json`-style file has several layers; a settings file or `.mcp.json` has one.
  return (file?.layers ?? []).filter((layer) => layer.name === undefined).map((agent) => ({ agent, reason, effects }));
}

/** The other of `.claude/settings.json` and `.claude/settings.local.json`. */
function siblingSettings(absolutePath: string, context: ExtractContext): { file: ConfigFile } | undefined {
  const directory = path.dirname(absolutePath);
  if (path.basename(directory) !== ".claude") return undefined;
  const name = path.basename(absolutePath);
  const other = name === "settings.json" ? "settings.local.json" : name === "settings.local.json" ? "settings.json" : undefined;
  const file = other ? configFile(path.join(directory, other), "settings", context) : undefined;
  return file ? { file } : undefined;
}

function stringList(value: RValue | undefined): string[] {
  if (value?.kind !== "array") return [];
  return value.elements.flatMap((element) => {
    const text = knownString(element);
    return text === undefined ? [] : [text];
  });
}

function withoutServers(agent: AgentSpec, names: ReadonlySet<string>): AgentSpec {
  if (names.size === 0) return agent;
  const entries = agent.options.entries.map((entry) =>
    entry.key === "mcpServers" && entry.value.kind === "object" ? { ...entry, value: { ...entry.value, entries: entry.value.entries.filter((server) => !names.has(server.key)) } } : entry,
  );
  return { ...agent, options: { ...agent.options, entries } };
}

type Sources = { readonly loaded: "all" | readonly string[] };

/** The setting sources an agent loads, or undefined when not known. */
function settingSources(agent: AgentSpec): Sources | undefined {
  const entry = option(agent, "settingSources");
  if (!entry) return agent.options.open ? undefined : defaultSources(agent);
  const values = alternatives(entry.value);
  if (values.length !== 1) return undefined;
  const value = values[0]!.value;
  if (value.kind === "null") return defaultSources(agent);
  if (value.kind !== "array" || value.open) return undefined;
  const names = value.elements.map(knownString);
  return names.every((name): name is string => name !== undefined) ? { loaded: names } : undefined;
}

/** `query()` loads every setting source when none is given; a V2 session loads none. */
function defaultSources(agent: AgentSpec): Sources {
  return agent.api === "session" ? { loaded: [] } : { loaded: "all" };
}

function strictMcpConfig(agent: AgentSpec): boolean {
  const entry = option(agent, "strictMcpConfig");
  return entry !== undefined && alternatives(entry.value).some(({ value }) => value.kind !== "boolean" || value.value);
}

/** The directory holding the `.claude` directory a path is in. */
function claudeDirectoryParent(absolutePath: string): string | undefined {
  const posix = absolutePath.split(path.sep).join("/");
  const at = posix.lastIndexOf("/.claude/");
  return at < 0 ? undefined : absolutePath.slice(0, at) || "/";
}

/**
 * The nearest directory at or above `start` with project configuration (`.claude/settings*.json`
 * or `.mcp.json`), not above the repository root.
 */
function projectRoot(start: string, context: ExtractContext): string | undefined {
  let directory = start;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const files = projectFiles(directory, context);
    if (files.settings || files.local || files.mcp) return directory;
    if (context.readFile(path.join(directory, ".git", "HEAD")) !== undefined || context.readFile(path.join(directory, ".git")) !== undefined) return undefined;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
  return undefined;
}

function projectFiles(root: string, context: ExtractContext): ProjectFiles {
  return {
    settings: configFile(path.join(root, ".claude", "settings.json"), "settings", context),
    local: configFile(path.join(root, ".claude", "settings.local.json"), "settings", context),
    mcp: configFile(path.join(root, ".mcp.json"), "mcp", context),
  };
}

const parsed = new Map<string, { readonly text: string; readonly file: ConfigFile }>();

function configFile(absolutePath: string, kind: ConfigFileKind, context: ExtractContext): ConfigFile | undefined {
  const raw = context.readFile(absolutePath);
  if (raw === undefined || raw.length > MAX_CONFIG_BYTES) return undefined;
  const text = raw.replace(/^\uFEFF/, "");
  const cached = parsed.get(absolutePath);
  if (cached && cached.text === text) return cached.file;
  const relative = path.relative(context.cwd, absolutePath).split(path.sep).join("/");
  const file = readConfigFile(relative, text, kind);
  parsed.set(absolutePath, { text, file });
  return file;
}
