/**
 * Finds credentials in a string: secretlint's recommended preset plus our own detectors for
 * key formats as they appear in prompts and configs (see prompt-detectors.ts). Synchronous;
 * the preset is loaded on the first call. Placeholders and documentation of key formats
 * are never reported.
 */
import { isPlaceholder, isPlaceholderPassword } from "./placeholder.js";
import { detectProviderFormats } from "./prompt-detectors.js";
import { scanWithSecretlint } from "./secretlint-scan.js";

export interface SecretMatch {
  /** The raw secret text (never print it whole: use `maskSecret`). */
  readonly value: string;
  /** 0-based offsets into the scanned text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  /** What was found, readable in a message: `GitHub token`, `PostgreSQL connection string`. */
  readonly kind: string;
}

/** No credential format we detect is shorter; short strings skip every scanner. */
const MIN_SECRET_LENGTH = 8;

export function findSecrets(text: string): SecretMatch[] {
  if (text.length < MIN_SECRET_LENGTH) return [];
  const candidates: SecretMatch[] = [];
  for (const match of scanWithSecretlint(text)) {
    const value = text.slice(match.start, match.end);
    if (!looksFake(value, passwordOf(value))) {
      candidates.push({ value, start: match.start, end: match.end, kind: readableKind(match.messageId) });
    }
  }
  for (const match of detectProviderFormats(text)) {
    const value = text.slice(match.start, match.end);
    if (!looksFake(value, match.password)) {
      candidates.push({ value, start: match.start, end: match.end, kind: match.kind });
    }
  }
  return withoutOverlaps(candidates);
}

/** A URL with user info is judged by its password alone: the host may well be `example.com`. */
function looksFake(value: string, password: string | undefined): boolean {
  return password === undefined ? isPlaceholder(value) : isPlaceholderPassword(password);
}

function passwordOf(value: string): string | undefined {
  return /^[a-z][a-z0-9+.:-]*:\/\/[^\s:/@]+:(?<password>[^\s@]+)@/i.exec(value)?.groups?.["password"];
}

/** Keeps the earliest, then longest, of overlapping matches (both scanners often find the same key). */
function withoutOverlaps(matches: SecretMatch[]): SecretMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Readable names for secretlint's message ids; others read well once lower-cased. */
const SECRETLINT_KINDS: Readonly<Record<string, string>> = {
  AWSAccountID: "AWS account ID",
  AWSSecretAccessKey: "AWS secret access key",
  AWSAccessKeyID: "AWS access key ID",
  PrivateKeyJSON: "GCP service account key",
  PackageJSON_xOauthToken: "GitHub OAuth token",
  Npmrc_authToken: "npm auth token",
  NPM_ACCESS_TOKEN: "npm access token",
  SLACK_TOKEN: "Slack token",
  IncomingWebhook: "Slack webhook URL",
  BasicAuth: "URL with a password",
  OPENAI_TOKEN: "OpenAI API key",
  ANTHROPIC_API_KEY: "Anthropic API key",
  GITHUB_TOKEN: "GitHub token",
  GITLAB_PERSONAL_ACCESS_TOKEN: "GitLab access token",
  HUGGINGFACE_USER_ACCESS_TOKEN: "Hugging Face token",
  PrivateKey: "private key",
  MongoDBConnection: "MongoDB connection string",
  MySQLConnection: "MySQL connection string",
  PostgreSQLConnection: "PostgreSQL connection string",
  OPS_TOKEN: "1Password service account token",
};

function readableKind(messageId: string): string {
  return SECRETLINT_KINDS[messageId] ?? messageId.replace(/_/g, " ").toLowerCase();
}
