import { describe, expect, it } from "vitest";
import { extract, optionsOf, plain } from "./extract.js";

const SDK = `"@anthropic-ai/claude-agent-sdk"`;

const ADAPTER = `import { query, type Options } from ${SDK};
export class ClaudeAdapter {
  private options: Partial<Options>;
  constructor(options: Partial<Options> = {}) {
    this.options = options;
  }
  async *run(prompt: string) {
    yield* query({ prompt, options: { ...this.options, cwd: "/srv/app" } });
  }
}
`;

describe("options passed through constructors and adapters", () => {
  it("makes each use of a class that stores its options an agent, at the use, with what that use decides", () => {
    const model = extract(`${ADAPTER}const adapter = new ClaudeAdapter({ maxTurns: 100000, allowedTools: ["Bash"] });\n`);
    // The adapter's own `cwd` is judged once, in the adapter's agent; the use's agent leaves it unknown.
    expect(model.agents.map(optionsOf)).toEqual([
      { "...": "open", cwd: "/srv/app" },
      { maxTurns: 100000, allowedTools: ["Bash"], cwd: "<unknown>" },
    ]);
    expect(model.agents[1]?.loc).toMatchObject({ line: 11, column: 17, endColumn: 80 });
  });

  it("follows the adapter into another file, and an exported function that wraps query()", () => {
    const main = `import { ClaudeAdapter } from "./adapter";
import { runAgent } from "./run";
new ClaudeAdapter({ permissionMode: "bypassPermissions" });
await runAgent("Fix the bug", 500);
`;
    const run = `import { query } from ${SDK};
export function runAgent(prompt: string, turns: number) {
  return query({ prompt, options: { maxTurns: turns, allowedTools: ["Read"] } });
}
`;
    const model = extract(main, { "adapter.ts": ADAPTER, "run.ts": run }, "main.ts");
    expect(model.agents.map((agent) => [agent.file, agent.loc.line, optionsOf(agent)])).toEqual([
      ["main.ts", 3, { permissionMode: "bypassPermissions", cwd: "<unknown>" }],
      // The adapter fixes which options it sets: one it leaves out is its own to add, so the use's options are open.
      ["main.ts", 4, { maxTurns: 500, allowedTools: "<unknown>", "...": "open" }],
    ]);
    expect(model.agents[1]?.queryPrompts.map(plain)).toEqual(["Fix the bug"]);
  });

  it("reads constructor parameter properties and fields copied from the options", () => {
    const model = extract(`import { query } from ${SDK};
interface Config { maxTurns?: number; tools?: string[] }
class Agent {
  private readonly turns: number | undefined;
  constructor(private readonly config: Config, label: string) { this.turns = config.maxTurns; }
  run(prompt: string) {
    return query({ prompt, options: { maxTurns: this.turns, allowedTools: this.config.tools } });
  }
}
export const agent = new Agent({ maxTurns: 500, tools: ["Bash"] }, "main");
`);
    expect(model.agents.map(optionsOf)).toEqual([
      { maxTurns: "<parameter:config>", allowedTools: "<parameter:config>" },
      { maxTurns: 500, allowedTools: ["Bash"], "...": "open" },
    ]);
  });

  it("makes no agent of a use that changes nothing the SDK receives, or of classes that never call it", () => {
    const fixed = extract(`import { query } from ${SDK};
class Reviewer {
  constructor(private readonly name: string) {}
  run() { return query({ prompt: this.name, options: { allowedTools: ["Read"], maxTurns: 5 } }); }
}
new Reviewer("alice");
class Store { constructor(private readonly options: object) {} query(x: unknown) { return x; } }
new Store({ permissionMode: "bypassPermissions" });
`);
    expect(fixed.agents.map(optionsOf)).toEqual([{ allowedTools: ["Read"], maxTurns: 5 }]);
    const lookalike = extract(`import { query } from "./db";
class Repo { constructor(private readonly options: object) {} run() { return query({ prompt: "x", options: this.options }); } }
new Repo({ permissionMode: "bypassPermissions" });
`, { "db.ts": "export function query(x: unknown) { return x; }\n" });
    expect(lookalike.agents).toEqual([]);
  });

  it("recognises a field typed with an alias of typeof query, also imported", () => {
    const local = extract(`import { query } from ${SDK};
type QueryFn = typeof query;
class Runner {
  private readonly q: QueryFn;
  constructor(q: QueryFn = query) { this.q = q; }
  go(prompt: string) { return this.q({ prompt, options: { permissionMode: "plan" } }); }
}
`);
    const imported = extract(`import type { QueryFn } from "./types";
export class Runner {
  constructor(private readonly q: QueryFn) {}
  go(prompt: string) { return this.q({ prompt, options: { permissionMode: "plan" } }); }
}
`, { "types.ts": `import type { query } from ${SDK};\nexport type QueryFn = typeof query;\n` });
    for (const model of [local, imported]) expect(model.agents.map(optionsOf)).toEqual([{ permissionMode: "plan" }]);
  });

  it("reads a variable reassigned inside a callback as either value, named after the callback", () => {
    const model = extract(`import { query } from ${SDK};
export async function main(prompt: string) {
  let mode = "default";
  await new Promise<void>((resolve) => {
    setTimeout(() => { mode = "bypassPermissions"; resolve(); }, 1);
  });
  return query({ prompt, options: { permissionMode: mode as "default" } });
}
`);
    expect(model.agents.map(optionsOf)).toEqual([
      {
        permissionMode: {
          oneOf: [
            { when: "the callback on line 4 has not run", value: "default" },
            { when: "the callback on line 4 has run", value: "bypassPermissions" },
          ],
        },
      },
    ]);
  });
});
