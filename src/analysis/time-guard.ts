/**
 * The hard time guard for analysis that runs in the calling thread. JavaScript cannot
 * interrupt a synchronous call from the same thread, but V8 can: `vm`'s `timeout` runs the
 * call under a watchdog thread that terminates the execution when the time is up, including
 * a loop inside a parser's WebAssembly.
 *
 * A terminated call skips every `finally` block on its way out, so module state it was
 * changing (a parser's memory, a shared compiler project, a half-loaded module) may be left
 * inconsistent: after a time-out the caller must not run analysis in this thread again.
 */
import vm from "node:vm";

const SLOT = Symbol.for("agentlint.guardedCall");
// The call must start inside the script for the watchdog to cover it.
const CALL_SLOT = new vm.Script(`globalThis[Symbol.for("agentlint.guardedCall")]()`, { filename: "agentlint-time-guard.js" });

export type Guarded<T> = { readonly value: T } | { readonly timedOut: true };

/** Runs `work` and returns its value, or `timedOut` when it was still running after `timeoutMs`. */
export function runWithTimeLimit<T>(work: () => T, timeoutMs: number): Guarded<T> {
  const slots = globalThis as unknown as Record<symbol, (() => unknown) | undefined>;
  slots[SLOT] = work;
  try {
    return { value: CALL_SLOT.runInThisContext({ timeout: Math.max(1, Math.round(timeoutMs)) }) as T };
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { timedOut: true };
    throw error;
  } finally {
    slots[SLOT] = undefined;
  }
}
