/**
 * Every comment of a file (for suppression directives). Comments live in the trivia between
 * tokens; the scan covers only the stretches between syntax nodes (trivia and punctuation),
 * so comment-like text inside strings, templates, regexes and JSX text is never taken for one.
 */
import { ts, type SourceFile as MorphSourceFile } from "./morph.js";
import type { SourceComment } from "../../model/file-model.js";

export function commentsOf(file: MorphSourceFile): SourceComment[] {
  const compiled = file.compilerNode;
  const text = compiled.text;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, compiled.languageVariant, text);
  const comments: SourceComment[] = [];
  const add = (start: number, end: number, kind: ts.SyntaxKind): void => {
    const first = ts.getLineAndCharacterOfPosition(compiled, start);
    const last = ts.getLineAndCharacterOfPosition(compiled, end);
    const body = kind === ts.SyntaxKind.SingleLineCommentTrivia ? text.slice(start + 2, end) : text.slice(start + 2, end - 2);
    const lineStart = compiled.getPositionOfLineAndCharacter(first.line, 0);
    comments.push({ text: body, line: first.line + 1, endLine: last.line + 1, trailing: text.slice(lineStart, start).trim().length > 0 });
  };
  /** Scans [start, end), which holds only trivia and punctuation or keyword tokens. */
  const scanGap = (start: number, end: number): void => {
    if (end <= start) return;
    scanner.resetTokenState(start);
    for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken && scanner.getTokenStart() < end; token = scanner.scan()) {
      if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
        add(scanner.getTokenStart(), scanner.getTokenEnd(), token);
      }
    }
  };
  const visit = (node: ts.Node): void => {
    let position = node.pos;
    let hasChildren = false;
    ts.forEachChild(node, (child) => {
      hasChildren = true;
      scanGap(position, child.pos);
      visit(child);
      position = child.end;
    });
    // A leaf's own text (a string, a template part) is never scanned: only its leading trivia.
    if (hasChildren) scanGap(position, node.end);
    else scanGap(position, node.getStart(compiled));
  };
  visit(compiled);
  return comments;
}
