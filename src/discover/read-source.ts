/**
 * Reads one classified file into a SourceFile, or explains in a notice why it was skipped.
 * Returns undefined when the pre-filter shows the file cannot matter.
 */
import { open, readFile, stat } from "node:fs/promises";
import type { FileNotice, InputKind, SourceFile } from "../core/types.js";
import { decodeSource } from "./decode.js";
import { mightMatter, recognisedByContent } from "../languages/registry.js";

/** Larger files are generated bundles or data, never hand-written agent configuration. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Minified bundles: at least this large, with lines this long on average. Hand-written code
 * averages well under a hundred characters a line; a bundler's output runs to thousands, and
 * following values through it only spends the file's time limit on the library's own code.
 */
const MINIFIED_MIN_BYTES = 128 * 1024;
const MINIFIED_MEAN_LINE = 500;

/** How much of an oversized file is read to tell whether it is of a kind recognised by content. */
const HEAD_BYTES = 64 * 1024;

export type ReadOutcome =
  | { readonly source: SourceFile }
  | { readonly notice: FileNotice }
  | { readonly skipped: "cannot-matter" };

export interface FileToRead {
  readonly path: string;
  readonly absolutePath: string;
  readonly kind: InputKind;
}

export async function readSource(file: FileToRead): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file.absolutePath);
    if (info.size > MAX_FILE_BYTES) {
      if (recognisedByContent(file.kind) && !mightMatter(file.kind, await readHead(file.absolutePath))) return { skipped: "cannot-matter" };
      return { notice: tooLarge(file.path, info.size) };
    }
    bytes = await readFile(file.absolutePath);
  } catch (error) {
    return { notice: unreadable(file.path, error) };
  }
  return sourceFromBytes(file, bytes);
}

export function sourceFromBytes(file: FileToRead, bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) {
    if (recognisedByContent(file.kind) && !mightMatter(file.kind, headText(bytes))) return { skipped: "cannot-matter" };
    return { notice: tooLarge(file.path, bytes.length) };
  }
  const decoded = decodeSource(bytes, file.kind);
  if ("problem" in decoded) {
    // Binary or non-UTF-8 data in a `.json`/`.yaml` file is data, not a profile or manifest.
    if (recognisedByContent(file.kind)) return { skipped: "cannot-matter" };
    return { notice: { file: file.path, kind: decoded.problem, message: `Skipped ${file.path}: ${decoded.detail}.` } };
  }
  if (!mightMatter(file.kind, decoded.text)) return { skipped: "cannot-matter" };
  if (isScript(file.kind) && looksMinified(decoded.text)) return { notice: minified(file.path, decoded.text) };
  return { source: { path: file.path, absolutePath: file.absolutePath, text: decoded.text, kind: file.kind } };
}

async function readHead(absolutePath: string): Promise<string> {
  const handle = await open(absolutePath, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return headText(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** The beginning of a file as text, for the pre-filter only (invalid bytes are replaced). */
function headText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes.subarray(0, HEAD_BYTES));
}

function isScript(kind: InputKind): boolean {
  return kind === "javascript" || kind === "typescript";
}

function looksMinified(text: string): boolean {
  if (text.length < MINIFIED_MIN_BYTES) return false;
  let lines = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lines += 1;
  return text.length / lines > MINIFIED_MEAN_LINE;
}

function minified(path: string, text: string): FileNotice {
  const kib = Math.round(text.length / 1024);
  return {
    file: path,
    kind: "not-analysed",
    message: `Skipped ${path}: it looks minified (${kib} KiB on very long lines), a generated bundle rather than agent code; lint the sources it was built from.`,
  };
}

function tooLarge(path: string, size: number): FileNotice {
  const mib = (size / (1024 * 1024)).toFixed(1);
  return {
    file: path,
    kind: "too-large",
    message: `Skipped ${path}: it is ${mib} MiB, over the 4 MiB limit for source files (generated bundles are not analysed).`,
  };
}

export function unreadable(path: string, error: unknown): FileNotice {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? (error instanceof Error ? error.message : String(error));
  return { file: path, kind: "unreadable", message: `Skipped ${path}: it could not be read (${reason}).` };
}
