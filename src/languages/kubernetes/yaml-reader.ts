/**
 * Reads a parsed YAML document the way Kubernetes does: aliases resolved, `<<` merge keys
 * applied (keys written in the mapping win, then earlier merge sources), keys compared by
 * their text. Every node keeps its range, so values carry exact locations.
 *
 * Bounded: aliases may point at their own ancestors and merges may nest, so every step
 * through the tree is counted against a budget shared by the file; once it is spent the
 * reader answers "absent" and the extractor leaves an `incomplete` notice.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node as YamlNode, type YAMLMap } from "yaml";
import type { Location } from "../../core/types.js";
import type { RValue } from "../../model/value.js";
import type { TextLocations } from "../../util/text-locations.js";

export interface YamlEntry {
  /** The key as written (a YAML 1.1 `on:` key is the text `on`, not `true`). */
  readonly key: string;
  readonly keyNode: YamlNode;
  /** The value with aliases resolved; undefined for an empty value (`key:`). */
  readonly value: YamlNode | undefined;
}

/** What one file's reading may spend. */
export class ReadBudget {
  private left: number;

  constructor(steps: number) {
    this.left = steps;
  }

  get spent(): boolean {
    return this.left <= 0;
  }

  take(steps = 1): boolean {
    this.left -= steps;
    return this.left >= 0;
  }
}

const MAX_ALIAS_HOPS = 16;
const MAX_MERGE_DEPTH = 8;
/** Values spelled with template placeholders are only known once a tool fills them in. */
const TEMPLATE_PLACEHOLDER = /\$\{|\{\{/;

export class YamlReader {
  private readonly targets = new Map<Alias, unknown>();

  constructor(
    private readonly document: Document.Parsed,
    readonly locations: TextLocations,
    private readonly budget: ReadBudget,
  ) {}

  /** The node itself, or the node an alias (of an alias…) points at. */
  resolve(node: unknown): YamlNode | undefined {
    let current = node;
    for (let hop = 0; isAlias(current); hop++) {
      if (hop >= MAX_ALIAS_HOPS || !this.budget.take()) return undefined;
      // Finding an anchor walks the document: each alias is looked up once.
      let target = this.targets.get(current);
      if (target === undefined) {
        target = current.resolve(this.document) ?? null;
        this.targets.set(current, target);
      }
      current = target;
    }
    return (current ?? undefined) as YamlNode | undefined;
  }

  map(node: unknown): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  /** The items of a sequence (aliases resolved; absent items left out). */
  items(node: unknown): YamlNode[] {
    const resolved = this.resolve(node);
    if (!isSeq(resolved) || !this.budget.take(resolved.items.length)) return [];
    return resolved.items.map((item) => this.resolve(item)).filter((item): item is YamlNode => item !== undefined && item !== null);
  }

  /** The entries of a mapping, merge keys applied. */
  entries(node: unknown): YamlEntry[] {
    return this.mergedEntries(this.map(node), 0);
  }

  get(node: unknown, key: string): YamlEntry | undefined {
    return this.entries(node).find((entry) => entry.key === key);
  }

  /** The value at a path of keys, e.g. `at(pod, "securityContext", "runAsUser")`. */
  at(node: unknown, ...path: readonly string[]): YamlEntry | undefined {
    let entry: YamlEntry | undefined;
    let current: unknown = node;
    for (const key of path) {
      entry = this.get(current, key);
      if (!entry) return undefined;
      current = entry.value;
    }
    return entry;
  }

  /** A scalar's value: string, number, boolean or null; undefined for collections. */
  scalar(node: unknown): string | number | boolean | null | undefined {
    const resolved = this.resolve(node);
    if (!isScalar(resolved)) return undefined;
    const value = resolved.value;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) return value;
    if (typeof value === "bigint") return Number(value);
    return undefined;
  }

  string(node: unknown): string | undefined {
    const value = this.scalar(node);
    return typeof value === "string" ? value : undefined;
  }

  /** The node's range without the line breaks and comments a block collection ends with. */
  loc(node: YamlNode | undefined, fallback: Location): Location {
    const range = node?.range;
    if (!range) return fallback;
    const [start, end] = range;
    return this.locations.range(start, start + this.locations.text.slice(start, end).trimEnd().length);
  }

  /**
   * The value of a node for the model: scalars as they are (a string with a template
   * placeholder is unknown), sequences as arrays, mappings as objects.
   */
  value(node: YamlNode | undefined, fallback: Location, depth = 0): RValue {
    const loc = this.loc(node, fallback);
    if (node === undefined) return { kind: "null", loc };
    const resolved = this.resolve(node);
    if (resolved === undefined || depth > MAX_MERGE_DEPTH) return { kind: "unknown", reason: "the YAML is nested too deeply", loc };
    if (isSeq(resolved)) {
      return { kind: "array", elements: this.items(resolved).map((item) => this.value(item, loc, depth + 1)), open: false, loc };
    }
    if (isMap(resolved)) {
      const entries = this.entries(resolved).map((entry) => ({
        key: entry.key,
        keyLoc: this.loc(entry.keyNode, loc),
        value: this.value(entry.value, loc, depth + 1),
      }));
      return { kind: "object", entries, open: false, loc };
    }
    const scalar = this.scalar(resolved);
    if (typeof scalar === "string") {
      return TEMPLATE_PLACEHOLDER.test(scalar) ? { kind: "unknown", reason: `template placeholder in "${scalar}"`, loc } : { kind: "string", value: scalar, loc };
    }
    if (typeof scalar === "number") return { kind: "number", value: scalar, loc };
    if (typeof scalar === "boolean") return { kind: "boolean", value: scalar, loc };
    return { kind: "null", loc };
  }

  private mergedEntries(map: YAMLMap | undefined, depth: number): YamlEntry[] {
    if (!map || depth > MAX_MERGE_DEPTH || !this.budget.take(map.items.length)) return [];
    const own: YamlEntry[] = [];
    const mergeSources: unknown[] = [];
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      if (!keyNode) continue;
      if (this.isMergeKey(keyNode)) {
        mergeSources.push(pair.value);
        continue;
      }
      const key = this.keyText(keyNode);
      if (key === undefined) continue;
      own.push({ key, keyNode, value: this.resolve(pair.value) ?? undefined });
    }
    const seen = new Set(own.map((entry) => entry.key));
    const merged = [...own];
    for (const source of mergeSources) {
      const resolved = this.resolve(source);
      const maps = isSeq(resolved) ? resolved.items.map((item) => this.map(item)) : [this.map(resolved)];
      for (const sourceMap of maps) {
        for (const entry of this.mergedEntries(sourceMap, depth + 1)) {
          if (seen.has(entry.key)) continue;
          seen.add(entry.key);
          merged.push(entry);
        }
      }
    }
    return merged;
  }

  private isMergeKey(node: YamlNode): boolean {
    return isScalar(node) && (typeof node.value === "symbol" || (node.value === "<<" && node.type === "PLAIN"));
  }

  private keyText(node: YamlNode): string | undefined {
    if (!isScalar(node)) return undefined;
    if (typeof node.value === "string") return node.value;
    const range = node.range;
    return range ? this.locations.text.slice(range[0], range[1]) : String(node.value);
  }
}
