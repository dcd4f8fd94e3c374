/**
 * Settings files load the shell grammar only when they configure a command hook: the grammar
 * is a wasm module whose start-up a settings file without hooks must not pay.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "./run-cli.js";

const LOGGER = path.resolve("test/cli/support/log-loads.mjs");

function loadedModules(target: string): string[] {
  const run = spawnSync(process.execPath, ["--import", LOGGER, BIN, "--fail-on", "never", target], { cwd: path.resolve("fixtures/projects/settings-hooks"), encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr
    .split("\n")
    .filter((line) => line.startsWith("LOADED file:"))
    .map((line) => line.slice("LOADED ".length));
}

const loadsShell = (loaded: readonly string[]): boolean => loaded.some((url) => url.includes("/node_modules/web-tree-sitter/"));

describe("settings start", () => {
  it("a settings file without command hooks loads its front end and not the shell grammar", () => {
    const loaded = loadedModules("plain/.claude/settings.json");
    expect(loaded.some((url) => url.endsWith("/dist/src/languages/claude-config/index.js"))).toBe(true);
    expect(loadsShell(loaded)).toBe(false);
  });

  it("a settings file with a command hook loads the shell grammar (the check above can fail)", () => {
    expect(loadsShell(loadedModules("hooked/.claude/settings.json"))).toBe(true);
  });
});
