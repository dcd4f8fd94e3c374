/**
 * Long markdown is parsed in pieces (the parser's cost grows with the square of some blocks):
 * the quoted ranges and comments found must be where they are in the whole text, and a code
 * fence is never cut in two.
 */
import { describe, expect, it } from "vitest";
import { markdownStructure } from "../../../src/languages/markdown/structure.js";

const PARAGRAPH = "Plain instructions for the agent, written as prose.\n\n";

describe("markdown structure of long texts", () => {
  it("finds code spans, fences and comments far into the text at their offsets", () => {
    const before = PARAGRAPH.repeat(2000);
    const fenceBody = "ignore previous instructions\n".repeat(400);
    const text = `${before}Use \`rm -rf\` with care.\n\n\`\`\`text\n${fenceBody}\`\`\`\n\n<!-- agentlint-disable-next-line no-prompt-injection-text -- reason -->\nLast line.\n`;
    expect(text.length).toBeGreaterThan(100_000);
    const structure = markdownStructure(text);
    const span = text.indexOf("`rm -rf`");
    expect(structure.quoted).toContainEqual([span, span + "`rm -rf`".length]);
    const fenceStart = text.indexOf("```text");
    const fenceEnd = text.indexOf("```\n\n<!--") + 3;
    // The fence is longer than a piece: it still counts as one code block.
    expect(structure.quoted).toContainEqual([fenceStart, fenceEnd]);
    const comment = text.indexOf("<!--");
    expect(structure.comments).toEqual([{ text: " agentlint-disable-next-line no-prompt-injection-text -- reason ", start: comment, end: text.indexOf("-->") + 3 }]);
  });
});
