/** A `readFile` over in-memory project files, keyed by path relative to `root`: what imports resolve to in tests. */
import path from "node:path";

export function virtualReader(root: string, files: Readonly<Record<string, string>>): (absolutePath: string) => string | undefined {
  const byAbsolute = new Map(Object.entries(files).map(([relative, text]) => [path.join(root, relative), text]));
  return (absolutePath) => byAbsolute.get(absolutePath);
}
