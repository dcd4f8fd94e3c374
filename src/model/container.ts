/**
 * The container model: every input that says how an agent's container runs — the final
 * stage of a Dockerfile, a compose service, a Kubernetes container, a `docker run` or a
 * Docker SDK call built in code — is normalised to a ContainerSpec before any rule runs, so
 * a rule about privileged containers is written once and never knows compose from Kubernetes.
 *
 * Every Location in a spec lies in the file the spec is reported in: when a value comes from
 * another file (a compose `extends`, the Dockerfile a service builds), its location is the key
 * in this file that brings it in, and the setting's `via` names the other file. A value set in
 * the file compose merges with this one (the override over the base, or the base under an
 * overlay) is analysed there: here the setting is present with an unknown value, so a setting
 * fixed in `compose.override.yaml` silences the base's "missing" finding, while a bad value it
 * introduces is reported in the override.
 *
 * Settings keep the resolved value (see value.ts: a `${VAR}` without a default is unknown, a
 * value that differs per branch is one-of) and where they are written, so that a finding
 * points at the key or value the user must change. A setting that is absent is `undefined`;
 * the spec's `open` flag says whether something unknown (an unresolved `extends`, a spread of
 * unknown options in code) may still set it, in which case "missing" rules stay silent.
 */
import type { Location } from "../core/types.js";
import type { CliInvocation } from "./file-model.js";
import type { RValue } from "./value.js";

/** Where a container spec comes from; rules word their advice in this format's spelling. */
export type ContainerSource =
  /** The final stage of a Dockerfile (the image's defaults: USER, ENV, CMD). */
  | "dockerfile"
  /** A service of a compose file, after merge keys, `extends` and the override file. */
  | "compose"
  /** A container of a Kubernetes workload (containers, initContainers, ephemeralContainers). */
  | "kubernetes"
  /** `docker run` / `podman run` arguments built in code or a script. */
  | "docker-run"
  /** A docker-py call: `docker.from_env().containers.run(...)` / `containers.create(...)`. */
  | "docker-py"
  /** A dockerode call: `new Docker().createContainer({...})`, `docker.run(...)`. */
  | "dockerode";

/** One setting as written: the key in the format's own spelling and its resolved value. */
export interface ContainerSetting {
  /**
   * The key as the user wrote it, for messages: `privileged`, `securityContext.privileged`,
   * `--privileged`, `cap_add`, `HostConfig.Privileged`.
   */
  readonly key: string;
  /**
   * True when `key` is the whole setting as written — an entry of a list of options such as a
   * compose `security_opt` item (`seccomp:unconfined`) or a `--security-opt` argument — so that
   * messages print it alone.
   */
  readonly whole?: boolean;
  /** The key (or flag) itself. */
  readonly keyLoc: Location;
  readonly value: RValue;
  /**
   * Set when the setting belongs to something several containers share — a Kubernetes pod's
   * `securityContext`, `hostNetwork` or volumes — and is therefore written once for all of
   * them: how messages name that owner (`Deployment "agent"`), so that a finding on it is
   * reported once rather than once per container.
   */
  readonly owner?: string;
  /**
   * Set when the setting is written in another file and `keyLoc` is the place in this file
   * that brings it in: a phrase messages append to the setting, e.g. "from the `extends` of
   * common.yml", "in docker/agent.Dockerfile, which it builds", "in compose.override.yaml"
   * (whose own analysis judges the value: it is unknown here).
   */
  readonly via?: string;
  /** Set when the setting is written in another format than the spec's (a service's `USER` from its Dockerfile), for its spelling. */
  readonly format?: ContainerSource;
}

export type MountKind = "bind" | "volume" | "hostPath" | "tmpfs" | "unknown";

/** A mount into the container. Named volumes are not host paths; rules judge `bind`/`hostPath`. */
export interface ContainerMount {
  readonly kind: MountKind;
  /** The host path (bind, hostPath) or volume name, resolved (`~` and `${HOME}` kept as written). */
  readonly source: RValue;
  /**
   * The path inside the container, when known. A Kubernetes pod volume that no container
   * mounts has none: it is still listed, because any container of the pod (a debug container
   * added with `kubectl debug` too) can mount it.
   */
  readonly target?: RValue;
  readonly readOnly?: boolean;
  /**
   * The mount entry (a short-syntax string, a long-syntax item, a `-v` argument); for a
   * Kubernetes `hostPath` volume, its `path` (or the `subPath` that narrows it).
   */
  readonly loc: Location;
  /** As ContainerSetting.owner: set for a mount written once for several containers (a pod volume). */
  readonly owner?: string;
  /** As ContainerSetting.via: set for a mount written in another file. */
  readonly via?: string;
}

