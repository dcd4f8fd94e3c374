/**
 * Whether a literal value stored under a secret-like name (`API_KEY`, `Authorization`)
 * looks like a real credential rather than a placeholder, path, URL, flag or word.
 * Used where no known key format matches: the name says "secret", the value must look random.
 */
import { isPlaceholder } from "./placeholder.js";

const MIN_LENGTH = 12;
/** Bits per character; random tokens score 3.5–6, words and simple slugs less. */
const MIN_ENTROPY = 3;
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Bot|ApiKey)\s+/i;

/** The credential in an `Authorization`-style value: `Bearer abc…` → `abc…`. */
export function withoutAuthScheme(value: string): string {
  return value.trim().replace(AUTH_SCHEME, "");
}

export function hasCredentialShape(raw: string): boolean {
  const value = withoutAuthScheme(raw);
  if (value.length < MIN_LENGTH || /\s/.test(value)) return false;
  if (isPlaceholder(value) || isPathOrUrl(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value)) return false;
  return shannonEntropy(value) >= MIN_ENTROPY;
}

function isPathOrUrl(value: string): boolean {
  return /^(?:\.{0,2}\/|~|[A-Za-z]:[\\/]|\\\\)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
