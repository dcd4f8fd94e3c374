/**
 * Every comment of a file (for suppression directives). Comments live in the trivia between
 * tokens; the scan covers only the stretches between syntax nodes (trivia and punctuation),
 * so comment-like text inside strings, templates, regexes and JSX text is never taken for one.
 */
import { ts, type SourceFile as MorphSourceFile } from "./morph.js";
import type { SourceComment } from "../../model/file-model.js";
import { childrenOf } from "./children.js";

/** A node whose children are being scanned: the next child, and where the last gap ended. */
interface Visit {
  readonly node: ts.Node;
  readonly children: readonly ts.Node[];
  next: number;
  position: number;
}

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
  // Each node's gaps (before each child, after the last) in source order; iterative, because a
  // long `a + b + …` nests thousands of levels deep.
  const open = (node: ts.Node): Visit => ({ node, children: childrenOf(node), next: 0, position: node.pos });
  const stack: Visit[] = [open(compiled)];
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    const child = top.children[top.next];
    if (child) {
      scanGap(top.position, child.pos);
      top.next += 1;
      top.position = child.end;
      stack.push(open(child));
      continue;
    }
    stack.pop();
    // A leaf's own text (a string, a template part) is never scanned: only its leading trivia.
    if (top.children.length > 0) scanGap(top.position, top.node.end);
    else scanGap(top.position, top.node.getStart(compiled));
  }
  return comments;
}
