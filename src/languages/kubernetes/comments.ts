/**
 * The `#` comments of a YAML stream, from its CST tokens (so a `#` inside a quoted or block
 * scalar is never taken for one), for suppression directives.
 */
import type { CST } from "yaml";
import type { SourceComment } from "../../model/file-model.js";
import type { TextLocations } from "../../util/text-locations.js";

export function yamlComments(tokens: readonly CST.Token[], locations: TextLocations): SourceComment[] {
  const comments: SourceComment[] = [];
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
      const loc = locations.range(token.offset, token.offset + token.source.length);
      comments.push({ text: token.source.slice(1), line: loc.line, endLine: loc.endLine, trailing: !locations.startsLine(token.offset) });
      continue;
    }
    for (const value of Object.values(item)) if (typeof value === "object" && value !== null) pending.push(value);
  }
  return comments.sort((a, b) => a.line - b.line);
}
