/** The fixture files of a rule, and the input kind each is analysed as. */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { InputKind } from "../../../src/core/types.js";
import { classifyPath } from "../../../src/discover/classify.js";
import { PYTHON_SUPPORTED, REPO_ROOT } from "./repo.js";

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
        files.push({ path: relative, absolutePath, kind: kindOf(entry.name) });
      }
    }
  };
  walk(dir);
  return files;
}

function kindOf(name: string): InputKind | undefined {
  const kind = classifyPath(name);
  return kind === "python" && !PYTHON_SUPPORTED ? undefined : kind;
}
