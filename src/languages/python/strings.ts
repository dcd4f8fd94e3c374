/** Python string literals: prefixes, escapes, and the `%` / `str.format` mini-languages. */

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v", "0": "\0", "\n": "" };

export interface StringPrefix {
  readonly raw: boolean;
  readonly formatted: boolean;
}

export function stringPrefix(startToken: string): StringPrefix {
  const prefix = startToken.replace(/['"]+$/, "").toLowerCase();
  return { raw: prefix.includes("r"), formatted: prefix.includes("f") || prefix.includes("t") };
}

/** Decodes the backslash escapes of a non-raw literal's content. */
export function decodeEscapes(content: string): string {
  return content.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|[\s\S])/g, (whole, code: string) => {
    const first = code[0];
    if (first === "x" || first === "u" || first === "U") return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (first === "N") return whole;
    if (/^[0-7]+$/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    return SIMPLE_ESCAPES[code] ?? whole;
  });
}

/** One piece of a format string: literal text, or a field naming an argument. */
export type FormatPiece = { readonly kind: "literal"; readonly text: string } | { readonly kind: "field"; readonly ref: number | string };

/** Splits a `%` format string; undefined when it uses a form this does not follow. */
export function percentPieces(format: string): FormatPiece[] | undefined {
  const pieces: FormatPiece[] = [];
  const pattern = /%(\(([^)]*)\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
  let last = 0;
  let position = 0;
  for (const match of format.matchAll(pattern)) {
    const index = match.index;
    pieces.push({ kind: "literal", text: format.slice(last, index) });
    last = index + match[0].length;
    if (match[6] === "%") {
      pieces.push({ kind: "literal", text: "%" });
      continue;
    }
    if (match[3] === "*" || match[5] === "*") return undefined;
    pieces.push({ kind: "field", ref: match[2] ?? position++ });
  }
  pieces.push({ kind: "literal", text: format.slice(last) });
  return pieces;
}

/** Splits a `str.format` string; attribute/index lookups in a field name keep only the base name. */
export function bracePieces(format: string): FormatPiece[] | undefined {
  const pieces: FormatPiece[] = [];
  let literal = "";
  let automatic = 0;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    const next = format[i + 1];
    if ((char === "{" && next === "{") || (char === "}" && next === "}")) {
      literal += char;
      i++;
      continue;
    }
    if (char !== "{") {
      literal += char;
      continue;
    }
    const close = format.indexOf("}", i);
    if (close < 0) return undefined;
    const field = format.slice(i + 1, close).split(/[!:]/)[0] ?? "";
    const base = field.split(/[.[]/)[0] ?? "";
    pieces.push({ kind: "literal", text: literal });
    literal = "";
    pieces.push({ kind: "field", ref: base === "" ? automatic++ : /^\d+$/.test(base) ? Number(base) : base });
    i = close;
  }
  pieces.push({ kind: "literal", text: literal });
  return pieces;
}
