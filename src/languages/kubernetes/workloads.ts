/**
 * The containers of a Kubernetes workload as ContainerSpecs: every container, init container
 * and ephemeral container of the pod template, with the pod-level `securityContext` inherited
 * the way the kubelet applies it (a field set on the container wins over the pod's) and the
 * pod's volumes joined to the container's `volumeMounts`.
 */
import type { Node as YamlNode } from "yaml";
import type { Location } from "../../core/types.js";
import type { ContainerMount, ContainerSetting, ContainerSpec, EnvironmentEntry, HostNamespaces } from "../../model/container.js";
import type { CliInvocation } from "../../model/file-model.js";
import { parseImageReference } from "../../model/image-reference.js";
import type { RValue } from "../../model/value.js";
import type { Kustomization } from "./kustomize.js";
import type { YamlEntry, YamlReader } from "./yaml-reader.js";

/** Where each workload kind keeps its pod template, as a path of keys from the object. */
const POD_TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  PodTemplate: ["template"],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

const CONTAINER_LISTS: ReadonlyArray<readonly [key: string, noun: string]> = [
  ["initContainers", "init container"],
  ["containers", "container"],
  ["ephemeralContainers", "ephemeral container"],
];

const POD_SECCOMP_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
const CONTAINER_SECCOMP_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";
const CONTAINER_APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

export function isWorkloadKind(kind: string): boolean {
  return Object.hasOwn(POD_TEMPLATE_PATHS, kind);
}

export interface WorkloadSource {
  readonly reader: YamlReader;
  readonly file: string;
  /** The object (a document, or an item of a `List`). */
  readonly object: YamlNode;
  readonly kind: string;
  /** What the kustomization beside the file does to it. */
  readonly kustomization?: Kustomization;
}

interface Pod {
  readonly source: WorkloadSource;
  readonly owner: string;
  readonly spec: YamlNode | undefined;
  readonly annotations: readonly YamlEntry[];
  readonly fallback: Location;
}

export function workloadContainers(source: WorkloadSource): ContainerSpec[] {
  const { reader, object, kind } = source;
  const templatePath = POD_TEMPLATE_PATHS[kind] ?? [];
  const template = templatePath.length === 0 ? { value: object } : reader.at(object, ...templatePath);
  const name = reader.string(reader.at(object, "metadata", "name")?.value) ?? reader.string(reader.at(object, "metadata", "generateName")?.value);
  const fallback = reader.loc(object, reader.locations.range(0, 0));
  const pod: Pod = {
    source,
    owner: name === undefined ? kind : `${kind} "${name}"`,
    spec: reader.at(template?.value, "spec")?.value,
    annotations: reader.entries(reader.at(template?.value, "metadata", "annotations")?.value),
    fallback,
  };
  const lists = CONTAINER_LISTS.map(([key, noun]) => ({ noun, items: reader.items(reader.get(pod.spec, key)?.value) }));
  const volumes = podVolumes(pod, lists.flatMap((list) => list.items));
  return lists.flatMap(({ noun, items }) => items.map((container, index) => containerSpec(pod, container, `${noun} ${containerLabel(reader, container, index)}`, volumes)));
}

function containerLabel(reader: YamlReader, container: YamlNode, index: number): string {
  const name = reader.string(reader.get(container, "name")?.value);
  return name === undefined ? `#${index + 1}` : `"${name}"`;
}

function containerSpec(pod: Pod, container: YamlNode, label: string, volumes: PodVolumes): ContainerSpec {
  const { reader } = pod.source;
  const containerName = reader.string(reader.get(container, "name")?.value);
  const itemLoc = reader.loc(container, pod.fallback);
  const nameEntry = reader.get(container, "name");
  const firstKey = reader.entries(container)[0]?.keyNode;
  const loc = nameEntry ? reader.loc(nameEntry.value, itemLoc) : reader.loc(firstKey, itemLoc);
  const settings = new SettingReader(pod, container, loc);
  const image = kustomizedImage(settings.own("image"), pod.source.kustomization);
  const capabilities = ["securityContext", "capabilities"];
  const spec: ContainerSpec = {
    source: "kubernetes",
    file: pod.source.file,
    name: `${label} of ${pod.owner}`,
    loc,
    // A kustomize patch, or a container without an image (only a patch may leave it out),
    // gets what it does not say from elsewhere.
    open: pod.source.kustomization?.patch === true || image === undefined,
    ...optional("image", image),
    ...optional("user", settings.inherited("runAsUser")),
    ...optional("runAsNonRoot", settings.inherited("runAsNonRoot")),
    ...optional("privileged", settings.own("securityContext", "privileged")),
    ...optional("readOnlyRootFilesystem", settings.own("securityContext", "readOnlyRootFilesystem")),
    ...optional("capAdd", settings.own(...capabilities, "add")),
    ...optional("capDrop", settings.own(...capabilities, "drop")),
    ...optional("noNewPrivileges", negated(settings.own("securityContext", "allowPrivilegeEscalation"))),
    ...optional("seccomp", settings.profile("seccompProfile", containerName, CONTAINER_SECCOMP_ANNOTATION, POD_SECCOMP_ANNOTATION)),
    ...optional("apparmor", settings.profile("appArmorProfile", containerName, CONTAINER_APPARMOR_ANNOTATION, undefined)),
    hostNamespaces: hostNamespaces(settings),
    mounts: containerMounts(pod, container, loc, volumes),
    ...optional("memoryLimit", settings.own("resources", "limits", "memory")),
    environment: environment(reader, container, loc),
    ...optional("runs", startedCommand(reader, container, loc)),
  };
  return spec;
}

