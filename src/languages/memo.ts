/**
 * Remembered evaluation, shared by the front ends. A value is remembered under a key that
 * names everything it depends on — the node, and the content of the values bound in its
 * frame — so following the same helper, branch or merge again costs nothing.
 *
 * A value is not remembered when it depends on where it was computed. When a cycle is cut
 * (the inner occurrence becomes unknown), every computation between the cut and the
 * occurrence still open saw a partial value; the open one itself is whole, because any fresh
 * computation of it would cut the cycle at the same place. When a depth limit cuts a value,
 * it depends on the whole stack, so nothing open is remembered.
 */
import { createHash } from "node:crypto";

export class Memo {
  /** Each key names one kind of computation, so a key's value always has the same type. */
  private readonly values = new Map<string, unknown>();
  /** The stack position of each computation in progress, by key. */
  private readonly open = new Map<string, number>();
  /** For each computation in progress (a stack): the lowest position its result depends on. */
  private readonly lowest: number[] = [];
  private readonly frames = new Map<string, string>();

  /** `key`'s value: remembered, or computed now; `cycle()` when `key` is already being computed. */
  value<V>(key: string, compute: () => V, cycle: () => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    return this.run(key, true, compute, cycle);
  }

  /** Runs `compute` as a computation in progress that is never remembered (a cycle guard). */
  guard<V>(key: string, compute: () => V, cycle: () => V): V {
    return this.run(key, false, compute, cycle);
  }

  /**
   * A short name for a frame's long description (the content of its bindings), so that the
   * keys of the many values computed in one frame stay short.
   */
  frameName(description: string): string {
    let name = this.frames.get(description);
    if (name === undefined) {
      name = `f${this.frames.size}`;
      this.frames.set(description, name);
    }
    return name;
  }

  /** The computations in progress depend on the context (how deep they are): none is remembered. */
  dependOnContext(): void {
    this.dependOn(-1);
  }

  private run<V>(key: string, remember: boolean, compute: () => V, cycle: () => V): V {
    const openAt = this.open.get(key);
    if (openAt !== undefined) {
      this.dependOn(openAt);
      return cycle();
    }
    const position = this.lowest.length;
    this.open.set(key, position);
    this.lowest.push(position);
    let depends = position;
    try {
      const value = compute();
      depends = this.lowest[position] ?? position;
      if (remember && depends >= position) this.values.set(key, value);
      return value;
    } finally {
      this.open.delete(key);
      this.lowest.pop();
      if (depends < position) this.dependOn(depends);
    }
  }

  private dependOn(position: number): void {
    const top = this.lowest.length - 1;
    const current = this.lowest[top];
    if (current !== undefined && position < current) this.lowest[top] = position;
  }
}

const prints = new WeakMap<object, string>();
/** Prints longer than this are replaced by a digest, so that keys stay short. */
const DIGEST_FROM = 512;

/**
 * A key for a value's content: equal for values that are equal in every field (locations
 * included), so values resolved twice from the same code share their key. Values are
 * immutable, so each object's print is computed once.
 */
export function fingerprint(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value === "string" ? JSON.stringify(value) : String(value);
  const known = prints.get(value);
  if (known !== undefined) return known;
  const text = Array.isArray(value)
    ? `[${value.map(fingerprint).join(",")}]`
    : `{${Object.entries(value).map(([key, field]) => `${key}:${fingerprint(field)}`).join(",")}}`;
  const print = text.length > DIGEST_FROM ? `#${createHash("sha1").update(text).digest("base64")}` : text;
  prints.set(value, print);
  return print;
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/** A number naming an object (a syntax node) for as long as it lives. */
export function identityOf(object: object): number {
  let id = ids.get(object);
  if (id === undefined) {
    id = nextId++;
    ids.set(object, id);
  }
  return id;
}
