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
