import { describe, expect, it } from "vitest";
import { extract, optionsOf, plain } from "./extract.js";

const SDK = `"@anthropic-ai/claude-agent-sdk"`;

describe("recognising SDK agents", () => {
  it("reads literal options passed to query()", () => {
    const model = extract(`import { query } from ${SDK};
for await (const message of query({ prompt: "Review", options: { allowedTools: ["Read"], maxTurns: 5 } })) {}
`);
    expect(model.agents).toHaveLength(1);
    const [agent] = model.agents;
    expect(agent?.kind).toBe("sdk-options");
    expect(agent?.language).toBe("typescript");
    expect(agent?.file).toBe("agent.ts");
    expect(optionsOf(agent)).toEqual({ allowedTools: ["Read"], maxTurns: 5 });
    expect(agent?.queryPrompts.map(plain)).toEqual(["Review"]);
    expect(agent?.loc).toMatchObject({ line: 2, column: 64, endLine: 2, endColumn: 103 });
  });

  it("keeps the key and value locations of options", () => {
    const [agent] = extract(`import { query } from ${SDK};
query({ prompt: "x", options: {
  permissionMode: "plan",
} });
`).agents;
    const entry = agent?.options.entries[0];
    expect(entry?.keyLoc).toMatchObject({ line: 3, column: 3, endColumn: 17 });
    expect(entry?.value.loc).toMatchObject({ line: 3, column: 19, endColumn: 25, file: "agent.ts" });
  });

  it("treats query() without options as an agent with all defaults, anchored at the call", () => {
    const [agent] = extract(`import { query } from ${SDK};
const run = query({ prompt: "hi" });
`).agents;
    expect(agent?.options).toMatchObject({ kind: "object", entries: [], open: false });
    expect(agent?.loc).toMatchObject({ line: 2, column: 13, endColumn: 36 });
  });

  it("follows renamed, namespace, require and dynamic-import forms", () => {
    const renamed = extract(`import { query as runAgent } from ${SDK};\nrunAgent({ prompt: "a", options: { model: "m" } });`);
    const namespace = extract(`import * as sdk from ${SDK};\nsdk.query({ prompt: "a", options: { model: "m" } });`);
    const legacy = extract(`import { query } from "@anthropic-ai/claude-code";\nquery({ prompt: "a", options: { model: "m" } });`);
    const tutorial = extract(`import { query } from "@anthropic-ai/claude-code-sdk";\nquery({ prompt: "a", options: { model: "m" } });`);
    const required = extract(`const { query } = require(${SDK});\nquery({ prompt: "a", options: { model: "m" } });`, {}, "agent.js");
    const requiredNamespace = extract(`const sdk = require(${SDK});\nsdk.query({ prompt: "a", options: { model: "m" } });`, {}, "agent.cjs");
    const dynamic = extract(`const { query } = await import(${SDK});\nquery({ prompt: "a", options: { model: "m" } });`);
    const dynamicNamespace = extract(`const sdk = await import(${SDK});\nsdk.query({ prompt: "a", options: { model: "m" } });`);
    for (const model of [renamed, namespace, legacy, tutorial, required, requiredNamespace, dynamic, dynamicNamespace]) {
      expect(model.agents.map(optionsOf)).toEqual([{ model: "m" }]);
    }
    expect(required.agents[0]?.language).toBe("javascript");
  });

  it("follows the SDK re-exported through project files", () => {
    const code = `import { query } from "./sdk.js";\nquery({ prompt: "a", options: { model: "m" } });`;
    const named = extract(code, { "sdk.ts": `export { query } from ${SDK};` });
    const star = extract(code, { "sdk.ts": `export * from ${SDK};` });
    const local = extract(code, { "sdk.ts": `import { query as q } from ${SDK};\nexport { q as query };` });
    const nested = extract(code, { "sdk.ts": `export * from "./inner/index";`, "inner/index.ts": `export { query } from ${SDK};` });
    for (const model of [named, star, local, nested]) expect(model.agents.map(optionsOf)).toEqual([{ model: "m" }]);
  });

  it("follows a binding that falls back to or picks the SDK's query (an injectable runner)", () => {
    const header = `import { query } from ${SDK};\nimport { fakeQuery } from "./fake";\n`;
    const call = `run({ prompt: "a", options: { model: "m" } });`;
    const files = { "fake.ts": "export function fakeQuery(x: unknown) { return x; }" };
    const fallback = extract(`${header}class Runner { constructor(private readonly injected?: typeof query) {}\n  go() { const run = this.injected ?? query; ${call} } }`, files);
    const either = extract(`${header}const run = process.env.FAKE ? fakeQuery : (query);\n${call}`, files);
    const or = extract(`${header}const run = fakeQuery || query;\n${call}`, files);
    for (const model of [fallback, either, or]) expect(model.agents.map(optionsOf)).toEqual([{ model: "m" }]);
    expect(extract(`${header}const run = process.env.FAKE ? fakeQuery : undefined;\n${call}`, files).agents).toEqual([]);
    expect(extract(`${header}const run = fakeQuery ?? ((x: unknown) => x);\n${call}`, files).agents).toEqual([]);
  });

  it("does not take a query() from another module for an agent", () => {
    expect(extract(`import { query } from "./db";\nquery({ prompt: "a", options: { permissionMode: "bypassPermissions" } });`, { "db.ts": "export function query(q: unknown) { return q; }" }).agents).toEqual([]);
    expect(extract(`import { query } from "pg-helpers";\nquery({ prompt: "a", options: {} });`).agents).toEqual([]);
    expect(extract(`function query(x: unknown) {}\nquery({ prompt: "a", options: {} });`).agents).toEqual([]);
    expect(extract(`import { query } from ${SDK};\nfunction f(query: (x: unknown) => void) { query({ prompt: "a", options: {} }); }`).agents).toEqual([]);
    expect(extract(`import { type Options } from "./types";\nconst o: Options = { permissionMode: "bypassPermissions" };`, { "types.ts": "export interface Options { permissionMode: string }" }).agents).toEqual([]);
  });

  it("recognises objects typed Options by annotation, satisfies, as and return type", () => {
    const model = extract(`import type { Options } from ${SDK};
import * as sdk from ${SDK};
export const a: Options = { model: "a" };
export const b = { model: "b" } satisfies Partial<Options>;
export const c = { model: "c" } as sdk.Options;
export function d(): Options { return { model: "d" }; }
export const e = async (): Promise<Readonly<Options>> => ({ model: "e" });
`);
    expect(model.agents.map(optionsOf)).toEqual([{ model: "a" }, { model: "b" }, { model: "c" }, { model: "d" }, { model: "e" }]);
    expect(model.agents[0]?.loc).toMatchObject({ line: 3, column: 27 });
  });

  it("recognises import types, also in JSDoc @type tags of JavaScript files", () => {
    const js = extract(`/** @type {import("@anthropic-ai/claude-agent-sdk").Options} */
const options = { permissionMode: "plan" };
module.exports = { options };`, {}, "options.js");
    expect(js.agents.map(optionsOf)).toEqual([{ permissionMode: "plan" }]);
    const ts = extract(`export const options: import("@anthropic-ai/claude-agent-sdk").Options = { model: "m" };`);
    expect(ts.agents.map(optionsOf)).toEqual([{ model: "m" }]);
    expect(extract(`/** @type {import("./local").Options} */
const options = { model: "m" };`, {}, "x.js").agents).toEqual([]);
  });

  it("keeps one agent when query() uses an Options-typed object of the same file", () => {
    const model = extract(`import { query, type Options } from ${SDK};
const options: Options = { allowedTools: ["Read"] };
options.maxTurns = 3;
query({ prompt: "first", options });
query({ prompt: "second", options: options });
`);
    expect(model.agents).toHaveLength(1);
    expect(model.agents[0]?.loc).toMatchObject({ line: 2, column: 26 });
    expect(optionsOf(model.agents[0])).toEqual({ allowedTools: ["Read"], maxTurns: 3 });
    expect(model.agents[0]?.queryPrompts.map(plain)).toEqual(["first", "second"]);
  });

  it("keeps one agent for options cast to Options inside query()", () => {
    const model = extract(`import { query, type Options } from ${SDK};
import { readFileSync } from "node:fs";
query({ prompt: "x", options: JSON.parse(readFileSync("agent.json", "utf8")) as Options });
`);
    expect(model.agents).toHaveLength(1);
    expect(model.agents[0]?.options).toMatchObject({ entries: [], open: true });
  });

  it("does not report a typed fragment spread into other options as an agent of its own", () => {
    const model = extract(`import { query, type Options } from ${SDK};
const defaults: Partial<Options> = { maxTurns: 5 };
query({ prompt: "x", options: { ...defaults, allowedTools: ["Read"] } });
`);
    expect(model.agents.map(optionsOf)).toEqual([{ maxTurns: 5, allowedTools: ["Read"] }]);
  });

  it("makes each agents entry an agent-definition with its parent", () => {
    const model = extract(`import { query, type AgentDefinition } from ${SDK};
const reviewer: AgentDefinition = { description: "Reviews", prompt: "Review", tools: ["Read"] };
query({ prompt: "x", options: { allowedTools: ["Read"], agents: { reviewer, fixer: { description: "Fixes", prompt: "Fix" } } } });
`);
    expect(model.agents.map((agent) => [agent.kind, agent.name, agent.loc.line])).toEqual([
      ["sdk-options", undefined, 3],
      ["agent-definition", "reviewer", 2],
      ["agent-definition", "fixer", 3],
    ]);
    expect(model.agents[1]?.parent).toBe(model.agents[0]);
    expect(optionsOf(model.agents[2])).toEqual({ description: "Fixes", prompt: "Fix" });
  });

  it("reports a subagent once when its parent has several alternatives", () => {
    const model = extract(`import { query } from ${SDK};
export function run(admin: boolean) {
  return query({ prompt: "x", options: { agents: { helper: { description: "h", prompt: "p" } }, ...(admin ? { permissionMode: "acceptEdits" } : {}) } });
}`);
    expect(model.agents.map((agent) => [agent.kind, agent.name, agent.when])).toEqual([
      ["sdk-options", undefined, "admin"],
      ["agent-definition", "helper", undefined],
      ["sdk-options", undefined, "not admin"],
    ]);
  });

  it("recognises standalone AgentDefinition objects and records of them", () => {
    const model = extract(`import type { AgentDefinition } from ${SDK};
export const one: AgentDefinition = { description: "d", prompt: "p" };
export const many: Record<string, AgentDefinition> = { a: { description: "a", prompt: "a", tools: ["Bash"] } };
`);
    expect(model.agents.map((agent) => [agent.kind, agent.name, agent.parent])).toEqual([
      ["agent-definition", undefined, undefined],
      ["agent-definition", "a", undefined],
    ]);
    expect(optionsOf(model.agents[1])).toEqual({ description: "a", prompt: "a", tools: ["Bash"] });
  });

  it("reads the V2 session functions", () => {
    const model = extract(`import { unstable_v2_createSession, unstable_v2_resumeSession, unstable_v2_prompt } from ${SDK};
const session = unstable_v2_createSession({ model: "a" });
const resumed = unstable_v2_resumeSession("id", { model: "b" });
const result = await unstable_v2_prompt("What is 2 + 2?", { model: "c" });
`);
    expect(model.agents.map(optionsOf)).toEqual([{ model: "a" }, { model: "b" }, { model: "c" }]);
    expect(model.agents[2]?.queryPrompts.map(plain)).toEqual(["What is 2 + 2?"]);
  });

  it("records prompts sent to a V2 session", () => {
    const model = extract(`import { unstable_v2_createSession } from ${SDK};
await using session = unstable_v2_createSession({ model: "a" });
await session.send("Hello!");
`);
    expect(model.agents[0]?.queryPrompts.map(plain)).toEqual(["Hello!"]);
  });

  it("treats a streamed prompt from a generator as unknown", () => {
    const [agent] = extract(`import { query } from ${SDK};
async function* messages() { yield { type: "user", message: { role: "user", content: "hi" } }; }
query({ prompt: messages(), options: { model: "m" } });
`).agents;
    expect(agent?.queryPrompts[0]).toMatchObject({ kind: "unknown" });
  });

  it("records setPermissionMode calls on the query", () => {
    const model = extract(`import { query } from ${SDK};
const q = query({ prompt: "x", options: { permissionMode: "default" } });
await q.setPermissionMode("bypassPermissions");
const other = { setPermissionMode(mode: string) {} };
other.setPermissionMode("acceptEdits");
`);
    expect(model.agents[0]?.runtimePermissionModes.map(plain)).toEqual(["bypassPermissions"]);
  });

  it("reads query() params given as one object", () => {
    const model = extract(`import { query } from ${SDK};
const params = { prompt: "p", options: { model: "m" } };
query(params);
query({ ...params, prompt: "q" });
`);
    expect(model.agents.map(optionsOf)).toEqual([{ model: "m" }]);
    expect(model.agents[0]?.queryPrompts.map(plain)).toEqual(["p", "q"]);
  });

  it("treats options it cannot see as open", () => {
    const [agent] = extract(`import { query, type Options } from ${SDK};
export function run(options: Options) { return query({ prompt: "x", options }); }
`).agents;
    expect(agent?.options).toMatchObject({ entries: [], open: true });
  });

  it("still extracts agents from a file with syntax errors, with one parse problem", () => {
    const model = extract(`import { query } from ${SDK};
query({ prompt: "x", options: { permissionMode: "bypassPermissions" } });
const broken = {
`);
    expect(model.agents.map(optionsOf)).toEqual([{ permissionMode: "bypassPermissions" }]);
    expect(model.parseProblems).toHaveLength(1);
    expect(model.parseProblems[0]).toMatchObject({ message: "'}' expected.", loc: { line: 4, column: 1 } });
  });
});

