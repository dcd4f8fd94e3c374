/**
 * Files nested deeper than the TypeScript parser reliably follows are refused before parsing,
 * so that whether a file is analysed never depends on the stack left or the engine's state.
 */
import { describe, expect, it } from "vitest";
import { firstTooDeepBracket, MAX_BRACKET_DEPTH } from "../../../src/languages/typescript/nesting.js";
import type { FileModel } from "../../../src/model/file-model.js";
import { extract } from "./extract.js";

const objects = (depth: number) => `const x = ${"{ a: ".repeat(depth)}1${" }".repeat(depth)};\n`;

describe("bracket depth before parsing", () => {
  it("finds the first bracket past the limit", () => {
    const text = objects(MAX_BRACKET_DEPTH + 10);
    expect(firstTooDeepBracket(text)).toBe(text.indexOf("{") + MAX_BRACKET_DEPTH * "{ a: ".length);
    expect(firstTooDeepBracket(objects(MAX_BRACKET_DEPTH))).toBeUndefined();
  });

  it("counts `${` in templates as a level", () => {
    const text = `const s = ${"`${".repeat(MAX_BRACKET_DEPTH + 1)}x${"}`".repeat(MAX_BRACKET_DEPTH + 1)};\n`;
    expect(firstTooDeepBracket(text)).toBeDefined();
    expect(firstTooDeepBracket(`const s = ${"`${".repeat(100)}x${"}`".repeat(100)};\n`)).toBeUndefined();
  });

  it.each([
    ["strings", `const s = "${"(".repeat(400)}";\nconst t = '${"[".repeat(400)}';\n`],
    ["comments", `// ${"(".repeat(400)}\n/* ${"{".repeat(400)} */\nconst a = 1;\n`],
    ["template text", `const s = \`${"(".repeat(400)} \${a} ${"[".repeat(400)}\`;\n`],
    ["regular expressions with unbalanced brackets", `${"const r = /\\(/g; if (x) { y = /[(]/.test(z); }\n".repeat(400)}`],
    ["divisions", `${"const q = (a) / (b) / c;\n".repeat(400)}`],
    ["many balanced brackets side by side", `${"f(a[1], { b: [2] });\n".repeat(1000)}`],
  ])("does not count brackets in %s", (_, text) => {
    expect(firstTooDeepBracket(text)).toBeUndefined();
  });

  it("gives the file one parse problem, the same whatever stack is left", () => {
    const text = `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: "x", options: ${objects(600).slice("const x = ".length, -2)} });\n`;
    const model = extract(text);
    expect(model.agents).toEqual([]);
    expect(model.parseProblems.map((problem) => problem.message)).toEqual([`brackets nest more than ${MAX_BRACKET_DEPTH} levels deep`]);
    const nested = (depth: number): FileModel => (depth === 0 ? extract(text) : nested(depth - 1));
    expect(nested(3_000).parseProblems).toEqual(model.parseProblems);
  });

  it("does not follow an import nested too deep", () => {
    const main = `import { query } from "@anthropic-ai/claude-agent-sdk";\nimport { opts } from "./opts";\nquery({ prompt: "x", options: opts });\n`;
    const deep = `export const opts = { maxTurns: 3, x: ${objects(600).slice("const x = ".length, -2)} };\n`;
    const model = extract(main, { "opts.ts": deep });
    expect(model.parseProblems).toEqual([]);
    expect(model.agents).toHaveLength(1);
    expect(model.agents[0]?.options.open).toBe(true);
  });
});
