/**
 * What the injection and suppression checks need from a markdown text, read from its syntax
 * tree (mdast, the CommonMark parser ESLint's markdown support uses): the ranges that quote
 * rather than instruct (code spans, code blocks, block quotes, phrases in double quotes) and
 * the HTML comments (suppression directives live there).
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, Parent } from "mdast";

export interface HtmlComment {
  /** The comment's text without `<!--` and `-->`. */
  readonly text: string;
  /** Offsets in the parsed text. */
  readonly start: number;
  readonly end: number;
}

export interface MarkdownStructure {
  /** Offset ranges (in the parsed text) that quote rather than instruct. */
  readonly quoted: ReadonlyArray<readonly [number, number]>;
  readonly comments: readonly HtmlComment[];
}

/** Phrases in straight or typographic double quotes, or in guillemets, within one text node. */
const QUOTED_PHRASE = /"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»/g;
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

/**
 * Texts up to this size are parsed whole. The parser's cost grows with the square of a block's
 * length in some shapes (a megabyte of lines that read as setext underlines or HTML took over a
 * minute), so a longer text is parsed in pieces of about CHUNK_TARGET, cut at blank lines
 * outside code fences, or at a line end once a piece reaches CHUNK_LIMIT without one. A piece
 * may end inside a list, whose later paragraphs then read as top-level text (or, indented
 * four spaces, as code): that can only widen what counts as quoted, so it never adds a finding.
 */
const WHOLE_LIMIT = 64 * 1024;
const CHUNK_TARGET = 8 * 1024;
const CHUNK_LIMIT = 16 * 1024;
/** Code fences parse in linear time: one is cut only past this size. */
const FENCED_LIMIT = 256 * 1024;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function markdownStructure(text: string): MarkdownStructure {
  const quoted: Array<readonly [number, number]> = [];
  const comments: HtmlComment[] = [];
  for (const [offset, end] of chunksOf(text)) addStructure(text.slice(offset, end), offset, quoted, comments);
  return { quoted, comments };
}

/** Offset ranges that cover `text`, each a piece the parser reads on its own. */
function chunksOf(text: string): Array<readonly [number, number]> {
  if (text.length <= WHOLE_LIMIT) return [[0, text.length]];
  const chunks: Array<readonly [number, number]> = [];
  let chunkStart = 0;
  let fence: string | undefined;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
    const size = lineEnd - chunkStart;
    const atBlankLine = fence === undefined && line.trim() === "";
    if ((atBlankLine && size >= CHUNK_TARGET) || size >= (fence === undefined ? CHUNK_LIMIT : FENCED_LIMIT)) {
      chunks.push([chunkStart, lineEnd]);
      chunkStart = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (chunkStart < text.length) chunks.push([chunkStart, text.length]);
  return chunks;
}

function addStructure(text: string, offset: number, quoted: Array<readonly [number, number]>, comments: HtmlComment[]): void {
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case "inlineCode":
      case "code":
      case "blockquote":
        quoted.push([offset + start, offset + end]);
        return;
      case "html":
        for (const match of text.slice(start, end).matchAll(HTML_COMMENT)) {
          const at = offset + start + match.index;
          comments.push({ text: match[1] ?? "", start: at, end: at + match[0].length });
        }
        return;
      case "text":
        for (const match of text.slice(start, end).matchAll(QUOTED_PHRASE)) quoted.push([offset + start + match.index, offset + start + match.index + match[0].length]);
        return;
      default:
        if ("children" in node) for (const child of (node as Parent).children) visit(child as Nodes);
    }
  };
  visit(fromMarkdown(text));
}
