/**
 * `docker run` / `podman run` (also `docker container run`, `create`, and the same behind
 * `sh -c` or `env`) launched from code, read as ContainerSpecs (source `docker-run`) so that
 * the container rules judge them like any compose service or Kubernetes container.
 *
 * Options are read the way the Docker CLI reads them: `--flag value` and `--flag=value`,
 * bundled short switches (`-it`), short options with attached values (`-p8080:80`), every
 * spelling of `--security-opt`. The image is the first word that is not an option; what
 * follows is the container's command and is not read. Arguments that may hold options not
 * seen — an unresolved spread, a hole in a command line (the shell splits it into words), an
 * option this reader does not know — make the spec `open`, so rules about missing options
 * stay silent; a single unknown argument in the image's place is the image.
 *
 * Every location lies in the analysed file: a word resolved from another file is reported at
 * the launch, a word of a command line at its place inside the string.
 */
import type { Location, SourceFile } from "../core/types.js";
import { locationInLiteral } from "../util/literal-location.js";
import { TextLocations } from "../util/text-locations.js";
import { narrowToWord } from "./cli.js";
import type { ContainerMount, ContainerSetting, ContainerSpec, EnvironmentEntry, HostNamespaces } from "./container.js";
import type { CliInvocation, FileModel } from "./file-model.js";
import { launchedCommands, type LaunchedCommand, type LaunchWord } from "./launches.js";
import { joinWhen, textParts, type RValue, type TextPart } from "./value.js";
import { isHostPath, splitVolume } from "./volume-strings.js";

const ENGINES = new Set(["docker", "podman"]);
const RUN_COMMANDS = new Set(["run", "create"]);

/** Global options of the engines that take a value, and those that do not. */
const GLOBAL_VALUE_OPTIONS = new Set([
  "-H", "--host", "-c", "--context", "--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey",
  "--url", "--connection", "--identity", "--root", "--runroot", "--storage-driver", "--storage-opt", "--cgroup-manager",
  "--events-backend", "--network-cmd-path", "--network-config-dir", "--tmpdir", "--runtime", "--conmon", "--module",
  "--imagestore", "--hooks-dir", "--cni-config-dir", "--ssh",
]);
const GLOBAL_SWITCHES = new Set(["-D", "--debug", "--tls", "--tlsverify", "--remote", "-r", "--syslog", "--noout", "--transient-store"]);

