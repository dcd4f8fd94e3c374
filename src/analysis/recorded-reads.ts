/**
 * What a file's result depends on besides its own text: the other project files its
 * analysis read (imports, configuration), with a hash of what each held — or null when it
 * did not exist. Every such read goes through `ExtractContext.readFile` (a contract of the
 * front ends), so wrapping that function sees them all; the CLI's cache checks them again
 * before it trusts a stored result.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export interface FileRead {
  /** The absolute path the analysis asked for. */
  readonly path: string;
  /** `contentHash` of the text it got, or null when the file could not be read. */
  readonly hash: string | null;
}

export type ReadTextFile = (absolutePath: string) => string | undefined;

/** How the CLI reads other project files: as UTF-8 text; undefined when missing or unreadable. */
export function readTextFile(absolutePath: string): string | undefined {
  try {
    return readFileSync(absolutePath, "utf8");
  } catch {
    return undefined;
  }
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** `read`, plus the list of the distinct paths it was asked for, in first-read order. */
export function recordingReader(read: ReadTextFile): { readonly readFile: ReadTextFile; reads(): FileRead[] } {
  const seen = new Map<string, string | null>();
  return {
    readFile(absolutePath) {
      const text = read(absolutePath);
      if (!seen.has(absolutePath)) seen.set(absolutePath, text === undefined ? null : contentHash(text));
      return text;
    },
    reads: () => [...seen].map(([path, hash]) => ({ path, hash })),
  };
}
