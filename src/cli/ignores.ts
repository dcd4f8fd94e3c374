/** Whether the config's `ignores` exclude a path (picomatch globs relative to the config's directory). */
import path from "node:path";
import picomatch from "picomatch";
import type { AgentlintConfig } from "./config.js";
import { toPosix } from "../discover/posix.js";

export function ignoresMatcher(config: Pick<AgentlintConfig, "directory" | "ignores">): (absolutePath: string) => boolean {
  if (config.ignores.length === 0) return () => false;
  // `dir/` means everything under dir, as in .gitignore.
  const patterns = config.ignores.map((pattern) => (pattern.endsWith("/") ? `${pattern}**` : pattern));
  const matches = picomatch(patterns, { dot: true });
  return (absolutePath) => {
    const relative = toPosix(path.relative(config.directory, absolutePath));
    if (relative === "" || relative.startsWith("../") || path.isAbsolute(relative)) return false;
    return matches(relative);
  };
}
