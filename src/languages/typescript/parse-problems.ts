/**
 * The first syntax error the parser recovered from. Syntactic only: a type check would need
 * a program, which costs more than the whole lint budget.
 */
import { ts, type SourceFile as MorphSourceFile } from "./morph.js";
import type { ParseProblem } from "../../model/file-model.js";
import type { Workspace } from "./workspace.js";

interface ParsedSourceFile extends ts.SourceFile {
  /** Filled by the parser; not part of the public typings. */
  readonly parseDiagnostics?: readonly ts.DiagnosticWithLocation[];
}

export function parseProblemsOf(file: MorphSourceFile, workspace: Workspace): ParseProblem[] {
  const diagnostics = (file.compilerNode as ParsedSourceFile).parseDiagnostics ?? [];
  const first = [...diagnostics].sort((a, b) => a.start - b.start)[0];
  if (!first) return [];
  const message = ts.flattenDiagnosticMessageText(first.messageText, "\n");
  return [{ message, loc: workspace.span(file, first.start, first.start + first.length) }];
}
