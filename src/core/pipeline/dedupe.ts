/**
 * One finding per rule, place and message. The same problem reached through several
 * alternatives of an agent (or an agent and its subagent sharing a value) is reported once.
 */
import type { Finding } from "../types.js";

export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const key = [finding.ruleId, finding.file, finding.start, finding.end, finding.message].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(finding);
  }
  return kept;
}
