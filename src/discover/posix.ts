import path from "node:path";

/** Paths in findings and ignore patterns use `/` on every platform. */
export function toPosix(filePath: string): string {
  return path.sep === "/" ? filePath : filePath.split(path.sep).join("/");
}
