import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject, runCli } from "./run-cli.js";

const built = existsSync(path.resolve("dist/src/cli/compile-cache.js"));

describe.skipIf(!built)("the CLI's code cache for the TypeScript compiler", () => {
  const project = copyProject("basic");
  const cacheRoot = mkdtempSync(path.join(tmpdir(), "agentlint-cache-test-"));
  const env = { TMPDIR: cacheRoot };
  const cacheDir = () => readdirSync(cacheRoot).find((name) => name.startsWith("agentlint-compile-cache-"));

  it("writes the cache on the first run and gives the same report with it", () => {
    const first = runCli(["--format", "json", "."], { cwd: project, env });
    expect(cacheDir()).toBeDefined();
    const second = runCli(["--format", "json", "."], { cwd: project, env });
    expect(second.status).toBe(first.status);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe("");
  });

  it("ignores a corrupt cache and still scans", () => {
    const directory = path.join(cacheRoot, cacheDir() ?? "missing");
    for (const name of readdirSync(directory)) writeFileSync(path.join(directory, name), "not V8 cached data");
    const reference = runCli(["--format", "json", "."], { cwd: project, env: { AGENTLINT_NO_COMPILE_CACHE: "1" } });
    const run = runCli(["--format", "json", "."], { cwd: project, env });
    expect(run.stdout).toBe(reference.stdout);
    expect(run.stderr).toBe("");
  });
});
