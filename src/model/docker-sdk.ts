/**
 * Containers started through the Docker SDKs, read as ContainerSpecs so that the container
 * rules judge them like a compose service or a `docker run`:
 *
 * - docker-py: `client.containers.run(image, command, **kwargs)` and `containers.create(…)`
 *   on a client from `docker.from_env()` or `docker.DockerClient(…)`, with its keyword
 *   spellings (`privileged=True`, `cap_add`, `security_opt`, `volumes` as a dict or a list,
 *   `network_mode`, `pid_mode`, `ipc_mode`, `uts_mode`, `userns_mode`, `user`, `read_only`,
 *   `mem_limit`, `environment` as a dict or a list, `name`);
 * - dockerode: `docker.createContainer({ Image, User, Env, name, HostConfig: { Privileged,
 *   CapAdd, CapDrop, SecurityOpt, Binds, Mounts, NetworkMode, PidMode, IpcMode, UTSMode,
 *   UsernsMode, ReadonlyRootfs, Memory } })` and `docker.run(image, cmd, stream, createOptions)`
 *   on a `new Docker()` of "dockerode".
 *
 * The client is recognised by the extractors through imports only (see library-calls.ts).
 * Arguments that may hold options not seen (`**kwargs`, a spread, an options object that is
 * not fully known) make the spec open, so rules about missing settings stay silent. Every
 * location lies in the analysed file: a value resolved from another file is reported at the
 * call.
 */
import type { Location, SourceFile } from "../core/types.js";
import { locationInLiteral } from "../util/literal-location.js";
import type { ContainerMount, ContainerSetting, ContainerSource, ContainerSpec, EnvironmentEntry, HostNamespaces } from "./container.js";
import type { FileModel } from "./file-model.js";
import type { LibraryCall } from "./library-calls.js";
import { keepInFile } from "./relocate.js";
import { alternatives, entryOf, knownString, type ObjectEntry, type RValue } from "./value.js";
import { isHostPath, splitVolume } from "./volume-strings.js";

type SdkSource = Extract<ContainerSource, "docker-py" | "dockerode">;

const DOCKER_PY_CLIENTS = ["docker.from_env()", "docker.DockerClient()", "docker.client.from_env()", "docker.client.DockerClient()", "docker.DockerClient.from_env()", "docker.client.DockerClient.from_env()"];
const DOCKER_PY_METHODS = ["containers.run", "containers.create"];
const DOCKERODE_CLIENTS = ["new dockerode()"];
const DOCKERODE_METHODS = ["createContainer", "run"];

/** The APIs the code extractors record for this module (see LibraryCall.api). */
export const DOCKER_SDK_APIS: ReadonlySet<string> = new Set([
  ...DOCKER_PY_CLIENTS.flatMap((client) => DOCKER_PY_METHODS.map((method) => `${client}.${method}`)),
  ...DOCKERODE_CLIENTS.flatMap((client) => DOCKERODE_METHODS.map((method) => `${client}.${method}`)),
]);

const DOCKER_PY_NAMESPACES: Readonly<Record<string, keyof HostNamespaces>> = {
  network_mode: "network",
  pid_mode: "pid",
  ipc_mode: "ipc",
  uts_mode: "uts",
  userns_mode: "userns",
};
const DOCKERODE_NAMESPACES: Readonly<Record<string, keyof HostNamespaces>> = {
  NetworkMode: "network",
  PidMode: "pid",
  IpcMode: "ipc",
  UTSMode: "uts",
  UsernsMode: "userns",
};

/** The model with the containers its Docker SDK calls start added. */
export function withDockerSdkContainers(model: FileModel, calls: readonly LibraryCall[]): FileModel {
  const containers = calls.flatMap((call) => dockerSdkContainers(call, model.file));
  return containers.length === 0 ? model : { ...model, containers: [...model.containers, ...containers] };
}

export function dockerSdkContainers(call: LibraryCall, source: SourceFile): ContainerSpec[] {
  if (!DOCKER_SDK_APIS.has(call.api)) return [];
  const method = call.api.slice(call.api.lastIndexOf(")") + 2);
  const reader = { call, method, text: source.text, local: (value: RValue): RValue => keepInFile(value, source.path, call.nameLoc) };
  if (call.api.startsWith("docker.")) return [dockerPyContainer(reader)];
  return method === "createContainer" ? dockerodeCreated(reader) : dockerodeRun(reader);
}

interface CallReader {
  readonly call: LibraryCall;
  /** `containers.run`, `createContainer`, … as messages name the call. */
  readonly method: string;
  /** The analysed file's text, to point inside `"NAME=value"` strings. */
  readonly text: string;
  /** A value with the parts written in other files relocated to the call. */
  local(value: RValue): RValue;
}

