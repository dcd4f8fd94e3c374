import { describe, expect, it } from "vitest";
import { collapseAlternatives, preferredCandidate } from "../../src/model/per-alternative.js";

describe("collapseAlternatives", () => {
  it("drops the conditions of a finding that holds in every alternative", () => {
    const found = [
      { key: "a", alternative: 0, item: "A0" },
      { key: "a", alternative: 1, item: "A1" },
      { key: "b", alternative: 1, item: "B1" },
    ];
    expect(collapseAlternatives(2, found)).toEqual([
      { item: "A0", alternative: undefined },
      { item: "B1", alternative: 1 },
    ]);
  });

  it("keeps each alternative of a finding that holds only in some", () => {
    const found = [
      { key: "a", alternative: 2, item: "A2" },
      { key: "a", alternative: 0, item: "A0" },
    ];
    expect(collapseAlternatives(3, found)).toEqual([
      { item: "A0", alternative: 0 },
      { item: "A2", alternative: 2 },
    ]);
  });
});

describe("preferredCandidate", () => {
  it("prefers an unconditional candidate written in the analysed file", () => {
    const other = { loc: { file: "roles.ts" }, when: "" };
    const conditional = { loc: { file: "agent.ts" }, when: "admin" };
    const local = { loc: { file: "agent.ts" }, when: "" };
    expect(preferredCandidate([other, conditional, local], "agent.ts")).toBe(local);
    expect(preferredCandidate([other, conditional], "agent.ts")).toBe(conditional);
    expect(preferredCandidate([other], "agent.ts")).toBe(other);
    expect(preferredCandidate([], "agent.ts")).toBeUndefined();
  });
});
