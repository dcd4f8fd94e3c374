/**
 * Which files of the build context a Dockerfile puts into its images: the `COPY`/`ADD` sources
 * that name the build context (not another stage, not a URL), matched the way BuildKit matches
 * them (a directory brings in everything under it, `*` and `?` stay within one path segment),
 * minus what `.dockerignore` leaves out (last matching pattern wins, `!` brings a path back,
 * `**` spans segments). Only known sources count: a source with an unknown variable copies
 * nothing as far as this is concerned.
 */
import type { CopiedSource } from "../../model/image.js";

/** The copy that puts `relativePath` (posix, relative to the context) into an image, if one does. */
export function copiedFromContext(relativePath: string, copies: readonly CopiedSource[], dockerignore?: string): CopiedSource | undefined {
  if (dockerignore !== undefined && isIgnored(relativePath, dockerignore)) return undefined;
  return copies.find((copy) => copy.fromStage === undefined && copy.resolved && !/^[a-z][a-z0-9+.-]*:\/\//i.test(copy.source) && covers(copy.source, relativePath));
}

function covers(source: string, relativePath: string): boolean {
  const pattern = cleanPath(source);
  if (pattern === "") return true;
  const matcher = globPattern(pattern, false);
  return ancestorsAndSelf(relativePath).some((candidate) => matcher.test(candidate));
}

/** The path and each of its parent directories: a source naming a directory copies what is in it. */
function ancestorsAndSelf(relativePath: string): string[] {
  const segments = relativePath.split("/");
  return segments.map((_, index) => segments.slice(0, index + 1).join("/"));
}

function isIgnored(relativePath: string, dockerignore: string): boolean {
  let ignored = false;
  for (const rawLine of dockerignore.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const negated = line.startsWith("!");
    const pattern = cleanPath(negated ? line.slice(1).trim() : line);
    if (pattern === "") continue;
    const matcher = globPattern(pattern, true);
    if (ancestorsAndSelf(relativePath).some((candidate) => matcher.test(candidate))) ignored = !negated;
  }
  return ignored;
}

/** `./src/` → `src`, `/app` → `app`, `.` → ``. */
function cleanPath(path: string): string {
  const segments = path.replaceAll("\\", "/").split("/").filter((segment) => segment !== "" && segment !== ".");
  return segments.join("/");
}

/** A Go `filepath.Match` pattern (with `**` for any number of segments when `doubleStar`) as a regex over a whole path. */
function globPattern(pattern: string, doubleStar: boolean): RegExp {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (doubleStar && pattern.startsWith("**", index)) {
      const slash = pattern[index + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      index += slash ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const close = pattern.indexOf("]", index + 1);
      if (close < 0) source += "\\[";
      else {
        const body = pattern.slice(index + 1, close);
        const negated = body.startsWith("!") || body.startsWith("^");
        source += `[${negated ? "^" : ""}${(negated ? body.slice(1) : body).replaceAll("\\", "\\\\")}]`;
        index = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
