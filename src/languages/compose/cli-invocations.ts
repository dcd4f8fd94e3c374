/**
 * The programs compose services start, for the rules about how an agent CLI is run: each
 * service's `command` and `entrypoint` as written in the analysed file (merge keys resolved).
 * Compose splits a string into words without a shell; a list is the argument vector. The
 * entrypoint and the command run as one: entrypoint words first.
 */
import { isScalar, type Node } from "yaml";
import type { CliInvocation } from "../../model/file-model.js";
import type { RValue, TextPart } from "../../model/value.js";
import { textParts } from "../../model/value.js";
import type { LayerReader } from "./reader.js";
import { scalarText } from "./yaml-view.js";

export function serviceCliInvocations(reader: LayerReader): CliInvocation[] {
  if (reader.layer.origin.kind !== "own") return [];
  const field = (name: string) => reader.layer.entries.find((entry) => entry.key === name);
  const entrypoint = field("entrypoint");
  const command = field("command");
  const pieces = [entrypoint, command].flatMap((entry) => (entry?.value === undefined ? [] : [lineParts(reader, entry.value)]));
  if (pieces.length === 0 || pieces.some((parts) => parts === undefined)) return [];
  const parts = (pieces as TextPart[][]).flatMap((piece, index) => (index === 0 ? piece : [{ kind: "literal" as const, text: " ", loc: piece[0]?.loc ?? reader.locate(undefined) }, ...piece]));
  const loc = reader.locate((command ?? entrypoint)?.keyNode);
  if (parts.length === 0) return [];
  return [{ loc, api: "compose command", command: { kind: "text", parts, loc }, line: true }];
}

/** The words of a `command` or `entrypoint` as a line: a string as written, a list quoted word by word. */
function lineParts(reader: LayerReader, node: Node): TextPart[] | undefined {
  if (isScalar(node)) {
    if (scalarText(node) === undefined) return [];
    return partsOf(reader.stringValue(node));
  }
  const items = reader.layer.view.items(node);
  const parts: TextPart[] = [];
  for (const [index, item] of items.entries()) {
    const value = reader.stringValue(item);
    const word = partsOf(value);
    if (!word) return undefined;
    if (index > 0) parts.push({ kind: "literal", text: " ", loc: value.loc });
    parts.push(...quoted(word));
  }
  return parts;
}

function partsOf(value: RValue): TextPart[] | undefined {
  const parts = textParts(value);
  if (parts) return [...parts];
  return value.kind === "unknown" || value.kind === "oneOf" ? [{ kind: "hole", provenance: { kind: "unknown" }, expression: "value", loc: value.loc }] : undefined;
}

/** A list element as one shell-style word: its literal text single-quoted. */
function quoted(parts: readonly TextPart[]): TextPart[] {
  return parts.map((part) => (part.kind === "literal" ? { ...part, text: `'${part.text.replaceAll("'", `'\\''`)}'` } : part));
}
