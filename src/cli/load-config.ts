/**
 * The configuration a run uses: `--config FILE`, else the nearest config file, else the
 * recommended preset. The validating loader (yaml, Ajv, the registry) is imported only
 * when a file exists.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { AgentlintConfig } from "./config.js";
import { findConfigFile } from "./find-config.js";
import { UsageError } from "./errors.js";

export async function resolveConfig(cwd: string, explicit: string | undefined): Promise<AgentlintConfig> {
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (explicit !== undefined && file !== undefined && !existsSync(file)) {
    throw new UsageError(`The config file ${explicit} does not exist.`, "Check the path given to --config.");
  }
  if (file === undefined) return defaultConfig(cwd);
  const { loadConfig } = await import("./config.js");
  return loadConfig(file, displayPath(cwd, file));
}

/** The configuration when no file exists: the recommended preset. */
export function defaultConfig(directory: string): AgentlintConfig {
  return { directory, preset: "recommended", ignores: [], rules: new Map(), overrides: [] };
}

/** A path as the user would type it: relative to cwd when inside it. */
export function displayPath(cwd: string, absolutePath: string): string {
  const relative = path.relative(cwd, absolutePath);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolutePath;
}
