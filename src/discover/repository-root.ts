import { statSync } from "node:fs";
import path from "node:path";

/** The nearest directory at or above `start` that holds `.git` (a directory or a worktree file). */
export function findRepositoryRoot(start: string): string | undefined {
  let directory = path.resolve(start);
  for (;;) {
    if (existsQuietly(path.join(directory, ".git"))) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function existsQuietly(candidate: string): boolean {
  try {
    statSync(candidate);
    return true;
  } catch {
    return false;
  }
}
