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

export function assignFingerprints(findings: readonly Unprinted[], text: string): Finding[] {
  const lines = text.split(/\r?\n/);
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const snippet = lines
      .slice(finding.line - 1, Math.min(finding.endLine, finding.line + 2))
      .map((line) => line.trim())
      .join("\n");
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
