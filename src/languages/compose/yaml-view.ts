/**
 * Reading a YAML document the way compose sees it: aliases (`*base`) stand for the node they
 * name, and a map's merge keys (`<<: *base`, `<<: [*a, *b]`) bring in the entries its own keys
 * do not set (the first merged map wins over later ones). Each alias followed and each merge
 * expanded spends one unit of a budget shared by the whole extraction, so that an alias bomb
 * ends as an incomplete (open) reading instead of exponential work.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";

/** Alias resolutions and merges one extraction may perform. */
export const YAML_BUDGET = 20_000;
/** How deep merge keys may chain (`<<: *a` where `a` itself merges `*b` …). */
const MAX_MERGE_DEPTH = 16;

export class YamlBudget {
  private remaining = YAML_BUDGET;
  exhausted = false;

  spend(): boolean {
    if (this.remaining <= 0) {
      this.exhausted = true;
      return false;
    }
    this.remaining--;
    return true;
  }
}

export interface MapEntry {
  readonly key: string;
  readonly keyNode: Scalar;
  /** The value, aliases resolved; undefined for an empty value (`key:`). */
  readonly value: Node | undefined;
}

export class YamlView {
  private readonly cache = new WeakMap<YAMLMap, MapEntry[]>();

  constructor(
    readonly document: Document.Parsed,
    readonly budget: YamlBudget,
  ) {}

  /** The node an alias names (aliases of aliases followed), or the node itself. */
  resolve(node: unknown): Node | undefined {
    let current = node;
    for (let hops = 0; isAlias(current); hops++) {
      if (hops > MAX_MERGE_DEPTH || !this.budget.spend()) return undefined;
      current = current.resolve(this.document);
    }
    return current === null || current === undefined ? undefined : (current as Node);
  }

  map(node: unknown): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  seq(node: unknown): YAMLSeq | undefined {
    const resolved = this.resolve(node);
    return isSeq(resolved) ? resolved : undefined;
  }

  /** The items of a sequence, aliases resolved. */
  items(node: unknown): Node[] {
    const sequence = this.seq(node);
    if (!sequence) return [];
    return sequence.items.flatMap((item) => {
      const resolved = this.resolve(item);
      return resolved ? [resolved] : [];
    });
  }

  /** A map's effective entries in order: its own keys, then merged keys it does not set. */
  entries(node: unknown, depth = 0): MapEntry[] {
    const map = this.map(node);
    if (!map) return [];
    const cached = this.cache.get(map);
    if (cached) return cached;
    const own: MapEntry[] = [];
    const merged: MapEntry[] = [];
    for (const pair of map.items as Array<Pair<unknown, unknown>>) {
      if (isMergeKey(pair.key)) {
        if (depth >= MAX_MERGE_DEPTH) continue;
        const sources = isSeq(this.resolve(pair.value)) ? (this.seq(pair.value)?.items ?? []) : [pair.value];
        for (const source of sources) {
          if (!this.budget.spend()) break;
          merged.push(...this.entries(source, depth + 1));
        }
        continue;
      }
      if (!isScalar(pair.key)) continue;
      own.push({ key: String(pair.key.value), keyNode: pair.key, value: this.resolve(pair.value) });
    }
    const seen = new Set(own.map((entry) => entry.key));
    const result = [...own];
    for (const entry of merged) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      result.push(entry);
    }
    this.cache.set(map, result);
    return result;
  }

  entry(node: unknown, key: string): MapEntry | undefined {
    return this.entries(node).find((entry) => entry.key === key);
  }
}

/** `<<` as a merge key (a quoted `"<<"` is an ordinary key). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === "symbol";
}

/** A scalar's value as compose reads it: strings, numbers and booleans as text. */
export function scalarText(node: Node | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return undefined;
}

/** The YAML tag of a node (`!reset`, `!override`), if any. */
export function tagOf(node: Node | undefined): string | undefined {
  return node && "tag" in node ? node.tag : undefined;
}
