/**
 * The YAML front matter of a markdown file: the lines between a first line `---` and the
 * next line that is `---` (or `...`). Claude Code reads the fields from it and the rest of
 * the file is the body.
 *
 * Claude Code recovers from one common mistake: a one-line plain value holding `: ` (a
 * description with "Examples: user: …" in it), which YAML reads as a nested mapping. When the
 * YAML does not parse, such values are read as whole strings and the rest is parsed again;
 * only what still fails is a parse problem (Claude Code then skips the file).
 */
import { Parser, parseDocument } from "yaml";
import type { SourceComment, ParseProblem } from "../../model/file-model.js";
import type { ObjectEntry, RValue } from "../../model/value.js";
import type { OffsetLocations } from "../../util/offset-locations.js";
import { yamlDocumentValue } from "./yaml-values.js";

export interface FrontMatter {
  /** The fields; undefined when the file has no front matter. */
  readonly fields: Extract<RValue, { kind: "object" }> | undefined;
  /** Offset where the body starts (0 without front matter). */
  readonly bodyStart: number;
  readonly problem: ParseProblem | undefined;
  readonly comments: readonly SourceComment[];
  readonly truncated: boolean;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** A top-level field with a one-line plain value (not quoted, not a flow or block collection). */
const ONE_LINE_FIELD = /^([A-Za-z_][\w-]*):[ \t]+([^\s'"[{|>&*!#%@`].*?)[ \t]*$/;

export function readFrontMatter(text: string, locations: OffsetLocations): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: undefined, bodyStart: 0, problem: undefined, comments: [], truncated: false };
  const yamlStart = opening[0].length;
  let lineStart = yamlStart;
  let yamlEnd: number | undefined;
  let bodyStart = text.length;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (CLOSING.test(text.slice(lineStart, lineEnd).replace(/\r$/, ""))) {
      yamlEnd = lineStart;
      bodyStart = newline < 0 ? text.length : newline + 1;
      break;
    }
    lineStart = lineEnd + 1;
  }
  if (yamlEnd === undefined) {
    return {
      fields: undefined,
      bodyStart: 0,
      problem: { message: "the front matter opened by `---` on the first line is never closed by a `---` line, so Claude Code reads none of its fields and takes the whole file as the prompt", loc: locations.range(0, 3) },
      comments: [],
      truncated: false,
    };
  }
  const yaml = text.slice(yamlStart, yamlEnd);
  const comments = yamlComments(yaml, yamlStart, locations, text);
  const parsed = parseFields(yaml, yamlStart, locations);
  return { ...parsed, bodyStart, comments };
}

function parseFields(yaml: string, offset: number, locations: OffsetLocations): Pick<FrontMatter, "fields" | "problem" | "truncated"> {
  const document = parseDocument(yaml, { merge: true, prettyErrors: false, uniqueKeys: false });
  if (document.errors.length === 0) return fieldsOf(document, offset, locations, []);
  const recovered = recoverOneLineValues(yaml);
  if (recovered.values.length > 0) {
    const retry = parseDocument(recovered.text, { merge: true, prettyErrors: false, uniqueKeys: false });
    if (retry.errors.length === 0) return fieldsOf(retry, offset, locations, recovered.values.map((value) => asEntry(value, offset, locations)));
  }
  const error = document.errors[0]!;
  const [start, end] = error.pos;
  const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "invalid YAML";
  return {
    fields: undefined,
    truncated: false,
    problem: {
      message: `the front matter is not valid YAML (${lowerFirst(reason)}), so Claude Code reads none of its fields and skips the file`,
      loc: locations.range(offset + start, offset + Math.max(end, start + 1)),
    },
  };
}

function fieldsOf(document: ReturnType<typeof parseDocument>, offset: number, locations: OffsetLocations, patched: readonly ObjectEntry[]): Pick<FrontMatter, "fields" | "problem" | "truncated"> {
  const { value, truncated } = yamlDocumentValue(document, offset, locations);
  if (value.kind === "null") return { fields: { kind: "object", entries: patched, open: false, loc: value.loc }, problem: undefined, truncated };
  if (value.kind !== "object") {
    return { fields: undefined, truncated, problem: { message: "the front matter is not a mapping of fields", loc: value.loc } };
  }
  const patchedKeys = new Set(patched.map((entry) => entry.key));
  const entries = [...value.entries.filter((entry) => !patchedKeys.has(entry.key)), ...patched];
  return { fields: { ...value, entries }, problem: undefined, truncated };
}

interface RecoveredValue {
  readonly key: string;
  readonly keyStart: number;
  readonly valueStart: number;
  readonly value: string;
}

/** Blanks one-line plain values that hold `: ` (keeping every offset) and remembers them. */
function recoverOneLineValues(yaml: string): { text: string; values: RecoveredValue[] } {
  const values: RecoveredValue[] = [];
  let text = "";
  let lineStart = 0;
  for (const line of yaml.split("\n")) {
    const match = ONE_LINE_FIELD.exec(line.replace(/\r$/, ""));
    const key = match?.[1];
    const value = match?.[2];
    if (key !== undefined && value !== undefined && value.includes(": ")) {
      const valueStart = line.indexOf(value, key.length + 1);
      values.push({ key, keyStart: lineStart, valueStart: lineStart + valueStart, value });
      text += line.slice(0, valueStart) + " ".repeat(line.length - valueStart) + "\n";
    } else {
      text += line + "\n";
    }
    lineStart += line.length + 1;
  }
  return { text: text.slice(0, -1), values };
}

function asEntry(recovered: RecoveredValue, offset: number, locations: OffsetLocations): ObjectEntry {
  const keyStart = offset + recovered.keyStart;
  const valueStart = offset + recovered.valueStart;
  return {
    key: recovered.key,
    keyLoc: locations.range(keyStart, keyStart + recovered.key.length),
    value: { kind: "string", value: recovered.value, loc: locations.range(valueStart, valueStart + recovered.value.length) },
  };
}

/** `#` comments of the YAML, from the parser's token stream (for suppression directives). */
function yamlComments(yaml: string, offset: number, locations: OffsetLocations, fileText: string): SourceComment[] {
  const comments: SourceComment[] = [];
  const visit = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) visit(item);
      return;
    }
    if (!token || typeof token !== "object") return;
    const record = token as { type?: unknown; offset?: unknown; source?: unknown };
    if (record.type === "comment" && typeof record.offset === "number" && typeof record.source === "string") {
      const start = offset + record.offset;
      const line = locations.lineOf(start);
      const lineStart = fileText.lastIndexOf("\n", start - 1) + 1;
      comments.push({ text: record.source.replace(/^#/, ""), line, endLine: line, trailing: fileText.slice(lineStart, start).trim() !== "" });
      return;
    }
    for (const value of Object.values(token as Record<string, unknown>)) visit(value);
  };
  for (const token of new Parser().parse(yaml)) visit(token);
  return comments;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
