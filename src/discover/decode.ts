/**
 * Turns a file's bytes into text, or says why it cannot: binary content, invalid UTF-8.
 * Python files may declare another encoding in a PEP 263 coding cookie; it is honoured
 * when Node knows the label.
 */
import { TextDecoder } from "node:util";
import type { InputKind } from "../core/types.js";

export type Decoded = { readonly text: string } | { readonly problem: "binary" | "not-utf8"; readonly detail: string };

/** Git's heuristic: a NUL byte near the start means binary. */
const BINARY_PROBE_BYTES = 8 * 1024;

/** Python's spellings of encodings whose WHATWG label (what TextDecoder takes) differs. */
const PYTHON_ENCODING_LABELS: Readonly<Record<string, string>> = {
  "latin-1": "latin1",
  "iso-latin-1": "latin1",
  l1: "latin1",
  "utf-8-sig": "utf-8",
  utf8: "utf-8",
  cp65001: "utf-8",
};

/** PEP 263: the cookie sits in a comment on the first or second line. */
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(bytes: Uint8Array, kind: InputKind): Decoded {
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    return { problem: "binary", detail: "it contains NUL bytes, so it looks like a binary file" };
  }
  const encoding = kind === "python" ? codingCookie(bytes) : undefined;
  const label = encoding ? (PYTHON_ENCODING_LABELS[encoding.replace(/_/g, "-")] ?? encoding) : "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { problem: "not-utf8", detail: `it declares the encoding "${label}", which Node.js cannot decode` };
  }
  try {
    // TextDecoder drops a leading BOM, as ESLint's SourceCode does.
    return { text: decoder.decode(bytes) };
  } catch {
    return {
      problem: "not-utf8",
      detail: encoding ? `it is not valid ${encoding} text although its coding cookie says so` : "it is not valid UTF-8 text",
    };
  }
}

function codingCookie(bytes: Uint8Array): string | undefined {
  // The cookie is ASCII by definition, so latin1 reads it from any ASCII-compatible encoding.
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1").split(/\r?\n|\r/, 2);
  for (const line of head) {
    const match = CODING_COOKIE.exec(line);
    if (match?.[1]) return match[1].toLowerCase();
    if (!/^[ \t\f]*(#|$)/.test(line)) break;
  }
  return undefined;
}
