import { describe, expect, it } from "vitest";
import { extract, optionsOf } from "./extract.js";

const header = `import { query } from "@anthropic-ai/claude-agent-sdk";\n`;

function agentsFor(body: string, filename = "agent.ts"): Array<{ when: string | undefined; options: unknown }> {
  return extract(header + body, {}, filename).agents.map((agent) => ({ when: agent.when, options: optionsOf(agent) }));
}

describe("parameters of file-local functions", () => {
  it("receive the options their only caller passes", () => {
    expect(agentsFor(`async function handle(task: string) {
  const settings = { allowedTools: ["Bash"], permissionMode: "acceptEdits" };
  const run = async (opts: object) => {
    for await (const m of query({ prompt: task, options: opts })) console.log(m);
  };
  await run(settings);
}
export { handle };`)).toEqual([{ when: undefined, options: { allowedTools: ["Bash"], permissionMode: "acceptEdits" } }]);
  });

  it("become one alternative per call site when there are several", () => {
    expect(agentsFor(`function start(mode: string) {
  return query({ prompt: "go", options: { permissionMode: mode, maxTurns: 3 } });
}
start("plan");
start("acceptEdits");`)).toEqual([{
      when: undefined,
      options: {
        permissionMode: { oneOf: [{ when: "start is called on line 5", value: "plan" }, { when: "start is called on line 6", value: "acceptEdits" }] },
        maxTurns: 3,
      },
    }]);
  });

  it("stay unknown when the function escapes: exported, passed as a callback, or never called; a direct use is an agent of its own", () => {
    const unknownMode = (body: string) => agentsFor(body).map((agent) => agent.options);
    expect(unknownMode(`export function start(mode: string) {
  return query({ prompt: "go", options: { permissionMode: mode } });
}
start("bypassPermissions");`)).toEqual([{ permissionMode: "<parameter:mode>" }, { permissionMode: "bypassPermissions", "...": "open" }]);
    expect(unknownMode(`const start = (mode: string) => query({ prompt: "go", options: { permissionMode: mode } });
start("bypassPermissions");
["plan"].forEach(start);`)).toEqual([{ permissionMode: "<parameter:mode>" }, { permissionMode: "bypassPermissions", "...": "open" }]);
    expect(unknownMode(`function start(mode: string) {
  return query({ prompt: "go", options: { permissionMode: mode } });
}`)).toEqual([{ permissionMode: "<parameter:mode>" }]);
  });

  it("resolves in JavaScript files too", () => {
    expect(agentsFor(`const options = { allowedTools: ["Read"], permissionMode: "bypassPermissions" };
const stream = async (o) => { for await (const m of query({ prompt: "x", options: o })) console.log(m); };
stream(options);`, "bot.js")).toEqual([{ when: undefined, options: { allowedTools: ["Read"], permissionMode: "bypassPermissions" } }]);
  });
});

describe("defaults of parameters and destructured values", () => {
  it("make a destructuring default one alternative of an unknown source", () => {
    const agents = agentsFor(`export async function runAgent(message: string, opts: { mode?: string } = {}) {
  const { mode = "bypassPermissions" } = opts;
  return query({ prompt: message, options: { permissionMode: mode, allowedTools: ["Read"] } });
}`);
    expect(agents).toHaveLength(1);
    expect(agents[0]?.options).toEqual({
      permissionMode: { oneOf: [{ when: "mode is set", value: "<parameter:opts>" }, { when: "mode is unset", value: "bypassPermissions" }] },
      allowedTools: ["Read"],
    });
  });

  it("make a scalar parameter default one alternative, but not an object default", () => {
    expect(agentsFor(`export function go(mode = "plan") {
  return query({ prompt: "x", options: { permissionMode: mode } });
}`)[0]?.options).toEqual({ permissionMode: { oneOf: [{ when: "mode is set", value: "<parameter:mode>" }, { when: "mode is unset", value: "plan" }] } });
    expect(agentsFor(`export function go(settings: object = {}) {
  return query({ prompt: "x", options: settings });
}`)).toHaveLength(1);
  });

  it("uses the default alone when the source is known to lack the key", () => {
    expect(agentsFor(`const opts: { mode?: string } = {};
const { mode = "default" } = opts;
query({ prompt: "x", options: { permissionMode: mode } });`)[0]?.options).toEqual({ permissionMode: "default" });
  });
});
