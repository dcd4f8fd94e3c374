/**
 * The shared ts-morph project: files are parsed once while they are unchanged, and never
 * removed from the project one by one (ts-morph's removal walks the old tree to detach it,
 * which took seconds on a large file): a full project, or a path whose text changed, starts
 * a new one, and files handed out earlier stay usable.
 */
import { describe, expect, it } from "vitest";
import { parsedFile } from "../../../src/languages/typescript/project.js";

describe("the shared TypeScript project", () => {
  it("returns the same parse for the same text, and a new one when the text changed", () => {
    const first = parsedFile("/p/src/same.ts", "const a = 1;\n");
    expect(parsedFile("/p/src/same.ts", "const a = 1;\n")).toBe(first);
    const changed = parsedFile("/p/src/same.ts", "const a = 2;\n");
    expect(changed).not.toBe(first);
    expect(changed.getFullText()).toBe("const a = 2;\n");
  });

  it("leaves a replaced file usable: it is dropped with its project, not detached node by node", () => {
    const old = parsedFile("/p/src/edited.ts", "// a comment\nconst tools = ['Bash'];\n");
    const statement = old.getStatements()[0];
    parsedFile("/p/src/edited.ts", "const tools = ['Read'];\n");
    expect(old.getFullText()).toContain("Bash");
    expect(statement?.getText()).toBe("const tools = ['Bash'];");
  });

  it("starts over when full, and files parsed before stay usable", () => {
    const early = parsedFile("/p/src/early.ts", "export const early = true;\n");
    const declaration = early.getVariableDeclarations()[0];
    for (let index = 0; index < 450; index++) parsedFile(`/p/src/many-${index}.ts`, `export const n${index} = ${index};\n`);
    expect(declaration?.getName()).toBe("early");
    // Parsed again after the project started over: a new parse, with the same text.
    const again = parsedFile("/p/src/early.ts", "export const early = true;\n");
    expect(again).not.toBe(early);
    expect(again.getFullText()).toBe(early.getFullText());
  });

  it("starts over before a large file pushes the project past its size", () => {
    const small = parsedFile("/p/src/small.ts", "export const small = 1;\n");
    const large = parsedFile("/p/src/large.ts", `export const big = "${"x".repeat(4_100_000)}";\n`);
    expect(large.getStatements()).toHaveLength(1);
    expect(parsedFile("/p/src/small.ts", "export const small = 1;\n")).not.toBe(small);
  });
});
