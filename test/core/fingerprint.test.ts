import { describe, expect, it } from "vitest";
import { originPhrase } from "../../src/core/origin.js";
import { assignFingerprints } from "../../src/core/pipeline/fingerprint.js";
import type { Finding, RelatedLocation } from "../../src/core/types.js";

const TEXT = "import x\n\noptions = Options(max_turns=MAX_TURNS)\n";

function finding(related: RelatedLocation): Omit<Finding, "fingerprint"> {
  return {
    ruleId: "require-max-turns",
    severity: "error",
    message: `Lower it to 50 or less${originPhrase([related])}.`,
    messageId: "tooMany",
    data: {},
    file: "agent.py",
    line: 3,
    column: 19,
    endLine: 3,
    endColumn: 28,
    start: 28,
    end: 37,
    related: [related],
  };
}

const at = (line: number, message = "value from MAX_TURNS", file = "config.py"): RelatedLocation => ({ file, line, column: 13, endLine: line, endColumn: 15, message });
const fingerprintOf = (related: RelatedLocation): string => assignFingerprints([finding(related)], TEXT)[0]!.fingerprint;

describe("fingerprints of findings with a value's origin", () => {
  it("survive the origin moving to another line", () => {
    expect(fingerprintOf(at(3))).toBe(fingerprintOf(at(40)));
  });

  it("change when the value comes from another name or file", () => {
    expect(fingerprintOf(at(3))).not.toBe(fingerprintOf(at(3, "value from OTHER")));
    expect(fingerprintOf(at(3))).not.toBe(fingerprintOf(at(3, "value from MAX_TURNS", "limits.py")));
  });
});
