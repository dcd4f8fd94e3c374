/**
 * A pre-commit run on files that cannot matter must stay fast: it loads no parser, no rule,
 * no config validator and no color library.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "./run-cli.js";

const LOGGER = path.resolve("test/cli/support/log-loads.mjs");
const LIGHT_LANGUAGE_MODULE = /\/dist\/src\/languages\/(registry|language|[\w-]+\/language)\.js$/;
/** Constants the command line needs for its help and defaults (no imports of their own). */
const LIGHT_ANALYSIS_MODULE = /\/dist\/src\/(analysis\/limits|languages\/budget)\.js$/;

function loadedModules(args: string[]): string[] {
  const run = spawnSync(process.execPath, ["--import", LOGGER, BIN, ...args], { cwd: path.resolve("fixtures/projects/basic"), encoding: "utf8" });
  expect(run.status).toBe(0);
  return run.stderr
    .split("\n")
    .filter((line) => line.startsWith("LOADED file:"))
    .map((line) => line.slice("LOADED ".length));
}

describe("lean start", () => {
  it.each([["README.md"], ["src/format.ts"], ["src/settings.ts", "README.md"]])("%s loads no dependency, rule or parser", (...files) => {
    const loaded = loadedModules(files);
    expect(loaded.some((url) => url.endsWith("/dist/src/cli/main.js"))).toBe(true);
    expect(loaded.filter((url) => url.includes("/node_modules/"))).toEqual([]);
    // Each front end's light `language.ts` (classification, pre-filter) may load; its extractor may not.
    const heavy = loaded.filter((url) => /\/dist\/(rules|src\/languages|src\/analysis)\//.test(url) && !LIGHT_LANGUAGE_MODULE.test(url) && !LIGHT_ANALYSIS_MODULE.test(url));
    expect(heavy).toEqual([]);
  });

  it("loads the parsers when a file needs them (the check above can fail)", () => {
    const loaded = loadedModules(["--fail-on", "never", "src/agent.ts"]);
    expect(loaded.some((url) => url.includes("/dist/src/languages/") && !LIGHT_LANGUAGE_MODULE.test(url))).toBe(true);
  });
});
