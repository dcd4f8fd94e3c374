import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractTypeScript } from "../../../src/languages/typescript/index.js";
import { extract } from "./extract.js";

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function sourcesUnder(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourcesUnder(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

describe("robustness", () => {
  it("extracts every TS/JS fixture and example of the project without failing", () => {
    const cwd = process.cwd();
    const files = [...sourcesUnder(path.join(cwd, "fixtures")), ...sourcesUnder(path.join(cwd, "examples"))];
    expect(files.length).toBeGreaterThan(0);
    const readFile = (absolutePath: string): string | undefined => (fs.existsSync(absolutePath) ? fs.readFileSync(absolutePath, "utf8") : undefined);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      const kind = /\.(ts|tsx|mts|cts)$/.test(file) ? "typescript" : "javascript";
      const model = extractTypeScript({ path: path.relative(cwd, file), absolutePath: file, text, kind }, { cwd, readFile });
      for (const agent of model.agents) expect(agent.loc.file).toBe(path.relative(cwd, file).split(path.sep).join("/"));
    }
  });

  it("survives malformed and unusual code", () => {
    const sources = [
      "",
      "query(",
      `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: , options: { ...`,
      `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery();\nquery(undefined);\nquery({ options: null });`,
      `import * as sdk from "@anthropic-ai/claude-agent-sdk";\nsdk["query"]({ options: {} });\nnew sdk.query({});`,
      `const a = { get x() { return 1; }, set x(v) {}, [Symbol.iterator]() {}, ...[1, 2] };`,
      `let x = x + 1; function f() { return f(); } f();`,
      `<div>{/* jsx comment */}</div>`,
    ];
    for (const source of sources) {
      expect(() => extract(source)).not.toThrow();
      expect(() => extract(source, {}, "file.tsx")).not.toThrow();
    }
    expect(extract(`import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ options: null });`).agents.map((agent) => agent.options.entries)).toEqual([[]]);
  });

  it("reads imports and exports whose module is not a string (the parser's error recovery) as naming nothing", () => {
    // ts-morph's own accessor throws on these; a fuzzed file made every analysis of it an internal error.
    const source = [
      "import { query } from sdk;",
      "import * as ns from 42;",
      "import fallback from (x);",
      'import "zx/globals";',
      "export * from y;",
      "export { a } from z;",
      "query({ prompt: 'x' }); ns.query({ prompt: 'y' }); fallback({});",
    ].join("\n");
    expect(() => extract(source)).not.toThrow();
    expect(() => extract(source, {}, "agent.mjs")).not.toThrow();
  });
});
