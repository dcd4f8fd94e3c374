/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?err}`, `${VAR?err}` (defaults may nest), and `$$` for a
 * literal `$`. A variable the `.env` next to the compose file sets takes that value. Any other
 * variable is unknown: without a default it is a hole; with one, the value is one of the
 * default (when the variables are unset, as in a plain `docker compose up`) and the text with
 * a hole in the variable's place (when the shell sets them): `${XDG_RUNTIME_DIR:-/run/user/1000}/docker.sock`
 * still ends in `/docker.sock`.
 */
import type { Location } from "../../core/types.js";
import type { RValue, TextPart } from "../../model/value.js";
import { isSecretLikeName } from "../../secrets/names.js";

export type Variables = ReadonlyMap<string, string>;

export interface Interpolated {
  readonly parts: readonly TextPart[];
  /** Variables not set in `.env` whose default or alternative was used. */
  readonly defaulted: readonly string[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const MAX_NESTING = 8;

export interface InterpolationOptions {
  /** Variables kept as written (`${HOME}` in a mount source stays `${HOME}`). */
  readonly keep?: ReadonlySet<string>;
}

export function interpolate(text: string, loc: Location, variables: Variables, options: InterpolationOptions = {}): Interpolated {
  const defaulted = new Set<string>();
  const parts = expand(text, loc, variables, options, defaulted, 0);
  return { parts, defaulted: [...defaulted].sort() };
}

/** Variables the environment sets to values not known here (the other branch of a default). */
type AssumedSet = ReadonlySet<string>;

/** The interpolated value: a string, text with holes, or one of the defaults and unknown. */
export function interpolatedValue(text: string, loc: Location, variables: Variables, options: InterpolationOptions = {}): RValue {
  const { parts, defaulted } = interpolate(text, loc, variables, options);
  const value = partsValue(parts, loc);
  if (defaulted.length === 0) return value;
  const names = defaulted.join(", ");
  const verb = defaulted.length === 1 ? "is" : "are";
  const whenSet = expand(text, loc, variables, options, new Set(), 0, new Set(defaulted));
  return {
    kind: "oneOf",
    options: [
      { value, when: `${names} ${verb} unset` },
      { value: whenSet.some((part) => part.kind === "literal") ? partsValue(whenSet, loc) : { kind: "unknown", reason: `${names} may be set in the environment`, loc }, when: `${names} ${verb} set` },
    ],
    loc,
  };
}

export function partsValue(parts: readonly TextPart[], loc: Location): RValue {
  if (parts.every((part) => part.kind === "literal")) return { kind: "string", value: parts.map((part) => (part.kind === "literal" ? part.text : "")).join(""), loc };
  return { kind: "text", parts, loc };
}

function expand(text: string, loc: Location, variables: Variables, options: InterpolationOptions, defaulted: Set<string>, depth: number, assumedSet?: AssumedSet): TextPart[] {
  const parts: TextPart[] = [];
  let literal = "";
  const flush = (): void => {
    if (literal) parts.push({ kind: "literal", text: literal, loc });
    literal = "";
  };
  const push = (more: readonly TextPart[]): void => {
    for (const part of more) {
      if (part.kind === "literal") literal += part.text;
      else {
        flush();
        parts.push(part);
      }
    }
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char !== "$") {
      literal += char;
      index++;
      continue;
    }
    const next = text[index + 1] ?? "";
    if (next === "$") {
      literal += "$";
      index += 2;
      continue;
    }
    if (next === "{") {
      const close = closingBrace(text, index + 2);
      if (close < 0) {
        literal += text.slice(index);
        break;
      }
      const body = text.slice(index + 2, close);
      push(braced(body, text.slice(index, close + 1), loc, variables, options, defaulted, depth, assumedSet));
      index = close + 1;
      continue;
    }
    if (!NAME_START.test(next)) {
      literal += "$";
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && NAME_CHAR.test(text[end] as string)) end++;
    const name = text.slice(index + 1, end);
    push(lookup(name, text.slice(index, end), loc, variables, options));
    index = end;
  }
  flush();
  return parts;
}

function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === "{") depth++;
    else if (char === "}") {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

function braced(
  body: string,
  written: string,
  loc: Location,
  variables: Variables,
  options: InterpolationOptions,
  defaulted: Set<string>,
  depth: number,
  assumedSet: AssumedSet | undefined,
): readonly TextPart[] {
  let end = 0;
  while (end < body.length && NAME_CHAR.test(body[end] as string)) end++;
  const name = body.slice(0, end);
  const rest = body.slice(end);
  if (!name || !NAME_START.test(name[0] as string)) return [hole(name || body, written, loc)];
  if (rest === "" || options.keep?.has(name)) return lookup(name, written, loc, variables, options);
  const colon = rest.startsWith(":");
  const operator = rest[colon ? 1 : 0];
  const word = rest.slice(colon ? 2 : 1);
  const value = variables.get(name);
  const holdsValue = value !== undefined && (!colon || value !== "");
  const nested = (): TextPart[] => (depth >= MAX_NESTING ? [hole(name, written, loc)] : expand(word, loc, variables, options, defaulted, depth + 1, assumedSet));
  if (assumedSet?.has(name) && value === undefined) {
    // Set to a value not known here: `-` and `?` give that value, `+` its alternative.
    return operator === "+" ? nested() : [hole(name, written, loc)];
  }
  switch (operator) {
    case "-":
      if (holdsValue) return [{ kind: "literal", text: value, loc }];
      if (value === undefined) defaulted.add(name);
      return nested();
    case "+":
      if (value === undefined) defaulted.add(name);
      return holdsValue ? nested() : [];
    case "?":
      return holdsValue ? [{ kind: "literal", text: value, loc }] : [hole(name, written, loc)];
    default:
      return [hole(name, written, loc)];
  }
}

function lookup(name: string, written: string, loc: Location, variables: Variables, options: InterpolationOptions): readonly TextPart[] {
  if (options.keep?.has(name)) return [{ kind: "literal", text: written, loc }];
  const value = variables.get(name);
  return value === undefined ? [hole(name, written, loc)] : [{ kind: "literal", text: value, loc }];
}

function hole(name: string, written: string, loc: Location): TextPart {
  return { kind: "hole", provenance: isSecretLikeName(name) ? { kind: "secret-env", name } : { kind: "env", name }, expression: written, loc };
}
