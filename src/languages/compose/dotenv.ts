/**
 * The `.env` file compose reads for interpolation: `NAME=value` lines (an optional `export `
 * prefix), values in single quotes (literal), double quotes (`\n`, `\"`, `\\` escapes) or bare
 * (a ` #` starts a comment), `#` comment lines and blank lines. Values may use the variables
 * set above them. A line compose would reject is skipped.
 */
import { interpolate } from "./interpolation.js";
import type { Location } from "../../core/types.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function parseDotEnv(text: string, loc: Location): Map<string, string> {
  const variables = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("export ")) line = line.slice("export ".length).trim();
    const equals = line.indexOf("=");
    if (equals <= 0) continue;
    const name = line.slice(0, equals).trim();
    if (!NAME.test(name)) continue;
    const value = valueOf(line.slice(equals + 1).trim(), variables, loc);
    if (value !== undefined) variables.set(name, value);
  }
  return variables;
}

function valueOf(raw: string, variables: ReadonlyMap<string, string>, loc: Location): string | undefined {
  if (raw.startsWith("'")) {
    const end = raw.indexOf("'", 1);
    return end < 0 ? undefined : raw.slice(1, end);
  }
  if (raw.startsWith('"')) {
    let value = "";
    for (let index = 1; index < raw.length; index++) {
      const char = raw[index] as string;
      if (char === '"') return expanded(value, variables, loc);
      if (char === "\\" && index + 1 < raw.length) {
        const next = raw[++index] as string;
        value += next === "n" ? "\n" : next === "t" ? "\t" : next;
        continue;
      }
      value += char;
    }
    return undefined;
  }
  const comment = raw.search(/\s#/);
  return expanded((comment < 0 ? raw : raw.slice(0, comment)).trim(), variables, loc);
}

/** A value with `${VAR}` expanded from the lines above; undefined when a variable is not set there. */
function expanded(value: string, variables: ReadonlyMap<string, string>, loc: Location): string | undefined {
  const { parts } = interpolate(value, loc, variables);
  let text = "";
  for (const part of parts) {
    if (part.kind !== "literal") return undefined;
    text += part.text;
  }
  return text;
}
