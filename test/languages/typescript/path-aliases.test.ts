import { describe, expect, it } from "vitest";
import { extract, optionsOf } from "./extract.js";

const AGENT = `import { query } from "@anthropic-ai/claude-agent-sdk";
import { OPTIONS } from "@/lib/agent-options";
query({ prompt: "go", options: OPTIONS });`;

function optionsFor(code: string, files: Record<string, string>, filename = "src/app/agent.ts"): unknown[] {
  return extract(code, files, filename).agents.map(optionsOf);
}

describe("tsconfig/jsconfig import aliases", () => {
  it("resolve `paths` from the nearest tsconfig.json, read with comments and trailing commas", () => {
    expect(optionsFor(AGENT, {
      "tsconfig.json": `{
  // aliases for the app
  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"], }, },
}`,
      "src/lib/agent-options.ts": `export const OPTIONS = { permissionMode: "plan" as const };`,
    })).toEqual([{ permissionMode: "plan" }]);
  });

  it("follow relative `extends` and, for a solution-style config, its references", () => {
    expect(optionsFor(AGENT, {
      "tsconfig.json": `{ "files": [], "references": [{ "path": "./tsconfig.app.json" }] }`,
      "tsconfig.app.json": `{ "extends": "./tsconfig.base.json", "include": ["src"] }`,
      "tsconfig.base.json": `{ "compilerOptions": { "paths": { "@/*": ["src/*"] } } }`,
      "src/lib/agent-options/index.ts": `export const OPTIONS = { maxTurns: 3 };`,
    })).toEqual([{ maxTurns: 3 }]);
  });

  it("resolve bare specifiers under a jsconfig `baseUrl`, the most specific pattern first", () => {
    expect(optionsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
import { OPTIONS } from "lib/agent-options";
query({ prompt: "go", options: OPTIONS });`, {
      "jsconfig.json": `{ "compilerOptions": { "baseUrl": "src" } }`,
      "src/lib/agent-options.js": `export const OPTIONS = { maxTurns: 4 };`,
    })).toEqual([{ maxTurns: 4 }]);
    expect(optionsFor(AGENT, {
      "tsconfig.json": `{ "compilerOptions": { "paths": { "@/*": ["./src/*"], "@/lib/*": ["./shared/*"] } } }`,
      "src/lib/agent-options.ts": `export const OPTIONS = { maxTurns: 1 };`,
      "shared/agent-options.ts": `export const OPTIONS = { maxTurns: 5 };`,
    })).toEqual([{ maxTurns: 5 }]);
  });

  it("leave aliases unknown without a config, and never map the SDK or node_modules to project files", () => {
    expect(optionsFor(AGENT, { "src/lib/agent-options.ts": `export const OPTIONS = { maxTurns: 5 };` })).toEqual([{ "...": "open" }]);
    const mapped = extract(`import { query } from "@anthropic-ai/claude-agent-sdk";
query({ prompt: "go", options: { maxTurns: 2 } });`, {
      "tsconfig.json": `{ "compilerOptions": { "baseUrl": ".", "paths": { "*": ["./stubs/*", "node_modules/*"] } } }`,
      "stubs/@anthropic-ai/claude-agent-sdk.ts": `export function query() {}`,
    }, "src/agent.ts");
    expect(mapped.agents.map(optionsOf)).toEqual([{ maxTurns: 2 }]);
    expect(optionsFor(AGENT, {
      "tsconfig.json": `{ "compilerOptions": { "paths": { "@/*": ["node_modules/*"] } } }`,
      "node_modules/lib/agent-options.ts": `export const OPTIONS = { maxTurns: 5 };`,
    })).toEqual([{ "...": "open" }]);
  });
});
