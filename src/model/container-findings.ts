/**
 * What container rules share: how a setting is spelled in its format, who a finding is about,
 * whether a format can express runtime settings at all, and reporting over the alternatives of
 * a container built in code (a finding that holds in every alternative is reported once,
 * without a condition).
 */
import type { RuleContext } from "../core/define-rule.js";
import { INPUT } from "../core/inputs.js";
import type { Location } from "../core/types.js";
import type { ContainerMount, ContainerSetting, ContainerSource, ContainerSpec } from "./container.js";
import { isContradictory, simplifyConditions } from "../core/condition-terms.js";
import { cliBypasses } from "./cli.js";
import { knownString, whenSuffix, type RValue } from "./value.js";

export interface ContainerFinding {
  /** Set when the finding is about a setting that is missing (see reportContainerFindings). */
  readonly missing?: boolean;
  readonly messageId: string;
  readonly loc: Location;
  readonly data: Readonly<Record<string, string>>;
  readonly secrets?: readonly string[];
}

/**
 * Runs `judge` on every container of the file and reports its findings. For a container built
 * in code with several alternatives, `{{when}}` in a message names the alternatives a finding
 * holds in (nothing when it holds in all of them); a finding about something missing is
 * reported only when it is missing from every alternative, since a setting made in some
 * branches is a decision, not an oversight. `{{agent}}` says which agent, running unchecked,
 * can use what the container allows (see agentNote), or nothing.
 */
export function reportContainerFindings(context: RuleContext<object>, judge: (spec: ContainerSpec) => readonly ContainerFinding[]): void {
  for (const group of alternativeGroups(context.model.containers)) {
    const possible = group.filter((spec) => !isContradictory(spec.when ?? ""));
    const byKey = new Map<string, { finding: ContainerFinding; whens: string[] }>();
    for (const spec of possible) {
      for (const finding of judge(spec)) {
        const key = findingKey(finding);
        const entry = byKey.get(key) ?? { finding, whens: [] };
        entry.whens.push(spec.when ?? "");
        byKey.set(key, entry);
      }
    }
    const everyWhen = possible.map((spec) => spec.when ?? "");
    for (const { finding, whens } of byKey.values()) {
      const everywhere = whens.length === possible.length;
      if (finding.missing && !everywhere) continue;
      const conditions = everywhere && possible.length > 1 ? [""] : simplifyConditions(whens, everyWhen);
      const when = conditions.includes("") ? "" : whenSuffix(conditions.join(" or "));
      const { missing: _missing, ...report } = finding;
      context.report({ ...report, data: { ...finding.data, when, agent: agentNote(group[0] as ContainerSpec) } });
    }
  }
}

/**
 * What the container starts, when that is an agent that checks none of its own tool calls: a
 * sentence for messages about the container, saying that the agent can use what it allows.
 * Only what the container's own files say counts (its command, the Dockerfile it builds).
 */
export function agentNote(spec: ContainerSpec): string {
  for (const invocation of spec.runs ?? []) {
    const [bypass] = cliBypasses(invocation);
    if (bypass) return ` It starts Claude Code with \`${bypass.flag}\`, which approves every tool call, so the agent can use whatever the container allows.`;
  }
  return "";
}

/** The alternatives of one container (built in code, they differ by `when`); any other container stands alone. */
function alternativeGroups(specs: readonly ContainerSpec[]): ContainerSpec[][] {
  const groups = new Map<string, ContainerSpec[]>();
  const alone: ContainerSpec[][] = [];
  for (const spec of specs) {
    if (spec.when === undefined) {
      alone.push([spec]);
      continue;
    }
    const key = [spec.source, spec.loc.start, spec.loc.end].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  return [...alone, ...groups.values()];
}

function findingKey(finding: ContainerFinding): string {
  return [finding.messageId, finding.loc.start, finding.loc.end, JSON.stringify(Object.entries(finding.data).sort(([a], [b]) => (a < b ? -1 : 1)))].join("\u0000");
}

/**
 * Who a finding is about, at the start of a sentence: the container, or the owner of a
 * setting written once for several containers (a pod), so that one finding covers them all.
 */
export function subjectOf(spec: ContainerSpec, written?: ContainerSetting | ContainerMount): string {
  const subject = written?.owner ?? spec.name;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** A value as it reads in a message: `true`, `0`, `host`, `[SYS_ADMIN, NET_ADMIN]`. */
export function valueText(value: RValue): string | undefined {
  if (value.kind === "boolean" || value.kind === "number") return String(value.value);
  if (value.kind === "array") {
    const items = value.elements.map(valueText);
    return items.every((item): item is string => item !== undefined) ? `[${items.join(", ")}]` : undefined;
  }
  return knownString(value);
}

/**
 * A setting the way its format spells it: `privileged: true`, `--network host`, `USER root`,
 * `privileged=True` (docker-py), `HostConfig.Privileged: true` (dockerode).
 */
export function writtenSetting(spec: ContainerSpec, setting: ContainerSetting): string {
  if (setting.whole) return setting.key;
  const format = setting.format ?? spec.source;
  if (format === "docker-py") return `${setting.key}=${codeText(setting.value, "python")}`;
  if (format === "dockerode") return `${setting.key}: ${codeText(setting.value, "javascript")}`;
  const value = valueText(setting.value) ?? "…";
  if (!isCommandLine(format)) return `${setting.key}: ${value}`;
  // A switch (`--privileged`) is written whole in its key.
  if (setting.value.kind === "boolean" && setting.value.value) return setting.key;
  return `${setting.key} ${value}`;
}

/** A value as code writes it: `True`/`true`, `"host"`, `["SYS_ADMIN"]`. */
function codeText(value: RValue, language: "python" | "javascript"): string {
  if (value.kind === "boolean") return language === "python" ? (value.value ? "True" : "False") : String(value.value);
  if (value.kind === "number") return String(value.value);
  if (value.kind === "array") return `[${value.elements.map((element) => codeText(element, language)).join(", ")}]`;
  const text = knownString(value);
  return text === undefined ? "…" : JSON.stringify(text);
}

function isCommandLine(source: ContainerSource): boolean {
  return source === "docker-run" || source === "dockerfile";
}

/**
 * Where a setting written in another file comes from, to follow the setting in a message:
 * ", from the `extends` of common.yml"; nothing for a setting of the analysed file.
 */
export function viaText(written: ContainerSetting | ContainerMount | undefined): string {
  return written?.via === undefined ? "" : `, ${written.via}`;
}

/** True when the value is known to be `true` (YAML 1.1 `yes` included: the extractor resolved it). */
export function isTrue(setting: ContainerSetting | undefined): boolean {
  return setting?.value.kind === "boolean" && setting.value.value;
}

/** True when the value is known to be `false`. */
export function isFalse(setting: ContainerSetting | undefined): boolean {
  return setting?.value.kind === "boolean" && !setting.value.value;
}

/**
 * The sources that say how a container runs: all but the Dockerfile, which describes an image
 * (its user, environment, base), so runtime settings are never missing from it.
 */
export type RuntimeSource = Exclude<ContainerSource, "dockerfile">;

export function isRuntimeSpec(spec: ContainerSpec): spec is ContainerSpec & { readonly source: RuntimeSource } {
  return spec.source !== "dockerfile";
}

/** The input formats container rules read, for rule metadata. */
export const CONTAINER_INPUTS = [INPUT.compose, INPUT.kubernetes, INPUT.dockerRun, INPUT.dockerSdk, INPUT.mcpContainers] as const;
