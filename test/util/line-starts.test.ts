import { describe, expect, it } from "vitest";
import { LineStarts } from "../../src/util/line-starts.js";

describe("LineStarts", () => {
  const text = "ab\ncd\r\nef\rgh";
  const lines = new LineStarts(text);

  it("maps offsets to 1-based lines and 0-based columns across LF, CRLF and CR", () => {
    expect(lines.positionOf(0)).toEqual({ line: 1, column: 0 });
    expect(lines.positionOf(text.indexOf("d"))).toEqual({ line: 2, column: 1 });
    expect(lines.positionOf(text.indexOf("e"))).toEqual({ line: 3, column: 0 });
    expect(lines.positionOf(text.indexOf("h"))).toEqual({ line: 4, column: 1 });
  });

  it("maps positions back to offsets, clamped to the text", () => {
    expect(lines.offsetOf({ line: 2, column: 1 })).toBe(text.indexOf("d"));
    expect(lines.offsetOf({ line: 9, column: 0 })).toBe(text.length);
  });
});