/** `client.containers.run(image, command, **kwargs)` / `containers.create(…)`. */
function dockerPyContainer({ call, method, text, local }: CallReader): ContainerSpec {
  const image = call.positional.elements[0] ?? entryOf(call.keywords, "image")?.value;
  const command = call.positional.elements[1] ?? entryOf(call.keywords, "command")?.value;
  const options = local(call.keywords) as Extract<RValue, { kind: "object" }>;
  return { ...dockerPySpec(call, method, image && local(image), options, text), ...startedBy(command && local(command), call) };
}

/** `docker.createContainer({ Image, Cmd, HostConfig, … })`: one container per alternative of the options. */
function dockerodeCreated({ call, method, text, local }: CallReader): ContainerSpec[] {
  const options = call.positional.elements[0];
  if (!options) return [];
  return optionAlternatives(local(options), call.positional.open).map(({ options: alternative, open, when }) => ({
    ...dockerodeSpec(call, method, entryOf(alternative, "Image")?.value, alternative, open, when, text),
    ...startedBy(dockerodeCommand(alternative), call),
  }));
}

/** `docker.run(image, cmd, streams, createOptions?, startOptions?, callback?)`. */
function dockerodeRun({ call, method, text, local }: CallReader): ContainerSpec[] {
  const [image, cmd, , createOptions] = call.positional.elements;
  const started = startedBy(cmd && local(cmd), call);
  const localImage = image && local(image);
  if (createOptions === undefined || createOptions.kind === "function" || createOptions.kind === "null") {
    // No create options: a spread that may hold them leaves the container open.
    return [{ ...dockerodeSpec(call, method, localImage, emptyObject(call.nameLoc), call.positional.open && createOptions === undefined, "", text), ...started }];
  }
  return optionAlternatives(local(createOptions), call.positional.open).map(({ options, open, when }) => ({
    ...dockerodeSpec(call, method, entryOf(options, "Image")?.value ?? localImage, options, open, when, text),
    ...started,
  }));
}

/** What the container runs: a command line (a string) or an argument vector (a list). */
function startedBy(command: RValue | undefined, call: LibraryCall): Pick<ContainerSpec, "runs"> {
  if (!command || command.kind === "null") return {};
  const line = alternatives(command).every(({ value }) => value.kind === "string" || value.kind === "text");
  return { runs: [{ loc: call.nameLoc, api: "container command", command, line }] };
}

/** dockerode's `Entrypoint` and `Cmd`, as one argument vector when both are lists. */
function dockerodeCommand(options: Extract<RValue, { kind: "object" }>): RValue | undefined {
  const entrypoint = entryOf(options, "Entrypoint")?.value;
  const cmd = entryOf(options, "Cmd")?.value;
  if (entrypoint?.kind === "array" && cmd?.kind === "array") return { ...entrypoint, elements: [...entrypoint.elements, ...cmd.elements], open: entrypoint.open || cmd.open };
  return entrypoint ?? cmd;
}

interface OptionAlternative {
  readonly options: Extract<RValue, { kind: "object" }>;
  readonly open: boolean;
  readonly when: string;
}

/**
 * Each alternative of an options argument, and of its `HostConfig` (dockerode's
 * `{ HostConfig: trusted ? {...} : {...} }` is two containers); one that is not an object is
 * an unknown, open one.
 */
function optionAlternatives(value: RValue, open: boolean): OptionAlternative[] {
  return alternatives(value).flatMap(({ value: concrete, when }): OptionAlternative[] => {
    if (concrete.kind !== "object") return [{ options: emptyObject(concrete.loc), open: true, when }];
    const hostConfig = entryOf(concrete, "HostConfig");
    const base = { options: concrete, open: open || concrete.open, when };
    if (!hostConfig || hostConfig.value.kind !== "oneOf") return [base];
    return alternatives(hostConfig.value, when).map((branch) => ({ ...base, options: withEntry(concrete, { ...hostConfig, value: branch.value }), when: branch.when }));
  });
}

function withEntry(object: Extract<RValue, { kind: "object" }>, entry: ObjectEntry): Extract<RValue, { kind: "object" }> {
  return { ...object, entries: object.entries.map((existing) => (existing.key === entry.key ? entry : existing)) };
}

function emptyObject(loc: Location): Extract<RValue, { kind: "object" }> {
  return { kind: "object", entries: [], open: false, loc };
}

