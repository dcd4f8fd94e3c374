/**
 * YAML (the front matter of subagent, skill and command files) parsed into the value
 * lattice with exact locations. Aliases and merge keys (`<<`) are resolved within a budget of
 * nodes, so that nested anchors cannot blow up; past it the value is unknown and the caller
 * leaves a notice.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from "yaml";
import type { Location } from "../../core/types.js";
import type { ObjectEntry, RValue } from "../../model/value.js";
import type { OffsetLocations } from "../../util/offset-locations.js";

const NODE_BUDGET = 20_000;

export interface YamlConversion {
  readonly value: RValue;
  /** True when the node budget ran out and part of the value became unknown. */
  readonly truncated: boolean;
}

/** Converts a parsed document; `offset` is where the YAML text starts in the file. */
export function yamlDocumentValue(document: Document, offset: number, locations: OffsetLocations): YamlConversion {
  const converter = new Converter(document, offset, locations);
  const contents = document.contents;
  const value = contents ? converter.value(contents as YamlNode, 0) : { kind: "null" as const, loc: locations.range(offset, offset) };
  return { value, truncated: converter.truncated };
}

class Converter {
  truncated = false;
  private spent = 0;

  constructor(
    private readonly document: Document,
    private readonly offset: number,
    private readonly locations: OffsetLocations,
  ) {}

  value(node: YamlNode, aliasDepth: number): RValue {
    const loc = this.locOf(node);
    if (++this.spent > NODE_BUDGET) {
      this.truncated = true;
      return { kind: "unknown", reason: "the YAML has too many nodes", loc };
    }
    if (isAlias(node)) {
      const target = aliasDepth < 32 ? node.resolve(this.document) : undefined;
      return target ? this.value(target as YamlNode, aliasDepth + 1) : { kind: "unknown", reason: "an unresolved alias", loc };
    }
    if (isScalar(node)) return scalarValue(node.value, loc);
    if (isSeq(node)) {
      return { kind: "array", elements: node.items.map((item) => this.value(item as YamlNode, aliasDepth)), open: false, loc };
    }
    if (isMap(node)) return { kind: "object", entries: this.entries(node.items, aliasDepth), open: false, loc };
    return { kind: "unknown", reason: "an unsupported YAML node", loc };
  }

  /** Later keys win, as in YAML 1.1 loaders; merged (`<<`) keys lose to keys written in the map. */
  private entries(pairs: readonly unknown[], aliasDepth: number): ObjectEntry[] {
    const merged = new Map<string, ObjectEntry>();
    const own = new Map<string, ObjectEntry>();
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || !keyNode) continue;
      const keyLoc = this.locOf(keyNode);
      const valueNode = pair.value as YamlNode | null;
      if (key === "<<" && valueNode) {
        for (const entry of this.mergeSources(valueNode, aliasDepth)) if (!merged.has(entry.key)) merged.set(entry.key, entry);
        continue;
      }
      const value: RValue = valueNode ? this.value(valueNode, aliasDepth) : { kind: "null", loc: keyLoc };
      own.delete(key);
      own.set(key, { key, keyLoc, value });
    }
    for (const key of own.keys()) merged.delete(key);
    return [...merged.values(), ...own.values()];
  }

  private mergeSources(node: YamlNode, aliasDepth: number): ObjectEntry[] {
    const value = this.value(node, aliasDepth);
    const sources = value.kind === "array" ? value.elements : [value];
    return sources.flatMap((source) => (source.kind === "object" ? source.entries : []));
  }

  private locOf(node: YamlNode): Location {
    const [start, valueEnd] = node.range ?? [0, 0];
    return this.locations.range(this.offset + start, this.offset + valueEnd);
  }
}

function scalarValue(value: unknown, loc: Location): RValue {
  if (value === null || value === undefined) return { kind: "null", loc };
  if (typeof value === "string") return { kind: "string", value, loc };
  if (typeof value === "number") return { kind: "number", value, loc };
  if (typeof value === "boolean") return { kind: "boolean", value, loc };
  return { kind: "string", value: String(value), loc };
}
