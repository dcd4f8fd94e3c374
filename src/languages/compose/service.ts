/**
 * A compose service as a ContainerSpec: its layers (see layers.ts) merged the way compose
 * merges them — single values and nested mappings by the last layer that sets them; `cap_add`,
 * `cap_drop` and `security_opt` appended; `volumes` by target and `environment` by name, later
 * layers winning; `!reset` clearing and `!override` replacing what earlier layers set.
 */
import { isScalar, type Node } from "yaml";
import type { Location } from "../../core/types.js";
import type { ContainerMount, ContainerSetting, ContainerSpec, EnvironmentEntry, HostNamespaces } from "../../model/container.js";
import type { RValue } from "../../model/value.js";
import { buildSource } from "./build-user.js";
import type { ServiceLayers } from "./layers.js";
import type { ComposeProject } from "./project.js";
import { LayerReader } from "./reader.js";
import { parseMount } from "./volumes.js";
import { scalarText, tagOf, type MapEntry } from "./yaml-view.js";

interface Found {
  readonly reader: LayerReader;
  readonly entry: MapEntry;
  /** The key path as written, for messages: `deploy.resources.limits.memory`. */
  readonly key: string;
}

export function serviceContainer(project: ComposeProject, name: string, keyLoc: Location, service: ServiceLayers, open: boolean): ContainerSpec {
  const readers = service.layers.map((layer) => new LayerReader(layer, project.variables));
  const settings = new SettingReader(readers);
  const user = settings.setting("user", (found) => found.reader.stringValue(found.entry.value));
  const build = settings.last(["build"]);
  const image = settings.setting("image", (found) => found.reader.stringValue(found.entry.value));
  const buildInfo = build && buildSource(project, build.reader, build.entry, build.reader.locate(build.entry.keyNode));
  const complete = image !== undefined || build !== undefined;
  return {
    source: "compose",
    file: project.main.yaml.path,
    name: `service "${name}"`,
    loc: keyLoc,
    open: open || service.unresolved !== undefined || !complete,
    ...(image && { image }),
    ...(build && {
      build: {
        loc: build.reader.locate(build.entry.keyNode),
        ...(buildInfo?.dockerfile !== undefined && { dockerfile: buildInfo.dockerfile }),
        ...(buildInfo?.context !== undefined && { context: buildInfo.context }),
      },
    }),
    ...(buildInfo?.runs && { runs: buildInfo.runs }),
    ...userFields(user, build, buildInfo?.user),
    ...optional("privileged", settings.setting("privileged", (found) => found.reader.booleanValue(found.entry.value))),
    ...optional("readOnlyRootFilesystem", settings.setting("read_only", (found) => found.reader.booleanValue(found.entry.value))),
    ...optional("capAdd", settings.list("cap_add")),
    ...optional("capDrop", settings.list("cap_drop")),
    ...securityOptions(settings),
    hostNamespaces: hostNamespaces(settings),
    mounts: mounts(settings),
    ...optional("memoryLimit", settings.setting(["deploy", "resources", "limits", "memory"], (found) => found.reader.stringValue(found.entry.value)) ?? settings.setting("mem_limit", (found) => found.reader.stringValue(found.entry.value))),
    environment: environment(settings),
  };
}

function optional<K extends string>(key: K, setting: ContainerSetting | undefined): { [P in K]?: ContainerSetting } {
  return (setting ? { [key]: setting } : {}) as { [P in K]?: ContainerSetting };
}

function userFields(user: ContainerSetting | undefined, build: Found | undefined, fromBuild: ReturnType<typeof buildSource>["user"] | undefined): { user?: ContainerSetting } {
  if (user) return { user };
  if (!build || !fromBuild) return {};
  if (fromBuild.kind === "user") return { user: fromBuild.setting };
  if (fromBuild.kind === "none") return {};
  const loc = build.reader.locate(build.entry.keyNode);
  return { user: { key: "build", keyLoc: loc, value: { kind: "unknown", reason: fromBuild.reason, loc }, via: "in the Dockerfile it builds" } };
}

class SettingReader {
  constructor(readonly readers: readonly LayerReader[]) {}

