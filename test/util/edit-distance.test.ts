import { describe, expect, it } from "vitest";
import { closestKnownName } from "../../src/model/sdk-options.js";
import { editDistance } from "../../src/util/edit-distance.js";

describe("editDistance", () => {
  it.each([
    ["Edit", "Edit", 0],
    ["Edti", "Edit", 1],
    ["Bsh", "Bash", 1],
    ["WebFetc", "WebFetch", 1],
    ["maxturns", "maxTurns", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s to %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("answers exactly within the limit and above it past the limit", () => {
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBeGreaterThan(2);
    expect(editDistance("a".repeat(10_000), "allowedTools", 2)).toBe(3);
  });
});

describe("closestKnownName", () => {
  const known = new Set(["maxTurns", "allowedTools", "permissionMode"]);
  it("suggests the close name and nothing for a key far longer than any", () => {
    expect(closestKnownName("max_turns", known)).toBe("maxTurns");
    expect(closestKnownName("permisionMode", known)).toBe("permissionMode");
    expect(closestKnownName(`maxTurns${"x".repeat(5000)}`, known)).toBeUndefined();
  });
});
