/** The meta tests' own parsers: annotations, markdown outline, message ids, catalogue. */
import { describe, expect, it } from "vitest";
import { annotationsOf } from "./support/annotations.js";
import { outlineOf } from "./support/markdown.js";
import { messageIdsUsedIn } from "./support/message-ids.js";

describe("annotationsOf", () => {
  const text = [
    "import { query } from 'x';", // 1
    "// ruleid: no-unscoped-bash", // 2
    "const a = 1;", // 3
    "// ok: no-unscoped-bash", // 4
    "const b = 2;", // 5
    "# ruleid: other-rule, no-unscoped-bash", // 6
    "// ok: require-cwd", // 7
    "b = 3", // 8
    "/* ruleid: require-cwd */", // 9
    "const c = 4;", // 10
  ].join("\n");

  it("targets the line after the comment, skipping stacked annotations", () => {
    expect(annotationsOf(text, "no-unscoped-bash")).toEqual({ expected: new Set([3, 8]), forbidden: new Set([5]) });
    expect(annotationsOf(text, "require-cwd")).toEqual({ expected: new Set([10]), forbidden: new Set([8]) });
  });

  it("reads markdown HTML comments", () => {
    const markdown = ["# Title", "<!-- ruleid: no-prompt-injection-text -->", "Text.", "<!-- ok: no-prompt-injection-text -->", "More."].join("\n");
    expect(annotationsOf(markdown, "no-prompt-injection-text")).toEqual({ expected: new Set([3]), forbidden: new Set([5]) });
  });

  it("ignores other rules and ordinary comments mentioning the words", () => {
    expect(annotationsOf("// the ruleid: convention\nx\n// ruleid: no-unscoped-bashful\ny", "no-unscoped-bash")).toEqual({
      expected: new Set(),
      forbidden: new Set(),
    });
  });
});

describe("outlineOf", () => {
  const markdown = [
    "# rule-id",
    "Summary.",
    "## Examples",
    "### ❌ Incorrect",
    "```ts",
    "# not a heading inside a fence",
    "```",
    "### ✅ Correct",
    "~~~python",
    "x = 1",
    "~~~",
    "## Options",
  ].join("\n");

  it("finds headings outside fences and blocks with their sections", () => {
    const outline = outlineOf(markdown);
    expect(outline.headings.map((h) => `${h.level} ${h.text}`)).toEqual(["1 rule-id", "2 Examples", "3 ❌ Incorrect", "3 ✅ Correct", "2 Options"]);
    expect(outline.codeBlocks.map((b) => [b.language, b.code, b.line, b.headings.get(3)])).toEqual([
      ["ts", "# not a heading inside a fence\n", 5, "❌ Incorrect"],
      ["python", "x = 1\n", 9, "✅ Correct"],
    ]);
  });
});

describe("messageIdsUsedIn", () => {
  it("collects every literal a messageId property can take", () => {
    const code = `report({ messageId: "a", loc });
report({ messageId: missing ? "b" : ("c" as const), loc });
const other = { id: "d" };`;
    expect(messageIdsUsedIn("rule.ts", code).map((used) => `${used.id}@${used.line}`)).toEqual(["a@1", "b@2", "c@2"]);
  });
});
