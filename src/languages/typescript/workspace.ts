/**
 * The files one extraction can see: the linted file and the project files its imports lead
 * to. Each run re-reads imported files through the context, so edits between runs are seen.
 */
import { isBuiltin } from "node:module";
import path from "node:path";
import { ts, type Node, type SourceFile as MorphSourceFile } from "./morph.js";
import type { Location } from "../../core/types.js";
import type { ExtractContext } from "../language.js";
import { PathAliases } from "./path-aliases.js";
import { firstTooDeepBracket } from "./nesting.js";
import { parsedFile } from "./project.js";
import { isSdkModule } from "./symbols.js";

const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx"];
const JS_TO_TS: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};

export class Workspace {
  private readonly files = new Map<string, MorphSourceFile | undefined>();
  private readonly relativePaths = new Map<string, string>();
  private readonly aliases: PathAliases;

  constructor(
    readonly context: ExtractContext,
    readonly main: MorphSourceFile,
    mainFile: { readonly path: string; readonly absolutePath: string },
  ) {
    this.files.set(path.resolve(mainFile.absolutePath), main);
    this.relativePaths.set(main.getFilePath(), mainFile.path);
    this.aliases = new PathAliases(context.readFile);
  }

  /** The project file a relative import specifier names, or undefined (packages, missing files). */
  resolveImport(from: MorphSourceFile, specifier: string): MorphSourceFile | undefined {
    // Native paths: they are what the context reads; ts-morph normalises them for itself.
    const directory = path.dirname(from.getFilePath());
    if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") {
      return this.loadFirst(candidatePaths(path.resolve(directory, specifier)));
    }
    if (!mayBeAliased(specifier)) return undefined;
    return this.loadFirst(this.aliases.candidates(path.resolve(directory), specifier).flatMap(candidatePaths));
  }

  private loadFirst(candidates: readonly string[]): MorphSourceFile | undefined {
    for (const candidate of candidates) {
      const file = this.load(candidate);
      if (file) return file;
    }
    return undefined;
  }

  private load(absolutePath: string): MorphSourceFile | undefined {
    if (this.files.has(absolutePath)) return this.files.get(absolutePath);
    const text = this.context.readFile(absolutePath);
    const source = text?.replace(/^\uFEFF/, "");
    // An imported file nested too deep to parse reliably (see nesting.ts) is not followed.
    const file = source === undefined || firstTooDeepBracket(source) !== undefined ? undefined : parsedFile(absolutePath, source);
    this.files.set(absolutePath, file);
    return file;
  }

  /** The location of a node, in whichever file it is. */
  locationOf(node: Node): Location {
    const sourceFile = node.getSourceFile();
    return this.span(sourceFile, node.getStart(), node.getEnd());
  }

  span(sourceFile: MorphSourceFile, start: number, end: number): Location {
    const compiled = sourceFile.compilerNode;
    const from = ts.getLineAndCharacterOfPosition(compiled, start);
    const to = ts.getLineAndCharacterOfPosition(compiled, end);
    return {
      file: this.relativePath(sourceFile),
      line: from.line + 1,
      column: from.character + 1,
      endLine: to.line + 1,
      endColumn: to.character + 1,
      start,
      end,
    };
  }

  relativePath(sourceFile: MorphSourceFile): string {
    const absolute = sourceFile.getFilePath();
    let relative = this.relativePaths.get(absolute);
    if (relative === undefined) {
      relative = path.relative(this.context.cwd, absolute).split(path.sep).join("/");
      this.relativePaths.set(absolute, relative);
    }
    return relative;
  }

  isMain(node: Node): boolean {
    return node.getSourceFile() === this.main;
  }
}

/** Node built-ins and the SDK itself are never project files, whatever a config maps. */
function mayBeAliased(specifier: string): boolean {
  return !isBuiltin(specifier) && !isSdkModule(specifier);
}

function candidatePaths(base: string): string[] {
  const extension = path.extname(base);
  const candidates: string[] = [];
  const typed = JS_TO_TS[extension];
  if (typed) candidates.push(...typed.map((ext) => base.slice(0, -extension.length) + ext));
  if (SOURCE_EXTENSIONS.includes(extension)) candidates.push(base);
  candidates.push(...SOURCE_EXTENSIONS.map((ext) => base + ext));
  candidates.push(...SOURCE_EXTENSIONS.map((ext) => path.join(base, "index" + ext)));
  return candidates;
}
