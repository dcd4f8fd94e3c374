/**
 * Chooses the extractor for a classified file. Each language module is loaded on first
 * use only (its parser is heavy), and at most once per process.
 */
import { createRequire } from "node:module";
import type { InputKind, SourceFile } from "../core/types.js";
import type { FileModel } from "../model/file-model.js";

export interface ExtractContext {
  /** Absolute directory that relative paths in findings are relative to. */
  readonly cwd: string;
  /**
   * Reads another project file (to resolve imports). Returns undefined when the file does
   * not exist or cannot be read. Never executes anything.
   */
  readonly readFile: (absolutePath: string) => string | undefined;
}

export type Extractor = (file: SourceFile, context: ExtractContext) => FileModel;

const require = createRequire(import.meta.url);
const loaded = new Map<string, Extractor>();

function load(modulePath: string, exportName: string): Extractor {
  let extractor = loaded.get(modulePath);
  if (!extractor) {
    // Synchronous on purpose: the ESLint front end must report from a synchronous visitor.
    const module = require(modulePath) as Record<string, Extractor>;
    const found = module[exportName];
    if (!found) throw new Error(`Extractor ${exportName} missing from ${modulePath}`);
    extractor = found;
    loaded.set(modulePath, extractor);
  }
  return extractor;
}

/**
 * Loads the parsers that initialise asynchronously (web-tree-sitter) for the kinds about to
 * be analysed. Extraction itself stays synchronous afterwards.
 */
export async function prepareExtractors(kinds: ReadonlySet<InputKind>): Promise<void> {
  if (kinds.has("python")) {
    const python = (await import("./python/index.js")) as { preparePython(): Promise<void>; extractPython: Extractor };
    await python.preparePython();
    // The module is already loaded here: keep its extractor so that extraction never needs `require`.
    loaded.set("./python/index.js", python.extractPython);
  }
  if (kinds.has("typescript") || kinds.has("javascript")) {
    // Same reason: front ends that can await (the CLI, tests) never go through `require`.
    const typescript = (await import("./typescript/index.js")) as { extractTypeScript: Extractor };
    loaded.set("./typescript/index.js", typescript.extractTypeScript);
  }
}

export function extractModel(file: SourceFile, context: ExtractContext): FileModel {
  return extractorFor(file.kind)(file, context);
}

function extractorFor(kind: InputKind): Extractor {
  switch (kind) {
    case "typescript":
    case "javascript":
      return load("./typescript/index.js", "extractTypeScript");
    case "python":
      return load("./python/index.js", "extractPython");
  }
}
