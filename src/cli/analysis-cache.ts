/**
 * `--cache`: the results of files analysed before, reused while nothing they depend on has
 * changed. A stored result is used only when all of these are unchanged:
 *
 * - the file's text (by content hash, not modification time: a checkout that rewrites files
 *   with the same bytes keeps its hits, an edit within the same second does not hide);
 * - where the file is and what it is reported as (absolute path, path relative to the working
 *   directory, kind, working directory — messages can name other files relative to it);
 * - the rules in force for the file (severity and options of each rule, after the config's
 *   overrides and `--rule` flags);
 * - the agentlint version and this file's format;
 * - every other file the analysis read (imports, `tsconfig.json` path aliases, Python
 *   packages): each is checked again by content hash, and a file that was missing must still
 *   be missing. The front ends read other files only through `ExtractContext.readFile`, which
 *   records them (see src/analysis/recorded-reads.ts).
 *
 * Results whose analysis was cut short (`incomplete`, `timed-out`) or failed are never stored:
 * they depend on time, not only on inputs.
 *
 * A cache file that cannot be parsed, or was written by another version, is replaced. A file
 * at the cache location that is not an agentlint cache is left alone (with one warning), so a
 * mistyped `--cache-location` never overwrites a user's file. file-entry-cache (what ESLint
 * uses) keys entries on one file only; checking the files a result depends on is the part
 * that makes a hit sound here, so the format is our own.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { AnalysisTask } from "../analysis/analysis-task.js";
import type { FileAnalysis } from "../analysis/analysis-results.js";
import type { EffectiveRules } from "../analysis/effective-rules.js";
import { contentHash, readTextFile } from "../analysis/recorded-reads.js";
import type { FileNotice, Finding } from "../core/types.js";

export const DEFAULT_CACHE_FILE = ".agentlintcache";

/** Bumped whenever the stored shape or the key changes. */
const CACHE_FORMAT = 1;
const MAGIC = "agentlintCache";

/** Notices that depend on time or on a failure, not only on the inputs. */
const UNCACHEABLE_NOTICES = new Set<FileNotice["kind"]>(["incomplete", "timed-out", "internal-error"]);

interface StoredEntry {
  readonly key: string;
  /** [absolute path, content hash or null when it did not exist]. */
  readonly reads: ReadonlyArray<readonly [string, string | null]>;
  readonly findings: readonly Finding[];
  readonly notices: readonly FileNotice[];
}

interface CacheDocument {
  readonly [MAGIC]: number;
  readonly agentlint: string;
  readonly entries: Readonly<Record<string, unknown>>;
}

export interface CacheSetup {
  /** Absolute path of the cache file. */
  readonly location: string;
  /** As the user gave it, for messages. */
  readonly displayName: string;
  readonly version: string;
  readonly cwd: string;
  /** One line for the user (stderr); the scan goes on whatever it says. */
  readonly warn: (message: string) => void;
}

