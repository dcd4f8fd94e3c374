/**
 * Linux capability names as container formats write them: `SYS_ADMIN`, `CAP_SYS_ADMIN`,
 * `sys_admin` (the engines upper-case them and add the prefix), and `ALL`.
 */
export function capabilityName(written: string): string {
  return written.trim().toUpperCase().replace(/^CAP_/, "");
}