function dockerPySpec(call: LibraryCall, method: string, image: RValue | undefined, options: Extract<RValue, { kind: "object" }>, fileText: string): ContainerSpec {
  const setting = (key: string): ContainerSetting | undefined => {
    const entry = entryOf(options, key);
    return entry && { key, keyLoc: entry.keyLoc, value: entry.value };
  };
  const namespaces: { -readonly [K in keyof HostNamespaces]: ContainerSetting } = {};
  for (const [key, namespace] of Object.entries(DOCKER_PY_NAMESPACES)) {
    const found = setting(key);
    if (found) namespaces[namespace] = found;
  }
  const securityOptions = securityOptionSettings(entryOf(options, "security_opt"));
  return specOf({
    source: "docker-py",
    call,
    method,
    image,
    name: knownString(entryOf(options, "name")?.value ?? { kind: "null", loc: call.nameLoc }),
    open: options.open,
    when: "",
    settings: {
      user: setting("user"),
      privileged: setting("privileged"),
      readOnlyRootFilesystem: setting("read_only"),
      capAdd: setting("cap_add"),
      capDrop: setting("cap_drop"),
      memoryLimit: setting("mem_limit"),
      ...securityOptions,
    },
    hostNamespaces: namespaces,
    mounts: dockerPyVolumes(entryOf(options, "volumes")?.value),
    environment: environmentOf(entryOf(options, "environment")?.value, fileText),
  });
}

function dockerodeSpec(call: LibraryCall, method: string, image: RValue | undefined, options: Extract<RValue, { kind: "object" }>, open: boolean, when: string, fileText: string): ContainerSpec {
  const hostConfigEntry = entryOf(options, "HostConfig");
  const hostConfig = hostConfigEntry?.value.kind === "object" ? hostConfigEntry.value : undefined;
  const hostConfigUnknown = hostConfigEntry !== undefined && hostConfig === undefined;
  const setting = (object: Extract<RValue, { kind: "object" }> | undefined, key: string, written: string): ContainerSetting | undefined => {
    const entry = object && entryOf(object, key);
    return entry && { key: written, keyLoc: entry.keyLoc, value: entry.value };
  };
  const host = (key: string): ContainerSetting | undefined => setting(hostConfig, key, `HostConfig.${key}`);
  const namespaces: { -readonly [K in keyof HostNamespaces]: ContainerSetting } = {};
  for (const [key, namespace] of Object.entries(DOCKERODE_NAMESPACES)) {
    const found = host(key);
    if (found) namespaces[namespace] = found;
  }
  const hostConfigOpen = hostConfigUnknown || (hostConfig?.open ?? (options.open && hostConfigEntry === undefined));
  return specOf({
    source: "dockerode",
    call,
    method,
    image,
    name: knownString(entryOf(options, "name")?.value ?? { kind: "null", loc: call.nameLoc }),
    open: open || hostConfigOpen,
    when,
    settings: {
      user: setting(options, "User", "User"),
      privileged: host("Privileged"),
      readOnlyRootFilesystem: host("ReadonlyRootfs"),
      capAdd: host("CapAdd"),
      capDrop: host("CapDrop"),
      memoryLimit: host("Memory"),
      ...securityOptionSettings(hostConfig && entryOf(hostConfig, "SecurityOpt")),
    },
    hostNamespaces: namespaces,
    mounts: [...bindStrings(hostConfig && entryOf(hostConfig, "Binds")?.value), ...dockerodeMounts(hostConfig && entryOf(hostConfig, "Mounts")?.value)],
    environment: environmentOf(entryOf(options, "Env")?.value, fileText),
  });
}

type Settings = Partial<Record<"user" | "privileged" | "readOnlyRootFilesystem" | "capAdd" | "capDrop" | "memoryLimit" | "noNewPrivileges" | "seccomp" | "apparmor", ContainerSetting | undefined>>;

interface SpecParts {
  readonly source: SdkSource;
  readonly call: LibraryCall;
  readonly method: string;
  readonly image: RValue | undefined;
  readonly name: string | undefined;
  readonly open: boolean;
  readonly when: string;
  readonly settings: Settings;
  readonly hostNamespaces: HostNamespaces;
  readonly mounts: readonly ContainerMount[];
  readonly environment: readonly EnvironmentEntry[];
}

function specOf(parts: SpecParts): ContainerSpec {
  const { call, method, image } = parts;
  const imageText = image && knownString(image);
  const name = parts.name !== undefined ? `container "${parts.name}" (\`${method}\`)` : imageText !== undefined ? `\`${method}\` of image \`${imageText}\`` : `\`${method}\``;
  const settings = Object.fromEntries(Object.entries(parts.settings).filter(([, setting]) => setting !== undefined));
  return {
    source: parts.source,
    file: call.loc.file,
    name,
    loc: call.nameLoc,
    open: parts.open,
    ...(parts.when && { when: parts.when }),
    ...(image && { image: { key: parts.source === "dockerode" ? "Image" : "image", keyLoc: image.loc, value: image } }),
    ...settings,
    hostNamespaces: parts.hostNamespaces,
    mounts: parts.mounts,
    environment: parts.environment,
  };
}

