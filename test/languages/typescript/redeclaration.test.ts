/**
 * The writes a variable sees run from its declaration to its use, and stop at a later
 * declaration of the same name: JavaScript's `var` may declare a name again, and broken or
 * generated code repeats `const` declarations (each then read only up to the next).
 */
import { describe, expect, it } from "vitest";
import { extract, plain } from "./extract.js";

const SDK = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';

function maxTurns(code: string, filename = "agent.ts"): unknown[] {
  return extract(code, {}, filename).agents.map((agent) => plain(agent.options.entries.find((entry) => entry.key === "maxTurns")?.value));
}

describe("writes after a declaration", () => {
  it("reach the use", () => {
    expect(maxTurns(`${SDK}const opts = { maxTurns: 1 };\nopts.maxTurns = 5;\nquery({ prompt: "x", options: opts });\n`)).toEqual([5]);
  });

  it("of a `var` declared again are those after the last declaration", () => {
    const code = `${SDK}var opts = { maxTurns: 1 };\nopts.maxTurns = 5;\nvar opts = { maxTurns: 2 };\nopts.maxTurns = 3;\nquery({ prompt: "x", options: opts });\n`;
    expect(maxTurns(code, "agent.js")).toEqual([3]);
  });

  it("stop at the next declaration of the name, in a file that repeats one thousands of times", () => {
    // Typed declarations are each read as an agent's options, so each used to read the whole file after it.
    const block = (index: number) => `const options: Options = { maxTurns: ${index} };\noptions.maxTurns = ${index + 1};\nquery({ prompt: "x", options });\n`;
    const code = 'import { query, type Options } from "@anthropic-ai/claude-agent-sdk";\n' + Array.from({ length: 2000 }, (_, index) => block(index)).join("");
    // Each typed declaration is an agent with the value it declares (the last one is the
    // options of the calls, one agent with them); every `query` call
    // resolves to the last declaration (a redeclared `const` is a compile error; the scope
    // keeps the last), whose writes alone are read.
    expect(maxTurns(code)).toEqual([...Array.from({ length: 1999 }, (_, index) => index), 2000]);
  });
});
