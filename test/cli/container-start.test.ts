/**
 * Container files never load the TypeScript compiler: a scan of a Dockerfile and a compose file
 * loads their front ends (dockerfile-ast, yaml, the shell grammar) and nothing of ts-morph.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "./run-cli.js";

const LOGGER = path.resolve("test/cli/support/log-loads.mjs");

function loadedModules(args: string[]): string[] {
  const run = spawnSync(process.execPath, ["--import", LOGGER, BIN, ...args], { cwd: path.resolve("fixtures/projects/containers"), encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr
    .split("\n")
    .filter((line) => line.startsWith("LOADED file:"))
    .map((line) => line.slice("LOADED ".length));
}

describe("container start", () => {
  it.each([["Dockerfile"], ["compose.yaml"], ["."]])("%s loads its front ends and not the TypeScript compiler", (target) => {
    const loaded = loadedModules(["--fail-on", "never", target]);
    expect(loaded.filter((url) => /\/node_modules\/(typescript|ts-morph|@ts-morph)\//.test(url))).toEqual([]);
    expect(loaded.some((url) => url.includes("/dist/src/languages/typescript/") && !url.endsWith("/language.js"))).toBe(false);
    const frontEnd = target === "compose.yaml" ? "/dist/src/languages/compose/index.js" : "/dist/src/languages/dockerfile/index.js";
    expect(loaded.some((url) => url.endsWith(frontEnd))).toBe(true);
  });
});
