import { describe, expect, it } from "vitest";
import { extract, plain } from "./extract.js";

describe("path prefix checks", () => {
  it("reports startsWith on resolved paths, directly or through a constant", () => {
    const model = extract(`import path from "node:path";
import { realpathSync } from "fs";
import * as fs from "node:fs/promises";
const ROOT = "/srv/data";
export async function read(input: string) {
  const full = path.resolve(ROOT, input);
  if (!full.startsWith(ROOT)) throw new Error("outside");
  if (!realpathSync(input).startsWith(path.resolve(ROOT))) throw new Error("outside");
  const real = await fs.realpath(input);
  return real.startsWith(ROOT + "/") && path.join(ROOT, input).startsWith(ROOT);
}`);
    expect(model.pathPrefixChecks.map((check) => ({ line: check.loc.line, column: check.loc.column, resolvedWith: check.resolvedWith, prefix: plain(check.prefix), prefixExpression: check.prefixExpression, prefixResolvedWith: check.prefixResolvedWith }))).toEqual([
      { line: 7, column: 8, resolvedWith: "path.resolve", prefix: "/srv/data", prefixExpression: "ROOT", prefixResolvedWith: undefined },
      { line: 8, column: 8, resolvedWith: "fs.realpathSync", prefix: "/srv/data", prefixExpression: "path.resolve(ROOT)", prefixResolvedWith: "path.resolve" },
      { line: 10, column: 10, resolvedWith: "fs.promises.realpath", prefix: "/srv/data/", prefixExpression: `ROOT + "/"`, prefixResolvedWith: undefined },
      { line: 10, column: 41, resolvedWith: "path.join", prefix: "/srv/data", prefixExpression: "ROOT", prefixResolvedWith: undefined },
    ]);
  });

  it("ignores startsWith on strings that are not resolved paths and path.relative checks", () => {
    const model = extract(`import path from "node:path";
export function check(input: string, root: string) {
  const rel = path.relative(root, path.resolve(root, input));
  return input.startsWith(root) || rel.startsWith("..") || path.basename(input).startsWith(".");
}`);
    expect(model.pathPrefixChecks).toEqual([]);
  });

  it("works with require in JavaScript", () => {
    const model = extract(`const path = require("path");
function inside(p, root) { return path.normalize(p).startsWith(root); }`, {}, "check.js");
    expect(model.pathPrefixChecks.map((check) => [check.resolvedWith, plain(check.prefix)])).toEqual([["path.normalize", "<parameter:root>"]]);
  });
});

describe("comments", () => {
  it("collects every comment with its lines and whether it trails code", () => {
    const model = extract(`#!/usr/bin/env node
// agentlint-disable-next-line no-permission-bypass -- reviewed
const a = 1; // trailing
/* block
   comment */
const url = "http://x//not-a-comment"; const t = \`// nor this \${a /* but this */}\`;
/** doc */
function f() {}
// last`);
    expect(model.comments).toEqual([
      { text: " agentlint-disable-next-line no-permission-bypass -- reviewed", line: 2, endLine: 2, trailing: false },
      { text: " trailing", line: 3, endLine: 3, trailing: true },
      { text: " block\n   comment ", line: 4, endLine: 5, trailing: false },
      { text: " but this ", line: 6, endLine: 6, trailing: true },
      { text: "* doc ", line: 7, endLine: 7, trailing: false },
      { text: " last", line: 9, endLine: 9, trailing: false },
    ]);
  });
});

describe("parse problems", () => {
  it("reports nothing for valid code and the first problem otherwise", () => {
    expect(extract(`const a = 1;`).parseProblems).toEqual([]);
    const problems = extract(`const a = ;\nconst b = ;`).parseProblems;
    expect(problems).toEqual([{ message: "Expression expected.", loc: { file: "agent.ts", line: 1, column: 11, endLine: 1, endColumn: 12, start: 10, end: 11 } }]);
  });

  it("reports the text the caller gives, not an older version of the same file", () => {
    expect(extract(`const a = ;`).parseProblems).toHaveLength(1);
    expect(extract(`const a = 2;`).parseProblems).toHaveLength(0);
  });
});

describe("programs started (cliInvocations)", () => {
  const summary = (code: string) =>
    extract(code).cliInvocations.map((run) => ({ line: run.loc.line, api: run.api, command: plain(run.command), args: plain(run.args), line_: run.line }));

  it("records child_process, execa, cross-spawn, Bun and Deno launches with resolved arguments", () => {
    const code = `import * as cp from "node:child_process";
import { execa, execaCommand } from "execa";
import spawn from "cross-spawn";
const FLAGS = ["--verbose"];
cp.spawn("claude", ["-p", "x", ...FLAGS]);
cp.exec("claude -p x");
cp.spawn("claude -p x", { shell: true });
cp.execFileSync("claude");
await execa("claude", ["-p"]);
execaCommand("claude -p x");
spawn.sync("claude", []);
Bun.spawn({ cmd: ["claude", "-p"] });
new Deno.Command("claude", { args: ["-p"] });
new Deno.Command("claude");
`;
    expect(summary(code)).toEqual([
      { line: 5, api: "child_process.spawn", command: "claude", args: ["-p", "x", "--verbose"], line_: false },
      { line: 6, api: "child_process.exec", command: "claude -p x", args: undefined, line_: true },
      { line: 7, api: "child_process.spawn", command: "claude -p x", args: undefined, line_: true },
      { line: 8, api: "child_process.execFileSync", command: "claude", args: undefined, line_: false },
      { line: 9, api: "execa", command: "claude", args: ["-p"], line_: false },
      { line: 10, api: "execa.execaCommand", command: "claude -p x", args: undefined, line_: true },
      { line: 11, api: "cross-spawn.sync", command: "claude", args: [], line_: false },
      { line: 12, api: "Bun.spawn", command: ["claude", "-p"], args: undefined, line_: false },
      { line: 13, api: "Deno.Command", command: "claude", args: ["-p"], line_: false },
      { line: 14, api: "Deno.Command", command: "claude", args: undefined, line_: false },
    ]);
  });

  it("follows promisify and ignores look-alike functions and methods", () => {
    const code = `import { exec } from "child_process";
import util from "node:util";
const run = util.promisify(exec);
await run("claude -p x");
function spawn(a: string) { return a; }
spawn("claude");
const Bun = { spawn: (x: unknown) => x };
Bun.spawn(["claude"]);
regex.exec("claude");
`;
    expect(summary(code)).toEqual([{ line: 4, api: "child_process.exec", command: "claude -p x", args: undefined, line_: true }]);
  });
});

describe("writes into the process environment (environmentWrites)", () => {
  it("records each variable written, with its value and how", () => {
    const model = extract(`const base = "https://api.example.com";
process.env.API_URL = base + "/v1";
process.env["TOKEN"] ??= "t";
Object.assign(process.env, { A: "1", B: process.env.X });
process.env = { ...process.env, C: "3" };
process.env[name()] = "ignored";
declare function name(): string;
`);
    expect(model.environmentWrites.map((write) => [write.name, write.api, plain(write.value), write.nameLoc.line])).toEqual([
      ["API_URL", "process.env", "https://api.example.com/v1", 2],
      ["TOKEN", "process.env", "t", 3],
      ["A", "Object.assign(process.env)", "1", 4],
      ["B", "Object.assign(process.env)", "<env:X>", 4],
      ["C", "process.env", "3", 5],
    ]);
  });
});
