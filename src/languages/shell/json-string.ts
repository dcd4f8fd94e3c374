/**
 * The value of a JSON string literal (an exec-form Dockerfile word, a settings hook command)
 * as MappedText: each character of the value maps to where it is written, escapes included.
 */
import { MappedText, type HostLocator } from "./mapped-text.js";

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** `raw` is the literal with its quotes, written at `hostStart`. */
export function jsonStringText(raw: string, hostStart: number, host: HostLocator): MappedText {
  let text = "";
  const origins: number[] = [];
  const originEnds: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    const char = raw[index] as string;
    origins.push(hostStart + index);
    if (char !== "\\") {
      text += char;
      originEnds.push(hostStart + index + 1);
      continue;
    }
    const next = raw[index + 1] ?? "";
    const length = next === "u" ? 6 : 2;
    text += next === "u" ? String.fromCharCode(parseInt(raw.slice(index + 2, index + 6), 16)) : (SIMPLE_ESCAPES[next] ?? next);
    originEnds.push(hostStart + index + length);
    index += length - 1;
  }
  return MappedText.fromOrigins(text, origins, originEnds, hostStart + raw.length - 1, host);
}