/** `run` options that are switches (`--rm`, or `--read-only=true`). */
const SWITCHES = new Set([
  "--detach", "--interactive", "--tty", "--rm", "--init", "--privileged", "--read-only", "--publish-all", "--quiet",
  "--no-healthcheck", "--oom-kill-disable", "--sig-proxy", "--disable-content-trust", "--help", "--use-api-socket",
  "--replace", "--rmi", "--env-host", "--http-proxy", "--no-hosts", "--passwd", "--read-only-tmpfs", "--tls-verify", "--rootfs",
]);
/** `run` options that take a value (`--name x` or `--name=x`). */
const VALUE_OPTIONS = new Set([
  "--add-host", "--annotation", "--attach", "--blkio-weight", "--blkio-weight-device", "--cap-add", "--cap-drop", "--cgroup-parent",
  "--cgroupns", "--cidfile", "--cpu-count", "--cpu-percent", "--cpu-period", "--cpu-quota", "--cpu-rt-period", "--cpu-rt-runtime",
  "--cpu-shares", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--detach-keys", "--device", "--device-cgroup-rule",
  "--device-read-bps", "--device-read-iops", "--device-write-bps", "--device-write-iops", "--dns", "--dns-opt", "--dns-option",
  "--dns-search", "--domainname", "--entrypoint", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd",
  "--health-interval", "--health-retries", "--health-start-interval", "--health-start-period", "--health-timeout", "--hostname",
  "--io-maxbandwidth", "--io-maxiops", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory", "--label", "--label-file",
  "--link", "--link-local-ip", "--log-driver", "--log-opt", "--mac-address", "--memory", "--memory-reservation", "--memory-swap",
  "--memory-swappiness", "--mount", "--name", "--network", "--net", "--network-alias", "--net-alias", "--oom-score-adj", "--pid",
  "--pids-limit", "--platform", "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal",
  "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "--ulimit", "--user", "--userns", "--uts", "--volume",
  "--volume-driver", "--volumes-from", "--workdir",
  // podman
  "--arch", "--authfile", "--cgroup-conf", "--cgroups", "--chrootdirs", "--conmon-pidfile", "--creds", "--decryption-key",
  "--env-merge", "--gidmap", "--group-entry", "--hostuser", "--hosts-file", "--image-volume", "--init-path", "--os",
  "--passwd-entry", "--personality", "--pidfile", "--pod", "--pod-id-file", "--preserve-fd", "--preserve-fds", "--requires",
  "--retry", "--retry-delay", "--sdnotify", "--seccomp-policy", "--secret", "--subgidname", "--subuidname", "--systemd",
  "--timeout", "--tz", "--uidmap", "--umask", "--unsetenv", "--variant", "--health-on-failure", "--health-log-destination",
  "--health-max-log-count", "--health-max-log-size", "--health-startup-cmd", "--health-startup-interval",
  "--health-startup-retries", "--health-startup-success", "--health-startup-timeout",
]);
const SHORT_SWITCHES: Readonly<Record<string, string>> = { d: "--detach", i: "--interactive", t: "--tty", P: "--publish-all", q: "--quiet" };
const SHORT_VALUE_OPTIONS: Readonly<Record<string, string>> = {
  a: "--attach", c: "--cpu-shares", e: "--env", h: "--hostname", l: "--label", m: "--memory", p: "--publish", u: "--user", v: "--volume", w: "--workdir",
};
const NAMESPACE_OPTIONS: Readonly<Record<string, keyof HostNamespaces>> = {
  "--network": "network", "--net": "network", "--pid": "pid", "--ipc": "ipc", "--uts": "uts", "--userns": "userns",
};
/** Past this many combinations of per-argument alternatives, multi-valued arguments count as unknown. */
const MAX_VECTORS = 16;

export function dockerRunContainers(invocations: readonly CliInvocation[], file: SourceFile): ContainerSpec[] {
  let lines: TextLocations | undefined;
  const fileLines = (): TextLocations => (lines ??= new TextLocations(file.path, file.text));
  return invocations.flatMap((invocation) => {
    const locate = new Locator(file, invocation.loc, fileLines);
    return launchedCommands(invocation)
      .filter((command) => ENGINES.has(command.program))
      .flatMap((command) => sameName(argumentVectors(command).flatMap((vector) => specOf(vector, command, locate) ?? [])));
  });
}

/**
 * The alternatives of one launch are one container: when they would be named differently (the
 * image differs per alternative), they are all named by the command alone, so that a finding
 * they share reads the same.
 */
function sameName(named: ReadonlyArray<{ readonly spec: ContainerSpec; readonly command: string }>): ContainerSpec[] {
  const first = named[0];
  if (!first || named.every(({ spec }) => spec.name === first.spec.name)) return named.map(({ spec }) => spec);
  return named.map(({ spec }) => ({ ...spec, name: `\`${first.command}\`` }));
}

/** One word of one concrete argument vector. */
interface Word {
  /** Undefined when not known. */
  readonly text: string | undefined;
  /** Its literal parts and holes when only part of it is known (`--env=KEY=${value}`). */
  readonly parts: readonly TextPart[] | undefined;
  readonly loc: Location;
  /** True for a word of a command line, whose location is the whole string it is in. */
  readonly inLine: boolean;
}

