/**
 * Recognises, by qualified name, the library calls whose results carry a provenance:
 * secret managers, file reads, network responses, stdin, sanitizers.
 */
import type { Provenance } from "../../model/value.js";

const SECRET_MANAGER_METHODS = new Set(["read_secret_version", "get_secret_value", "access_secret_version", "get_secret"]);
const NETWORK_MODULES = ["requests", "httpx", "urllib.request", "urllib3", "aiohttp"];
const FILE_OPENERS = new Set(["open", "io.open", "codecs.open"]);
const FILE_READ_METHODS = new Set(["read_text", "read_bytes"]);
const STDIN_NAMES = new Set(["input", "sys.stdin", "fileinput.input"]);
const WEB_FRAMEWORKS = new Set(["fastapi", "starlette", "flask", "quart", "werkzeug", "aiohttp", "sanic", "litestar", "django"]);

/** Provenance of a call by its qualified callee name, or of a method by its name. */
export function callProvenance(qualified: string | undefined, methodName: string | undefined): Provenance | undefined {
  if (methodName && SECRET_MANAGER_METHODS.has(methodName)) return { kind: "secret-manager", api: methodName };
  if (methodName && /^(sanitize|escape)/i.test(methodName)) return { kind: "sanitized", api: qualified ?? methodName };
  if (methodName && FILE_READ_METHODS.has(methodName)) return { kind: "file-read", api: `Path.${methodName}` };
  if (!qualified) return undefined;
  const last = qualified.split(".").pop() ?? qualified;
  if (qualified === "html.escape" || /^(sanitize|escape)/i.test(last)) return { kind: "sanitized", api: qualified };
  if (FILE_OPENERS.has(qualified)) return { kind: "file-read", api: qualified };
  if (STDIN_NAMES.has(qualified)) return { kind: "stdin", api: qualified };
  if (NETWORK_MODULES.some((m) => qualified === m || qualified.startsWith(`${m}.`))) return { kind: "network", api: qualified };
  return undefined;
}

/** Provenance of a module attribute used as a value (`sys.stdin`, `flask.request`). */
export function attributeProvenance(qualified: string): Provenance | undefined {
  if (qualified === "sys.stdin" || qualified.startsWith("sys.stdin.")) return { kind: "stdin", api: "sys.stdin" };
  if (qualified === "flask.request" || qualified.startsWith("flask.request.")) return { kind: "request-body", api: "flask.request" };
  return undefined;
}

/** Whether a qualified class name is a web framework's incoming request (`fastapi.Request`). */
export function isWebRequestClass(qualified: string): boolean {
  const parts = qualified.split(".");
  return parts.length > 1 && WEB_FRAMEWORKS.has(parts[0] ?? "") && /^(Http)?Request$/.test(parts[parts.length - 1] ?? "");
}