  /** The last layer that sets `path` (a key, or keys into nested maps), `!reset` honoured. */
  last(path: readonly string[]): Found | undefined {
    let found: Found | undefined;
    for (const reader of this.readers) {
      const entry = this.entryAt(reader, path);
      if (!entry) continue;
      found = tagOf(entry.value) === "!reset" ? undefined : { reader, entry, key: path.join(".") };
    }
    return found;
  }

  setting(path: string | readonly string[], read: (found: Found) => RValue): ContainerSetting | undefined {
    const found = this.last(typeof path === "string" ? [path] : path);
    return found && settingOf(found, read(found));
  }

  /** An appended list: every layer's items (from the last `!reset`/`!override` on), each item's value. */
  list(key: string): ContainerSetting | undefined {
    const items = this.items(key);
    if (!items) return undefined;
    const elements = items.items.map(({ reader, node }) => reader.stringValue(node));
    const loc = items.last.reader.locate(items.last.entry.value ?? items.last.entry.keyNode);
    return settingOf(items.last, { kind: "array", elements, open: items.items.some(({ reader }) => reader.hidden), loc });
  }

  items(key: string): { last: Found; items: Array<{ reader: LayerReader; node: Node }> } | undefined {
    let last: Found | undefined;
    let items: Array<{ reader: LayerReader; node: Node }> = [];
    for (const reader of this.readers) {
      const entry = this.entryAt(reader, [key]);
      if (!entry) continue;
      const tag = tagOf(entry.value);
      if (tag === "!reset" || tag === "!override") items = [];
      if (tag === "!reset") {
        last = undefined;
        continue;
      }
      last = { reader, entry, key };
      for (const node of reader.layer.view.items(entry.value)) items.push({ reader, node });
    }
    return last && { last, items };
  }

  /** Every layer's `key` mapping or list of `NAME=value` items, in order. */
  layersWith(key: string): Array<{ reader: LayerReader; entry: MapEntry }> {
    const found: Array<{ reader: LayerReader; entry: MapEntry }> = [];
    for (const reader of this.readers) {
      const entry = this.entryAt(reader, [key]);
      if (!entry) continue;
      const tag = tagOf(entry.value);
      if (tag === "!reset" || tag === "!override") found.length = 0;
      if (tag !== "!reset") found.push({ reader, entry });
    }
    return found;
  }

  private entryAt(reader: LayerReader, path: readonly string[]): MapEntry | undefined {
    const view = reader.layer.view;
    let entries: readonly MapEntry[] = reader.layer.entries;
    let entry: MapEntry | undefined;
    for (const [index, key] of path.entries()) {
      entry = entries.find((candidate) => candidate.key === key);
      if (!entry) return undefined;
      if (index < path.length - 1) entries = view.entries(entry.value);
    }
    return entry;
  }
}

function settingOf(found: Found, value: RValue): ContainerSetting {
  return { key: found.key, keyLoc: found.reader.locate(found.entry.keyNode), value, ...viaOf(found.reader) };
}

/** How messages say where a value of another file is written (see ContainerSetting.via). */
export function viaOf(reader: LayerReader): { via?: string } {
  const origin = reader.layer.origin;
  if (origin.kind === "borrowed") return { via: `from the \`extends\` of ${origin.via}` };
  return origin.kind === "hidden" ? { via: `in ${origin.via}` } : {};
}

/** `security_opt` entries: `no-new-privileges[:=]true`, `seccomp[:=]PROFILE`, `apparmor[:=]PROFILE`; the last of each wins. */
function securityOptions(settings: SettingReader): Pick<ContainerSpec, "noNewPrivileges" | "seccomp" | "apparmor"> {
  const items = settings.items("security_opt");
  const found: { noNewPrivileges?: ContainerSetting; seccomp?: ContainerSetting; apparmor?: ContainerSetting } = {};
  for (const { reader, node } of items?.items ?? []) {
    const written = scalarText(node);
    if (written === undefined) continue;
    const loc = reader.locate(node);
    const value = reader.stringValue(node);
    const text = value.kind === "string" ? value.value : undefined;
    const [name, option] = splitOption(text ?? written);
    const via = viaOf(reader);
    const unknown: RValue = { kind: "unknown", reason: reader.hidden ? "set in the file merged with this one" : "interpolated", loc };
    if (name === "no-new-privileges") {
      const enabled: RValue = text === undefined ? unknown : option === undefined || option === "true" ? { kind: "boolean", value: true, loc } : option === "false" ? { kind: "boolean", value: false, loc } : unknown;
      found.noNewPrivileges = { key: written, whole: true, keyLoc: loc, value: enabled, ...via };
    }
    if (name === "seccomp" || name === "apparmor") {
      const profile: RValue = text === undefined || option === undefined ? unknown : { kind: "string", value: option, loc };
      found[name] = { key: written, whole: true, keyLoc: loc, value: profile, ...via };
    }
  }
  return found;
}

