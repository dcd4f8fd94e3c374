import { readFileSync } from "node:fs";

/** Reads another project file for import resolution; a missing or unreadable file is undefined. */
export function readTextFile(absolutePath: string): string | undefined {
  try {
    return readFileSync(absolutePath, "utf8");
  } catch {
    return undefined;
  }
}
