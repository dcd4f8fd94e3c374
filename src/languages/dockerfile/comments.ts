/** `#` comments for suppression directives: Dockerfile comment lines and shell comments inside RUN here-documents. */
import type { SourceComment } from "../../model/file-model.js";
import type { ParsedShell } from "../shell/index.js";
import type { DockerfileDocument } from "./document.js";

export function dockerfileComments(document: DockerfileDocument, scripts: ReadonlyArray<{ readonly parsed: ParsedShell }>): SourceComment[] {
  const byStart = new Map<number, SourceComment>();
  for (const comment of document.ast.getComments()) {
    const loc = document.locate(comment.getRange());
    byStart.set(loc.start, { text: comment.getContent() ?? "", line: loc.line, endLine: loc.endLine, trailing: false });
  }
  for (const { parsed } of scripts) {
    for (const comment of parsed.comments) {
      const lineStart = document.text.lastIndexOf("\n", comment.loc.start - 1) + 1;
      const trailing = document.text.slice(lineStart, comment.loc.start).trim() !== "";
      byStart.set(comment.loc.start, { text: comment.text, line: comment.loc.line, endLine: comment.loc.endLine, trailing });
    }
  }
  return [...byStart.entries()].sort(([a], [b]) => a - b).map(([, comment]) => comment);
}
