/**
 * A compose file read with the `yaml` package, node ranges kept: the document, its `#`
 * comments (from the lexer's tokens), and the first syntax error with its position. Input that
 * would make the composer recurse without bound (flow collections nested hundreds deep) is not
 * parsed at all.
 */
import { Lexer, parseAllDocuments, type Document } from "yaml";
import type { Location } from "../../core/types.js";
import type { ParseProblem, SourceComment } from "../../model/file-model.js";
import { LineStarts } from "../../util/line-starts.js";
import { documentErrors } from "../../util/yaml-unique-keys.js";

/** Deeper flow nesting than any compose file needs; past it the file is not analysed. */
export const MAX_FLOW_DEPTH = 64;

/** The lexer's markers that stand for no text of the file. */
const CONTROL_TOKENS = new Set(["\u0002", "\u0018", "\u001f"]);

export interface ComposeYaml {
  readonly path: string;
  readonly text: string;
  /** The file's YAML documents (compose merges them in order); none when it was not parsed (see `tooDeep`). */
  readonly documents: readonly Document.Parsed[];
  readonly comments: readonly SourceComment[];
  readonly problem?: ParseProblem;
  /** Set when flow collections nest deeper than MAX_FLOW_DEPTH: the file was not parsed. */
  readonly tooDeep: boolean;
  locate(start: number, end: number): Location;
}

export function readComposeYaml(path: string, text: string): ComposeYaml {
  const lines = new LineStarts(text);
  const locate = (start: number, end: number): Location => {
    const from = lines.positionOf(start);
    const to = lines.positionOf(end);
    return { file: path, line: from.line, column: from.column + 1, endLine: to.line, endColumn: to.column + 1, start, end };
  };
  const { comments, tooDeep } = scanTokens(text, locate);
  if (tooDeep) return { path, text, documents: [], comments, tooDeep, locate };
  // Repeated keys are errors (as for docker compose), found in linear time (see yaml-unique-keys.ts).
  const parsed = parseAllDocuments(text, { merge: true, prettyErrors: false, uniqueKeys: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  const error = documents.flatMap(documentErrors)[0];
  const problem: ParseProblem | undefined = error && {
    message: error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message,
    loc: locate(error.pos[0], Math.max(error.pos[0], error.pos[1])),
  };
  return { path, text, documents, comments, ...(problem && { problem }), tooDeep, locate };
}

/** Comments and the deepest flow nesting, from the lexer's tokens (each token is the text it spans). */
function scanTokens(text: string, locate: (start: number, end: number) => Location): { comments: SourceComment[]; tooDeep: boolean } {
  const comments: SourceComment[] = [];
  let offset = 0;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if (token === "[" || token === "{") {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return { comments, tooDeep: true };
    } else if (token === "]" || token === "}") depth--;
    if (token.startsWith("#")) {
      const loc = locate(offset, offset + token.length);
      const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
      comments.push({ text: token.slice(1), line: loc.line, endLine: loc.endLine, trailing: text.slice(lineStart, offset).trim() !== "" });
    }
    offset += token.length;
  }
  return { comments, tooDeep: false };
}
