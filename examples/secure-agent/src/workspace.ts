// Keeps file access inside the checked-out repository.
import path from "node:path";

const WORKSPACE_ROOT = "/srv/checkouts";

export function insideWorkspace(requested: string): boolean {
  const relative = path.relative(WORKSPACE_ROOT, path.resolve(requested));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
