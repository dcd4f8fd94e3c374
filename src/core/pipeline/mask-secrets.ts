/**
 * Last line of defence against printing a secret: every raw secret a rule attached to a
 * finding is masked in the message and the message data, and the raw values are dropped.
 */
import { maskSecretsIn } from "../../secrets/mask.js";
import type { Finding } from "../types.js";

export function maskFindingSecrets(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => {
    const { secrets, ...rest } = finding;
    if (!secrets || secrets.length === 0) return rest;
    const data = Object.fromEntries(
      Object.entries(finding.data).map(([key, value]) => [key, typeof value === "string" ? maskSecretsIn(value, secrets) : value]),
    );
    const related = finding.related?.map((place) => ({ ...place, message: maskSecretsIn(place.message, secrets) }));
    return { ...rest, message: maskSecretsIn(finding.message, secrets), data, ...(related && { related }) };
  });
}
