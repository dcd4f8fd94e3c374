/**
 * The one ts-morph project of the process. Files live in an in-memory file system: the
 * linted file's text comes from the caller (ESLint passes unsaved text) and other project
 * files are added as imports are followed, read through the extract context, never executed.
 */
import { Project, ts, type Node, type SourceFile as MorphSourceFile } from "./morph.js";

let project: Project | undefined;
/** The files parsed into the current project, by path. */
const recentFiles = new Map<string, MorphSourceFile>();
let recentChars = 0;
/**
 * How much the project keeps before it starts over: every parsed file stays until then, so
 * that a module many files import is parsed once for many of them.
 */
const MAX_FILES = 64;
const MAX_CHARS = 2_000_000;

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
  const existing = recentFiles.get(absolutePath);
  if (existing && existing.getFullText() === text) return existing;
  // A file is never removed from a project or overwritten in it: ts-morph then walks the
  // old tree to detach its wrappers, which took 17 s on a 2 MB file. The whole project is
  // dropped instead, when it is full or when a path's text changed (an editor's unsaved
  // edit); files already handed out stay usable, and what is needed again is parsed again.
  if (existing || recentFiles.size >= MAX_FILES || recentChars + text.length > MAX_CHARS) startOver();
  const file = sharedProject().createSourceFile(absolutePath, text, { scriptKind: scriptKindOf(absolutePath) });
  recentFiles.set(absolutePath, file);
  recentChars += text.length;
  return file;
}

function startOver(): void {
  project = undefined;
  recentFiles.clear();
  recentChars = 0;
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
