/**
 * Whether a would-be secret is a placeholder, a reference or documentation rather than a
 * credential: `XXXX`, `EXAMPLE`, `<your-key>`, `your-api-key-here`, `changeme`, `sk-ant-...`,
 * `sk-super-secret-123`, `${API_KEY}`, `$API_KEY`, `{{api_key}}`, a run of one character,
 * `1234567890`.
 */
const PLACEHOLDER_WORDS =
  /x{4,}|\*{3,}|example|your[-_ ]?|changeme|change[-_]me|replace[-_]?(me|this)|dummy|placeholder|sample|redacted|insert[-_]|\btest\b|_test_|-test-|test[-_]?key|fake|todo|\bsecret\b|not[-_]a[-_]real/i;
const REFERENCE = /\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\}|%\([A-Za-z_]+\)s|%[A-Z_]+%/;
const ELLIPSIS = /\.\.\.|…/;
const SEQUENCE = /0123456|1234567|abcdefg|ABCDEFG/;

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || REFERENCE.test(value) || ELLIPSIS.test(value) || SEQUENCE.test(value)) {
    return true;
  }
  if (/[<>]/.test(value)) return true;
  return isMonotonous(value);
}

/** Too few distinct characters in the variable part of the value to be random (`aaaa…`, `0000…`). */
function isMonotonous(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{2,12}[-_]((?:[a-z]{2,8}|api\d\d)[-_])*/, "");
  if (body.length === 0) return true;
  if (/^(.)\1*$/.test(body)) return true;
  return body.length >= 12 && new Set(body).size < 5;
}

/** Default and documentation passwords of connection strings: `postgres://postgres:postgres@localhost`. */
const DEFAULT_PASSWORDS = new Set(["password", "passwd", "pass", "pwd", "secret", "admin", "root", "user", "username", "postgres", "mysql", "guest", "mypassword"]);

export function isPlaceholderPassword(password: string): boolean {
  return password.length < 4 || DEFAULT_PASSWORDS.has(password.toLowerCase()) || /^[{(].*[})]$|\$\(/.test(password) || isPlaceholder(password);
}
