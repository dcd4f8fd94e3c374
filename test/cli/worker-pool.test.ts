/**
 * The worker pool never loses a file: a worker stuck in a file is terminated at the hard
 * limit (timed-out), a worker that dies gives its file an internal-error notice, workers
 * that cannot start leave their files to the main thread, and every other file's result
 * comes back in task order. The misbehaving worker is the built one plus traps
 * (support/misbehaving-worker.mjs), so `npm run build` must have run.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import * as analysisTask from "../../src/analysis/analysis-task.js";
import type { AnalysisTask } from "../../src/analysis/analysis-task.js";
import type { EffectiveRules } from "../../src/analysis/effective-rules.js";
import { runTasks } from "../../src/analysis/run-tasks.js";
import { analyzeInWorkers } from "../../src/analysis/worker-pool.js";
import type { SourceFile } from "../../src/core/types.js";

const WORKER = new URL("./support/misbehaving-worker.mjs", import.meta.url);
const BUILT_WORKER = new URL("../../dist/src/cli/analysis-worker.js", import.meta.url);
const CWD = "/virtual-project";
const rules: EffectiveRules = new Map([["no-permission-bypass", { severity: "error", options: {} }]]);

const BYPASS_TS = `import { query } from "@anthropic-ai/claude-agent-sdk";
query({ prompt: "hi", options: { permissionMode: "bypassPermissions", allowedTools: ["Read"] } });
`;
const BYPASS_PY = `from claude_agent_sdk import ClaudeAgentOptions
options = ClaudeAgentOptions(permission_mode="bypassPermissions", allowed_tools=["Read"])
`;

function task(path: string, text: string): AnalysisTask {
  const file: SourceFile = { path, absolutePath: `${CWD}/${path}`, text, kind: path.endsWith(".py") ? "python" : "typescript" };
  return { file, rules };
}

// Long enough that a normal file never reaches it, even the first one in a fresh worker on a busy machine.
const setup = { cwd: CWD, fileTimeMs: 1000, recordReads: false };

function summary(results: ReadonlyArray<{ findings: readonly { ruleId: string; file: string }[]; notices: readonly { file: string; kind: string }[] } | undefined>) {
  return results.map((result) =>
    result ? [...result.findings.map((finding) => `${finding.file} ${finding.ruleId}`), ...result.notices.map((notice) => `${notice.file} ${notice.kind}`)] : undefined,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("worker pool", () => {
  it("abandons a file stuck past twice the limit, replaces the worker and finishes the others", async () => {
    const tasks = [task("a.ts", BYPASS_TS), task("hang.ts", BYPASS_TS), task("b.py", BYPASS_PY), task("c.ts", BYPASS_TS)];
    const { results } = await analyzeInWorkers(tasks, { size: 1, workerScript: WORKER, setup });
    expect(summary(results)).toEqual([
      ["a.ts no-permission-bypass"],
      ["hang.ts timed-out"],
      ["b.py no-permission-bypass"],
      ["c.ts no-permission-bypass"],
    ]);
    expect(results[1]?.notices[0]?.message).toMatch(/^Stopped analysing hang\.ts after 2 s, twice the per-file time limit of 1 s/);
  });

  it("gives a file whose worker died an internal-error notice, and goes on", async () => {
    const tasks = [task("exit.ts", BYPASS_TS), task("a.ts", BYPASS_TS), task("throw.ts", BYPASS_TS), task("b.py", BYPASS_PY)];
    const { results } = await analyzeInWorkers(tasks, { size: 2, workerScript: WORKER, setup });
    expect(summary(results)).toEqual([["exit.ts internal-error"], ["a.ts no-permission-bypass"], ["throw.ts internal-error"], ["b.py no-permission-bypass"]]);
    expect(results[0]?.notices[0]?.message).toContain("the worker thread analysing it stopped (it stopped unexpectedly)");
    expect(results[2]?.notices[0]?.message).toContain("(it failed: boom)");
  });

  it("leaves the files to the main thread when workers cannot start", async () => {
    const tasks = [task("a.ts", BYPASS_TS), task("b.py", BYPASS_PY)];
    const script = new URL(`${WORKER.href}`);
    const pool = await analyzeInWorkers(tasks, { size: 2, workerScript: script, setup: { ...setup, failAtStart: true } as typeof setup });
    expect(pool.results).toEqual([undefined, undefined]);
    const results = await runTasks(tasks, { ...setup, failAtStart: true, concurrency: 2, workerScript: script } as Parameters<typeof runTasks>[1]);
    expect(summary(results)).toEqual([["a.ts no-permission-bypass"], ["b.py no-permission-bypass"]]);
  });

  it("abandons a file stuck in this thread, and analyses the files after it in a worker", async () => {
    const real = analysisTask.analyzeTask;
    vi.spyOn(analysisTask, "analyzeTask").mockImplementation((task, taskSetup) => {
      if (task.file.path === "hang.ts") for (;;);
      return real(task, taskSetup);
    });
    const tasks = [task("a.ts", BYPASS_TS), task("hang.ts", BYPASS_TS), task("b.py", BYPASS_PY), task("c.ts", BYPASS_TS)];
    const results = await runTasks(tasks, { ...setup, concurrency: "off", workerScript: BUILT_WORKER });
    expect(summary(results)).toEqual([["a.ts no-permission-bypass"], ["hang.ts timed-out"], ["b.py no-permission-bypass"], ["c.ts no-permission-bypass"]]);
  });

  it("returns the same results in this thread and with any number of workers", async () => {
    const tasks = Array.from({ length: 9 }, (_, n) => (n % 3 === 0 ? task(`m${n}.py`, BYPASS_PY) : task(`m${n}.ts`, BYPASS_TS.replace("hi", `task ${n}`))));
    const here = await runTasks(tasks, { ...setup, fileTimeMs: 5000, concurrency: "off", workerScript: BUILT_WORKER });
    for (const workers of [1, 2, 4]) {
      const pooled = await runTasks(tasks, { ...setup, fileTimeMs: 5000, concurrency: workers, workerScript: BUILT_WORKER });
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(here));
    }
  });
});
