/**
 * Where the installed package lives and its version, found from this module's own location
 * (it runs from `src/` in tests and from `dist/src/` when installed).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface PackageInfo {
  readonly root: string;
  readonly version: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(directory, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (parsed.name === "agentlint") {
        cached = { root: directory, version: parsed.version ?? "0.0.0" };
        return cached;
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error("agentlint's package.json was not found above its modules.");
    directory = parent;
  }
}

/** The text of `rules/<id>.md`, shipped in the package; undefined when absent. */
export function ruleDoc(id: string): string | undefined {
  try {
    return readFileSync(path.join(packageInfo().root, "rules", `${id}.md`), "utf8");
  } catch {
    return undefined;
  }
}

export const REPOSITORY_URL = "https://github.com/agentlint/agentlint";

export function ruleDocUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${encodeURIComponent(id)}.md`;
}
