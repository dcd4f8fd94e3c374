/**
 * Claude Code settings files as configuration layers (AgentSpec kind "settings"): the
 * options are the file's own keys, with the `permissions` block flattened to
 * `permissions.allow`, `permissions.deny`, `permissions.ask`, `permissions.defaultMode` and
 * `permissions.additionalDirectories` (aliases of the SDK options they correspond to, see
 * OPTION_ALIASES), so that rules name them as the file writes them.
 *
 * `.claude.json` (the CLI's own state file, when a repository carries one) holds user-scope
 * `mcpServers` at the top and one block per project under `projects`; each is a layer.
 */
import type { Location } from "../../core/types.js";
import type { AgentSpec } from "../../model/agent.js";
import type { ObjectEntry, RValue } from "../../model/value.js";

type ObjectValue = Extract<RValue, { kind: "object" }>;

/** Keys under `permissions` that rules read, flattened to `permissions.<key>`. */
const PERMISSION_KEYS = new Set(["allow", "deny", "ask", "defaultMode", "additionalDirectories"]);

export function settingsLayers(root: ObjectValue, file: string, isStateFile: boolean): AgentSpec[] {
  if (!isStateFile) return [layer(root, file, flattened(root.entries))];
  const layers: AgentSpec[] = [];
  const topLevel = root.entries.filter((entry) => entry.key === "mcpServers");
  if (topLevel.length > 0) layers.push(layer(root, file, topLevel));
  const projects = root.entries.find((entry) => entry.key === "projects")?.value;
  if (projects?.kind === "object") {
    for (const project of projects.entries) {
      if (project.value.kind !== "object") continue;
      layers.push({ ...layer(project.value, file, flattened(project.value.entries)), name: project.key, loc: project.keyLoc });
    }
  }
  return layers;
}

function layer(object: ObjectValue, file: string, entries: readonly ObjectEntry[]): AgentSpec {
  return {
    kind: "settings",
    language: "json",
    file,
    loc: openingOf(object.loc),
    options: { kind: "object", entries, open: false, loc: object.loc },
    queryPrompts: [],
    runtimePermissionModes: [],
  };
}

function flattened(entries: readonly ObjectEntry[]): ObjectEntry[] {
  const result: ObjectEntry[] = [];
  for (const entry of entries) {
    if (entry.key !== "permissions") {
      result.push(entry);
      continue;
    }
    if (entry.value.kind !== "object") continue;
    for (const permission of entry.value.entries) {
      if (PERMISSION_KEYS.has(permission.key)) result.push({ ...permission, key: `permissions.${permission.key}` });
    }
  }
  return result;
}

/** The first character of an object (its `{`): where findings about the whole file point. */
export function openingOf(loc: Location): Location {
  return { ...loc, endLine: loc.line, endColumn: loc.column + 1, end: loc.start + 1 };
}
