/**
 * A shell word's text after quote removal, the way the shell reads it, with the script offset
 * each character comes from. Words that expand anything at run time (`$VAR`, `$(…)`, `$((…))`,
 * `{a,b}`) have no text.
 */
import type { Node } from "web-tree-sitter";

export interface DecodedWord {
  readonly text: string;
  /** The script offset of each character of `text`. */
  readonly indexes: readonly number[];
}

class Decoder {
  text = "";
  readonly indexes: number[] = [];

  push(char: string, index: number): void {
    this.text += char;
    this.indexes.push(index);
  }
}

/** Characters a backslash escapes inside double quotes; before any other it stays literal. */
const DOUBLE_QUOTE_ESCAPES = new Set(["$", "`", '"', "\\", "\n"]);

export function decodeWord(node: Node, script: string): DecodedWord | undefined {
  const decoder = new Decoder();
  return decodeInto(node, script, decoder) ? { text: decoder.text, indexes: decoder.indexes } : undefined;
}

function decodeInto(node: Node, script: string, out: Decoder): boolean {
  switch (node.type) {
    case "word":
    case "number":
    case "variable_name":
      unquoted(script, node.startIndex, node.endIndex, out);
      return true;
    case "raw_string":
      for (let index = node.startIndex + 1; index < node.endIndex - 1; index++) out.push(script[index] as string, index);
      return true;
    case "string":
      return doubleQuoted(node, script, out);
    case "ansi_c_string":
      return ansiC(script, node.startIndex + 2, node.endIndex - 1, out);
    case "translated_string": {
      const inner = node.namedChildren.find((child) => child?.type === "string");
      return inner ? doubleQuoted(inner, script, out) : false;
    }
    case "concatenation":
      for (const child of node.children) {
        if (!child || !decodeInto(child, script, out)) return false;
      }
      return true;
    case "command_name": {
      const inner = node.firstChild;
      return inner ? decodeInto(inner, script, out) : false;
    }
    default:
      return false;
  }
}

/** Unquoted text: a backslash keeps the next character; backslash-newline disappears. */
function unquoted(script: string, start: number, end: number, out: Decoder): void {
  for (let index = start; index < end; index++) {
    const char = script[index] as string;
    if (char === "\\" && index + 1 < end) {
      index++;
      if (script[index] !== "\n") out.push(script[index] as string, index);
      continue;
    }
    out.push(char, index);
  }
}

/** `"…"`: literal only when nothing inside expands. */
function doubleQuoted(node: Node, script: string, out: Decoder): boolean {
  let cursor = node.startIndex + 1;
  const end = node.endIndex - 1;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type !== "string_content") return false;
    insideDoubleQuotes(script, cursor, child.startIndex, out);
    insideDoubleQuotes(script, child.startIndex, child.endIndex, out);
    cursor = child.endIndex;
  }
  insideDoubleQuotes(script, cursor, end, out);
  return true;
}

function insideDoubleQuotes(script: string, start: number, end: number, out: Decoder): void {
  for (let index = start; index < end; index++) {
    const char = script[index] as string;
    const next = script[index + 1];
    if (char === "\\" && next !== undefined && index + 1 < end && DOUBLE_QUOTE_ESCAPES.has(next)) {
      index++;
      if (next !== "\n") out.push(next, index);
      continue;
    }
    out.push(char, index);
  }
}

const ANSI_C_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\u0007",
  b: "\b",
  e: "\u001b",
  E: "\u001b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

/** `$'…'`: C escapes decoded; an escape this decoder does not know makes the word unknown. */
function ansiC(script: string, start: number, end: number, out: Decoder): boolean {
  for (let index = start; index < end; index++) {
    const char = script[index] as string;
    if (char !== "\\") {
      out.push(char, index);
      continue;
    }
    const next = script[index + 1] ?? "";
    const simple = ANSI_C_ESCAPES[next];
    if (simple !== undefined) {
      out.push(simple, index);
      index++;
      continue;
    }
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(script.slice(index + 1, Math.min(end, index + 4)));
    if (hex?.[1]) {
      out.push(String.fromCharCode(parseInt(hex[1], 16)), index);
      index += hex[0].length;
      continue;
    }
    return false;
  }
  return true;
}
