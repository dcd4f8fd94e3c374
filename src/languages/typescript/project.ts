/**
 * The one ts-morph project of the process. Files live in an in-memory file system: the
 * linted file's text comes from the caller (ESLint passes unsaved text) and other project
 * files are added as imports are followed, read through the extract context, never executed.
 */
import { Project, ts, type Node, type SourceFile as MorphSourceFile } from "./morph.js";

let project: Project | undefined;
/** Parsed files by path, least recently used first; the oldest are dropped beyond the cap. */
const recentFiles = new Map<string, MorphSourceFile>();
const MAX_FILES = 400;

function sharedProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve },
  });
  return project;
}

/** The parsed file at `absolutePath` holding exactly `text` (re-parsed only when the text changed). */
export function parsedFile(absolutePath: string, text: string): MorphSourceFile {
  const shared = sharedProject();
  const existing = recentFiles.get(absolutePath);
  recentFiles.delete(absolutePath);
  const file =
    existing && existing.getFullText() === text
      ? existing
      : shared.createSourceFile(absolutePath, text, { overwrite: true, scriptKind: scriptKindOf(absolutePath) });
  recentFiles.set(absolutePath, file);
  evictBeyondCap(shared);
  return file;
}

/** Keeps memory bounded on large scans: a dropped file is parsed again if it is needed again. */
function evictBeyondCap(shared: Project): void {
  for (const [path, file] of recentFiles) {
    if (recentFiles.size <= MAX_FILES) return;
    recentFiles.delete(path);
    shared.removeSourceFile(file);
  }
}

function scriptKindOf(absolutePath: string): ts.ScriptKind {
  if (/\.(tsx)$/.test(absolutePath)) return ts.ScriptKind.TSX;
  if (/\.(jsx)$/.test(absolutePath)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(absolutePath)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

interface NodeFactory {
  _getNodeFromCompilerNode(node: ts.Node): Node;
}

/**
 * The ts-morph wrapper of a compiler node of `file`. ts-morph offers no public lookup by
 * compiler node; its own navigation uses this method. Wrapping only the nodes the extractor
 * needs (instead of walking every node through ts-morph) keeps large files cheap.
 */
export function morphNodeOf(file: MorphSourceFile, node: ts.Node): Node {
  return (file as unknown as NodeFactory)._getNodeFromCompilerNode(node);
}
