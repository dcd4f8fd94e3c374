/**
 * A one-line progress note on stderr for long scans, only on a terminal, erased when done.
 * Short scans and redirected output stay silent.
 */
import type { CliIO } from "./io.js";

const FILES_WORTH_A_NOTE = 200;

export function startProgress(io: CliIO, fileCount: number): { stop(): void } {
  if (io.stderr.isTTY !== true || fileCount < FILES_WORTH_A_NOTE) return { stop: () => undefined };
  io.stderr.write(`agentlint: analysing ${fileCount} files…`);
  return { stop: () => io.stderr.write("\r\u001b[2K") };
}
