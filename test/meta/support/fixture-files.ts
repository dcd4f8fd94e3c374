/** The fixture files of a rule, and the input kind each is analysed as. */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { InputKind } from "../../../src/core/types.js";
import { classifyPath } from "../../../src/languages/registry.js";
import { REPO_ROOT } from "./repo.js";

export interface FixtureFile {
  /** Posix path relative to the repository root. */
  readonly path: string;
  readonly absolutePath: string;
  /** Undefined when no extractor reads the file's format yet. */
  readonly kind: InputKind | undefined;
}

/** Every file under `dir` (recursively, sorted), skipping `node_modules`. */
export function fixtureFiles(dir: string): FixtureFile[] {
  const files: FixtureFile[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const absolutePath = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(absolutePath);
      } else if (entry.isFile()) {
        const relative = path.relative(REPO_ROOT, absolutePath).split(path.sep).join("/");
        // Classified by the whole path: kinds such as `.claude/agents/*.md` depend on the folder.
        files.push({ path: relative, absolutePath, kind: classifyPath(absolutePath.split(path.sep).join("/")) });
      }
    }
  };
  walk(dir);
  return files;
}
