/**
 * Runs the CLI binary as a child process and measures it: wall time, and on request peak RSS
 * (`/usr/bin/time -v` when present, else the probe's `maxRSS`) and the heavy modules the run
 * loaded (the probe, loaded with `node --import`). Latency runs go without either, so that
 * they time exactly `node bin/agentlint.js <file>`.
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
  /** Present when the run was probed. */
  readonly peakRssMiB?: number;
  /** User and system CPU seconds of the run, all threads (probed runs, with GNU time). */
  readonly cpuSeconds?: number;
  readonly loaded?: readonly string[];
}

export interface RunOptions {
  readonly cwd: string;
  /** Load the probe into the process to learn its peak memory and the parsers it loaded. */
  readonly probe?: string;
}

const GNU_TIME = "/usr/bin/time";

export function runCli(cli: string, args: readonly string[], options: RunOptions): CliRun {
  const probeDir = options.probe ? mkdtempSync(path.join(tmpdir(), "agentlint-probe-")) : undefined;
  const probeFile = probeDir ? path.join(probeDir, "probe.json") : undefined;
  const nodeArgs = [...(options.probe ? ["--import", pathToFileURL(options.probe).href] : []), cli, ...args];
  const useTime = options.probe !== undefined && existsSync(GNU_TIME);
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
    if (!probeFile) return { wallMs, exitCode: child.status, stdout: child.stdout };
    const probed = JSON.parse(readFileSync(probeFile, "utf8")) as { maxRssKiB: number; loaded: string[] };
    const timedKiB = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1] : undefined;
    const cpu = useTime ? ["User", "System"].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(child.stderr)?.[1] ?? NaN)) : [];
    return {
      wallMs,
      exitCode: child.status,
      stdout: child.stdout,
      peakRssMiB: Number(timedKiB ?? probed.maxRssKiB) / 1024,
      ...(cpu.length === 2 && cpu.every(Number.isFinite) ? { cpuSeconds: (cpu[0] ?? 0) + (cpu[1] ?? 0) } : {}),
      loaded: probed.loaded,
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
