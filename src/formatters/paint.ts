import { NO_PAINT, type Paint } from "./stylish.js";

/** Chalk at the given color level (0 = none), loaded only when stylish output needs colors. */
export async function stylishPaint(level: 0 | 1 | 2 | 3): Promise<Paint> {
  if (level === 0) return NO_PAINT;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level });
  return { underline: chalk.underline, red: chalk.red, yellow: chalk.yellow, dim: chalk.dim, bold: chalk.bold };
}
