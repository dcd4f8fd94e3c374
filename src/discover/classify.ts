/**
 * Which input kind a path is, by its name alone: the first, cheapest filter of the flow.
 * Files of no known kind are never read.
 */
import type { InputKind } from "../core/types.js";

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  ".ts": "typescript",
  ".tsx": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".js": "javascript",
  ".jsx": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".py": "python",
};

/** Declaration files describe types only; no agent is ever built in one. */
const DECLARATION = /\.d\.[cm]?ts$/;

export function classifyPath(filePath: string): InputKind | undefined {
  const name = filePath.slice(filePath.lastIndexOf("/") + 1);
  if (DECLARATION.test(name)) return undefined;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return BY_EXTENSION[name.slice(dot).toLowerCase()];
}
