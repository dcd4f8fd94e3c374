/**
 * Runs the built CLI (`node bin/agentlint.js`, after `npm run build`) as a child process,
 * on a copy of a fixture project in a temporary directory that is its own repository root.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const BIN = path.resolve("bin/agentlint.js");
export const PROJECTS = path.resolve("fixtures/projects");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly input?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
}

export function runCli(args: readonly string[], options: RunOptions): CliRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !["FORCE_COLOR", "NO_COLOR", "DEBUG"].includes(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    env: { ...env, ...(options.env ?? {}) },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of `fixtures/projects/<name>` with a `.git` directory, so nothing above it applies. */
export function copyProject(name: string): string {
  const directory = mkdtempSync(path.join(tmpdir(), `agentlint-${name}-`));
  cpSync(path.join(PROJECTS, name), directory, { recursive: true });
  mkdirSync(path.join(directory, ".git"), { recursive: true });
  return directory;
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly fingerprint: string;
  readonly suppressed?: { readonly kind: string; readonly justification?: string };
}

export function jsonFindings(run: CliRun): JsonFinding[] {
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** `file:line ruleId severity` for the findings of the given rules, for compact exact checks. */
export function brief(findings: readonly JsonFinding[], rules: readonly string[]): string[] {
  return findings
    .filter((finding) => rules.includes(finding.ruleId))
    .map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.severity}${finding.suppressed ? ` suppressed:${finding.suppressed.kind}` : ""}`);
}
