/**
 * JSON (with comments and trailing commas, as Claude Code's own files are often written)
 * parsed into the value lattice, every value and key with its exact location. Parsing never
 * throws: syntax errors become one parse problem and the recovered tree is still read.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { Location } from "../../core/types.js";
import type { ParseProblem } from "../../model/file-model.js";
import type { ObjectEntry, RValue } from "../../model/value.js";
import { firstTooDeepOffset, tooDeepMessage } from "../../util/json-depth.js";
import type { OffsetLocations } from "../../util/offset-locations.js";

export interface ParsedJson {
  /** The document's value; undefined when nothing could be recovered. */
  readonly value: RValue | undefined;
  readonly problem: ParseProblem | undefined;
}

export function parseJsonValue(text: string, locations: OffsetLocations): ParsedJson {
  const tooDeep = firstTooDeepOffset(text);
  if (tooDeep !== undefined) {
    return { value: undefined, problem: { message: tooDeepMessage(), loc: locations.range(tooDeep, tooDeep + 1) } };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const first = errors[0];
  const problem = first ? { message: describeError(first, text), loc: locations.range(first.offset, first.offset + Math.max(first.length, 1)) } : undefined;
  if (!root && !first) {
    return { value: undefined, problem: { message: "the file is empty", loc: locations.range(0, 0) } };
  }
  return { value: root ? toValue(root, locations) : undefined, problem };
}

function toValue(node: Node, locations: OffsetLocations): RValue {
  const loc = locations.range(node.offset, node.offset + node.length);
  switch (node.type) {
    case "string":
      return { kind: "string", value: String(node.value), loc };
    case "number":
      return { kind: "number", value: Number(node.value), loc };
    case "boolean":
      return { kind: "boolean", value: Boolean(node.value), loc };
    case "null":
      return { kind: "null", loc };
    case "array":
      return { kind: "array", elements: (node.children ?? []).map((child) => toValue(child, locations)), open: false, loc };
    case "object":
      return { kind: "object", entries: objectEntries(node, locations), open: false, loc };
    case "property":
      return { kind: "unknown", reason: "a property outside an object", loc };
  }
}

/** JSON.parse semantics: the last of duplicate keys wins. */
function objectEntries(node: Node, locations: OffsetLocations): ObjectEntry[] {
  const byKey = new Map<string, ObjectEntry>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || keyNode.type !== "string") continue;
    const keyLoc: Location = locations.range(keyNode.offset, keyNode.offset + keyNode.length);
    const value: RValue = valueNode ? toValue(valueNode, locations) : { kind: "unknown", reason: "a property without a value", loc: keyLoc };
    const key = String(keyNode.value);
    byKey.delete(key);
    byKey.set(key, { key, keyLoc, value });
  }
  return [...byKey.values()];
}

const ERROR_TEXT: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected text",
  InvalidNumberFormat: "a number is malformed",
  PropertyNameExpected: "a property name in double quotes is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "a colon is expected after the property name",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing } is missing",
  CloseBracketExpected: "a closing ] is missing",
  EndOfFileExpected: "there is more text after the end of the JSON value",
  InvalidCommentToken: "a comment is malformed",
  UnexpectedEndOfComment: "a /* comment is never closed",
  UnexpectedEndOfString: "a string is never closed",
  UnexpectedEndOfNumber: "a number is cut off",
  InvalidUnicode: "a \\u escape is malformed",
  InvalidEscapeCharacter: "a backslash escape is invalid",
  InvalidCharacter: "a string holds a control character",
};

function describeError(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  const what = ERROR_TEXT[code] ?? "the JSON is malformed";
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20)).trim();
  return found && code === "InvalidSymbol" ? `${what} (\`${found}\`)` : what;
}
