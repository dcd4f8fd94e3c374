/**
 * Which of a name's bindings in a scope are in effect at a position, without reading all of
 * them each time. A scope's bindings come in source order (module.ts collects them so), so
 * those that start before a position are a prefix, found by binary search; of these, an
 * assignment whose value holds the position is not in effect yet (`x = f(x)`), and those are
 * found from the end by a running maximum of where values end. A generated module that binds
 * one name thousands of times made every lookup filter every binding.
 */
import type { Binding } from "./module.js";

interface Order {
  readonly sorted: boolean;
  /** The furthest any value of bindings[0..i] reaches, per i (−1 for bindings without a value). */
  readonly maxValueEnd: Int32Array;
}

const orders = new WeakMap<readonly Binding[], Order>();

function orderOf(bindings: readonly Binding[]): Order {
  let order = orders.get(bindings);
  if (!order) {
    const maxValueEnd = new Int32Array(bindings.length);
    let sorted = true;
    let furthest = -1;
    bindings.forEach((binding, index) => {
      if (index > 0 && (bindings[index - 1] as Binding).start > binding.start) sorted = false;
      if (hasValue(binding)) furthest = Math.max(furthest, binding.value.endIndex);
      maxValueEnd[index] = furthest;
    });
    order = { sorted, maxValueEnd };
    orders.set(bindings, order);
  }
  return order;
}

/** Whether the bindings are in source order (they are, unless the module's collection changes). */
export function inSourceOrder(bindings: readonly Binding[]): boolean {
  return orderOf(bindings).sorted;
}

/** How many of `bindings` (in source order) start before `position`. */
export function countBefore(bindings: readonly Binding[], position: number): number {
  let low = 0;
  let high = bindings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((bindings[middle] as Binding).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The bindings in effect at `position`, in source order. */
export function bindingsInEffectAt(bindings: readonly Binding[], position: number): readonly Binding[] {
  const order = orderOf(bindings);
  if (!order.sorted) return bindings.filter((binding) => inEffectAt(binding, position));
  const count = countBefore(bindings, position);
  if (count === 0) return [];
  if ((order.maxValueEnd[count - 1] as number) <= position) return count === bindings.length ? bindings : bindings.slice(0, count);
  return bindings.slice(0, count).filter((binding) => inEffectAt(binding, position));
}

function inEffectAt(binding: Binding, position: number): boolean {
  if (binding.start >= position) return false;
  if (!hasValue(binding)) return true;
  return position < binding.value.startIndex || position >= binding.value.endIndex;
}

function hasValue(binding: Binding): binding is Extract<Binding, { kind: "assign" | "augment" | "with" }> {
  return binding.kind === "assign" || binding.kind === "augment" || binding.kind === "with";
}
