/**
 * Core types shared by every stage of the flow:
 * discover → classify → parse → extract model → rules → post-process → format.
 *
 * Positions are 1-based for lines and columns (as ESLint and SARIF print them);
 * `endColumn` is exclusive. Offsets are 0-based UTF-16 indices into the file text
 * with any BOM removed (the same text ESLint's SourceCode holds).
 */

export type Severity = "error" | "warn";
export type SeveritySetting = Severity | "off";

export interface Location {
  /** Path of the file, relative to the scan's working directory, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** 0-based offsets of the same range in the file text (for fixes and suggestions). */
  readonly start: number;
  readonly end: number;
}

/** A safe edit offered to the user (an ESLint suggestion); never applied automatically. */
export interface Suggestion {
  readonly description: string;
  /** Replace text[range[0], range[1]) by `text`. */
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface Suppression {
  readonly kind: "inSource" | "baseline";
  readonly justification?: string;
}

/**
 * Where a reported value was defined, when the finding points elsewhere: at the option that
 * receives it (`max_turns=MAX_TURNS`), the value being `75` three screens up or in another file.
 */
export interface ValueOrigin {
  readonly loc: Location;
  /** The name the option was given the value through, when it is one: `MAX_TURNS`, `config.MAX_TURNS`. */
  readonly name?: string;
}

/** A place that explains a finding (SARIF `relatedLocations`): where its value came from. */
export interface RelatedLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** What the place is, e.g. `value from MAX_TURNS`; the finding's message names it too. */
  readonly message: string;
}

/** What a rule reports; the pipeline turns it into a Finding. */
export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly loc: Location;
  /** Set when `loc` is the option that receives a value defined elsewhere. */
  readonly origin?: ValueOrigin;
  /** Raw secret values the message might contain; the mask step replaces them wherever they occur. */
  readonly secrets?: readonly string[];
  readonly suggestions?: readonly Suggestion[];
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly start: number;
  readonly end: number;
  /** Where the reported value came from, when the finding points at the option that receives it. */
  readonly related?: readonly RelatedLocation[];
  /** Stable identity across line shifts: used by the baseline and SARIF partialFingerprints. */
  readonly fingerprint: string;
  readonly suppressed?: Suppression;
  readonly suggestions?: readonly Suggestion[];
  /** Internal: raw secrets to mask. Removed by the mask step; never formatted. */
  readonly secrets?: readonly string[];
}

export type FileNoticeKind =
  | "unreadable"
  | "binary"
  | "too-large"
  | "broken-symlink"
  | "symlink-loop"
  | "not-utf8"
  | "internal-error"
  /** The analysis budget ran out: values still being computed became unknown, findings may be missing. */
  | "incomplete"
  /** The per-file time guard abandoned the file: none of its findings are reported. */
  | "timed-out"
  /** Recognised, but deliberately not analysed (e.g. a Helm template), so nothing was checked. */
  | "not-analysed";

/**
 * A file-level problem that is not a rule finding: unreadable, binary, too large, broken link,
 * or an analysis that could not be completed. A notice never fails a run, but is always shown.
 */
export interface FileNotice {
  readonly file: string;
  readonly kind: FileNoticeKind;
  readonly message: string;
}

/**
 * The kind of input a file was classified as (see src/languages/registry.ts): each kind is
 * read by exactly one front end.
 */
export type InputKind =
  | "typescript"
  | "javascript"
  | "python"
  /** `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`. */
  | "dockerfile"
  /** `compose.yaml`, `docker-compose*.yml`, `compose.*.yaml`, … */
  | "compose"
  /** Any other YAML file: a Kubernetes manifest when a document has `apiVersion` and `kind`. */
  | "kubernetes"
  /** Any other JSON file: a seccomp profile when it has `defaultAction` and `syscalls`. */
  | "seccomp"
  /** `.claude/settings.json`, `.claude/settings.local.json`, `managed-settings.json` (and `managed-settings.d/*.json`), `.claude.json`. */
  | "claude-settings"
  /** `.mcp.json`, `managed-mcp.json`. */
  | "mcp-config"
  /** Subagents, skills and commands: `.claude/agents/**`, `.claude/skills/<name>/SKILL.md`, `.claude/commands/**` markdown. */
  | "claude-markdown"
  /** `CLAUDE.md`, `CLAUDE.local.md`, `AGENTS.md`, `.cursorrules`, `.windsurfrules`, copilot instructions, other markdown under `.claude/`. */
  | "instructions";

export interface SourceFile {
  /** Relative (to cwd) posix path used in findings. */
  readonly path: string;
  /** Absolute path on disk (used to resolve imports of other project files). */
  readonly absolutePath: string;
  /** File text, BOM removed. */
  readonly text: string;
  readonly kind: InputKind;
}
