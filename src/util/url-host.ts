/**
 * The host a URL value points at, as far as it is known, and whether that host is the local
 * machine. A URL built from an unknown prefix (`${BASE_URL}/mcp`) has an unknown host.
 */
import type { RValue } from "../model/value.js";

export interface UrlTarget {
  /** Lower-case scheme without `:` (`http`, `https`, `ws`), when written literally. */
  readonly scheme: string;
  /** Host name without brackets or port; undefined when part of it is not known. */
  readonly host: string | undefined;
}

const URL_START = /^\s*(?<scheme>[a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?(?<host>\[[^\]]*\]|[^:/?#\s]*)(?<after>[:/?#]|$)/i;

/** The scheme and host of a known URL string, or of text whose first literal part holds them. */
export function urlTarget(value: RValue): UrlTarget | undefined {
  if (value.kind === "string") return parse(value.value, true);
  if (value.kind === "text") {
    const first = value.parts[0];
    if (!first || first.kind !== "literal") return undefined;
    return parse(first.text, value.parts.length === 1);
  }
  return undefined;
}

function parse(text: string, complete: boolean): UrlTarget | undefined {
  const match = URL_START.exec(text);
  const groups = match?.groups;
  if (!groups) return undefined;
  const scheme = (groups["scheme"] ?? "").toLowerCase();
  const rawHost = groups["host"] ?? "";
  // The literal ends inside the host (`http://${host}`), or the host is an `${VAR}` expansion.
  const hostKnown = rawHost !== "" && !rawHost.includes("$") && (complete || groups["after"] !== "");
  const host = hostKnown ? rawHost.replace(/^\[|\]$/g, "").toLowerCase() : undefined;
  return { scheme, host };
}

export function isLoopbackHost(host: string): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}
