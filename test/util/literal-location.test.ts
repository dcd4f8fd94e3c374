import { describe, expect, it } from "vitest";
import type { Location } from "../../src/core/types.js";
import { locationInLiteral } from "../../src/util/literal-location.js";

function locOf(fileText: string, source: string): Location {
  const start = fileText.indexOf(source);
  const before = fileText.slice(0, start);
  const line = before.split("\n").length;
  const column = start - before.lastIndexOf("\n");
  const end = start + source.length;
  const upToEnd = fileText.slice(0, end);
  return { file: "a.ts", line, column, endLine: upToEnd.split("\n").length, endColumn: end - upToEnd.lastIndexOf("\n"), start, end };
}

describe("locationInLiteral", () => {
  it("maps a range inside a quoted literal", () => {
    const file = 'const a = 1;\nconst p = "Use key ABC now";\n';
    const loc = locationInLiteral(file, locOf(file, '"Use key ABC now"'), "Use key ABC now", 8, 11);
    expect(loc).toMatchObject({ line: 2, column: 20, endLine: 2, endColumn: 23 });
    expect(file.slice(loc?.start, loc?.end)).toBe("ABC");
  });

  it("follows line breaks inside a template", () => {
    const file = "const p = `first\nsecond KEY`;";
    const loc = locationInLiteral(file, locOf(file, "`first\nsecond KEY`"), "first\nsecond KEY", 13, 16);
    expect(loc).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 11 });
  });

  it("gives up when the source spells the text with escapes", () => {
    const file = 'const p = "a\\u200bb";';
    expect(locationInLiteral(file, locOf(file, '"a\\u200bb"'), "a\u200bb", 1, 2)).toBeUndefined();
  });

  it("maps every range of a long multi-line literal, with line and column counted from the file", () => {
    const body = Array.from({ length: 300 }, (_, index) => `line ${index} KEY${index}`).join("\n");
    const file = `# title\n${body}\n`;
    const literal = locOf(file, body);
    for (const index of [0, 1, 150, 299]) {
      const start = body.indexOf(`KEY${index}`);
      const loc = locationInLiteral(file, literal, body, start, start + 3);
      expect(loc).toMatchObject({ line: index + 2, column: `line ${index} `.length + 1, endLine: index + 2 });
      expect(file.slice(loc?.start, loc?.end)).toBe("KEY");
    }
  });
});
