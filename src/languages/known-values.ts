/**
 * The known scalar values a value holds, each named by where it is written and what it is:
 * what an adapter's use contributes to the options it builds is the known values the use
 * adds (see typescript/adapters.ts, python/adapters.ts). Unknown values contribute nothing
 * a rule could judge.
 */
import type { RValue } from "../model/value.js";

/** How many values are looked at in one value; a larger value is compared by its first ones. */
const MAX_VISITED = 2_000;

export function knownValues(value: RValue): Set<string> {
  const found = new Set<string>();
  const pending: RValue[] = [value];
  let visited = 0;
  for (let current = pending.pop(); current && visited < MAX_VISITED; current = pending.pop(), visited++) {
    const at = `${current.loc.file}:${current.loc.start}:${current.loc.end}`;
    switch (current.kind) {
      case "string":
      case "number":
      case "boolean":
        found.add(`${at}:${current.kind}:${String(current.value)}`);
        break;
      case "null":
        found.add(`${at}:null`);
        break;
      case "text":
        for (const part of current.parts) if (part.kind === "literal") found.add(`${part.loc.file}:${part.loc.start}:${part.loc.end}:text:${part.text}`);
        break;
      case "array":
        pending.push(...current.elements);
        break;
      case "object":
        for (const entry of current.entries) pending.push(entry.value);
        break;
      case "oneOf":
        for (const branch of current.options) pending.push(branch.value);
        break;
      case "function":
      case "unknown":
        break;
    }
  }
  return found;
}

/** Whether `value` holds a known value that `base` does not. */
export function addsKnownValues(value: RValue, base: RValue): boolean {
  const before = knownValues(base);
  for (const known of knownValues(value)) if (!before.has(known)) return true;
  return false;
}
