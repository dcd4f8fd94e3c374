/**
 * Values of one layer as the analysed file sees them (see layers.ts): YAML scalars
 * interpolated and typed the way compose reads them, located exactly in the analysed file, at
 * the `extends` key that brings them in, or unknown when the counterpart file reports them.
 */
import { isScalar, type Node } from "yaml";
import type { Location } from "../../core/types.js";
import type { RValue } from "../../model/value.js";
import { alternatives } from "../../model/value.js";
import { interpolatedValue, type InterpolationOptions, type Variables } from "./interpolation.js";
import type { Layer } from "./layers.js";
import { scalarText } from "./yaml-view.js";

export class LayerReader {
  constructor(
    readonly layer: Layer,
    private readonly variables: Variables,
  ) {}

  get hidden(): boolean {
    return this.layer.origin.kind === "hidden";
  }

  /** Where a node of this layer is reported. */
  locate(node: Node | undefined): Location {
    const origin = this.layer.origin;
    if (origin.kind !== "own") return origin.anchor;
    const range = node?.range;
    const start = range?.[0] ?? 0;
    let end = range?.[1] ?? start;
    // A block collection's range runs to the start of the next line.
    const text = this.layer.source.yaml.text;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return this.layer.source.yaml.locate(start, end);
  }

  /**
   * Where `[start, end)` of a scalar's value is reported: exactly when the scalar is written
   * plainly (its source holds the value verbatim), else the whole scalar.
   */
  locateWithin(node: Node | undefined, value: string, start: number, end: number): Location {
    const whole = this.locate(node);
    if (this.layer.origin.kind !== "own" || !isScalar(node) || !node.range) return whole;
    const source = this.layer.source.yaml.text.slice(node.range[0], node.range[1]);
    const quoted = node.type === "QUOTE_SINGLE" || node.type === "QUOTE_DOUBLE";
    const inner = quoted ? source.slice(1, -1) : source;
    if (inner !== value) return whole;
    const offset = node.range[0] + (quoted ? 1 : 0);
    return this.layer.source.yaml.locate(offset + start, offset + end);
  }

  /** A scalar's value, interpolated; unknown in a hidden layer or when it is not a scalar. */
  value(node: Node | undefined, options: InterpolationOptions = {}): RValue {
    const loc = this.locate(node);
    if (this.layer.origin.kind === "hidden") return { kind: "unknown", reason: `set in ${this.layer.origin.via}`, loc };
    if (isScalar(node) && typeof node.value === "boolean") return { kind: "boolean", value: node.value, loc };
    if (isScalar(node) && typeof node.value === "number") return { kind: "number", value: node.value, loc };
    if (isScalar(node) && node.value === null) return { kind: "null", loc };
    const text = scalarText(node);
    if (text === undefined) return { kind: "unknown", reason: "not a single value", loc };
    return interpolatedValue(text, loc, this.variables, options);
  }

  /** Text `value` (part of a scalar, e.g. after `KEY=`) interpolated at `loc`. */
  textValue(text: string, loc: Location, options: InterpolationOptions = {}): RValue {
    if (this.layer.origin.kind === "hidden") return { kind: "unknown", reason: `set in ${this.layer.origin.via}`, loc };
    return interpolatedValue(text, loc, this.variables, options);
  }

  /** A value compose reads as a boolean (`true`, `"false"`, `yes`, `off`, …). */
  booleanValue(node: Node | undefined): RValue {
    return mapAlternatives(this.value(node), (value) => {
      if (value.kind !== "string") return value;
      const lower = value.value.toLowerCase();
      if (TRUE_WORDS.has(lower)) return { kind: "boolean", value: true, loc: value.loc };
      if (FALSE_WORDS.has(lower)) return { kind: "boolean", value: false, loc: value.loc };
      return value;
    });
  }

  /** A value compose reads as a string (`user: 1000` is "1000"). */
  stringValue(node: Node | undefined, options: InterpolationOptions = {}): RValue {
    return mapAlternatives(this.value(node, options), (value) => {
      if (value.kind === "number" || value.kind === "boolean") return { kind: "string", value: String(value.value), loc: value.loc };
      return value;
    });
  }
}

/** compose-go's toBoolean. */
const TRUE_WORDS = new Set(["true", "y", "yes", "on"]);
const FALSE_WORDS = new Set(["false", "n", "no", "off"]);

function mapAlternatives(value: RValue, map: (value: RValue) => RValue): RValue {
  if (value.kind !== "oneOf") return map(value);
  return { ...value, options: alternatives(value).map((alternative) => ({ value: map(alternative.value), when: alternative.when })) };
}
