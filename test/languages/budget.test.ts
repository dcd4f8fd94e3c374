import { describe, expect, it } from "vitest";
import type { Location, SourceFile } from "../../src/core/types.js";
import { AnalysisBudget, BUDGET, DEFAULT_FILE_TIME_MS } from "../../src/languages/budget.js";
import type { RValue } from "../../src/model/value.js";

const FILE: SourceFile = { path: "src/agent.py", absolutePath: "/p/src/agent.py", text: "", kind: "python" };
const LOC: Location = { file: FILE.path, line: 1, column: 1, endLine: 1, endColumn: 2, start: 0, end: 1 };

/** A clock under the test's control. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

const unknown = (reason: string): RValue => ({ kind: "unknown", reason, loc: LOC });

describe("the analysis budget", () => {
  it("gives no notice while nothing was cut", () => {
    const budget = new AnalysisBudget(undefined);
    for (let i = 0; i < 1000; i++) budget.step();
    expect(budget.notice(FILE)).toBeUndefined();
  });

  it("abandons the running query once its steps are spent, and answers later ones without evaluating", () => {
    const budget = new AnalysisBudget(undefined);
    let evaluated = 0;
    const value = budget.query(
      () => {
        for (;;) {
          budget.step();
          evaluated += 1;
        }
      },
      (reason) => unknown(reason),
    );
    expect(evaluated).toBe(BUDGET.steps);
    expect(value).toEqual(unknown(`a value the analysis stopped resolving (its work budget of 100,000 evaluation steps was spent)`));
    let later = false;
    expect(budget.query(() => (later = true), () => false)).toBe(false);
    expect(later).toBe(false);
    expect(budget.notice(FILE)?.message).toBe(
      "The analysis of src/agent.py was cut short (its work budget of 100,000 evaluation steps was spent): values it had not resolved were treated as unknown, so findings may be missing. To analyse it fully, report the file to agentlint.",
    );
  });

  it("reads the clock every few steps and stops past the file's time limit", () => {
    const time = clock();
    const budget = new AnalysisBudget({ fileTimeMs: 50 }, time.now);
    let steps = 0;
    const value = budget.query(
      () => {
        for (;;) {
          budget.step();
          steps += 1;
          if (steps === 300) time.advance(51);
        }
      },
      (reason) => unknown(reason),
    );
    expect(steps).toBeGreaterThanOrEqual(300);
    expect(steps).toBeLessThan(300 + 128);
    expect(value.kind).toBe("unknown");
    expect(budget.notice(FILE)).toEqual({
      file: "src/agent.py",
      kind: "incomplete",
      message:
        "The analysis of src/agent.py was cut short (its time limit of 50 ms was reached): values it had not resolved were treated as unknown, so findings may be missing. To analyse it fully, raise the per-file time limit, or report the file to agentlint.",
    });
  });

  it("reads the clock at each query too, so that scans making queries without evaluating stop in time", () => {
    const time = clock();
    const budget = new AnalysisBudget({ fileTimeMs: 50 }, time.now);
    expect(budget.query(() => "answered", () => "abandoned")).toBe("answered");
    expect(budget.spent).toBe(false);
    time.advance(51);
    expect(budget.query(() => "answered", () => "abandoned")).toBe("abandoned");
    expect(budget.spent).toBe(true);
    expect(budget.notice(FILE)?.message).toContain("its time limit of 50 ms was reached");
  });

  it("uses the default time limit when the caller sets none", () => {
    const time = clock();
    const budget = new AnalysisBudget({}, time.now);
    time.advance(DEFAULT_FILE_TIME_MS + 1);
    budget.query(
      () => {
        for (;;) budget.step();
      },
      () => undefined,
    );
    expect(budget.notice(FILE)?.message).toContain(`its time limit of ${DEFAULT_FILE_TIME_MS} ms was reached`);
  });

  it("runs queries made inside a query as part of it", () => {
    const budget = new AnalysisBudget(undefined);
    const outer = budget.query(
      () => {
        const inner = budget.query(
          () => {
            for (;;) budget.step();
          },
          () => "inner abandoned",
        );
        return `outer finished with ${inner}`;
      },
      () => "outer abandoned",
    );
    expect(outer).toBe("outer abandoned");
  });

  it("treats a JavaScript stack too deep for the input as nesting cut short", () => {
    const budget = new AnalysisBudget(undefined);
    const recurse = (depth: number): number => recurse(depth + 1) + 1;
    expect(budget.query<number | string>(() => recurse(0), (reason) => reason)).toBe(`a value the analysis stopped resolving (expressions nested more than ${BUDGET.nesting} deep)`);
    expect(budget.notice(FILE)?.message).toContain(`(expressions nested more than ${BUDGET.nesting} deep)`);
  });

  it("lets other errors through", () => {
    const budget = new AnalysisBudget(undefined);
    expect(() =>
      budget.query(
        () => {
          throw new TypeError("a bug");
        },
        () => undefined,
      ),
    ).toThrow("a bug");
  });

  it("turns a value with too many alternatives into unknown, and names every local limit reached", () => {
    const budget = new AnalysisBudget(undefined);
    const options = (count: number): RValue => ({ kind: "oneOf", options: Array.from({ length: count }, (_, i) => ({ value: { kind: "number", value: i, loc: LOC }, when: `x is ${i}` })), loc: LOC });
    const few = options(BUDGET.alternatives);
    expect(budget.boundAlternatives(few, LOC)).toBe(few);
    const nested: RValue = { kind: "oneOf", options: [{ value: few, when: "a" }, { value: options(1), when: "b" }], loc: LOC };
    expect(budget.boundAlternatives(nested, LOC)).toEqual(unknown(`a value the analysis stopped resolving (a value with more than ${BUDGET.alternatives} alternatives)`));
    budget.cut("calls");
    budget.cut("nesting");
    expect(budget.notice(FILE)?.message).toContain(
      `was cut short (a value with more than ${BUDGET.alternatives} alternatives; calls nested more than ${BUDGET.calls} deep; expressions nested more than ${BUDGET.nesting} deep)`,
    );
  });
});
