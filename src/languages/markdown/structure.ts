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

export function markdownStructure(text: string): MarkdownStructure {
  const quoted: Array<readonly [number, number]> = [];
  const comments: HtmlComment[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case "inlineCode":
      case "code":
      case "blockquote":
        quoted.push([start, end]);
        return;
      case "html":
        for (const match of text.slice(start, end).matchAll(HTML_COMMENT)) {
          comments.push({ text: match[1] ?? "", start: start + match.index, end: start + match.index + match[0].length });
        }
        return;
      case "text":
        for (const match of text.slice(start, end).matchAll(QUOTED_PHRASE)) quoted.push([start + match.index, start + match.index + match[0].length]);
        return;
      default:
        if ("children" in node) for (const child of (node as Parent).children) visit(child as Nodes);
    }
  };
  visit(fromMarkdown(text));
  return { quoted, comments };
}
