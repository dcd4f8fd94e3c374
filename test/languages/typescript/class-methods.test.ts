import { describe, expect, it } from "vitest";
import { extract, optionsOf } from "./extract.js";

function agentsFor(code: string, filename = "agent.ts"): Array<{ line: number; when: string | undefined; options: unknown }> {
  return extract(code, {}, filename).agents.map((agent) => ({ line: agent.loc.line, when: agent.when, options: optionsOf(agent) }));
}

describe("parameters of class methods", () => {
  it("receive what the class's own calls pass to a private helper, one alternative per call", () => {
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
export class Worker {
  async fix(task: string) { return this.send(task, { allowedTools: ["Edit"], permissionMode: "acceptEdits" }); }
  async inspect(task: string) { return this.send(task, { allowedTools: ["Read"] }); }
  private async send(prompt: string, opts: object) {
    for await (const message of query({ prompt, options: opts })) console.log(message);
  }
}`)).toEqual([
      { line: 3, when: "this.send is called on line 3", options: { allowedTools: ["Edit"], permissionMode: "acceptEdits" } },
      { line: 4, when: "this.send is called on line 4", options: { allowedTools: ["Read"] } },
    ]);
  });

  it("resolve `#private` methods, `_underscored` JavaScript methods and arrow-function fields", () => {
    expect(agentsFor(`const { query } = require("@anthropic-ai/claude-agent-sdk");
class Worker {
  start(task) { return this._launch(task, { maxTurns: 4 }); }
  _launch(prompt, options) { return query({ prompt, options }); }
}
module.exports = Worker;`, "agent.js").map((agent) => agent.options)).toEqual([{ maxTurns: 4 }]);
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
export class Worker {
  start() { return this.#launch({ maxTurns: 5 }); }
  #launch(options: object) { return query({ prompt: "go", options }); }
}`).map((agent) => agent.options)).toEqual([{ maxTurns: 5 }]);
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
export class Worker {
  start() { return this.launch({ maxTurns: 6 }); }
  private launch = (options: object) => query({ prompt: "go", options });
}`).map((agent) => agent.options)).toEqual([{ maxTurns: 6 }]);
  });

  it("resolve public methods of a class the file keeps to itself when only `this` calls them", () => {
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
class Worker {
  start() { return this.launch({ maxTurns: 7 }); }
  launch(options: object) { return query({ prompt: "go", options }); }
}
export const worker = new Worker();`).map((agent) => agent.options)).toEqual([{ maxTurns: 7 }]);
  });

  it("stay unknown when callers may be out of sight: public methods of exported classes, other receivers, callbacks", () => {
    const open = [{ "...": "open" }];
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
export class Worker {
  start() { return this.launch({ maxTurns: 7 }); }
  launch(options: object) { return query({ prompt: "go", options }); }
}`).map((agent) => agent.options)).toEqual(open);
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
class Worker {
  start() { return this.launch({ maxTurns: 7 }); }
  launch(options: object) { return query({ prompt: "go", options }); }
}
new Worker().launch({ permissionMode: "bypassPermissions" });`).map((agent) => agent.options)).toEqual(open);
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
class Worker {
  start(list: object[]) { this.launch({ maxTurns: 7 }); list.forEach(this.launch); }
  private launch(options: object) { return query({ prompt: "go", options }); }
}`).map((agent) => agent.options)).toEqual(open);
    expect(agentsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
class Worker {
  start() { return function (this: Worker) { return this.launch({ maxTurns: 7 }); }; }
  private launch(options: object) { return query({ prompt: "go", options }); }
}`).map((agent) => agent.options)).toEqual(open);
  });
});
