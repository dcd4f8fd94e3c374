/**
 * Compact, exact summaries of container models for tests: every setting with its key, where
 * the key is and the value with where it is (`line:column-endLine:endColumn`).
 */
import type { Location } from "../../src/core/types.js";
import type { ContainerMount, ContainerSetting, ContainerSpec, EnvironmentEntry } from "../../src/model/container.js";
import type { RValue } from "../../src/model/value.js";

export function at(loc: Location | undefined): string {
  return loc ? `${loc.line}:${loc.column}-${loc.endLine}:${loc.endColumn}` : "-";
}

export function valueText(value: RValue): string {
  switch (value.kind) {
    case "string":
      return `${JSON.stringify(value.value)}@${at(value.loc)}`;
    case "number":
    case "boolean":
      return `${value.value}@${at(value.loc)}`;
    case "null":
      return `null@${at(value.loc)}`;
    case "text":
      return `text(${value.parts.map((part) => (part.kind === "literal" ? part.text : `<${part.expression}>`)).join("")})@${at(value.loc)}`;
    case "array":
      return `[${value.elements.map(valueText).join(", ")}${value.open ? ", …" : ""}]@${at(value.loc)}`;
    case "oneOf":
      return `oneOf(${value.options.map((option) => `${valueText(option.value)} when ${option.when}`).join(" | ")})`;
    case "unknown":
      return `unknown(${value.reason})@${at(value.loc)}`;
    default:
      return value.kind;
  }
}

export function settingText(setting: ContainerSetting | undefined): string | undefined {
  if (!setting) return undefined;
  return `${setting.key}@${at(setting.keyLoc)} = ${valueText(setting.value)}${setting.via ? ` via ${setting.via}` : ""}`;
}

function mountText(mount: ContainerMount): string {
  return `${mount.kind} ${valueText(mount.source)} -> ${mount.target ? valueText(mount.target) : "-"}${mount.readOnly !== undefined ? ` ro=${mount.readOnly}` : ""} @${at(mount.loc)}`;
}

function environmentText(entry: EnvironmentEntry): string {
  return `${entry.name}@${at(entry.nameLoc)} = ${valueText(entry.value)}${entry.buildArgument ? " (ARG)" : ""}`;
}

/** Every field of a spec that is set, as `field: text` lines. */
export function summarize(spec: ContainerSpec): string[] {
  const lines = [`${spec.source} ${spec.name} @${at(spec.loc)}${spec.open ? " open" : ""}`];
  const settings: Array<[string, ContainerSetting | undefined]> = [
    ["image", spec.image],
    ["user", spec.user],
    ["runAsNonRoot", spec.runAsNonRoot],
    ["privileged", spec.privileged],
    ["readOnlyRootFilesystem", spec.readOnlyRootFilesystem],
    ["capAdd", spec.capAdd],
    ["capDrop", spec.capDrop],
    ["noNewPrivileges", spec.noNewPrivileges],
    ["seccomp", spec.seccomp],
    ["apparmor", spec.apparmor],
    ["network", spec.hostNamespaces.network],
    ["pid", spec.hostNamespaces.pid],
    ["ipc", spec.hostNamespaces.ipc],
    ["uts", spec.hostNamespaces.uts],
    ["userns", spec.hostNamespaces.userns],
    ["memoryLimit", spec.memoryLimit],
  ];
  if (spec.build) lines.push(`build @${at(spec.build.loc)}${spec.build.dockerfile ? ` ${spec.build.dockerfile}` : ""}`);
  for (const [name, setting] of settings) if (setting) lines.push(`${name}: ${settingText(setting)}`);
  for (const mount of spec.mounts) lines.push(`mount: ${mountText(mount)}`);
  for (const entry of spec.environment) lines.push(`env: ${environmentText(entry)}`);
  return lines;
}
