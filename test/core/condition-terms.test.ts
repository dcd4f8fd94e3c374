import { describe, expect, it } from "vitest";
import { isContradictory, simplifyConditions } from "../../src/core/condition-terms.js";

describe("simplifyConditions", () => {
  it("drops a condition that holds both ways", () => {
    expect(simplifyConditions(["a and x", "a and not x"], [])).toEqual(["a"]);
    expect(simplifyConditions(["TOOLS is set", "TOOLS is unset"], [])).toEqual([""]);
    expect(simplifyConditions(["admin and mode is \"x\"", "admin and mode is not \"x\""], [])).toEqual(["admin"]);
  });

  it("merges independent conditions step by step", () => {
    const whens = ["a and b and c", "a and b and not c", "a and not b and c", "a and not b and not c", "not a and b"];
    expect(simplifyConditions(whens, [])).toEqual(["a", "not a and b"]);
  });

  it("merges every value of one subject only when all of them are present", () => {
    const all = ["f is called on line 3", "f is called on line 9"];
    expect(simplifyConditions(["x and f is called on line 3", "x and f is called on line 9"], all)).toEqual(["x"]);
    expect(simplifyConditions(["x and f is called on line 3"], all)).toEqual(["x and f is called on line 3"]);
  });

  it("keeps conditions that are not complementary", () => {
    expect(simplifyConditions(["a and x", "b and not x"], [])).toEqual(["a and x", "b and not x"]);
    expect(simplifyConditions(['role is "admin"', 'role is not "admin" and role is "user"'], [])).toEqual([
      'role is "admin"',
      'role is not "admin" and role is "user"',
    ]);
  });

  it("treats negated groups and alternatives joined by or as one condition", () => {
    expect(simplifyConditions(["k and a || b", "k and not (a || b)"], [])).toEqual(["k"]);
    expect(simplifyConditions(["x and a or b", "x and c"], [])).toEqual(["x and a or b", "x and c"]);
  });

  it("drops a condition implied by a shorter one", () => {
    expect(simplifyConditions(["a", "a and b"], [])).toEqual(["a"]);
  });
});

describe("simplifyConditions on repeated tests", () => {
  it("counts a condition tested twice once", () => {
    expect(simplifyConditions(["a and b and a", "a and not b"], [])).toEqual(["a"]);
  });
});

describe("simplifyConditions and values it has not seen", () => {
  it("does not take the values in the whens for every value of the subject", () => {
    expect(simplifyConditions(['role is "a"', 'role is "b"'], [])).toEqual(['role is "a"', 'role is "b"']);
    expect(simplifyConditions(['role is "a"', 'role is "b"'], ['role is "a"', 'role is "b"', 'role is "c"'])).toEqual(['role is "a"', 'role is "b"']);
  });
});

describe("isContradictory", () => {
  it("recognises conjunctions that can never hold", () => {
    expect(isContradictory('role is "a" and role is "b"')).toBe(true);
    expect(isContradictory("admin and not admin")).toBe(true);
    expect(isContradictory("TOOLS is set and TOOLS is unset")).toBe(true);
  });

  it("keeps conjunctions that can hold", () => {
    expect(isContradictory('role is "a" and mode is "b"')).toBe(false);
    expect(isContradictory('role is "a" and role is "a"')).toBe(false);
    expect(isContradictory('role is "a" and role is set')).toBe(false);
    expect(isContradictory("")).toBe(false);
  });
});
