/**
 * Frames made from other frames. A frame binds values to declarations (a call's parameters, a
 * name narrowed by a condition, a variable's value before a write); a frame made by extending
 * another remembers how, so that the evaluator can name it from its parent's name and the few
 * bindings added, instead of from every binding it holds.
 */
import type { RValue } from "../../model/value.js";
import type { Frame } from "./evaluator.js";
import type { ts } from "./morph.js";

export interface FrameOrigin {
  readonly parent: Frame;
  readonly added: ReadonlyArray<readonly [ts.Node, RValue]>;
}

const origins = new WeakMap<Frame, FrameOrigin>();

/** `frame` with `added` bound on top (replacing earlier bindings of the same declarations). */
export function extendFrame(frame: Frame, added: ReadonlyArray<readonly [ts.Node, RValue]>, calls = frame.calls): Frame {
  const bindings = new Map(frame.bindings);
  for (const [declaration, value] of added) bindings.set(declaration, value);
  const extended: Frame = { bindings, calls };
  origins.set(extended, { parent: frame, added });
  return extended;
}

/** How `frame` was made, when `extendFrame` made it. */
export function originOf(frame: Frame): FrameOrigin | undefined {
  return origins.get(frame);
}