/** `security_opt` / `HostConfig.SecurityOpt` items: `no-new-privileges[:=]true`, `seccomp[:=]PROFILE`, `apparmor[:=]PROFILE`. */
function securityOptionSettings(entry: ObjectEntry | undefined): Settings {
  const found: Settings = {};
  if (entry?.value.kind !== "array") return found;
  for (const item of entry.value.elements) {
    const text = knownString(item);
    const match = text === undefined ? undefined : /^(?<name>[a-z-]+)(?:[=:](?<setting>.*))?$/s.exec(text.trim());
    const name = match?.groups?.["name"];
    if (text === undefined || !name) continue;
    const setting = match.groups?.["setting"];
    if (name === "no-new-privileges") {
      found.noNewPrivileges = { key: text, whole: true, keyLoc: item.loc, value: { kind: "boolean", value: setting === undefined || setting === "true", loc: item.loc } };
    }
    if ((name === "seccomp" || name === "apparmor") && setting !== undefined) {
      found[name] = { key: text, whole: true, keyLoc: item.loc, value: { kind: "string", value: setting, loc: item.loc } };
    }
  }
  return found;
}

/** docker-py `volumes`: `{"/host": {"bind": "/ctr", "mode": "ro"}}` or `["/host:/ctr:ro"]`. */
function dockerPyVolumes(value: RValue | undefined): ContainerMount[] {
  if (!value) return [];
  if (value.kind === "array") return bindStrings(value);
  if (value.kind !== "object") return [];
  return value.entries.map((entry): ContainerMount => {
    const bind = entry.value.kind === "object" ? entryOf(entry.value, "bind")?.value : entry.value;
    const mode = entry.value.kind === "object" ? knownString(entryOf(entry.value, "mode")?.value ?? { kind: "null", loc: entry.keyLoc }) : undefined;
    return {
      kind: isHostPath(entry.key) ? "bind" : "volume",
      source: { kind: "string", value: entry.key, loc: entry.keyLoc },
      ...(bind && { target: bind }),
      loc: entry.keyLoc,
      ...(mode !== undefined && { readOnly: mode.split(",").includes("ro") }),
    };
  });
}

/** `"/host:/ctr[:ro]"` strings (docker-py `volumes` list, dockerode `HostConfig.Binds`). */
function bindStrings(value: RValue | undefined): ContainerMount[] {
  if (value?.kind !== "array") return [];
  return value.elements.flatMap((element): ContainerMount[] => {
    const text = knownString(element);
    if (text === undefined) return [];
    const [source = "", target, options] = splitVolume(text);
    if (target === undefined) return [{ kind: "volume", source: { kind: "null", loc: element.loc }, target: { kind: "string", value: source, loc: element.loc }, loc: element.loc }];
    return [
      {
        kind: isHostPath(source) ? "bind" : "volume",
        source: { kind: "string", value: source, loc: element.loc },
        target: { kind: "string", value: target, loc: element.loc },
        loc: element.loc,
        ...(options !== undefined && { readOnly: options.split(",").includes("ro") }),
      },
    ];
  });
}

/** dockerode `HostConfig.Mounts`: `[{ Type: "bind", Source, Target, ReadOnly }]`. */
function dockerodeMounts(value: RValue | undefined): ContainerMount[] {
  if (value?.kind !== "array") return [];
  return value.elements.flatMap((element): ContainerMount[] => {
    if (element.kind !== "object") return [];
    const type = knownString(entryOf(element, "Type")?.value ?? { kind: "null", loc: element.loc });
    const source = entryOf(element, "Source")?.value;
    const target = entryOf(element, "Target")?.value;
    const readOnly = entryOf(element, "ReadOnly")?.value;
    return [
      {
        kind: type === "bind" || type === "volume" || type === "tmpfs" ? type : "unknown",
        source: source ?? { kind: "null", loc: element.loc },
        ...(target && { target }),
        loc: element.loc,
        ...(readOnly?.kind === "boolean" && { readOnly: readOnly.value }),
      },
    ];
  });
}

/** `{"NAME": "value"}` or `["NAME=value"]` (docker-py `environment`, dockerode `Env`). */
function environmentOf(value: RValue | undefined, fileText: string): EnvironmentEntry[] {
  if (value?.kind === "object") return value.entries.map((entry) => ({ name: entry.key, nameLoc: entry.keyLoc, value: entry.value }));
  if (value?.kind !== "array") return [];
  return value.elements.flatMap((element): EnvironmentEntry[] => {
    const text = knownString(element);
    const equals = text?.indexOf("=") ?? -1;
    if (text === undefined || equals <= 0) return [];
    const within = (start: number, end: number): Location => locationInLiteral(fileText, element.loc, text, start, end) ?? element.loc;
    return [{ name: text.slice(0, equals), nameLoc: within(0, equals), value: { kind: "string", value: text.slice(equals + 1), loc: within(equals + 1, text.length) } }];
  });
}
