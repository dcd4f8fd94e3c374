/**
 * Finds the config file that applies: the nearest `.agentlint.yaml`, `.agentlint.yml` or
 * `agentlint.config.json` at or above the working directory, stopping at the repository
 * root (so a config in a parent project never leaks in) or the file-system root.
 * Kept free of heavy imports: it runs on every start.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./errors.js";

export const CONFIG_FILE_NAMES = [".agentlint.yaml", ".agentlint.yml", "agentlint.config.json"] as const;

export function findConfigFile(cwd: string): string | undefined {
  let directory = path.resolve(cwd);
  for (;;) {
    const present = CONFIG_FILE_NAMES.filter((name) => existsSync(path.join(directory, name)));
    if (present.length > 1) {
      throw new ConfigError(`Found several config files in ${directory} (${present.join(", ")}); keep only one of them.`);
    }
    const [name] = present;
    if (name) return path.join(directory, name);
    const parent = path.dirname(directory);
    if (parent === directory || existsSync(path.join(directory, ".git"))) return undefined;
    directory = parent;
  }
}
