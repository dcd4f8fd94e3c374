/**
 * A finding's fingerprint survives line shifts: it hashes the rule, the file, the message
 * and the trimmed text of the reported lines, plus an occurrence counter for identical
 * lines, but not the line number. The message's origin phrase names a line, so the
 * fingerprint takes the origin's file and name instead.
 */
import { createHash } from "node:crypto";
import { originPhrase } from "../origin.js";
import type { Finding } from "../types.js";

type Unprinted = Omit<Finding, "fingerprint">;

/**
 * Reported lines longer than this stand in the fingerprint as their digest, computed once per
 * range: a megabyte-long line with thousands of findings would otherwise be hashed for each.
 */
const SNIPPET_LIMIT = 1024;

export function assignFingerprints(findings: readonly Unprinted[], text: string): Finding[] {
  const lines = text.split(/\r?\n/);
  const occurrences = new Map<string, number>();
  const longSnippets = new Map<string, string>();
  const snippetOf = (first: number, last: number): string => {
    const key = `${first}:${last}`;
    const known = longSnippets.get(key);
    if (known !== undefined) return known;
    const snippet = lines
      .slice(first - 1, last)
      .map((line) => line.trim())
      .join("\n");
    if (snippet.length <= SNIPPET_LIMIT) return snippet;
    const digest = `sha256:${createHash("sha256").update(snippet).digest("hex")}`;
    longSnippets.set(key, digest);
    return digest;
  };
  return findings.map((finding) => {
    const snippet = snippetOf(finding.line, Math.min(finding.endLine, finding.line + 2));
    const phrase = originPhrase(finding.related);
    const message = phrase ? finding.message.replace(phrase, "") : finding.message;
    const origins = (finding.related ?? []).map((place) => `${place.file}\u0001${place.message}`);
    const base = [finding.ruleId, finding.file, message, snippet, ...origins].join("\u0000");
    const count = occurrences.get(base) ?? 0;
    occurrences.set(base, count + 1);
    const fingerprint = createHash("sha256").update(`${base}\u0000${count}`).digest("hex").slice(0, 32);
    return { ...finding, fingerprint };
  });
}
