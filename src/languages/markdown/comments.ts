/** HTML comments of a markdown text as source comments, for suppression directives. */
import type { SourceComment } from "../../model/file-model.js";
import type { OffsetLocations } from "../../util/offset-locations.js";
import type { HtmlComment } from "./structure.js";

/** `offset` is where the parsed markdown starts in `fileText`. */
export function htmlComments(comments: readonly HtmlComment[], offset: number, fileText: string, locations: OffsetLocations): SourceComment[] {
  return comments.map((comment) => {
    const start = offset + comment.start;
    const lineStart = fileText.lastIndexOf("\n", start - 1) + 1;
    return {
      text: comment.text,
      line: locations.lineOf(start),
      endLine: locations.lineOf(offset + comment.end - 1),
      trailing: fileText.slice(lineStart, start).trim() !== "",
    };
  });
}
