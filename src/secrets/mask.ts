/**
 * How a secret is shown in any output: a short prefix and the length, never the whole
 * value (`ghp_…(40 chars)`). Short secrets show less so that the prefix never gives most
 * of the value away.
 */
export function maskSecret(secret: string): string {
  const visible = secret.length >= 16 ? 4 : secret.length >= 8 ? 2 : 0;
  return `${secret.slice(0, visible)}…(${secret.length} chars)`;
}

/** Replaces every occurrence of each secret in `text` with its mask (longest secrets first). */
export function maskSecretsIn(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 4) continue;
    masked = masked.split(secret).join(maskSecret(secret));
  }
  return masked;
}