describe("snippets that leave their imports out", () => {
  it("takes an undeclared query() for the SDK's when its options use a key only SDK options have", () => {
    const model = extract(`for await (const m of query({ prompt: "x", options: { allowedTools: ["Bash"], maxTurns: 1000 } })) {}\n`);
    expect(model.agents.map(optionsOf)).toEqual([{ allowedTools: ["Bash"], maxTurns: 1000 }]);
    expect(model.agents[0]?.queryPrompts.map(plain)).toEqual(["x"]);
    const missingModule = extract(`import { query } from "./not-there";\nconst options = { permissionMode: "plan" as const };\nquery({ prompt: "x", options });\n`);
    expect(missingModule.agents.map(optionsOf)).toEqual([{ permissionMode: "plan" }]);
  });

  it("leaves a query() with generic options, or one some module or scope declares, alone", () => {
    const generic = extract(`const rows = query({ prompt: "select 1", options: { maxTurns: 5, model: "m" } });\n`);
    const noPrompt = extract(`query({ sql: "select 1", options: { allowedTools: ["Bash"] } });\n`);
    const project = extract(`import { query } from "./db";\nquery({ prompt: "x", options: { allowedTools: ["Bash"] } });\n`, { "db.ts": "export function query(x: unknown) { return x; }\n" });
    const packaged = extract(`import { query } from "graphql-client";\nquery({ prompt: "x", options: { allowedTools: ["Bash"] } });\n`);
    const local = extract(`function query(x: unknown) { return x; }\nquery({ prompt: "x", options: { allowedTools: ["Bash"] } });\n`);
    for (const model of [generic, noPrompt, project, packaged, local]) expect(model.agents).toEqual([]);
  });

  it("recognises undeclared V2 session functions and AgentDefinition annotations", () => {
    const model = extract(`const session = unstable_v2_createSession({ model: "m", permissionMode: "plan" });
const reviewer: AgentDefinition = { description: "Reviews", prompt: "Review.", tools: ["Read"] };
`);
    expect(model.agents.map((agent) => [agent.kind, optionsOf(agent)])).toEqual([
      ["sdk-options", { model: "m", permissionMode: "plan" }],
      ["agent-definition", { description: "Reviews", prompt: "Review.", tools: ["Read"] }],
    ]);
    const declared = extract(`interface AgentDefinition { description: string; prompt: string }
const reviewer: AgentDefinition = { description: "Reviews", prompt: "Review." };
`);
    expect(declared.agents).toEqual([]);
  });
});
