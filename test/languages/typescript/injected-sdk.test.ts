import { describe, expect, it } from "vitest";
import { extract, optionsOf } from "./extract.js";

function optionsFor(code: string, files: Record<string, string> = {}): unknown[] {
  return extract(code, files).agents.map(optionsOf);
}

describe("SDK functions injected through typed members and parameters", () => {
  it("recognises a constructor parameter property typed `typeof unstable_v2_createSession`", () => {
    expect(optionsFor(`import { unstable_v2_createSession } from "@anthropic-ai/claude-agent-sdk";
export class Chat {
  constructor(private readonly createSession: typeof unstable_v2_createSession) {}
  open() { return this.createSession({ model: "claude-sonnet-4-5", permissionMode: "plan" }); }
}`)).toEqual([{ model: "claude-sonnet-4-5", permissionMode: "plan" }]);
  });

  it("recognises fields, parameters and interface members typed `typeof query`, also optional", () => {
    expect(optionsFor(`import { query } from "@anthropic-ai/claude-agent-sdk";
interface Deps { readonly run?: typeof query }
class Runner {
  private readonly start: typeof query | undefined;
  go() { return this.start!({ prompt: "a", options: { maxTurns: 1 } }); }
}
export function viaParameter(run: typeof query) { return run({ prompt: "b", options: { maxTurns: 2 } }); }
export function viaMember(deps: Deps) { return deps.run!({ prompt: "c", options: { maxTurns: 3 } }); }
export function viaDestructuring(deps: Deps) { const { run } = deps; return run!({ prompt: "d", options: { maxTurns: 4 } }); }
export function viaPattern({ run }: Deps) { return run!({ prompt: "e", options: { maxTurns: 5 } }); }`)).toEqual([
      { maxTurns: 2 },
      { maxTurns: 4 },
      { maxTurns: 5 },
      { maxTurns: 1 },
      { maxTurns: 3 },
    ]);
  });

  it("follows an interface imported from another project file", () => {
    expect(optionsFor(`import type { Deps } from "./deps";
export function open(deps: Deps) { const { createSession } = deps; return createSession({ model: "m" }); }`, {
      "deps.ts": `import type { unstable_v2_createSession } from "@anthropic-ai/claude-agent-sdk";
export interface Deps { createSession: typeof unstable_v2_createSession }`,
    })).toEqual([{ model: "m" }]);
  });

  it("ignores look-alikes: `typeof` a non-SDK function, other member types", () => {
    expect(optionsFor(`import { query } from "./db";
class Store {
  constructor(private readonly query: typeof query) {}
  rows() { return this.query({ prompt: "x", options: { maxTurns: 1 } }); }
}
export function other(run: (x: object) => void, q: ReturnType<typeof query>) { run({ prompt: "y", options: {} }); }`)).toEqual([]);
  });
});

describe("default imports of the SDK", () => {
  it("treat `import sdk from` as the module namespace, also destructured", () => {
    expect(optionsFor(`import claude from "@anthropic-ai/claude-agent-sdk";
claude.query({ prompt: "x", options: { maxTurns: 1 } });
const { query, unstable_v2_createSession: open } = claude;
query({ prompt: "y", options: { maxTurns: 2 } });
open({ model: "m" });`)).toEqual([{ maxTurns: 1 }, { maxTurns: 2 }, { model: "m" }]);
  });

  it("does not treat a default import of another package that way", () => {
    expect(optionsFor(`import db from "./db";
db.query({ prompt: "x", options: { maxTurns: 1 } });
const { query } = db;
query({ prompt: "y", options: {} });`)).toEqual([]);
  });
});
