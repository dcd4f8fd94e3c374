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

describe("fingerprints of findings on a very long line", () => {
  const line = "x".repeat(5000);
  const onLine = (lineNumber: number, column: number): Omit<Finding, "fingerprint"> => ({
    ruleId: "no-hidden-instructions",
    severity: "error",
    message: "Hidden character.",
    messageId: "hidden",
    data: {},
    file: "CLAUDE.md",
    line: lineNumber,
    column,
    endLine: lineNumber,
    endColumn: column + 1,
    start: column,
    end: column + 1,
  });

  it("are distinct for each finding, and survive the line moving down", () => {
    const first = assignFingerprints([onLine(1, 10), onLine(1, 20)], `${line}\n`).map((f) => f.fingerprint);
    const moved = assignFingerprints([onLine(3, 10), onLine(3, 20)], `# title\n\n${line}\n`).map((f) => f.fingerprint);
    expect(new Set(first).size).toBe(2);
    expect(moved).toEqual(first);
  });

  it("change when the line's text changes", () => {
    const [before] = assignFingerprints([onLine(1, 10)], `${line}\n`);
    const [after] = assignFingerprints([onLine(1, 10)], `${line}y\n`);
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });
});
