/** Paths of the repository the meta tests check. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The spec is a read-only sibling of the repository (`../shared/spec`), present in CI. */
export const SPEC_DIR = path.resolve(REPO_ROOT, "../shared/spec");

export function repoPath(...segments: string[]): string {
  return path.join(REPO_ROOT, ...segments);
}
