/**
 * A seccomp profile (a JSON document with `defaultAction` and `syscalls`), as Docker and
 * Kubernetes load it.
 */
import type { Location } from "../core/types.js";

export interface SeccompSyscallRule {
  /** The syscall names (`names`, or the legacy single `name`), each with its position. */
  readonly names: ReadonlyArray<{ readonly name: string; readonly loc: Location }>;
  readonly action: string;
  readonly loc: Location;
  /** True when `args` filters the call, so it is not allowed unconditionally. */
  readonly filtered: boolean;
  /** `includes`/`excludes` by `arches`, `caps`, `minKernel`, as written. */
  readonly includes?: { readonly arches?: readonly string[]; readonly caps?: readonly string[]; readonly minKernel?: string };
  readonly excludes?: { readonly arches?: readonly string[]; readonly caps?: readonly string[]; readonly minKernel?: string };
}

export interface SeccompProfile {
  readonly file: string;
  /** The document (its opening brace). */
  readonly loc: Location;
  readonly defaultAction?: { readonly value: string; readonly loc: Location };
  readonly syscalls: readonly SeccompSyscallRule[];
}
