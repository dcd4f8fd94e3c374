/**
 * Whether stylish output is colored: FORCE_COLOR wins (as chalk reads it), then NO_COLOR
 * (https://no-color.org), then colors only on a terminal (never in a file).
 */
export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(env: Readonly<Record<string, string | undefined>>, toTerminal: boolean): ColorLevel {
  const forced = env["FORCE_COLOR"];
  if (forced !== undefined) {
    if (forced === "" || forced === "true") return 1;
    if (forced === "false") return 0;
    const level = Number.parseInt(forced, 10);
    return Number.isNaN(level) ? 1 : (Math.max(0, Math.min(level, 3)) as ColorLevel);
  }
  if (env["NO_COLOR"]) return 0;
  if (!toTerminal || env["TERM"] === "dumb") return 0;
  if (env["COLORTERM"] === "truecolor" || env["COLORTERM"] === "24bit") return 3;
  return env["TERM"]?.includes("256") ? 2 : 1;
}
