/** Small constructors and combinators for the value lattice, shared by the evaluator's parts. */
import type { Location } from "../../core/types.js";
import { alternatives, type Branch, type Provenance, type RValue, type TextPart } from "../../model/value.js";

export type ObjectValue = Extract<RValue, { kind: "object" }>;
type UnknownValue = Extract<RValue, { kind: "unknown" }>;

/** At most this many alternatives come out of one value; beyond, the value is unknown. */
export const MAX_ALTERNATIVES = 32;

export function unknownValue(reason: string, loc: Location, provenance?: Provenance): UnknownValue {
  return provenance ? { kind: "unknown", reason, provenance, loc } : { kind: "unknown", reason, loc };
}

const PROCESS_ENVIRONMENT: Provenance = { kind: "env", name: "*" };
const HOME_DIRECTORY: Provenance = { kind: "env", name: "HOME" };

export function environmentValue(loc: Location): UnknownValue {
  return unknownValue("the process environment", loc, PROCESS_ENVIRONMENT);
}

export function homeValue(loc: Location): UnknownValue {
  return unknownValue("the home directory", loc, HOME_DIRECTORY);
}

/** A one-of value, or the single value when there is only one branch; unknown beyond the cap. */
export function oneOf(branches: readonly Branch[], loc: Location): RValue {
  const first = branches[0];
  if (!first) return unknownValue("no value", loc);
  if (branches.length === 1) return first.value;
  const count = branches.reduce((sum, branch) => sum + alternatives(branch.value).length, 0);
  if (count > MAX_ALTERNATIVES) return unknownValue("too many alternatives", loc);
  return { kind: "oneOf", options: branches, loc };
}

/** Applies `transform` to every concrete alternative of `value`, keeping the branches. */
export function mapAlternatives(value: RValue, transform: (concrete: RValue) => RValue): RValue {
  if (value.kind !== "oneOf") return transform(value);
  return {
    kind: "oneOf",
    options: value.options.map((branch) => ({ when: branch.when, value: mapAlternatives(branch.value, transform) })),
    loc: value.loc,
  };
}

/** The truthiness of a value when it is known. */
export function truthiness(value: RValue): boolean | undefined {
  switch (value.kind) {
    case "string":
      return value.value.length > 0;
    case "number":
      return value.value !== 0 && !Number.isNaN(value.value);
    case "boolean":
      return value.value;
    case "null":
      return false;
    case "array":
    case "object":
    case "function":
      return true;
    case "text":
      return value.parts.some((part) => part.kind === "literal" && part.text.length > 0) ? true : undefined;
    default:
      return undefined;
  }
}

/** A known value's text as string concatenation would render it, or undefined. */
export function scalarText(value: RValue): string | undefined {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
    case "boolean":
      return String(value.value);
    case "null":
      return "undefined";
    default:
      return undefined;
  }
}

/** Literal parts merged where adjacent, so `"a" + "b"` reads as one literal. */
export function mergeParts(parts: readonly TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === "literal" && last?.kind === "literal" && last.loc.file === part.loc.file) {
      merged[merged.length - 1] = {
        kind: "literal",
        text: last.text + part.text,
        loc: { ...last.loc, endLine: part.loc.endLine, endColumn: part.loc.endColumn, end: part.loc.end },
      };
    } else if (part.kind !== "literal" || part.text.length > 0) {
      merged.push(part);
    }
  }
  return merged;
}