/** `--cache-location` as given, or the default: a directory holds `.agentlintcache`. */
export function cacheFilePath(cwd: string, given: string | undefined): string {
  if (given === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const absolute = path.resolve(cwd, given);
  const isDirectory = /[\\/]$/.test(given) || (existsSync(absolute) && statSync(absolute).isDirectory());
  return isDirectory ? path.join(absolute, DEFAULT_CACHE_FILE) : absolute;
}

export class AnalysisCache {
  private readonly stored: Map<string, unknown>;
  /** Entries written or confirmed by this run. */
  private readonly touched = new Set<string>();
  private changed = false;
  private readonly currentHashes = new Map<string, string | null>();
  private readonly rulesKeys = new WeakMap<EffectiveRules, string>();

  private constructor(
    private readonly setup: CacheSetup,
    stored: Readonly<Record<string, unknown>>,
    /** False when the location holds someone else's file. */
    private readonly writable: boolean,
  ) {
    this.stored = new Map(Object.entries(stored));
  }

  static open(setup: CacheSetup): AnalysisCache {
    let text: string;
    try {
      text = readFileSync(setup.location, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT") setup.warn(`The cache file ${setup.displayName} cannot be read (${code ?? String(error)}); every file is analysed.`);
      return new AnalysisCache(setup, {}, code === "ENOENT");
    }
    const document = parseDocument(text);
    if (document === "foreign") {
      setup.warn(`${setup.displayName} is not an agentlint cache file, so it was left unchanged and no cache was used; choose another --cache-location.`);
      return new AnalysisCache(setup, {}, false);
    }
    const current = document !== "corrupt" && document[MAGIC] === CACHE_FORMAT && document.agentlint === setup.version;
    return new AnalysisCache(setup, current ? document.entries : {}, true);
  }

  /** The stored result for this task, when it is still valid. */
  lookup(task: AnalysisTask): FileAnalysis | undefined {
    const entry = validEntry(this.stored.get(task.file.absolutePath), task.file.path);
    if (!entry || entry.key !== this.keyOf(task)) return undefined;
    if (!entry.reads.every(([readPath, hash]) => this.currentHash(readPath) === hash)) return undefined;
    this.touched.add(task.file.absolutePath);
    return { findings: entry.findings, notices: entry.notices };
  }

  store(task: AnalysisTask, analysis: FileAnalysis): void {
    const key = task.file.absolutePath;
    if (!analysis.reads || analysis.notices.some((notice) => UNCACHEABLE_NOTICES.has(notice.kind))) {
      if (this.stored.delete(key)) this.changed = true;
      return;
    }
    const entry: StoredEntry = {
      key: this.keyOf(task),
      reads: analysis.reads.map((read) => [read.path, read.hash] as const),
      findings: analysis.findings,
      notices: analysis.notices,
    };
    this.stored.set(key, entry);
    this.touched.add(key);
    this.changed = true;
  }

  /** Writes the cache when this run changed it; entries of files that no longer exist are dropped. */
  save(): void {
    if (!this.writable) return;
    for (const file of this.stored.keys()) {
      if (!this.touched.has(file) && !existsSync(file)) {
        this.stored.delete(file);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const entries = Object.fromEntries([...this.stored].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const document: CacheDocument = { [MAGIC]: CACHE_FORMAT, agentlint: this.setup.version, entries };
    const temporary = `${this.setup.location}.${process.pid}-${threadId}.tmp`;
    try {
      mkdirSync(path.dirname(this.setup.location), { recursive: true });
      writeFileSync(temporary, JSON.stringify(document));
      renameSync(temporary, this.setup.location);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      this.setup.warn(`The cache file ${this.setup.displayName} could not be written (${code}); the next run analyses every file again.`);
    }
  }

  private keyOf(task: AnalysisTask): string {
    const { file } = task;
    return contentHash(JSON.stringify([CACHE_FORMAT, this.setup.version, this.setup.cwd, file.absolutePath, file.path, file.kind, contentHash(file.text), this.rulesKey(task.rules)]));
  }

  private rulesKey(rules: EffectiveRules): string {
    let key = this.rulesKeys.get(rules);
    if (key === undefined) {
      const entries = [...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, setting]) => [id, setting.severity, canonical(setting.options)]);
      key = contentHash(JSON.stringify(entries));
      this.rulesKeys.set(rules, key);
    }
    return key;
  }

  private currentHash(absolutePath: string): string | null {
    let hash = this.currentHashes.get(absolutePath);
    if (hash === undefined) {
      const text = readTextFile(absolutePath);
      hash = text === undefined ? null : contentHash(text);
      this.currentHashes.set(absolutePath, hash);
    }
    return hash;
  }
}

function parseDocument(text: string): CacheDocument | "corrupt" | "foreign" {
  const ours = text.startsWith(`{"${MAGIC}":`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return ours ? "corrupt" : "foreign";
  }
  if (!isRecord(parsed) || !(MAGIC in parsed)) return "foreign";
  return isRecord(parsed["entries"]) && typeof parsed["agentlint"] === "string" ? (parsed as unknown as CacheDocument) : "corrupt";
}

/** Options as JSON with object keys sorted, so that equal options give equal keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
}

// A stored entry is checked field by field before use: whatever the file holds, a hit can
// never put a malformed finding in front of a formatter.

function validEntry(value: unknown, reportedPath: string): StoredEntry | undefined {
  if (!isRecord(value) || typeof value["key"] !== "string") return undefined;
  const { reads, findings, notices } = value;
  if (!Array.isArray(reads) || !reads.every(isRead)) return undefined;
  if (!Array.isArray(findings) || !findings.every((finding) => isFinding(finding, reportedPath))) return undefined;
  if (!Array.isArray(notices) || !notices.every((notice) => isNotice(notice, reportedPath))) return undefined;
  return value as unknown as StoredEntry;
}

function isRead(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && (value[1] === null || typeof value[1] === "string");
}

const FINDING_NUMBERS = ["line", "column", "endLine", "endColumn", "start", "end"] as const;
const FINDING_STRINGS = ["ruleId", "message", "messageId", "fingerprint"] as const;

function isFinding(value: unknown, reportedPath: string): boolean {
  if (!isRecord(value) || value["file"] !== reportedPath) return false;
  if (value["severity"] !== "error" && value["severity"] !== "warn") return false;
  if (!FINDING_STRINGS.every((key) => typeof value[key] === "string")) return false;
  if (!FINDING_NUMBERS.every((key) => Number.isInteger(value[key]) && (value[key] as number) >= 0)) return false;
  const data = value["data"];
  if (!isRecord(data) || !Object.values(data).every((entry) => typeof entry === "string" || typeof entry === "number")) return false;
  return isSuppression(value["suppressed"]) && isSuggestionList(value["suggestions"]) && value["secrets"] === undefined;
}

function isSuppression(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRecord(value) || (value["kind"] !== "inSource" && value["kind"] !== "baseline")) return false;
  return value["justification"] === undefined || typeof value["justification"] === "string";
}

function isSuggestionList(value: unknown): boolean {
  if (value === undefined) return true;
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        isRecord(entry) &&
        typeof entry["description"] === "string" &&
        typeof entry["text"] === "string" &&
        Array.isArray(entry["range"]) &&
        entry["range"].length === 2 &&
        entry["range"].every((offset) => Number.isInteger(offset)),
    )
  );
}

function isNotice(value: unknown, reportedPath: string): boolean {
  if (!isRecord(value) || value["file"] !== reportedPath || typeof value["message"] !== "string") return false;
  return typeof value["kind"] === "string" && !UNCACHEABLE_NOTICES.has(value["kind"] as FileNotice["kind"]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
