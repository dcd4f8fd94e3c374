/**
 * How a seccomp profile treats a syscall, the way Docker's own profile is meant to be read:
 * a rule allows its syscalls unconditionally unless `args` filters the call or `includes.caps`
 * grants it only to containers that hold a capability. `includes.arches` and
 * `includes.minKernel` only say where the rule exists, and `excludes.caps` withdraws it from
 * containers that have the capability (they are granted it elsewhere): neither is a condition
 * on an ordinary container.
 */
import type { SeccompSyscallRule } from "./seccomp.js";

/** Actions that let the call through (`SCMP_ACT_LOG` only records it). */
const ALLOWING_ACTIONS = new Set(["SCMP_ACT_ALLOW", "SCMP_ACT_LOG"]);

export function isAllowingAction(action: string): boolean {
  return ALLOWING_ACTIONS.has(action.trim().toUpperCase());
}

export function allowsUnconditionally(rule: SeccompSyscallRule): boolean {
  return isAllowingAction(rule.action) && !rule.filtered && (rule.includes?.caps ?? []).length === 0;
}
