import { describe, expect, it } from "vitest";
import { ignoresMatcher } from "../../src/cli/ignores.js";

describe("ignoresMatcher", () => {
  const isIgnored = ignoresMatcher({ directory: "/repo", ignores: ["examples/**", "generated/", "**/*.test.ts", ".cache"] });

  it.each(["/repo/examples/a.ts", "/repo/examples/deep/b.py", "/repo/generated/x.ts", "/repo/src/a.test.ts", "/repo/.cache"])("ignores %s", (file) => {
    expect(isIgnored(file)).toBe(true);
  });

  it.each(["/repo/src/examples.ts", "/repo/src/a.ts", "/elsewhere/examples/a.ts", "/repo", "/repo/generated.ts"])("keeps %s", (file) => {
    expect(isIgnored(file)).toBe(false);
  });

  it("ignores nothing without patterns", () => {
    expect(ignoresMatcher({ directory: "/repo", ignores: [] })("/repo/examples/a.ts")).toBe(false);
  });
});
