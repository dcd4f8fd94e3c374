/**
 * The one ts-morph project of the process. Files live in an in-memory file system: the
 * linted file's text comes from the caller (ESLint passes unsaved text) and other project
 * files are added as imports are followed, read through the extract context, never executed.
 */
import { Project, ts, type SourceFile as MorphSourceFile } from "ts-morph";

let project: Project | undefined;

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
  const existing = shared.getSourceFile(absolutePath);
  if (existing && existing.getFullText() === text) return existing;
  return shared.createSourceFile(absolutePath, text, { overwrite: true, scriptKind: scriptKindOf(absolutePath) });
}

function scriptKindOf(absolutePath: string): ts.ScriptKind {
  if (/\.(tsx)$/.test(absolutePath)) return ts.ScriptKind.TSX;
  if (/\.(jsx)$/.test(absolutePath)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(absolutePath)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
