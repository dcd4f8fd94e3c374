/**
 * The `#` comments of a YAML stream, from its CST tokens (so a `#` inside a quoted or block
 * scalar is never taken for one): for suppression directives, and to tell templates apart.
 */
import type { CST } from "yaml";
import type { SourceComment } from "../../model/file-model.js";
import type { TextLocations } from "../../util/text-locations.js";

export interface CommentToken {
  readonly offset: number;
  /** The comment with its `#`. */
  readonly source: string;
}

export function yamlCommentTokens(tokens: readonly CST.Token[]): CommentToken[] {
  const comments: CommentToken[] = [];
  // The token tree is as deep as the YAML is nested: walk it without recursion.
  const pending: unknown[] = [...tokens];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      pending.push(...(item as unknown[]));
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    const token = item as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    for (const value of Object.values(item)) if (typeof value === "object" && value !== null) pending.push(value);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}

export function sourceComments(comments: readonly CommentToken[], locations: TextLocations): SourceComment[] {
  return comments.map(({ offset, source }) => {
    const loc = locations.range(offset, offset + source.length);
    return { text: source.slice(1), line: loc.line, endLine: loc.endLine, trailing: !locations.startsLine(offset) };
  });
}
