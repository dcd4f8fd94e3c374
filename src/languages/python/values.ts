/** Building blocks for resolved values: unknowns with provenance, text joining, one-of mapping, written entries. */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import { isSecretLikeName } from "../../secrets/names.js";
import { memberProvenance } from "../../model/provenance.js";
import { alternatives, joinWhen, type Branch, type Provenance, type RValue, type TextPart, type WrittenExpression } from "../../model/value.js";
import type { LocationIndex } from "./locations.js";

/** Beyond this many combinations a one-of is not expanded further (keeps large files fast). */
const MAX_COMBINATIONS = 16;

export type ConcreteValue = Exclude<RValue, { kind: "oneOf" }>;

export function unknownValue(reason: string, loc: Location, provenance?: Provenance): RValue {
  return provenance ? { kind: "unknown", reason, provenance, loc } : { kind: "unknown", reason, loc };
}

/** The whole parent environment (`os.environ`, `dict(os.environ)`, `os.environ.copy()`). */
export function processEnvironment(loc: Location): RValue {
  return unknownValue("the process environment", loc, { kind: "env", name: "*" });
}

export function homeDirectory(loc: Location): RValue {
  return unknownValue("the home directory", loc, { kind: "env", name: "HOME" });
}

export function environmentVariable(name: string, loc: Location): RValue {
  if (name === "HOME") return homeDirectory(loc);
  const provenance: Provenance = isSecretLikeName(name) ? { kind: "secret-env", name } : { kind: "env", name };
  return unknownValue(`the environment variable ${name}`, loc, provenance);
}

/**
 * A value derived from another (an attribute, item or method result) keeps its provenance; a
 * `member` of a third-party API's object is followed (`issue.body` is text, `issue.number` is not).
 */
export function derived(from: RValue, reason: string, loc: Location, member?: string): RValue {
  if (from.kind === "unknown" && from.provenance) return unknownValue(reason, loc, member === undefined ? from.provenance : memberProvenance(from.provenance, member));
  return unknownValue(reason, loc);
}

export function oneOf(branches: readonly Branch[], loc: Location): RValue {
  if (branches.length === 1 && !branches[0]?.when && branches[0]) return branches[0].value;
  return { kind: "oneOf", options: branches, loc };
}

/** Applies `map` to each concrete alternative of `value`, keeping the conditions. */
export function mapAlternatives(value: RValue, loc: Location, map: (concrete: ConcreteValue) => RValue): RValue {
  if (value.kind !== "oneOf") return map(value);
  return oneOf(alternatives(value).map((alt) => ({ value: map(alt.value), when: alt.when })), loc);
}

/**
 * Combines several values whose alternatives multiply (`a + b`, an f-string): each
 * combination of alternatives is built separately, up to a bound.
 */
export function combine(values: readonly RValue[], loc: Location, build: (concrete: readonly ConcreteValue[]) => RValue): RValue {
  let combos: Array<{ parts: ConcreteValue[]; when: string }> = [{ parts: [], when: "" }];
  for (const value of values) {
    const alts = alternatives(value);
    if (combos.length * alts.length > MAX_COMBINATIONS) {
      const collapsed = collapse(value);
      combos = combos.map((c) => ({ parts: [...c.parts, collapsed], when: c.when }));
      continue;
    }
    combos = combos.flatMap((c) => alts.map((alt) => ({ parts: [...c.parts, alt.value], when: joinWhen(c.when, alt.when) })));
  }
  if (combos.length === 1 && combos[0]) return build(combos[0].parts);
  return oneOf(combos.map((c) => ({ value: build(c.parts), when: c.when })), loc);
}

/** A one-of too large to expand becomes one unknown that keeps its most telling provenance. */
function collapse(value: RValue): ConcreteValue {
  const provenances = alternatives(value).flatMap((alt) => (alt.value.kind === "unknown" && alt.value.provenance ? [alt.value.provenance] : []));
  const telling = provenances.find((p) => p.kind === "secret-env" || p.kind === "secret-manager") ?? provenances[0];
  return telling ? { kind: "unknown", reason: "one of several values", provenance: telling, loc: value.loc } : { kind: "unknown", reason: "one of several values", loc: value.loc };
}

/** Where a value is formatted into a string: holes point there, at the expression written. */
export interface InsertionSite {
  readonly expression: string;
  readonly loc: Location;
}

/** The text parts a value contributes when it is formatted into a string at `site`. */
export function partsOf(value: ConcreteValue, site: InsertionSite): TextPart[] {
  const { expression } = site;
  switch (value.kind) {
    case "string":
      return [{ kind: "literal", text: value.value, loc: value.loc }];
    case "number":
      return [{ kind: "literal", text: String(value.value), loc: value.loc }];
    case "boolean":
      return [{ kind: "literal", text: value.value ? "True" : "False", loc: value.loc }];
    case "null":
      return [{ kind: "literal", text: "None", loc: value.loc }];
    case "text":
      return [...value.parts];
    case "unknown":
      return [{ kind: "hole", provenance: value.provenance ?? { kind: "unknown" }, expression, loc: site.loc }];
    default:
      return [{ kind: "hole", provenance: { kind: "unknown" }, expression, loc: site.loc }];
  }
}

/** A string value from parts: a plain string when every part is literal. */
export function textValue(parts: readonly TextPart[], loc: Location): RValue {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === "literal" && part.text === "") continue;
    if (part.kind === "literal" && last?.kind === "literal") {
      merged[merged.length - 1] = { kind: "literal", text: last.text + part.text, loc: last.loc };
    } else merged.push(part);
  }
  if (merged.every((p) => p.kind === "literal")) {
    return { kind: "string", value: merged.map((p) => (p.kind === "literal" ? p.text : "")).join(""), loc };
  }
  return { kind: "text", parts: merged, loc };
}

/** Python truthiness of a known value; undefined when it cannot be known. */
export function truthiness(value: ConcreteValue): boolean | undefined {
  switch (value.kind) {
    case "string":
      return value.value.length > 0;
    case "number":
      return value.value !== 0;
    case "boolean":
      return value.value;
    case "null":
      return false;
    case "array":
      return value.elements.length > 0 ? true : value.open ? undefined : false;
    case "object":
      return value.entries.length > 0 ? true : value.open ? undefined : false;
    case "function":
      return true;
    case "text":
      return value.parts.some((p) => p.kind === "literal" && p.text.length > 0) ? true : undefined;
    default:
      return undefined;
  }
}

/** The expression an entry was written with (`max_turns=MAX_TURNS`), named when it is a name (`config.TURNS`, `ROLES[role]`). */
export function writtenExpression(node: Node, locations: LocationIndex): WrittenExpression {
  const name = node.type === "subscript" ? subscriptName(node) : dottedName(node);
  return { loc: locations.of(node), ...(name !== undefined && { name }) };
}

const SIMPLE_KEYS = new Set(["identifier", "string", "integer"]);

function subscriptName(node: Node): string | undefined {
  const value = node.childForFieldName("value");
  const key = node.childForFieldName("subscript");
  const base = value ? dottedName(value) : undefined;
  return base !== undefined && key && SIMPLE_KEYS.has(key.type) ? `${base}[${key.text}]` : undefined;
}

function dottedName(node: Node): string | undefined {
  if (node.type === "identifier") return node.text;
  if (node.type !== "attribute") return undefined;
  const object = node.childForFieldName("object");
  const attribute = node.childForFieldName("attribute");
  const base = object ? dottedName(object) : undefined;
  return base !== undefined && attribute ? `${base}.${attribute.text}` : undefined;
}