/** The value of an option: from `offset` of `word` (`--name=x` holds its value after the `=`). */
interface OptionValue {
  readonly word: Word;
  readonly offset: number;
  readonly text: string | undefined;
  readonly parts: readonly TextPart[] | undefined;
}

interface ArgumentVector {
  readonly words: readonly Word[];
  readonly open: boolean;
  readonly when: string;
}

/** The concrete argument vectors of a command: one per combination of argument alternatives, within bounds. */
function argumentVectors(command: LaunchedCommand): ArgumentVector[] {
  const combinations = command.args.reduce((count, position) => count * Math.max(1, position.length), 1);
  let vectors: Array<{ words: Word[]; when: string }> = [{ words: [], when: command.when }];
  for (const position of command.args) {
    if (position.length === 1 || combinations > MAX_VECTORS) {
      const word = position.length === 1 ? position[0] : undefined;
      for (const vector of vectors) vector.words.push(word ? wordOf(word) : { text: undefined, parts: undefined, loc: command.programWord.loc, inLine: false });
      continue;
    }
    vectors = vectors.flatMap((vector) => position.map((word) => ({ words: [...vector.words, wordOf(word)], when: joinWhen(vector.when, word.when) })));
  }
  return vectors.map(({ words, when }) => ({ words, when, open: command.openArgs }));
}

function wordOf(word: LaunchWord): Word {
  const parts = word.text === undefined && word.value ? textParts(word.value) : undefined;
  return { text: word.text, parts, loc: word.loc, inLine: word.inLine ?? false };
}

function valueOf(word: Word, offset: number): OptionValue {
  return { word, offset, text: word.text?.slice(offset), parts: word.parts && partsFrom(word.parts, offset) };
}

/** The parts after the first `offset` characters, which must be literal. */
function partsFrom(parts: readonly TextPart[], offset: number): TextPart[] | undefined {
  let skip = offset;
  const rest: TextPart[] = [];
  for (const part of parts) {
    if (skip === 0) {
      rest.push(part);
      continue;
    }
    if (part.kind === "hole") return undefined;
    if (part.text.length <= skip) {
      skip -= part.text.length;
      continue;
    }
    rest.push({ ...part, text: part.text.slice(skip) });
    skip = 0;
  }
  return rest;
}

/** The literal text that partly known text starts with. */
function leadingLiteral(parts: readonly TextPart[] | undefined): string {
  const first = parts?.[0];
  return first?.kind === "literal" ? first.text : "";
}

/** Turns positions in words into locations in the analysed file. */
class Locator {
  constructor(
    readonly file: SourceFile,
    private readonly fallback: Location,
    private readonly lines: () => TextLocations,
  ) {}

  /**
   * The words of a command line carry the location of the whole string they are in: find each
   * in it, left to right, so that a word written twice (`--pid host --ipc host`) is told apart.
   * A word the source spells differently (quoted, escaped) keeps the string's location.
   */
  placeLineWords(words: readonly Word[]): Word[] {
    const cursors = new Map<number, number>();
    return words.map((word) => {
      if (!word.inLine || !word.text || word.loc.file !== this.file.path) return word;
      const from = cursors.get(word.loc.start) ?? word.loc.start;
      const at = this.file.text.slice(from, word.loc.end).indexOf(word.text);
      if (at < 0) return word;
      const start = from + at;
      cursors.set(word.loc.start, start + word.text.length);
      return { ...word, loc: this.lines().range(start, start + word.text.length), inLine: false };
    });
  }

  /** The whole word: a word of a command line is found inside its string. */
  whole(word: Word): Location {
    if (word.loc.file !== this.file.path) return this.fallback;
    return word.inLine && word.text !== undefined ? narrowToWord(word.loc, this.file.text, word.text) : word.loc;
  }

