import { describe, expect, it } from "vitest";
import { findingsOf } from "../../helpers/lint-source.js";
import { option } from "../../../src/model/agent.js";
import { extract, plain } from "./extract.js";

const head = `import { query } from "@anthropic-ai/claude-agent-sdk";\n`;

describe("truthiness narrowing in conditional branches", () => {
  it("does not pair a truthiness test with the falsy value it excludes", () => {
    const code = `${head}export function run(opts: { maxTurns?: number }, limit?: number) {
  const maxTurns = opts.maxTurns ?? limit ?? undefined;
  return query({ prompt: "x", options: { tools: ["Read"], ...(maxTurns && maxTurns > 0 ? { maxTurns } : {}) } });
}`;
    const whens = findingsOf("require-max-turns", code).map((finding) => finding.message);
    expect(whens).toHaveLength(1);
    expect(whens[0]).toContain("(when not (maxTurns && maxTurns > 0))");
  });

  it("keeps only the truthy alternatives inside `x ? { x } : {}` and `x && { x }`", () => {
    const agents = extract(`${head}function pick(all: boolean): string[] | undefined {
  if (all) return undefined;
  return ["Read"];
}
export function run(all: boolean) {
  const allowedTools = pick(all);
  query({ prompt: "x", options: { ...(allowedTools ? { allowedTools } : {}) } });
  query({ prompt: "y", options: { ...(allowedTools && { allowedTools }) } });
}`).agents;
    const listed = agents.flatMap((agent) => {
      const entry = option(agent, "allowedTools");
      return entry ? [plain(entry.value)] : [];
    });
    expect(listed).toEqual([["Read"], ["Read"]]);
  });

  it("narrows the false branch to the falsy alternatives", () => {
    const code = `${head}export function run(flag: boolean) {
  const tools = flag ? ["Read"] : undefined;
  return query({ prompt: "x", options: { maxTurns: 5, allowedTools: ["Read"], ...(!tools ? {} : { tools }) } });
}`;
    expect(findingsOf("require-tool-allowlist", code)).toEqual([]);
  });

  it("narrows a destructured name like a plain one", () => {
    const agents = extract(`${head}function pick(all: boolean): string[] | undefined {
  if (all) return undefined;
  return ["Read"];
}
export function run(all: boolean) {
  const { allowedTools } = { allowedTools: pick(all) };
  query({ prompt: "x", options: { ...(allowedTools ? { allowedTools } : {}) } });
}`).agents;
    const listed = agents.flatMap((agent) => {
      const entry = option(agent, "allowedTools");
      return entry ? [plain(entry.value)] : [];
    });
    expect(listed).toEqual([["Read"]]);
  });

  it("narrows a property read: the object without the property leaves the truthy branch", () => {
    const code = `${head}function start(opts: { tools?: string[] }) {
  return query({ prompt: "x", options: { maxTurns: 5, ...(opts.tools ? { allowedTools: opts.tools } : { tools: [] }) } });
}
start({ tools: ["Read"] });
start({});`;
    expect(findingsOf("require-tool-allowlist", code)).toEqual([]);
    const listed = extract(code).agents.flatMap((agent) => {
      const entry = option(agent, "allowedTools");
      return entry ? [plain(entry.value)] : [];
    });
    expect(listed).toEqual([["Read"]]);
  });

  it("narrows a nested property read under negation", () => {
    const code = `${head}function start(cfg: { agent: { tools?: string[] } }) {
  return query({ prompt: "x", options: { maxTurns: 5, ...(!cfg.agent.tools ? { tools: [] } : { allowedTools: cfg.agent.tools }) } });
}
start({ agent: { tools: ["Read"] } });
start({ agent: {} });`;
    expect(findingsOf("require-tool-allowlist", code)).toEqual([]);
  });

  it("keeps a property of an object that may hold more than is known", () => {
    const code = `${head}function start(opts: { tools?: string[] }) {
  return query({ prompt: "x", options: { maxTurns: 5, ...(opts.tools ? { allowedTools: opts.tools } : {}) } });
}
start({ ...JSON.parse(process.argv[2] ?? "{}") });`;
    expect(findingsOf("require-tool-allowlist", code).map((finding) => finding.message)).toEqual([
      expect.stringContaining("(when not opts.tools)"),
    ]);
  });
});
