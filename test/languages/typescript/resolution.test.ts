import { describe, expect, it } from "vitest";
import { extract, optionsOf } from "./extract.js";

const SDK = `"@anthropic-ai/claude-agent-sdk"`;
const header = `import { query } from ${SDK};\n`;

/** The resolved options of the only agent of `body` (prefixed with the SDK import). */
function optionsFor(body: string, files: Record<string, string> = {}): unknown {
  const agents = extract(header + body, files).agents;
  expect(agents).toHaveLength(1);
  return optionsOf(agents[0]);
}

function agentsFor(body: string, files: Record<string, string> = {}): Array<{ when: string | undefined; options: unknown }> {
  return extract(header + body, files).agents.map((agent) => ({ when: agent.when, options: optionsOf(agent) }));
}

describe("resolving option values", () => {
  it("follows constants and single-assignment let/var", () => {
    expect(optionsFor(`const TOOLS = ["Read", "Grep"];
let mode = "plan";
var turns = 4;
query({ prompt: "x", options: { allowedTools: TOOLS, permissionMode: mode, maxTurns: turns } });`)).toEqual({ allowedTools: ["Read", "Grep"], permissionMode: "plan", maxTurns: 4 });
  });

  it("follows imports of other project files in every module form", () => {
    const body = `import { TOOLS } from "./config";
import settings from "./settings.js";
import * as limits from "../shared/limits";
query({ prompt: "x", options: { allowedTools: TOOLS, model: settings.model, maxTurns: limits.MAX_TURNS } });`;
    const files = {
      "config/index.ts": `export const TOOLS = ["Read"];`,
      "settings.ts": `const settings = { model: "sonnet" };\nexport default settings;`,
      "../shared/limits.mjs": `export const MAX_TURNS = 7;`,
    };
    expect(optionsFor(body, files)).toEqual({ allowedTools: ["Read"], model: "sonnet", maxTurns: 7 });
  });

  it("gives values from other files their own location", () => {
    const [agent] = extract(`${header}import { TOOLS } from "./config.js";\nquery({ prompt: "x", options: { allowedTools: TOOLS } });`, {
      "config.ts": `export const TOOLS = [\n  "Bash",\n];`,
    }).agents;
    const tools = agent?.options.entries[0]?.value;
    expect(tools?.kind === "array" ? tools.elements[0]?.loc : undefined).toMatchObject({ file: "config.ts", line: 2, column: 3 });
  });

  it("follows CommonJS exports from JavaScript files", () => {
    const model = extract(`const { query } = require(${SDK});
const { OPTIONS } = require("./options");
const shared = require("./shared.cjs");
query({ prompt: "x", options: { ...OPTIONS, model: shared.model } });`, {
      "options.js": `module.exports = { OPTIONS: { allowedTools: ["Read"] } };`,
      "shared.cjs": `exports.model = "haiku";`,
    }, "agent.js");
    expect(model.agents.map(optionsOf)).toEqual([{ allowedTools: ["Read"], model: "haiku" }]);
  });

  it("reads imported files again on every run", () => {
    const body = `import { MODE } from "./mode";\nquery({ prompt: "x", options: { permissionMode: MODE } });`;
    expect(optionsFor(body, { "mode.ts": `export const MODE = "plan";` })).toEqual({ permissionMode: "plan" });
    expect(optionsFor(body, { "mode.ts": `export const MODE = "bypassPermissions";` })).toEqual({ permissionMode: "bypassPermissions" });
  });

  it("calls a builder that a CommonJS module exports as a whole", () => {
    const model = extract(`const { query } = require(${SDK});
const build = require("./build");
query({ prompt: "x", options: build("plan") });`, { "build.js": `module.exports = function (mode) { return { permissionMode: mode }; };` }, "agent.js");
    expect(model.agents.map(optionsOf)).toEqual([{ permissionMode: "plan" }]);
  });

  it("treats unresolvable imports as unknown, not as absent", () => {
    expect(optionsFor(`import { TOOLS } from "./missing";\nimport { X } from "some-package";
query({ prompt: "x", options: { allowedTools: TOOLS, model: X } });`)).toEqual({ allowedTools: "<unknown>", model: "<unknown>" });
  });

  it("survives import cycles", () => {
    expect(optionsFor(`import { A } from "./a";\nquery({ prompt: "x", options: { model: A } });`, {
      "a.ts": `import { B } from "./b";\nexport const A = B;`,
      "b.ts": `import { A } from "./a";\nexport const B = A;`,
    })).toEqual({ model: "<unknown>" });
    expect(optionsFor(`const a: string = b;\nconst b: string = a;\nquery({ prompt: "x", options: { model: a } });`)).toEqual({ model: "<unknown>" });
  });

  it("merges object spreads and Object.assign, last write wins", () => {
    expect(optionsFor(`const base = { allowedTools: ["Read"], maxTurns: 3 };
const extra = Object.assign({}, base, { maxTurns: 9 });
query({ prompt: "x", options: { ...extra, model: "m", ...{ permissionMode: "plan" } } });`)).toEqual({ allowedTools: ["Read"], maxTurns: 9, model: "m", permissionMode: "plan" });
  });

  it("marks objects with an unknown spread open and keeps process.env as an unknown spread", () => {
    const [agent] = extract(`${header}export function run(overrides: object) {
  return query({ prompt: "x", options: { ...overrides, env: { ...process.env, DEBUG: "1" } } });
}`).agents;
    expect(agent?.options.open).toBe(true);
    const env = agent?.options.entries.find((entry) => entry.key === "env")?.value;
    expect(env).toMatchObject({ kind: "object", open: true, unknownSpreads: [{ kind: "unknown", reason: "the process environment", provenance: { kind: "env", name: "*" } }] });
    expect(optionsFor(`query({ prompt: "x", options: { env: process.env } });`)).toEqual({ env: "<env:*>" });
  });

  it("applies array spreads", () => {
    expect(optionsFor(`const READ = ["Read", "Grep"];\nquery({ prompt: "x", options: { allowedTools: [...READ, "Edit"] } });`)).toEqual({ allowedTools: ["Read", "Grep", "Edit"] });
  });

  it("applies writes between creation and use", () => {
    expect(optionsFor(`const options = { allowedTools: ["Read"], env: {} };
options.permissionMode = "acceptEdits";
options.env = { DEBUG: "1" };
options["model"] = "m";
options.allowedTools.push("Edit", ...["Write"]);
Object.assign(options, { maxTurns: 2 });
query({ prompt: "x", options });
options.permissionMode = "bypassPermissions";`)).toEqual({ allowedTools: ["Read", "Edit", "Write"], env: { DEBUG: "1" }, permissionMode: "acceptEdits", model: "m", maxTurns: 2 });
  });

  it("reads a reassignment that spreads the variable's previous value", () => {
    expect(optionsFor(`let options = { allowedTools: ["Read"] };
options = { ...options, permissionMode: "plan" };
query({ prompt: "x", options });`)).toEqual({ allowedTools: ["Read"], permissionMode: "plan" });
  });

  it("applies module-level writes to a use inside a function that runs later", () => {
    expect(optionsFor(`const options = { allowedTools: ["Read"] };
async function main() {
  for await (const message of query({ prompt: "x", options })) console.log(message);
}
options.allowedTools.push("Bash");
await main();`)).toEqual({ allowedTools: ["Read", "Bash"] });
  });

  it("turns writes in if branches into alternatives", () => {
    expect(agentsFor(`export function run(admin: boolean) {
  const options = { allowedTools: ["Read"] };
  if (admin) options.allowedTools.push("Bash");
  return query({ prompt: "x", options });
}`)).toEqual([
      { when: "admin", options: { allowedTools: ["Read", "Bash"] } },
      { when: "not admin", options: { allowedTools: ["Read"] } },
    ]);
  });

  it("opens arrays pushed to in loops", () => {
    expect(optionsFor(`export function run(extra: string[]) {
  const tools = ["Read"];
  for (const tool of extra) tools.push(tool);
  return query({ prompt: "x", options: { allowedTools: tools } });
}`)).toEqual({ allowedTools: { open: ["Read"] } });
  });

  it("resolves if-assigned variables as alternatives", () => {
    expect(optionsFor(`let mode;
if (process.env.MODE === "yolo") {
  mode = "bypassPermissions";
} else {
  mode = "default";
}
query({ prompt: "x", options: { permissionMode: mode } });`)).toEqual({
      permissionMode: { oneOf: [{ when: `process.env.MODE is "yolo"`, value: "bypassPermissions" }, { when: `process.env.MODE is not "yolo"`, value: "default" }] },
    });
  });

  it("evaluates builder functions with literal arguments", () => {
    expect(optionsFor(`function build(role: string, turns = 5) {
  if (role === "admin") return { permissionMode: "bypassPermissions", maxTurns: turns };
  return { permissionMode: "default", maxTurns: turns };
}
query({ prompt: "x", options: build("viewer") });`)).toEqual({ permissionMode: "default", maxTurns: 5 });
  });

  it("turns a builder with unknown arguments into one agent per return", () => {
    expect(agentsFor(`import { buildOptions } from "./build";
export function run(role: string) { return query({ prompt: "x", options: buildOptions(role) }); }`, {
      "build.ts": `export const buildOptions = (role: string) => {
  switch (role) {
    case "admin":
      return { permissionMode: "bypassPermissions" };
    default:
      return { permissionMode: "plan" };
  }
};`,
    })).toEqual([
      { when: `role is "admin"`, options: { permissionMode: "bypassPermissions" } },
      { when: `role is not "admin"`, options: { permissionMode: "plan" } },
    ]);
  });

  it("follows class fields spread into query()", () => {
    expect(optionsFor(`class Agent {
  private readonly defaults = { allowedTools: ["Read"], maxTurns: 5 };
  private model: string;
  constructor() { this.model = "m"; }
  run(prompt: string) { return query({ prompt, options: { ...this.defaults, model: this.model } }); }
}`)).toEqual({ allowedTools: ["Read"], maxTurns: 5, model: "m" });
  });

  it("calls builders held by object literals, also imported ones", () => {
    expect(optionsFor(`import { presets } from "./presets";
query({ prompt: "x", options: presets.reviewer(3) });`, { "presets.ts": `export const presets = {
  reviewer(turns: number) { return { allowedTools: ["Read"], maxTurns: turns }; },
  writer: (turns: number) => ({ allowedTools: ["Edit"], maxTurns: turns }),
};` })).toEqual({ allowedTools: ["Read"], maxTurns: 3 });
  });

  it("evaluates getters and filter callbacks", () => {
    expect(optionsFor(`const ALL = ["Read", "Bash", "Edit"];
class Agent {
  get options() { return { allowedTools: ALL.filter((tool) => tool !== "Bash"), model: \`claude-\${"opus".replace("o", "O")}\` }; }
  run() { return query({ prompt: "x", options: this.options }); }
}`)).toEqual({ allowedTools: ["Read", "Edit"], model: "claude-Opus" });
  });

  it("makes conditional spreads object-level alternatives", () => {
    expect(agentsFor(`export function run(isAdmin: boolean) {
  return query({ prompt: "x", options: { allowedTools: ["Read"], ...(isAdmin ? { permissionMode: "bypassPermissions" } : {}), ...(process.env.CI && { maxTurns: 3 }) } });
}`)).toEqual([
      { when: "isAdmin and process.env.CI", options: { allowedTools: ["Read"], permissionMode: "bypassPermissions", maxTurns: 3 } },
      { when: "isAdmin and not process.env.CI", options: { allowedTools: ["Read"], permissionMode: "bypassPermissions" } },
      { when: "not isAdmin and process.env.CI", options: { allowedTools: ["Read"], maxTurns: 3 } },
      { when: "not isAdmin and not process.env.CI", options: { allowedTools: ["Read"] } },
    ]);
  });

  it("keeps value-level conditionals as one-of values", () => {
    expect(optionsFor(`export function run(debug: boolean, model?: string) {
  return query({ prompt: "x", options: { maxTurns: debug ? 100 : 10, model: model ?? "sonnet", cwd: model || "/srv" } });
}`)).toEqual({
      maxTurns: { oneOf: [{ when: "debug", value: 100 }, { when: "not debug", value: 10 }] },
      model: { oneOf: [{ when: "model is set", value: "<parameter:model>" }, { when: "model is unset", value: "sonnet" }] },
      cwd: { oneOf: [{ when: "model is set", value: "<parameter:model>" }, { when: "model is unset", value: "/srv" }] },
    });
  });

  it("decides includes() on known lists", () => {
    expect(optionsFor(`const FEATURES = ["web"];
query({ prompt: "x", options: { allowedTools: FEATURES.includes("web") ? ["WebFetch"] : [], model: FEATURES.includes("fast") ? "haiku" : "opus" } });`)).toEqual({ allowedTools: ["WebFetch"], model: "opus" });
  });

  it("decides conditions it can evaluate", () => {
    expect(optionsFor(`const DEBUG = false;\nquery({ prompt: "x", options: { maxTurns: DEBUG ? 100 : 10, model: undefined ?? "m", ...(DEBUG && { permissionMode: "bypassPermissions" }) } });`)).toEqual({ maxTurns: 10, model: "m" });
  });

  it("looks up literal maps with an unknown key", () => {
    const body = `const ROLES = {
  admin: { allowedTools: ["Bash"], permissionMode: "bypassPermissions" },
  viewer: { allowedTools: ["Read"] },
};
export function run(role: string) {
  query({ prompt: "x", options: ROLES[role] });
  query({ prompt: "y", options: { allowedTools: ROLES[role].allowedTools } });
}`;
    expect(agentsFor(body)).toEqual([
      { when: `role is "admin"`, options: { allowedTools: ["Bash"], permissionMode: "bypassPermissions" } },
      { when: `role is "viewer"`, options: { allowedTools: ["Read"] } },
      { when: undefined, options: { allowedTools: { oneOf: [{ when: `role is "admin"`, value: ["Bash"] }, { when: `role is "viewer"`, value: ["Read"] }] } } },
    ]);
  });

  it("splits strings into lists and keeps known lists through map and filter", () => {
    expect(optionsFor(`const tools = (process.env.TOOLS ?? "Read, Edit,,Bash").split(",").map((s) => s.trim()).filter(Boolean);
query({ prompt: "x", options: { allowedTools: tools } });`)).toEqual({
      allowedTools: { oneOf: [{ when: "TOOLS is set", value: "<env:TOOLS>" }, { when: "TOOLS is unset", value: ["Read", "Edit", "Bash"] }] },
    });
  });

  it("resolves functions and hook callbacks to function values", () => {
    expect(optionsFor(`async function guard() { return { behavior: "allow" }; }
const audit = async () => ({});
query({ prompt: "x", options: { canUseTool: guard, hooks: { PreToolUse: [{ matcher: "Bash", hooks: [audit, async () => ({})] }] }, stderr(line: string) {} } });`)).toEqual({
      canUseTool: "<function>",
      hooks: { PreToolUse: [{ matcher: "Bash", hooks: ["<function>", "<function>"] }] },
      stderr: "<function>",
    });
  });

  it("reads loop variables as the elements of a known list", () => {
    expect(agentsFor(`const ROLES = { admin: { permissionMode: "bypassPermissions" }, viewer: { permissionMode: "plan" } };
for (const role of ["admin", "viewer"]) query({ prompt: "x", options: ROLES[role] });`)).toEqual([
      { when: `role is "admin"`, options: { permissionMode: "bypassPermissions" } },
      { when: `role is "viewer"`, options: { permissionMode: "plan" } },
    ]);
    expect(optionsFor(`export function run(models: string[]) {
  for (const model of models) query({ prompt: "x", options: { model } });
}`)).toEqual({ model: "<parameter:models>" });
  });

  it("reads enum members", () => {
    expect(optionsFor(`enum Mode { Plan = "plan", Bypass = "bypassPermissions" }
query({ prompt: "x", options: { permissionMode: Mode.Bypass } });`)).toEqual({ permissionMode: "bypassPermissions" });
  });

  it("models in-process MCP servers built with createSdkMcpServer", () => {
    expect(optionsFor(`import { createSdkMcpServer, tool } from ${SDK};
const calc = createSdkMcpServer({ name: "calc", tools: [tool("add", "Adds numbers", {}, async () => ({ content: [] }))] });
query({ prompt: "x", options: { mcpServers: { calc }, allowedTools: ["mcp__calc__add"] } });`)).toEqual({
      mcpServers: { calc: { name: "calc", tools: [{ name: "add", description: "Adds numbers", "...": "open" }], type: "sdk" } },
      allowedTools: ["mcp__calc__add"],
    });
  });

  it("stops branching at 32 alternatives; a later spread of known objects gives one-of values", () => {
    const spreads = Array.from({ length: 6 }, (_, index) => `...(f${index} ? { k${index}: 1 } : {})`).join(", ");
    const agents = extract(`${header}export function run(${Array.from({ length: 6 }, (_, index) => `f${index}: boolean`).join(", ")}) {
  return query({ prompt: "x", options: { ${spreads} } });
}`).agents;
    expect(agents).toHaveLength(32);
    expect(agents.every((agent) => !agent.options.open)).toBe(true);
    expect((optionsOf(agents[0]) as Record<string, unknown>)["k5"]).toEqual({ oneOf: [{ when: "f5", value: 1 }, { when: "not f5", value: null }] });
  });

  it("gives up on strings that grow beyond any prompt", () => {
    const lines = ['const C0 = "abcdefgh";'];
    for (let index = 1; index < 40; index++) lines.push(`const C${index} = C${index - 1} + C${index - 1};`);
    lines.push(`query({ prompt: C39, options: { model: C2 } });`);
    const [agent] = extract(header + lines.join("\n")).agents;
    expect(agent?.queryPrompts[0]).toMatchObject({ kind: "unknown" });
    expect(optionsOf(agent)).toEqual({ model: "abcdefgh".repeat(4) });
  });

  it("stops at recursive builders", () => {
    expect(optionsFor(`function build(n: number): object { return n > 0 ? build(n - 1) : { maxTurns: 1 }; }
query({ prompt: "x", options: { model: "m", nested: build(3) } });`)).toMatchObject({ model: "m" });
  });
});
