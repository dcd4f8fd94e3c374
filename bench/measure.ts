/**
 * Runs the CLI binary as a child process and measures it: wall time, and on request its peak
 * RSS and CPU time (`/usr/bin/time -v`) or the heavy modules it loaded (the probe, loaded with
 * `node --import`). The probe registers module hooks, which Node runs in a thread of their own,
 * so a run that measures memory does not load it unless GNU time is missing (then the probe's
 * `maxRSS` stands in, a little high). Latency runs go without either, so that they time exactly
 * `node bin/agentlint.js <file>`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface CliRun {
  readonly wallMs: number;
  readonly exitCode: number;
  readonly stdout: string;
  /** Present when memory was measured. */
  readonly peakRssMiB?: number;
  /** User and system CPU seconds of the run, all threads (memory measured with GNU time). */
  readonly cpuSeconds?: number;
  /** Present when the run was probed. */
  readonly loaded?: readonly string[];
}

export interface RunOptions {
  readonly cwd: string;
  /**
   * What to learn besides wall time: the heavy modules the run loaded, or its peak memory and
   * CPU time. `probe` is the probe module (for memory, only used when GNU time is missing).
   */
  readonly measure?: { readonly what: "modules" | "memory"; readonly probe: string };
}

const GNU_TIME = "/usr/bin/time";

export function runCli(cli: string, args: readonly string[], options: RunOptions): CliRun {
  const useTime = options.measure?.what === "memory" && existsSync(GNU_TIME);
  const probe = options.measure && !useTime ? options.measure.probe : undefined;
  const probeDir = probe ? mkdtempSync(path.join(tmpdir(), "agentlint-probe-")) : undefined;
  const probeFile = probeDir ? path.join(probeDir, "probe.json") : undefined;
  const nodeArgs = [...(probe ? ["--import", pathToFileURL(probe).href] : []), cli, ...args];
  const [command, commandArgs] = useTime ? [GNU_TIME, ["-v", process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, {
    cwd: options.cwd,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", ...(probeFile ? { AGENTLINT_BENCH_PROBE: probeFile } : {}) },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  try {
    if (child.error) throw child.error;
    if (child.status === null || child.status > 1) {
      throw new Error(`agentlint exited with ${child.status ?? child.signal} on ${args.join(" ")}: ${child.stderr.trim().split("\n").slice(-5).join("\n")}`);
    }
    const probed = probeFile ? (JSON.parse(readFileSync(probeFile, "utf8")) as { maxRssKiB: number; loaded: string[] }) : undefined;
    const timedKiB = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1] : undefined;
    const cpu = useTime ? ["User", "System"].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(child.stderr)?.[1] ?? NaN)) : [];
    const rssKiB = timedKiB ?? (options.measure?.what === "memory" ? probed?.maxRssKiB : undefined);
    return {
      wallMs,
      exitCode: child.status,
      stdout: child.stdout,
      ...(rssKiB !== undefined ? { peakRssMiB: Number(rssKiB) / 1024 } : {}),
      ...(cpu.length === 2 && cpu.every(Number.isFinite) ? { cpuSeconds: (cpu[0] ?? 0) + (cpu[1] ?? 0) } : {}),
      ...(options.measure?.what === "modules" && probed ? { loaded: probed.loaded } : {}),
    };
  } finally {
    if (probeDir) rmSync(probeDir, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
