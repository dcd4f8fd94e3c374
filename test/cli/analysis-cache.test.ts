/** What the cache stores and when a stored result stops counting (see src/cli/analysis-cache.ts). */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnalysisTask } from "../../src/analysis/analysis-task.js";
import { presetRules } from "../../src/analysis/effective-rules.js";
import type { FileNotice } from "../../src/core/types.js";
import { AnalysisCache, type CacheSetup } from "../../src/cli/analysis-cache.js";

function setup(directory: string, overrides: Partial<CacheSetup> = {}): CacheSetup {
  return { location: path.join(directory, ".agentlintcache"), displayName: ".agentlintcache", version: "1.0.0", cwd: directory, warn: () => undefined, ...overrides };
}

const task: AnalysisTask = {
  file: { path: "agent.py", absolutePath: "/nowhere/agent.py", kind: "python", text: "max_turns = 3\n" },
  rules: presetRules("recommended"),
};

function stored(notices: readonly FileNotice[], overrides: Partial<CacheSetup> = {}) {
  const directory = mkdtempSync(path.join(tmpdir(), "agentlint-cache-unit-"));
  const cache = AnalysisCache.open(setup(directory));
  cache.store(task, { findings: [], notices, reads: [] });
  cache.save();
  return AnalysisCache.open(setup(directory, overrides)).lookup(task);
}

describe("analysis cache", () => {
  it("keeps a complete result for the same version", () => {
    expect(stored([])).toEqual({ findings: [], notices: [] });
    expect(stored([{ file: "agent.py", kind: "not-analysed", message: "Helm template." }])?.notices.length).toBe(1);
  });

  it.each(["incomplete", "timed-out", "internal-error"] as const)("never keeps a result with a %s notice", (kind) => {
    expect(stored([{ file: "agent.py", kind, message: "cut short" }])).toBeUndefined();
  });

  it("drops everything written by another version", () => {
    expect(stored([], { version: "1.0.1" })).toBeUndefined();
  });

  it("keys on the rules in force and on the text", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "agentlint-cache-unit-"));
    const cache = AnalysisCache.open(setup(directory));
    cache.store(task, { findings: [], notices: [], reads: [] });
    expect(cache.lookup(task)).toBeDefined();
    expect(cache.lookup({ ...task, rules: presetRules("strict") })).toBeUndefined();
    expect(cache.lookup({ ...task, file: { ...task.file, text: "max_turns = 4\n" } })).toBeUndefined();
    expect(cache.lookup({ ...task, file: { ...task.file, path: "moved/agent.py" } })).toBeUndefined();
  });

  it("writes nothing when a run changed nothing", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "agentlint-cache-unit-"));
    const first = AnalysisCache.open(setup(directory));
    first.store(task, { findings: [], notices: [], reads: [] });
    first.save();
    const written = readFileSync(path.join(directory, ".agentlintcache"), "utf8");
    expect(written.startsWith('{"agentlintCache":1,"agentlint":"1.0.0","entries":{')).toBe(true);
    const again = AnalysisCache.open(setup(directory));
    expect(again.lookup(task)).toBeDefined();
    again.save();
    expect(readFileSync(path.join(directory, ".agentlintcache"), "utf8")).toBe(written);
  });
});
