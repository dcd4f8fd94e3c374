/**
 * One fuzz input through the CLI's own path: decode the bytes as a file of its kind, analyse
 * it under the hard time guard (whatever the pre-filter says: an extractor must cope with any
 * text), format the result as JSON and SARIF, and check what must always hold:
 *
 * - nothing throws, and no `internal-error` or `timed-out` notice (the hard guard never fires);
 * - the JSON report parses and its findings lie inside the file;
 * - the SARIF log parses and follows the SARIF 2.1.0 schema;
 * - a second analysis of the same input gives the same bytes (unless the first ran into the
 *   wall-clock limit, whose cut depends on the machine by nature).
 *
 * A time-out leaves this thread's parsers unusable (see src/analysis/time-guard.ts), so the
 * checker refuses further inputs after one.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { analyzeTask, type TaskSetup } from "../../src/analysis/analysis-task.js";
import type { FileAnalysis } from "../../src/analysis/analysis-results.js";
import { presetRules } from "../../src/analysis/effective-rules.js";
import { abandonAfterMs, DEFAULT_FILE_TIME_MS } from "../../src/analysis/limits.js";
import { runWithTimeLimit } from "../../src/analysis/time-guard.js";
import type { InputKind, SourceFile } from "../../src/core/types.js";
import { decodeSource } from "../../src/discover/decode.js";
import { sourceFromBytes } from "../../src/discover/read-source.js";
import { formatJson } from "../../src/formatters/json.js";
import { sarifTool } from "../../src/formatters/index.js";
import { formatSarif } from "../../src/formatters/sarif.js";
import { REPO_ROOT } from "./corpus.js";
import type { FuzzInput } from "./inputs.js";

const SARIF_SCHEMA = path.join(REPO_ROOT, "node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json");
const validateSarif = existsSync(SARIF_SCHEMA)
  ? new Ajv2020.default({ strict: false, validateFormats: false, allErrors: false }).compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as object)
  : undefined;

/** Every rule on, strict options: the most code runs on each input. */
const RULES = presetRules("strict");
const SETUP: TaskSetup = { cwd: REPO_ROOT, fileTimeMs: DEFAULT_FILE_TIME_MS, recordReads: true };

export interface CheckOutcome {
  /** What went wrong; undefined when every check held. */
  readonly problem?: string;
  readonly timedOut: boolean;
  /** Milliseconds of the first analysis. */
  readonly ms: number;
  readonly sarif?: string;
}

let poisoned = false;

/** False after a time-out: this thread must not analyse again. */
export function canCheck(): boolean {
  return !poisoned;
}

export function checkInput(kind: InputKind, input: FuzzInput): CheckOutcome {
  try {
    return check(kind, input);
  } catch (error) {
    return { problem: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, timedOut: false, ms: 0 };
  }
}

function check(kind: InputKind, input: FuzzInput): CheckOutcome {
  const relative = path.relative(REPO_ROOT, input.absolutePath).split(path.sep).join("/");
  const read = sourceFromBytes({ path: relative, absolutePath: input.absolutePath, kind }, input.bytes);
  if ("notice" in read && read.notice.kind === "internal-error") return { problem: `read: ${read.notice.message}`, timedOut: false, ms: 0 };
  const decoded = decodeSource(input.bytes, kind);
  if (!("text" in decoded)) return { timedOut: false, ms: 0 };
  const file: SourceFile = { path: relative, absolutePath: input.absolutePath, kind, text: decoded.text };

  const started = performance.now();
  const first = analyse(file);
  const ms = performance.now() - started;
  if (first === "timed-out") {
    poisoned = true;
    return { problem: `no answer within ${abandonAfterMs(DEFAULT_FILE_TIME_MS)} ms`, timedOut: true, ms };
  }
  const failed = first.notices.find((notice) => notice.kind === "internal-error" || notice.kind === "timed-out");
  if (failed) return { problem: `${failed.kind}: ${failed.message}`, timedOut: false, ms };

  const report = { findings: first.findings, notices: first.notices, filesAnalyzed: 1, cwd: REPO_ROOT };
  const json = formatJson(report);
  const sarif = formatSarif(report, sarifTool());
  const problem = jsonProblem(json, file.text) ?? sarifProblem(sarif) ?? repeatProblem(file, json, first, ms);
  return { ...(problem ? { problem } : {}), timedOut: false, ms, sarif };
}

function analyse(file: SourceFile): FileAnalysis | "timed-out" {
  const guarded = runWithTimeLimit(() => analyzeTask({ file, rules: RULES }, SETUP), abandonAfterMs(DEFAULT_FILE_TIME_MS));
  return "value" in guarded ? guarded.value : "timed-out";
}

function repeatProblem(file: SourceFile, json: string, first: FileAnalysis, firstMs: number): string | undefined {
  const again = analyse(file);
  if (again === "timed-out") {
    poisoned = true;
    return "the second analysis timed out";
  }
  const repeated = formatJson({ findings: again.findings, notices: again.notices, filesAnalyzed: 1, cwd: REPO_ROOT });
  if (repeated === json) return undefined;
  // A cut by the wall-clock limit depends on the machine's load by nature; only the work budget's must repeat.
  const cutByClock = firstMs >= SETUP.fileTimeMs && [first, again].some((analysis) => analysis.notices.some((notice) => notice.kind === "incomplete"));
  return cutByClock ? undefined : "a second analysis gave other bytes";
}

function jsonProblem(json: string, text: string): string | undefined {
  let document: { findings: Array<Record<string, unknown>>; summary: unknown };
  try {
    document = JSON.parse(json) as typeof document;
  } catch (error) {
    return `JSON output does not parse: ${(error as Error).message}`;
  }
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/).length;
  for (const finding of document.findings) {
    const { line, column, endLine, endColumn } = finding as Record<string, number>;
    const inside = [line, column, endLine, endColumn].every((value) => Number.isInteger(value) && (value ?? 0) >= 1);
    if (!inside || (line ?? 0) > lines || (endLine ?? 0) > lines || (endLine ?? 0) < (line ?? 0)) {
      return `finding ${String(finding["ruleId"])} at ${line}:${column}-${endLine}:${endColumn} lies outside the file (${lines} lines)`;
    }
  }
  return undefined;
}

function sarifProblem(sarif: string): string | undefined {
  let log: unknown;
  try {
    log = JSON.parse(sarif);
  } catch (error) {
    return `SARIF output does not parse: ${(error as Error).message}`;
  }
  if (validateSarif && !validateSarif(log)) return `SARIF output breaks the schema: ${JSON.stringify(validateSarif.errors?.slice(0, 2))}`;
  return undefined;
}