  /** Characters `start` to `end` of a known word, when the source spells the word plainly; else the whole word. */
  slice(word: Word, start: number, end?: number): Location {
    const loc = this.whole(word);
    if (word.text === undefined || loc === this.fallback) return loc;
    const to = end ?? word.text.length;
    if (start === 0 && to === word.text.length) return loc;
    return locationInLiteral(this.file.text, loc, word.text, start, to) ?? loc;
  }

  /** The location of an option's value. */
  of(value: OptionValue): Location {
    return this.slice(value.word, value.offset);
  }

  /** An option's value for the model: a string when known, text with holes, else unknown. */
  value(value: OptionValue): RValue {
    const loc = this.of(value);
    if (value.text !== undefined) return { kind: "string", value: value.text, loc };
    if (value.parts) return { kind: "text", parts: value.parts, loc };
    return { kind: "unknown", reason: "not known", loc };
  }
}

/** Accumulates what a `docker run` sets while its options are read. */
class RunSettings {
  open: boolean;
  name?: string;
  user?: ContainerSetting;
  privileged?: ContainerSetting;
  readOnly?: ContainerSetting;
  capAdd?: CapabilityList;
  capDrop?: CapabilityList;
  noNewPrivileges?: ContainerSetting;
  seccomp?: ContainerSetting;
  apparmor?: ContainerSetting;
  memory?: ContainerSetting;
  readonly namespaces: { -readonly [K in keyof HostNamespaces]: ContainerSetting } = {};
  readonly mounts: ContainerMount[] = [];
  readonly environment: EnvironmentEntry[] = [];

  constructor(
    open: boolean,
    private readonly locate: Locator,
  ) {
    this.open = open;
  }

  switchOption(option: string, flag: Word, value: OptionValue | undefined): void {
    const loc = this.locate.whole(flag);
    const on = value === undefined ? true : value.text === undefined ? undefined : value.text !== "false";
    const rvalue: RValue = on === undefined ? { kind: "unknown", reason: "not known", loc } : { kind: "boolean", value: on, loc };
    if (option === "--privileged") this.privileged = { key: option, keyLoc: loc, value: rvalue };
    if (option === "--read-only") this.readOnly = { key: option, keyLoc: loc, value: rvalue };
  }

  valueOption(option: string, flag: Word, value: OptionValue): void {
    const setting = (): ContainerSetting => ({ key: option, keyLoc: this.locate.whole(flag), value: this.locate.value(value) });
    const namespace = NAMESPACE_OPTIONS[option];
    if (namespace) this.namespaces[namespace] = setting();
    if (option === "--user") this.user = setting();
    if (option === "--memory") this.memory = setting();
    if (option === "--name" && value.text !== undefined) this.name = value.text;
    if (option === "--cap-add") this.capAdd = this.capabilities(this.capAdd, flag, value);
    if (option === "--cap-drop") this.capDrop = this.capabilities(this.capDrop, flag, value);
    if (option === "--security-opt") this.securityOption(flag, value);
    if (option === "--volume") this.volume(value);
    if (option === "--mount") this.mount(value);
    if (option === "--env") this.env(value);
  }

  /** `--cap-add NET_ADMIN`, repeated or comma-separated. */
  private capabilities(list: CapabilityList | undefined, flag: Word, value: OptionValue): CapabilityList {
    const current = list ?? { flag, elements: [] };
    if (value.text === undefined) return { ...current, elements: [...current.elements, this.locate.value(value)] };
    const elements = [...current.elements];
    let start = value.offset;
    for (const name of value.text.split(",")) {
      elements.push({ kind: "string", value: name, loc: this.locate.slice(value.word, start, start + name.length) });
      start += name.length + 1;
    }
    return { ...current, elements };
  }

