/** Files derived from rule metadata are up to date (each generator's `--check`). */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { staleGeneratedFiles } from "../../src/tools/generated-files.js";
import { REPO_ROOT, repoPath } from "./support/repo.js";

describe("generated files", () => {
  it("rules/index.ts lists every rule file (npm run generate)", () => {
    expect(() =>
      execFileSync(process.execPath, [repoPath("scripts/generate-rule-index.mjs"), "--check"], { cwd: REPO_ROOT, stdio: "pipe" }),
    ).not.toThrow();
  });

  it("the README rules table, the config JSON Schema and the SDK option names are current (npm run generate:docs)", () => {
    expect(staleGeneratedFiles(REPO_ROOT).map((file) => file.path)).toEqual([]);
  });
});
