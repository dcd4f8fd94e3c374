/**
 * The baseline lets an old repository adopt agentlint: the findings it lists (by
 * fingerprint, which survives line shifts) are marked suppressed and never fail a run, so
 * only new findings do. The file is JSON with stable bytes (sorted, 2-space indent); the
 * rule id, file and (already masked) message are there for the humans reviewing it.
 */
import type { Finding } from "../types.js";

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly message: string;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly findings: readonly BaselineEntry[];
}

/** The baseline of a scan: every finding not already suppressed in the source. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((finding) => finding.suppressed?.kind !== "inSource")
    .map(({ fingerprint, ruleId, file, message }) => ({ fingerprint, ruleId, file, message }))
    .sort((a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  const unique = entries.filter((entry, index) => index === 0 || entries[index - 1]?.fingerprint !== entry.fingerprint);
  return { version: BASELINE_VERSION, findings: unique };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses a baseline file's text; throws an Error with a readable reason when malformed. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data["version"] !== BASELINE_VERSION || !Array.isArray(data["findings"])) {
    throw new Error(`it is not an agentlint baseline (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  const findings = data["findings"].map((entry: unknown, index: number) => {
    if (!isRecord(entry) || typeof entry["fingerprint"] !== "string") {
      throw new Error(`entry ${index} has no "fingerprint" string`);
    }
    return {
      fingerprint: entry["fingerprint"],
      ruleId: String(entry["ruleId"] ?? ""),
      file: String(entry["file"] ?? ""),
      message: String(entry["message"] ?? ""),
    };
  });
  return { version: BASELINE_VERSION, findings };
}

/** Marks the findings the baseline lists as suppressed (findings suppressed in source stay so). */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  return findings.map((finding) =>
    finding.suppressed || !known.has(finding.fingerprint) ? finding : { ...finding, suppressed: { kind: "baseline" } },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
