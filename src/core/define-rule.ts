/**
 * How a rule is written: one `defineRule` per file in `rules/`. The metadata here is the
 * single source of truth for the configs, the README table, SARIF descriptors and the
 * ESLint rule objects.
 */
import type { FileModel } from "../model/file-model.js";
import type { AgentSpec } from "../model/agent.js";
import type { Location, Report, SeveritySetting, ValueOrigin } from "./types.js";

/** A minimal JSON Schema for rule options (draft-07 subset that Ajv and ESLint both accept). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export type RuleCategory = "agent" | "config" | "container" | "meta";

export interface RuleDocs {
  /** One sentence starting with Disallow / Require / Enforce. */
  readonly description: string;
  /** SARIF `security-severity` (0.0–10.0) for GitHub code scanning. */
  readonly securitySeverity: number;
}

/**
 * What a rule reports. A report about an agent names it: findings that hold in every
 * object-level alternative of the agent are then reported once, and the core fills the
 * message's `{{when}}` placeholder (see src/analysis/agent-alternatives.ts).
 */
export interface RuleReport extends Report {
  readonly agent?: AgentSpec;
  /** The condition inside the agent (a value-level alternative), without the agent's own `when`. */
  readonly when?: string | undefined;
  /**
   * The conditions of every alternative of the value `when` was drawn from. When the same
   * problem is reported under all of them, it holds unconditionally.
   */
  readonly among?: readonly string[];
}

/** Where a report about a value points, and where the value came from when that is elsewhere. */
export interface Placement {
  readonly loc: Location;
  readonly origin?: ValueOrigin;
}

export interface RuleContext<Options> {
  readonly options: Options;
  readonly model: FileModel;
  report(report: RuleReport): void;
  /**
   * Where to report a value of `agent`: `value` itself when it is written at the option that
   * holds it (`maxTurns: 1000`); otherwise the option that receives it (`max_turns=MAX_TURNS`,
   * a list built from a constant, a value imported from another file), with the value's place
   * as the origin. Without such an option in the analysed file, the first of `anchors` that
   * lies in it, else the agent's own location. An undefined `value` lets the first defined
   * anchor stand for it. Spread the result into the report.
   */
  locate(agent: AgentSpec, value: Location | undefined, ...anchors: ReadonlyArray<Location | undefined>): Placement;
}

export interface RuleDefinition<Options extends object = Record<string, never>> {
  readonly id: string;
  /** Severity in `recommended`; `off` means only `strict` turns it on. */
  readonly severity: SeveritySetting;
  readonly category: RuleCategory;
  /** The inputs the rule reads, for docs: e.g. ["TypeScript/JavaScript agent code"]. */
  readonly inputs: readonly string[];
  readonly docs: RuleDocs;
  /** messageId → message template with `{{placeholders}}` (ESLint syntax). */
  readonly messages: Readonly<Record<string, string>>;
  /** Messages whose findings are capped at warning even when the rule is set to error. */
  readonly warningMessages?: readonly string[];
  readonly optionsSchema?: JsonSchema;
  readonly defaultOptions: Options;
  /** Options `strict` uses instead of the defaults (e.g. `requireRestriction: true`). */
  readonly strictOptions?: Partial<Options>;
  /**
   * Set when reports may carry `suggestions`: ESLint refuses suggestions from a rule whose
   * meta does not declare them.
   */
  readonly hasSuggestions?: boolean;
  check(context: RuleContext<Options>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<any>;

export function defineRule<Options extends object = Record<string, never>>(
  rule: RuleDefinition<Options>,
): RuleDefinition<Options> {
  return rule;
}

/** Fills `{{name}}` placeholders the way ESLint does, so both front ends print the same text. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}