  /** `no-new-privileges`, `no-new-privileges[=:]true|false`, `seccomp[=:]…`, `apparmor[=:]…`. */
  private securityOption(flag: Word, value: OptionValue): void {
    const { text } = value;
    const match = text === undefined ? undefined : /^(?<name>[a-z-]+)(?:[=:](?<setting>.*))?$/s.exec(text);
    const name = match?.groups?.["name"];
    if (text === undefined || !name) return;
    const setting = match.groups?.["setting"];
    const key = `--security-opt ${text}`;
    const keyLoc = this.locate.whole(flag);
    if (name === "no-new-privileges") {
      const on = setting === undefined || setting === "true";
      this.noNewPrivileges = { key, whole: true, keyLoc, value: { kind: "boolean", value: on, loc: this.locate.of(value) } };
      return;
    }
    if (setting === undefined) return;
    const start = value.offset + text.length - setting.length;
    const profile: ContainerSetting = { key, whole: true, keyLoc, value: { kind: "string", value: setting, loc: this.locate.slice(value.word, start) } };
    if (name === "seccomp") this.seccomp = profile;
    if (name === "apparmor") this.apparmor = profile;
  }

  /** `-v source:target[:options]`; a source that is not a path is a named volume. */
  private volume(value: OptionValue): void {
    const loc = this.locate.of(value);
    if (value.text === undefined) {
      const source = value.parts && partsBefore(value.parts, ":", loc);
      if (source) this.mounts.push({ kind: isPathLike(source) ? "bind" : "unknown", source, loc });
      return;
    }
    const [first, second, options] = splitVolume(value.text);
    if (first === undefined) return;
    if (second === undefined) {
      this.mounts.push({ kind: "volume", source: { kind: "string", value: "", loc }, target: { kind: "string", value: first, loc }, loc });
      return;
    }
    const readOnly = (options ?? "").split(",").some((option) => option === "ro" || option === "readonly");
    this.mounts.push({
      kind: isHostPath(first) ? "bind" : "volume",
      source: { kind: "string", value: first, loc },
      target: { kind: "string", value: second, loc },
      loc,
      ...(readOnly && { readOnly }),
    });
  }

  /** `--mount type=bind,source=/x,target=/y,readonly`. */
  private mount(value: OptionValue): void {
    if (value.text === undefined) return;
    const loc = this.locate.of(value);
    const fields = new Map<string, string>();
    for (const field of value.text.split(",")) {
      const [name = "", ...rest] = field.split("=");
      fields.set(name.trim().toLowerCase(), rest.join("="));
    }
    const type = fields.get("type") ?? "volume";
    const source = fields.get("source") ?? fields.get("src");
    const target = fields.get("target") ?? fields.get("destination") ?? fields.get("dst") ?? fields.get("dest");
    const readonly = fields.get("readonly") ?? fields.get("ro");
    this.mounts.push({
      kind: type === "bind" || type === "volume" || type === "tmpfs" ? type : "unknown",
      source: { kind: "string", value: source ?? "", loc },
      ...(target !== undefined && { target: { kind: "string", value: target, loc } }),
      loc,
      ...(readonly !== undefined && readonly !== "false" && readonly !== "0" && { readOnly: true }),
    });
  }

  /** `-e NAME=value`; `-e NAME` passes the caller's variable on and holds no literal. */
  private env(value: OptionValue): void {
    const known = value.text ?? leadingLiteral(value.parts);
    const equals = known.indexOf("=");
    if (equals <= 0) return;
    const name = known.slice(0, equals);
    const valueStart = value.offset + equals + 1;
    const nameLoc = value.text === undefined ? this.locate.whole(value.word) : this.locate.slice(value.word, value.offset, value.offset + equals);
    const literal = value.text?.slice(equals + 1);
    const rest = value.parts && partsFrom(value.parts, equals + 1);
    const envValue: RValue =
      literal !== undefined
        ? { kind: "string", value: literal, loc: this.locate.slice(value.word, valueStart) }
        : rest
          ? { kind: "text", parts: rest, loc: nameLoc }
          : { kind: "unknown", reason: "not known", loc: nameLoc };
    this.environment.push({ name, nameLoc, value: envValue });
  }
}

