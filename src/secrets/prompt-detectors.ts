/**
 * Credential formats secretlint's recommended preset misses or matches only in their full,
 * current shape. Prompts and configs quote keys in older or shorter forms (an `sk-ant-` key
 * without secretlint's exact length, an OpenAI key without the `T3BlbkFJ` marker), so these
 * patterns accept the documented prefixes with a realistic body length. Placeholders are
 * filtered afterwards for every detector alike.
 */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

interface Detector {
  readonly kind: string;
  readonly pattern: RegExp;
  /** The capture group holding a password inside surrounding syntax (a URL's user info). */
  readonly passwordGroup?: string;
}

const TOKEN_END = "(?![A-Za-z0-9_-])";
const TOKEN_START = "(?<![A-Za-z0-9_-])";

const DETECTORS: readonly Detector[] = [
  { kind: "Anthropic API key", pattern: new RegExp(`${TOKEN_START}sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_-]{32,}${TOKEN_END}`, "g") },
  {
    // Several providers (DeepSeek, OpenRouter, …) copied OpenAI's `sk-` shape.
    kind: "OpenAI-style API key",
    pattern: new RegExp(`${TOKEN_START}sk-(?!ant-)(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{32,}${TOKEN_END}`, "g"),
  },
  { kind: "GitHub token", pattern: new RegExp(`${TOKEN_START}gh[pousr]_[A-Za-z0-9]{30,}${TOKEN_END}`, "g") },
  { kind: "GitHub token", pattern: new RegExp(`${TOKEN_START}github_pat_[A-Za-z0-9_]{40,}${TOKEN_END}`, "g") },
  { kind: "Slack token", pattern: new RegExp(`${TOKEN_START}xox[abposr]-[A-Za-z0-9-]{10,}${TOKEN_END}`, "g") },
  { kind: "Stripe secret key", pattern: new RegExp(`${TOKEN_START}(?:sk|rk)_live_[A-Za-z0-9]{16,}${TOKEN_END}`, "g") },
  { kind: "Google API key", pattern: new RegExp(`${TOKEN_START}AIza[0-9A-Za-z_-]{35}${TOKEN_END}`, "g") },
  { kind: "AWS access key ID", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  {
    kind: "private key",
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]+?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g,
  },
  {
    // Any URL scheme: databases, brokers, caches and HTTP basic auth all carry `user:password@`.
    kind: "connection string with a password",
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'`]{1,100}:(?<password>[^\s@/"'`]{3,200})@[^\s/"'`?#]{1,200}/gi,
    passwordGroup: "password",
  },
];

export interface DetectedSecret extends PatternMatch {
  /** The password of a connection string, judged on its own for placeholders. */
  readonly password?: string;
}

export function detectProviderFormats(text: string): DetectedSecret[] {
  const found: DetectedSecret[] = [];
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const start = match.index;
      const password = detector.passwordGroup ? match.groups?.[detector.passwordGroup] : undefined;
      found.push({ start, end: start + match[0].length, kind: detector.kind, ...(password !== undefined && { password }) });
    }
  }
  return found;
}