function splitOption(text: string): [string, string | undefined] {
  const separator = text.search(/[:=]/);
  return separator < 0 ? [text.trim(), undefined] : [text.slice(0, separator).trim(), text.slice(separator + 1).trim()];
}

const NAMESPACE_KEYS: ReadonlyArray<[keyof HostNamespaces, string]> = [
  ["network", "network_mode"],
  ["pid", "pid"],
  ["ipc", "ipc"],
  ["uts", "uts"],
  ["userns", "userns_mode"],
];

function hostNamespaces(settings: SettingReader): HostNamespaces {
  const namespaces: { -readonly [K in keyof HostNamespaces]?: ContainerSetting } = {};
  for (const [field, key] of NAMESPACE_KEYS) {
    const setting = settings.setting(key, (found) => found.reader.stringValue(found.entry.value));
    if (setting) namespaces[field] = setting;
  }
  return namespaces;
}

/** Mounts merged by target; one written in the counterpart file replaces this file's and is not listed. */
function mounts(settings: SettingReader): ContainerMount[] {
  const byTarget = new Map<string, ContainerMount | undefined>();
  let anonymous = 0;
  for (const { reader, node } of settings.items("volumes")?.items ?? []) {
    const parsed = parseMount(reader, node);
    if (!parsed) continue;
    const key = parsed.target ?? `\u0000${anonymous++}`;
    byTarget.delete(key);
    byTarget.set(key, reader.hidden ? undefined : { ...parsed.mount, ...viaOf(reader) });
  }
  return [...byTarget.values()].filter((mount): mount is ContainerMount => mount !== undefined);
}

/** `environment` in map or list form, merged by name; a value from the counterpart file replaces this file's and is not listed. */
function environment(settings: SettingReader): EnvironmentEntry[] {
  const byName = new Map<string, EnvironmentEntry | undefined>();
  const set = (name: string, entry: EnvironmentEntry | undefined): void => {
    byName.delete(name);
    byName.set(name, entry);
  };
  for (const { reader, entry } of settings.layersWith("environment")) {
    const view = reader.layer.view;
    for (const pair of view.entries(entry.value)) {
      const nameLoc = reader.locate(pair.keyNode);
      const value: RValue =
        pair.value === undefined || (isScalar(pair.value) && pair.value.value === null)
          ? { kind: "unknown", reason: `taken from the environment compose runs in`, provenance: { kind: "env", name: pair.key }, loc: nameLoc }
          : reader.stringValue(pair.value);
      set(pair.key, reader.hidden ? undefined : { name: pair.key, nameLoc, value });
    }
    for (const item of view.items(entry.value)) {
      const text = scalarText(item);
      if (text === undefined) continue;
      const equals = text.indexOf("=");
      const name = equals < 0 ? text : text.slice(0, equals);
      const nameLoc = reader.locateWithin(item, text, 0, name.length);
      const valueLoc = equals < 0 ? nameLoc : reader.locateWithin(item, text, equals + 1, text.length);
      const value: RValue =
        equals < 0 ? { kind: "unknown", reason: "taken from the environment compose runs in", provenance: { kind: "env", name }, loc: nameLoc } : reader.textValue(text.slice(equals + 1), valueLoc);
      set(name, reader.hidden ? undefined : { name, nameLoc, value });
    }
  }
  return [...byName.values()].filter((entry): entry is EnvironmentEntry => entry !== undefined);
}

