/**
 * What one use of an adapter decides (see typescript/adapters.ts, python/adapters.ts). The
 * adapter's own SDK call is an agent of its own, judged in the adapter's file; the agent at
 * the use carries only what that use changes, so that a problem of the adapter is reported
 * once, where it is written, and not again at every use.
 *
 * An option the adapter sets the same whatever the use passes is left unknown at the use; an
 * option the adapter never sets (its options have a fixed set of keys) is the adapter's to
 * add, so the options at the use are open. When the adapter passes on what it is given
 * (`{ ...options }`), a missing option is the use's and stays missing.
 */
import { fingerprint } from "./memo.js";
import { alternatives, type ObjectEntry, type RValue } from "../model/value.js";

export function useView(used: RValue, unbound: RValue): RValue {
  const adapterObjects = alternatives(unbound).flatMap(({ value }) => (value.kind === "object" ? [value] : []));
  const fixedKeys = adapterObjects.length > 0 && adapterObjects.every((object) => !object.open);
  const view = (value: RValue): RValue => {
    if (value.kind === "oneOf") return { ...value, options: value.options.map((branch) => ({ ...branch, value: view(branch.value) })) };
    if (value.kind !== "object") return value;
    const entries = value.entries.map((entry): ObjectEntry => (decidedByAdapter(entry, adapterObjects) ? { ...entry, value: { kind: "unknown", reason: `${entry.key}, set by the adapter whatever this use passes`, loc: entry.value.loc } } : entry));
    return { ...value, entries, open: value.open || fixedKeys };
  };
  return view(used);
}

function decidedByAdapter(entry: ObjectEntry, adapterObjects: ReadonlyArray<Extract<RValue, { kind: "object" }>>): boolean {
  const print = fingerprint(entry.value);
  return adapterObjects.some((object) => object.entries.some((candidate) => candidate.key === entry.key && fingerprint(candidate.value) === print));
}