interface CapabilityList {
  readonly flag: Word;
  readonly elements: readonly RValue[];
}

/** The container a vector starts, with the command that starts it (`docker run`), or undefined when it starts none. */
function specOf(vector: ArgumentVector, command: LaunchedCommand, locate: Locator): { spec: ContainerSpec; command: string } | undefined {
  const words = locate.placeLineWords(vector.words);
  let index = skipGlobalOptions(words);
  if (index === undefined) return undefined;
  if (words[index]?.text === "container") index++;
  const subcommand = words[index];
  if (subcommand?.text === undefined || !RUN_COMMANDS.has(subcommand.text)) return undefined;
  const settings = new RunSettings(vector.open, locate);
  const imageIndex = readOptions(words, index + 1, settings);
  const imageWord = words[imageIndex];
  const image: ContainerSetting | undefined = imageWord && { key: "image", keyLoc: locate.whole(imageWord), value: locate.value(valueOf(imageWord, 0)) };
  const engine = `${command.program} ${subcommand.text}`;
  const imageText = imageWord?.text;
  const name = settings.name !== undefined ? `container "${settings.name}" (\`${engine}\`)` : imageText !== undefined ? `\`${engine} ${imageText}\`` : `\`${engine}\``;
  const spec: ContainerSpec = {
    source: "docker-run",
    file: locate.file.path,
    name,
    loc: locate.whole(subcommand),
    open: settings.open,
    ...(vector.when && { when: vector.when }),
    ...(image && { image }),
    ...(settings.user && { user: settings.user }),
    ...(settings.privileged && { privileged: settings.privileged }),
    ...(settings.readOnly && { readOnlyRootFilesystem: settings.readOnly }),
    ...(settings.capAdd && { capAdd: capabilitySetting("--cap-add", settings.capAdd, locate) }),
    ...(settings.capDrop && { capDrop: capabilitySetting("--cap-drop", settings.capDrop, locate) }),
    ...(settings.noNewPrivileges && { noNewPrivileges: settings.noNewPrivileges }),
    ...(settings.seccomp && { seccomp: settings.seccomp }),
    ...(settings.apparmor && { apparmor: settings.apparmor }),
    hostNamespaces: settings.namespaces,
    mounts: settings.mounts,
    ...(settings.memory && { memoryLimit: settings.memory }),
    environment: settings.environment,
    ...(imageWord && imageIndex + 1 < words.length && { runs: [containerCommand(words.slice(imageIndex + 1), locate, settings.open, locate.whole(imageWord))] }),
  };
  return { spec, command: engine };
}

/** The command the container runs: the words after the image. */
function containerCommand(words: readonly Word[], locate: Locator, open: boolean, loc: Location): CliInvocation {
  const elements = words.map((word) => locate.value(valueOf(word, 0)));
  return { loc, api: "container command", command: { kind: "array", elements, open, loc }, line: false };
}

/** The index of the subcommand after the engine's global options, or undefined when they cannot be read. */
function skipGlobalOptions(words: readonly Word[]): number | undefined {
  let index = 0;
  for (; index < words.length; index++) {
    const text = words[index]?.text;
    if (text === undefined) return undefined;
    if (!text.startsWith("-")) return index;
    const equals = text.indexOf("=");
    const option = equals < 0 ? text : text.slice(0, equals);
    if (GLOBAL_SWITCHES.has(option)) continue;
    if (!GLOBAL_VALUE_OPTIONS.has(option)) return undefined;
    if (equals < 0) index++;
  }
  return index;
}

