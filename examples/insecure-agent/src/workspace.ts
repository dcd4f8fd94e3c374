// Keeps file access inside the checked-out repository.
import path from "node:path";

const WORKSPACE_ROOT = "/srv/checkouts";

export function insideWorkspace(requested: string): boolean {
  return path.resolve(requested).startsWith(WORKSPACE_ROOT);
}
