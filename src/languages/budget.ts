/**
 * What one file's value resolution may spend, shared by the front ends (issue: a gate that
 * hangs is worse than none). Two kinds of limit:
 *
 * - the file's work (evaluation steps) and wall-clock time: once spent, every evaluation
 *   still running is abandoned and each value being computed becomes unknown as a whole;
 * - local limits (how deep expressions nest, how many calls deep the analysis follows, how
 *   many alternatives one value may carry): the one value past the limit becomes unknown,
 *   and resolution goes on elsewhere.
 *
 * Unknown values never produce a finding, so either can only lose findings. Whatever was cut,
 * the file's model carries one `incomplete` notice that says so.
 */
import type { FileNotice, Location, SourceFile } from "../core/types.js";
import type { RValue } from "../model/value.js";
import type { AnalysisLimits } from "./language.js";

/** Wall-clock milliseconds one file's analysis may take when the caller sets no limit. */
export const DEFAULT_FILE_TIME_MS = 5000;

/**
 * The limits. Steps are counted per expression actually evaluated (a remembered value costs
 * nothing): real agent files need under a thousand, a 5,000-entry literal map about 40,000, so
 * the cap leaves ample room and still ends a runaway file in one to two seconds, before the
 * time limit matters — which keeps the cut deterministic. Nesting and calls stay well inside
 * the JavaScript stack (about 400 KB of Node's 984 KB at the nesting limit).
 */
export const BUDGET = {
  steps: 100_000,
  /** Expressions evaluated inside one another: `a + b + …` nests once per operand. */
  nesting: 200,
  /** Project functions followed inside one another (a helper calling a helper …). */
  calls: 64,
  /** Alternatives (one-of branches) one value may carry. */
  alternatives: 256,
} as const;

/** How often the clock is read: every this many steps (a power of two). */
const CLOCK_EVERY = 128;

export type BudgetLimit = "steps" | "time" | "nesting" | "calls" | "alternatives";

/** Thrown through an evaluation in progress once the file's steps or time are spent. */
class BudgetSpent extends Error {}

export class AnalysisBudget {
  private steps = 0;
  private readonly deadline: number;
  private spentOn: "steps" | "time" | undefined;
  private readonly cuts = new Set<BudgetLimit>();
  private querying = false;
  private readonly timeMs: number;

  constructor(
    limits: AnalysisLimits | undefined,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.timeMs = limits?.fileTimeMs ?? DEFAULT_FILE_TIME_MS;
    this.deadline = this.clock() + this.timeMs;
  }

  /** Counts one evaluation; throws `BudgetSpent` once the file's steps or time are spent. */
  step(): void {
    if (this.spentOn) throw new BudgetSpent(this.reason());
    this.steps += 1;
    if (this.steps > BUDGET.steps) this.spend("steps");
    else if ((this.steps & (CLOCK_EVERY - 1)) === 0 && this.clock() > this.deadline) this.spend("time");
  }

  /**
   * True once the file's steps or time are spent: no query is evaluated any more. Reading it
   * reads the clock, so a loop that asks between cheap steps of its own (no query, no
   * evaluation) stops at the deadline too.
   */
  get spent(): boolean {
    if (!this.spentOn && this.clock() > this.deadline) this.spentOn = "time";
    return this.spentOn !== undefined;
  }

  /**
   * Runs a query from outside the evaluator (the value of an option, a callee's name). Once the
   * file's steps or time are spent, the query's whole value is `abandoned(reason)`: nothing
   * half-resolved escapes, and later queries are not evaluated at all. A JavaScript stack too
   * deep for the input counts as nesting cut short. Queries made while one runs just run.
   */
  query<T>(compute: () => T, abandoned: (reason: string) => T): T {
    if (this.querying) return compute();
    // Extraction makes a query per candidate: reading the clock here bounds its loops too.
    if (!this.spentOn && this.clock() > this.deadline) this.spentOn = "time";
    if (this.spentOn) return abandoned(this.reason());
    this.querying = true;
    try {
      return compute();
    } catch (error) {
      if (error instanceof BudgetSpent) return abandoned(this.reason());
      if (!isStackOverflow(error)) throw error;
      this.cut("nesting");
      return abandoned(this.reason("nesting"));
    } finally {
      this.querying = false;
    }
  }

  /** Records that a local limit turned a value into unknown. */
  cut(limit: "nesting" | "calls" | "alternatives"): void {
    this.cuts.add(limit);
  }

  /** The reason an unknown value gives when a limit (by default, the one spent) made it unknown. */
  reason(limit: BudgetLimit | undefined = this.spentOn): string {
    return `a value the analysis stopped resolving (${limit ? DESCRIPTIONS[limit](this.timeMs) : "budget"})`;
  }

  /** `value`, or unknown when it carries more alternatives than a value may. */
  boundAlternatives(value: RValue, loc: Location): RValue {
    if (alternativeCount(value) <= BUDGET.alternatives) return value;
    this.cut("alternatives");
    return { kind: "unknown", reason: this.reason("alternatives"), loc };
  }

  /** The file's `incomplete` notice, when any limit was reached; undefined otherwise. */
  notice(file: SourceFile): FileNotice | undefined {
    const limits = [...(this.spentOn ? [this.spentOn] : []), ...[...this.cuts].sort()];
    if (limits.length === 0) return undefined;
    const what = limits.map((limit) => DESCRIPTIONS[limit](this.timeMs)).join("; ");
    const advice = this.spentOn === "time" ? "raise the per-file time limit, or report" : "report";
    return {
      file: file.path,
      kind: "incomplete",
      message: `The analysis of ${file.path} was cut short (${what}): values it had not resolved were treated as unknown, so findings may be missing. To analyse it fully, ${advice} the file to agentlint.`,
    };
  }

  private spend(limit: "steps" | "time"): never {
    this.spentOn = limit;
    throw new BudgetSpent(this.reason());
  }
}

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

const counts = new WeakMap<RValue, number>();

/** How many concrete alternatives a value flattens to (see `alternatives` in model/value.ts). */
function alternativeCount(value: RValue): number {
  if (value.kind !== "oneOf") return 1;
  let count = counts.get(value);
  if (count === undefined) {
    count = value.options.reduce((sum, branch) => sum + alternativeCount(branch.value), 0);
    counts.set(value, count);
  }
  return count;
}

const DESCRIPTIONS: Readonly<Record<BudgetLimit, (timeMs: number) => string>> = {
  steps: () => `its work budget of ${BUDGET.steps.toLocaleString("en-US")} evaluation steps was spent`,
  time: (timeMs) => `its time limit of ${timeMs} ms was reached`,
  nesting: () => `expressions nested more than ${BUDGET.nesting} deep`,
  calls: () => `calls nested more than ${BUDGET.calls} deep`,
  alternatives: () => `a value with more than ${BUDGET.alternatives} alternatives`,
};