/** Reads the `run` options from `start`; returns the index of the image (or past the end). */
function readOptions(words: readonly Word[], start: number, settings: RunSettings): number {
  let index = start;
  while (index < words.length) {
    const word = words[index] as Word;
    const text = word.text ?? leadingLiteral(word.parts);
    if (text === "--" && word.text !== undefined) return index + 1;
    if (!text.startsWith("-") || text === "-") {
      // An unknown argument is one word: the image. In a command line the shell may split it
      // into any number of options, so the options not seen may be set.
      if (word.text === undefined && word.inLine) settings.open = true;
      return index;
    }
    if (text.startsWith("--")) {
      const equals = text.indexOf("=");
      const option = equals < 0 ? text : text.slice(0, equals);
      if (word.text === undefined && (equals < 0 || !VALUE_OPTIONS.has(option))) {
        settings.open = true;
        return words.length;
      }
      if (SWITCHES.has(option)) {
        settings.switchOption(option, word, equals < 0 ? undefined : valueOf(word, equals + 1));
        index++;
        continue;
      }
      if (!VALUE_OPTIONS.has(option)) {
        settings.open = true;
        return words.length;
      }
      const value = equals < 0 ? words[index + 1] : word;
      if (value) settings.valueOption(option, word, valueOf(value, equals < 0 ? 0 : equals + 1));
      index += equals < 0 ? 2 : 1;
      continue;
    }
    const next = word.text === undefined ? undefined : readShortOptions(words, index, settings);
    if (next === undefined) {
      settings.open = true;
      return words.length;
    }
    index = next;
  }
  return index;
}

/** `-it`, `-e NAME=value`, `-p8080:80`: returns the index after them, or undefined for an unknown letter. */
function readShortOptions(words: readonly Word[], index: number, settings: RunSettings): number | undefined {
  const word = words[index] as Word;
  const text = word.text ?? "";
  for (let at = 1; at < text.length; at++) {
    const letter = text[at] as string;
    const switchOption = SHORT_SWITCHES[letter];
    if (switchOption) {
      settings.switchOption(switchOption, word, undefined);
      continue;
    }
    const valueOption = SHORT_VALUE_OPTIONS[letter];
    if (!valueOption) return undefined;
    if (at + 1 < text.length) {
      settings.valueOption(valueOption, word, valueOf(word, at + 1 + (text[at + 1] === "=" ? 1 : 0)));
      return index + 1;
    }
    const value = words[index + 1];
    if (value) settings.valueOption(valueOption, word, valueOf(value, 0));
    return index + 2;
  }
  return index + 1;
}

function capabilitySetting(key: string, list: CapabilityList, locate: Locator): ContainerSetting {
  const keyLoc = locate.whole(list.flag);
  return { key, keyLoc, value: { kind: "array", elements: list.elements, open: false, loc: keyLoc } };
}

/** A partly known source is a host path when its literal text has a separator (volume names have none). */
function isPathLike(source: RValue): boolean {
  return source.kind === "string" ? isHostPath(source.value) : source.kind === "text" && source.parts.some((part) => part.kind === "literal" && /[\\/]/.test(part.text));
}

/**
 * The parts before the first `separator` in the literal text (`${home}/.ssh` of
 * `${home}/.ssh:/root/.ssh`); undefined when no literal part holds it.
 */
function partsBefore(parts: readonly TextPart[], separator: string, loc: Location): RValue | undefined {
  const before: TextPart[] = [];
  for (const part of parts) {
    const at = part.kind === "literal" ? part.text.indexOf(separator) : -1;
    if (part.kind === "hole" || at < 0) {
      before.push(part);
      continue;
    }
    if (at > 0) before.push({ ...part, text: part.text.slice(0, at) });
    const only = before.length === 1 ? before[0] : undefined;
    return only?.kind === "literal" ? { kind: "string", value: only.text, loc } : { kind: "text", parts: before, loc };
  }
  return undefined;
}

/** The model with the containers its `docker run` launches start added (for extractors of code). */
export function withDockerRunContainers(model: FileModel): FileModel {
  const containers = dockerRunContainers(model.cliInvocations, model.file);
  return containers.length === 0 ? model : { ...model, containers: [...model.containers, ...containers] };
}
