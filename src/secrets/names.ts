/**
 * Whether an environment variable or config key name says it holds a secret:
 * `*KEY*`, `*TOKEN*`, `*SECRET*`, `*PASSWORD*`, `*PASSWD*`, `*CREDENTIAL*`, `*PRIVATE*`,
 * `DATABASE_URL`, `*DSN*`, … Names that only mention a key's location or kind (`KEY_ID`,
 * `*_FILE`, `*_PATH`, `PUBLIC_KEY`) are not secrets.
 */
const SECRET_WORDS = /(API_?KEY|ACCESS_?KEY|SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE_?KEY|PRIVATE|AUTH|(^|_)PWD($|_)|(^|_)KEY($|_)|(^|_)DSN($|_)|DATABASE_URL|DB_URL|CONNECTION_STRING|CONN_STR|WEBHOOK_URL|COOKIE|SESSION_KEY|SIGNING_KEY|ENCRYPTION_KEY)/;
const NOT_SECRET = /(_FILE|_PATH|_DIR|_ID|_NAME|_URL_BASE|_ENABLED|_TTL|_EXPIRY|_EXPIRES|_TIMEOUT|_LENGTH|_HEADER|_TYPE|_ALGORITHM|_REGION|_ENDPOINT|_HOST|_PORT|_USER|_USERNAME)$|^PUBLIC_|_PUBLIC_KEY$|^NEXT_PUBLIC_|^VITE_|(^|_)KEYS?_ID$|AUTHOR(?!IZATION)|AUTH_(URL|DOMAIN|ENDPOINT|MODE|TYPE|METHOD|PROVIDER)$|TOKENIZER|MAX_TOKENS|TOKENS?_(LIMIT|COUNT|BUDGET)$|^KEYBOARD/;

export function isSecretLikeName(name: string): boolean {
  const normalized = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[-.\s]/g, "_")
    .toUpperCase();
  if (NOT_SECRET.test(normalized)) return false;
  return SECRET_WORDS.test(normalized);
}