/** `command` with its `args`: what the container starts, when `command` replaces the image's entrypoint. */
function startedCommand(reader: YamlReader, container: YamlNode, fallback: Location): CliInvocation[] | undefined {
  const command = reader.get(container, "command");
  if (!command) return undefined;
  const program = reader.value(command.value, fallback);
  const args = reader.get(container, "args");
  const rest = args ? reader.value(args.value, fallback) : undefined;
  if (program.kind !== "array" || (rest && rest.kind !== "array")) return undefined;
  const elements = [...program.elements, ...(rest?.kind === "array" ? rest.elements : [])];
  return [{ loc: program.loc, api: "Kubernetes command", command: { kind: "array", elements, open: false, loc: program.loc }, line: false }];
}

/** The image as written, or unknown when the kustomization beside the manifest replaces it. */
function kustomizedImage(image: ContainerSetting | undefined, kustomization: Kustomization | undefined): ContainerSetting | undefined {
  const written = image?.value.kind === "string" ? image.value.value : undefined;
  if (!image || written === undefined || !kustomization?.images.has(parseImageReference(written).name)) return image;
  return { ...image, value: { kind: "unknown", reason: "kustomize `images` replaces it", loc: image.value.loc } };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

class SettingReader {
  private readonly reader: YamlReader;

  constructor(
    private readonly workload: Pod,
    private readonly container: YamlNode,
    private readonly fallback: Location,
  ) {
    this.reader = workload.source.reader;
  }

  /** A setting of the container itself. */
  own(...path: readonly string[]): ContainerSetting | undefined {
    return this.setting(this.reader.at(this.container, ...path), path.join("."));
  }

  /** A setting of the pod spec, shared by all its containers. */
  pod(...path: readonly string[]): ContainerSetting | undefined {
    const setting = this.setting(this.reader.at(this.workload.spec, ...path), path.join("."));
    return setting && { ...setting, owner: this.workload.owner };
  }

  /** A `securityContext` field the container may set and otherwise inherits from the pod. */
  inherited(field: string): ContainerSetting | undefined {
    return this.own("securityContext", field) ?? this.pod("securityContext", field);
  }

  /**
   * A seccomp or AppArmor profile: the container's `securityContext` field, its annotation,
   * the pod's field, the pod's annotation — the fields win over the annotations they replaced.
   */
  profile(field: string, containerName: string | undefined, containerAnnotation: string, podAnnotation: string | undefined): ContainerSetting | undefined {
    const annotation = (name: string | undefined, owner?: string): ContainerSetting | undefined => {
      const entry = name === undefined ? undefined : this.workload.annotations.find((candidate) => candidate.key === name);
      const setting = this.setting(entry, name ?? "");
      return setting && owner !== undefined ? { ...setting, owner } : setting;
    };
    return (
      this.own("securityContext", field, "type") ??
      annotation(containerName === undefined ? undefined : `${containerAnnotation}${containerName}`) ??
      this.pod("securityContext", field, "type") ??
      annotation(podAnnotation, this.workload.owner)
    );
  }

  private setting(entry: YamlEntry | undefined, key: string): ContainerSetting | undefined {
    if (!entry) return undefined;
    const keyLoc = this.reader.loc(entry.keyNode, this.fallback);
    return { key, keyLoc, value: this.reader.value(entry.value, keyLoc) };
  }
}

/** `allowPrivilegeEscalation: false` is no-new-privileges on; anything but a boolean stays unknown. */
function negated(setting: ContainerSetting | undefined): ContainerSetting | undefined {
  if (!setting) return undefined;
  const { value } = setting;
  const flipped: RValue =
    value.kind === "boolean" ? { ...value, value: !value.value } : { kind: "unknown", reason: "allowPrivilegeEscalation is not a boolean", loc: value.loc };
  return { ...setting, value: flipped };
}

function hostNamespaces(settings: SettingReader): HostNamespaces {
  return {
    ...optional("network", settings.pod("hostNetwork")),
    ...optional("pid", settings.pod("hostPID")),
    ...optional("ipc", settings.pod("hostIPC")),
  };
}

interface PodVolume {
  readonly name: string;
  /** `hostPath.path`, for a hostPath volume. */
  readonly hostPath?: YamlEntry;
  readonly mounted: boolean;
}

type PodVolumes = ReadonlyMap<string, PodVolume>;

function podVolumes(pod: Pod, containers: readonly YamlNode[]): PodVolumes {
  const { reader } = pod.source;
  const mounted = new Set(
    containers.flatMap((container) => reader.items(reader.get(container, "volumeMounts")?.value).map((mount) => reader.string(reader.get(mount, "name")?.value))),
  );
  const volumes = new Map<string, PodVolume>();
  for (const volume of reader.items(reader.get(pod.spec, "volumes")?.value)) {
    const name = reader.string(reader.get(volume, "name")?.value);
    if (name === undefined) continue;
    const hostPath = reader.at(volume, "hostPath", "path");
    volumes.set(name, { name, ...(hostPath && { hostPath }), mounted: mounted.has(name) });
  }
  return volumes;
}

function containerMounts(pod: Pod, container: YamlNode, fallback: Location, volumes: PodVolumes): ContainerMount[] {
  const { reader } = pod.source;
  const mounts: ContainerMount[] = [];
  for (const mount of reader.items(reader.get(container, "volumeMounts")?.value)) {
    const volume = volumes.get(reader.string(reader.get(mount, "name")?.value) ?? "");
    if (!volume) continue;
    const mountLoc = reader.loc(mount, fallback);
    const targetEntry = reader.get(mount, "mountPath");
    const target = targetEntry && reader.value(targetEntry.value, mountLoc);
    const readOnly = reader.scalar(reader.get(mount, "readOnly")?.value) === true;
    const common = { ...(target && { target }), ...(readOnly && { readOnly }) };
    if (!volume.hostPath) {
      mounts.push({ kind: "volume", source: { kind: "string", value: volume.name, loc: mountLoc }, loc: mountLoc, ...common });
      continue;
    }
    const path = reader.value(volume.hostPath.value, mountLoc);
    const subPathEntry = reader.get(mount, "subPath");
    const subPath = reader.string(subPathEntry?.value);
    const hostPath = reader.string(volume.hostPath.value);
    if (subPathEntry && subPath !== undefined && hostPath !== undefined) {
      // Only the part of the host path named by `subPath` reaches this container.
      const loc = reader.loc(subPathEntry.value, mountLoc);
      mounts.push({ kind: "hostPath", source: { kind: "string", value: `${hostPath.replace(/\/+$/, "")}/${subPath}`, loc }, loc, ...common });
      continue;
    }
    mounts.push({ kind: "hostPath", source: path, loc: path.loc, owner: pod.owner, ...common });
  }
  for (const volume of volumes.values()) {
    if (volume.mounted || !volume.hostPath) continue;
    const path = reader.value(volume.hostPath.value, fallback);
    mounts.push({ kind: "hostPath", source: path, loc: path.loc, owner: pod.owner });
  }
  return mounts;
}

function environment(reader: YamlReader, container: YamlNode, fallback: Location): EnvironmentEntry[] {
  const entries: EnvironmentEntry[] = [];
  for (const variable of reader.items(reader.get(container, "env")?.value)) {
    const nameEntry = reader.get(variable, "name");
    const name = reader.string(nameEntry?.value);
    if (!nameEntry || name === undefined) continue;
    const nameLoc = reader.loc(nameEntry.value, fallback);
    const valueEntry = reader.get(variable, "value");
    const valueFrom = reader.get(variable, "valueFrom");
    if (valueFrom) {
      const secret = reader.get(valueFrom.value, "secretKeyRef") !== undefined;
      const loc = reader.loc(valueFrom.keyNode, nameLoc);
      entries.push({ name, nameLoc, value: { kind: "unknown", reason: "a reference to another object", loc }, ...(secret && { fromSecretReference: true }) });
      continue;
    }
    entries.push({ name, nameLoc, value: valueEntry ? reader.value(valueEntry.value, nameLoc) : { kind: "string", value: "", loc: nameLoc } });
  }
  return entries;
}
