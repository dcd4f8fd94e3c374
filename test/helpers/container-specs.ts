/**
 * Hand-built container models for rule tests of the sources whose front ends live elsewhere
 * (compose, Dockerfile): the model is built over a real text, with locations found in it, and
 * the rule runs on it through the analysis core.
 */
import { analyzeModel } from "../../src/analysis/analyze.js";
import { ruleById } from "../../src/analysis/registry.js";
import type { InputKind, Location } from "../../src/core/types.js";
import type { ContainerMount, ContainerSetting, ContainerSpec, EnvironmentEntry } from "../../src/model/container.js";
import { emptyFileModel, type FileModel } from "../../src/model/file-model.js";
import type { ImageBuild } from "../../src/model/image.js";
import type { RValue } from "../../src/model/value.js";
import { TextLocations } from "../../src/util/text-locations.js";

type Scalar = string | number | boolean;

export class SpecFile {
  private readonly locations: TextLocations;

  constructor(
    readonly path: string,
    readonly kind: InputKind,
    readonly text: string,
  ) {
    this.locations = new TextLocations(path, text);
  }

  /** The `nth` occurrence (from 0) of `needle` in the text. */
  find(needle: string, nth = 0): Location {
    let index = -1;
    for (let seen = 0; seen <= nth; seen++) {
      index = this.text.indexOf(needle, index + 1);
      if (index < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times in ${this.path}`);
    }
    return this.locations.range(index, index + needle.length);
  }

  /** A value written at `written` (by default its own text). */
  value(value: Scalar | readonly string[], written?: string, nth = 0): RValue {
    if (Array.isArray(value)) {
      const loc = this.find(written ?? value.join(", "), nth);
      return { kind: "array", elements: value.map((item) => ({ kind: "string", value: item, loc: this.find(item, nth) })), open: false, loc };
    }
    const loc = this.find(written ?? String(value), nth);
    if (typeof value === "boolean") return { kind: "boolean", value, loc };
    if (typeof value === "number") return { kind: "number", value, loc };
    return { kind: "string", value: value as string, loc };
  }

  /** A setting whose key is written as `key` and whose value is written as `written`. */
  setting(key: string, value: Scalar | readonly string[], written?: string, nth = 0): ContainerSetting {
    return { key, keyLoc: this.find(key.split(".").pop() as string, nth), value: this.value(value, written, nth) };
  }

  mount(kind: ContainerMount["kind"], entry: string, source: string, extra: Partial<ContainerMount> = {}): ContainerMount {
    const loc = this.find(entry);
    return { kind, source: { kind: "string", value: source, loc }, loc, ...extra };
  }

  env(name: string, value: string, extra: Partial<EnvironmentEntry> = {}): EnvironmentEntry {
    return { name, nameLoc: this.find(name), value: this.value(value), ...extra };
  }

  compose(service: string, settings: Partial<ContainerSpec> = {}): ContainerSpec {
    return { source: "compose", file: this.path, name: `service "${service}"`, loc: this.find(`${service}:`), open: false, hostNamespaces: {}, mounts: [], environment: [], ...settings };
  }

  dockerfileStage(settings: Partial<ContainerSpec> = {}): ContainerSpec {
    const from = this.text.lastIndexOf("FROM");
    return {
      source: "dockerfile",
      file: this.path,
      name: "the final stage",
      loc: this.locations.range(from, from + 4),
      open: false,
      hostNamespaces: {},
      mounts: [],
      environment: [],
      ...settings,
    };
  }

  imageBuild(baseImages: readonly ContainerSetting[]): ImageBuild {
    return { file: this.path, baseImages, runs: [], copies: [], variables: [] };
  }

  model(containers: readonly ContainerSpec[], imageBuilds: readonly ImageBuild[] = []): FileModel {
    return { ...emptyFileModel({ path: this.path, absolutePath: `/project/${this.path}`, text: this.text, kind: this.kind }), containers, imageBuilds };
  }
}

/** The findings of one rule on a hand-built model: line, column, end column and message. */
export function findingsOnModel(ruleId: string, model: FileModel, options: Record<string, unknown> = {}): Array<[number, number, number, string]> {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`No rule ${ruleId}`);
  const rules = new Map([[ruleId, { severity: rule.severity === "off" ? "warn" : rule.severity, options: { ...rule.defaultOptions, ...options } }]]);
  return analyzeModel(model, rules, "cli").map((finding) => [finding.line, finding.column, finding.endColumn, finding.message]);
}