export interface EnvironmentEntry {
  readonly name: string;
  readonly nameLoc: Location;
  /** The literal value; a reference to a secret store (`secretKeyRef`, compose `secrets:`) is not one. */
  readonly value: RValue;
  /** True when the value comes from a secret reference rather than a literal. */
  readonly fromSecretReference?: boolean;
  /** Dockerfile only: `ARG` (a build argument default) rather than `ENV`. */
  readonly buildArgument?: boolean;
}

/**
 * The Linux namespaces a container may share with its host. A setting's value is the mode
 * written (`host` in compose and `docker run`) or a boolean (`hostNetwork: true` in Kubernetes).
 */
export interface HostNamespaces {
  readonly network?: ContainerSetting;
  readonly pid?: ContainerSetting;
  readonly ipc?: ContainerSetting;
  readonly uts?: ContainerSetting;
  readonly userns?: ContainerSetting;
}

export interface ContainerSpec {
  readonly source: ContainerSource;
  /** The file the container is declared in (relative posix path); findings are reported in it. */
  readonly file: string;
  /** How messages name it: `service "agent"`, `container "worker" of Deployment "agent"`, `the final stage`. */
  readonly name: string;
  /** Where findings about something missing point: the service key, the container's `name`, the final `FROM`. */
  readonly loc: Location;
  /** True when unknown input (an unresolved extends, unknown options) may set settings not seen here. */
  readonly open: boolean;
  /** Set when this is one alternative of a container built in code, e.g. `env is "prod"`. */
  readonly when?: string;
  /** Set for the container an MCP server runs in (`"command": "docker"`, `"args": ["run", …]`): the server's name. */
  readonly mcpServer?: string;

  /**
   * The image reference (compose/Kubernetes `image`, the `docker run` image argument). Left unset
   * for a Dockerfile: its `FROM` images are ImageBuild.baseImages (image.ts).
   */
  readonly image?: ContainerSetting;
  /**
   * Set when the image is built from local sources (a compose `build:`), so it is not judged on
   * pinning. `dockerfile` is the absolute path of the Dockerfile it builds and `context` of its
   * build context, when known.
   */
  readonly build?: { readonly loc: Location; readonly dockerfile?: string; readonly context?: string };

  /** `USER`, compose `user`, `--user`, Kubernetes `runAsUser` (effective after pod-level inheritance). */
  readonly user?: ContainerSetting;
  /** Kubernetes `runAsNonRoot` (effective after pod-level inheritance). */
  readonly runAsNonRoot?: ContainerSetting;
  readonly privileged?: ContainerSetting;
  readonly readOnlyRootFilesystem?: ContainerSetting;
  /** Added capabilities: an array value of names (`SYS_ADMIN`, `CAP_SYS_ADMIN`, `ALL`). */
  readonly capAdd?: ContainerSetting;
  /** Dropped capabilities: an array value of names. */
  readonly capDrop?: ContainerSetting;
  /**
   * Whether no-new-privileges is on, as a boolean value: compose/`docker run`
   * `no-new-privileges[:=]true`, Kubernetes `allowPrivilegeEscalation: false` (negated here;
   * `key` keeps the user's spelling).
   */
  readonly noNewPrivileges?: ContainerSetting;
  /** The seccomp profile: `unconfined`, `RuntimeDefault`, `Localhost`, or a profile path. */
  readonly seccomp?: ContainerSetting;
  /** The AppArmor profile: `unconfined`, `runtime/default`, a profile name. */
  readonly apparmor?: ContainerSetting;
  readonly hostNamespaces: HostNamespaces;
  readonly mounts: readonly ContainerMount[];
  /** The memory limit (`mem_limit`, `deploy.resources.limits.memory`, `resources.limits.memory`, `--memory`). */
  readonly memoryLimit?: ContainerSetting;
  readonly environment: readonly EnvironmentEntry[];
  /**
   * What the container starts, when the file says: its entrypoint and command (a Dockerfile's
   * ENTRYPOINT and CMD, a compose `command` or the Dockerfile the service builds, the words
   * after the image of a `docker run`, a Kubernetes `command` and `args`, an SDK's `command` or
   * `Cmd`). Read to tell which agent runs in it (container-findings.ts), never for positions.
   */
  readonly runs?: readonly CliInvocation[];
}
