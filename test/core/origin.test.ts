import { describe, expect, it } from "vitest";
import { originPhrase, withOriginSlot } from "../../src/core/origin.js";
import { formatMessage } from "../../src/core/define-rule.js";

const related = [{ file: "config.py", line: 3, column: 1, endLine: 3, endColumn: 3, message: "value from MAX_TURNS" }];

function filled(template: string, data: Record<string, string>): string {
  return formatMessage(withOriginSlot(template), { ...data, valueOrigin: originPhrase(related) });
}

describe("the origin slot of a message", () => {
  it("goes before the final period", () => {
    expect(filled("Lower it to {{max}}{{when}}.", { max: "50", when: "" })).toBe("Lower it to 50 (value from MAX_TURNS at config.py:3).");
  });

  it("stays in the sentence about the value when a note follows the period", () => {
    const template = "Lower it{{when}}.{{container}}";
    expect(filled(template, { when: " (when x)", container: " It runs in the compose service agent." })).toBe(
      "Lower it (when x) (value from MAX_TURNS at config.py:3). It runs in the compose service agent.",
    );
    expect(filled(template, { when: "", container: "" })).toBe("Lower it (value from MAX_TURNS at config.py:3).");
  });

  it("goes at the end of a message without a period", () => {
    expect(filled("Unknown option", {})).toBe("Unknown option (value from MAX_TURNS at config.py:3)");
  });
});
