/**
 * Pure operations on resolved objects and arrays: what spreads, `Object.assign`, property
 * writes and `push` do to a value. Every write keeps "last write wins" for keys.
 */
import type { Location } from "../../core/types.js";
import { alternatives, type ObjectEntry, type RValue } from "../../model/value.js";
import { mapAlternatives, oneOf, type ObjectValue } from "./values.js";

/** An object under construction: the entries so far, in first-write order. */
export interface ObjectDraft {
  readonly entries: Map<string, ObjectEntry>;
  open: boolean;
  readonly unknownSpreads: RValue[];
}

export function emptyDraft(): ObjectDraft {
  return { entries: new Map(), open: false, unknownSpreads: [] };
}

export function copyDraft(draft: ObjectDraft): ObjectDraft {
  return { entries: new Map(draft.entries), open: draft.open, unknownSpreads: [...draft.unknownSpreads] };
}

/** What `{ ...value }` adds to a draft, for one concrete (non one-of) value. */
export function spreadInto(draft: ObjectDraft, value: RValue): void {
  switch (value.kind) {
    case "object":
      for (const entry of value.entries) draft.entries.set(entry.key, entry);
      if (value.open) draft.open = true;
      if (value.unknownSpreads) draft.unknownSpreads.push(...value.unknownSpreads);
      return;
    case "unknown":
      draft.open = true;
      draft.unknownSpreads.push(value);
      return;
    case "null":
    case "boolean":
    case "number":
    case "function":
      return;
    default:
      draft.open = true;
  }
}

/**
 * `{ ...spread }` for a spread of several objects (or nothing, as `cond && {...}` gives) when
 * the object cannot take one more level of alternatives: each key the spread may write gets a
 * one-of value — the spread's value where it writes the key, the earlier value (or unset)
 * where it does not. False, leaving the draft untouched, when an alternative is not such a value.
 */
export function foldSpreadAlternatives(draft: ObjectDraft, spread: ReadonlyArray<{ readonly value: RValue; readonly when: string }>, loc: Location): boolean {
  if (!spread.every(({ value }) => value.kind === "object" || ADDS_NOTHING.has(value.kind))) return false;
  const keys = new Map<string, ObjectEntry>();
  for (const { value } of spread) {
    if (value.kind !== "object") continue;
    for (const entry of value.entries) if (!keys.has(entry.key)) keys.set(entry.key, entry);
    if (value.open) draft.open = true;
    if (value.unknownSpreads) draft.unknownSpreads.push(...value.unknownSpreads);
  }
  for (const [key, first] of keys) {
    const before = draft.entries.get(key);
    const branches = spread.map(({ value, when }) => {
      const written = value.kind === "object" ? value.entries.find((entry) => entry.key === key) : undefined;
      return { when, value: written?.value ?? before?.value ?? ({ kind: "null", loc } as const) };
    });
    draft.entries.set(key, { key, keyLoc: before?.keyLoc ?? first.keyLoc, value: oneOf(branches, loc) });
  }
  return true;
}

/** Values a spread copies no keys from. */
const ADDS_NOTHING: ReadonlySet<RValue["kind"]> = new Set(["null", "boolean", "number", "function"]);

export function finishDraft(draft: ObjectDraft, loc: Location): ObjectValue {
  const base = { kind: "object" as const, entries: [...draft.entries.values()], open: draft.open, loc };
  return draft.unknownSpreads.length > 0 ? { ...base, unknownSpreads: draft.unknownSpreads } : base;
}

/** `target.a.b = value`: the target with the nested entry replaced (objects created as needed). */
export function setPath(target: RValue, path: readonly PathStep[], value: RValue): RValue {
  const [step, ...rest] = path;
  if (!step) return value;
  return mapAlternatives(target, (concrete) => {
    if (concrete.kind === "object") {
      const existing = concrete.entries.find((entry) => entry.key === step.key);
      const inner: RValue = existing?.value ?? { kind: "object", entries: [], open: false, loc: step.loc };
      const entry: ObjectEntry = { key: step.key, keyLoc: existing && rest.length > 0 ? existing.keyLoc : step.loc, value: setPath(inner, rest, value) };
      const entries = existing
        ? concrete.entries.map((candidate) => (candidate === existing ? entry : candidate))
        : [...concrete.entries, entry];
      return { ...concrete, entries };
    }
    if (concrete.kind === "array" && /^\d+$/.test(step.key)) {
      const index = Number(step.key);
      const elements = [...concrete.elements];
      const current = elements[index];
      if (index > elements.length) return { ...concrete, open: true };
      elements[index] = current ? setPath(current, rest, value) : value;
      return { ...concrete, elements };
    }
    return concrete;
  });
}

/** `target.a.push(...items)`: the array at the path with items appended. */
export function appendAt(target: RValue, path: readonly PathStep[], items: readonly RValue[], open: boolean): RValue {
  const [step, ...rest] = path;
  return mapAlternatives(target, (concrete) => {
    if (!step) {
      if (concrete.kind !== "array") return concrete;
      return { ...concrete, elements: [...concrete.elements, ...items], open: concrete.open || open };
    }
    if (concrete.kind !== "object") return concrete;
    const existing = concrete.entries.find((entry) => entry.key === step.key);
    if (!existing) return concrete;
    const entry: ObjectEntry = { ...existing, value: appendAt(existing.value, rest, items, open) };
    return { ...concrete, entries: concrete.entries.map((candidate) => (candidate === existing ? entry : candidate)) };
  });
}

/** The value after a write the analysis cannot follow (in a loop, through a computed key). */
export function markOpen(target: RValue): RValue {
  return mapAlternatives(target, (concrete) => {
    if (concrete.kind === "object" || concrete.kind === "array") return { ...concrete, open: true };
    return concrete;
  });
}

export interface PathStep {
  readonly key: string;
  readonly loc: Location;
}

/** `Object.assign(target, ...sources)`: the target with every source's entries. */
export function mergeInto(target: RValue, sources: readonly RValue[]): RValue {
  return mapAlternatives(target, (concrete) => {
    if (concrete.kind !== "object") return concrete;
    const draft = emptyDraft();
    spreadInto(draft, concrete);
    for (const source of sources) {
      const options = alternatives(source);
      if (options.length === 1 && options[0]) spreadInto(draft, options[0].value);
      else spreadInto(draft, { kind: "unknown", reason: "one of several objects", loc: source.loc });
    }
    return finishDraft(draft, concrete.loc);
  });
}

