/** Comments (for suppression directives) and the first syntax error of a parsed file. */
import type { Node } from "web-tree-sitter";
import type { ParseProblem, SourceComment } from "../../model/file-model.js";
import type { LocationIndex } from "./locations.js";
import type { CommentRange } from "./parser.js";

export function collectComments(root: Node, text: string, locations: LocationIndex, setAside: readonly CommentRange[] = []): SourceComment[] {
  const inTree = root.descendantsOfType("comment").flatMap((node) => {
    if (!node) return [];
    const lineStart = text.lastIndexOf("\n", node.startIndex - 1) + 1;
    const before = text.slice(lineStart, node.startIndex);
    return [
      {
        text: node.text.replace(/^#/, ""),
        line: locations.lineOf(node.startIndex),
        endLine: locations.lineOf(node.endIndex),
        trailing: before.trim().length > 0,
      },
    ];
  });
  if (setAside.length === 0) return inTree;
  const others = setAside.map((range) => ({
    text: text.slice(range.start + 1, range.end),
    line: locations.lineOf(range.start),
    endLine: locations.lineOf(range.end),
    trailing: text.slice(text.lastIndexOf("\n", range.start - 1) + 1, range.start).trim().length > 0,
  }));
  return [...inTree, ...others].sort((a, b) => a.line - b.line);
}

/** One problem for a file tree-sitter could only partly parse: the first error, in source order. */
export function firstParseProblem(root: Node, locations: LocationIndex): ParseProblem | undefined {
  if (!root.hasError) return undefined;
  const broken = firstBrokenNode(root);
  if (!broken) return undefined;
  if (broken.isMissing) {
    return {
      message: `Python syntax error: "${broken.type}" is missing here`,
      loc: locations.of(broken),
    };
  }
  const snippet = broken.text.split(/\r?\n/)[0]?.trim().slice(0, 40) ?? "";
  const near = snippet ? ` near "${snippet}"` : "";
  return {
    message: `Python syntax error: the parser could not read the code${near}`,
    loc: locations.range(broken.startIndex, broken.startIndex + Math.max(1, Math.min(broken.endIndex - broken.startIndex, firstLineLength(broken.text)))),
  };
}

function firstLineLength(text: string): number {
  const newline = text.search(/\r?\n/);
  return newline < 0 ? text.length : newline;
}

function firstBrokenNode(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing || child.isError)) {
      const found = firstBrokenNode(child);
      if (found) return found;
    }
  }
  return undefined;
}
