/**
 * The stress inputs (bench/stress-inputs.ts) analysed end to end: each completes with the
 * findings a user expects. Inputs a good analysis handles fully must leave no `incomplete`
 * notice — remembered values, not the budget, keep them fast; the others are cut by the limit
 * named, and lose only what that limit cut. Times are measured by the benchmark, not here.
 */
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { stressInputs, type StressInput } from "../../bench/stress-inputs.js";
import { analyzeFilesSync, type AnalysisResult } from "../../src/analysis/analyze.js";
import type { AnalysisLimits } from "../../src/languages/language.js";
import { prepareLanguages } from "../helpers/lint-source.js";
import { virtualReader } from "../helpers/virtual-files.js";

const ROOT = path.resolve("/virtual-stress");

function analyse(input: StressInput, limits?: AnalysisLimits): AnalysisResult {
  const text = input.files[input.entry] ?? "";
  return analyzeFilesSync([{ path: input.entry, absolutePath: path.join(ROOT, input.entry), text, kind: input.language }], {
    cwd: ROOT,
    readFile: virtualReader(ROOT, input.files),
    ...(limits ? { limits } : {}),
  });
}

/** `rule@line`, the line being the first of the entry file that contains `snippet`. */
type Expected = ReadonlyArray<readonly [rule: string, snippet: string]>;

const BASH_AND_BYPASS = (bash: string, bypass: string): Expected => [
  ["no-unscoped-bash", bash],
  ["no-secret-env-with-shell", bash],
  ["no-permission-bypass", bypass],
  ["no-exfiltration-combo", bypass],
];

const EXPECTED: Readonly<Record<string, { readonly findings: Expected; readonly cutBy?: string }>> = {
  "python/settings-class": {
    findings: [
      ["no-unscoped-bash", '"Bash",'],
      ["no-secret-env-with-shell", '"Bash",'],
      // At the entry the mode enters through (its value is set a few lines up); the conditional
      // `options_kwargs["allowed_tools"] = allowed_tools` records no written expression, so Bash stays where it is written.
      ["no-permission-bypass", '"permission_mode": mode,'],
      ["no-exfiltration-combo", '"permission_mode": mode,'],
      ["no-secret-env-with-shell", '"permission_mode": mode,'],
      ["require-max-turns", "return ClaudeAgentOptions(**options_kwargs)"],
    ],
  },
  "typescript/settings-class": {
    findings: [
      ["no-unscoped-bash", "      allowedTools,"],
      ["require-max-turns", "const options: Options = {"],
      ["no-permission-bypass", 'permissionMode: permissionMode ?? "bypassPermissions"'],
      ["no-exfiltration-combo", 'permissionMode: permissionMode ?? "bypassPermissions"'],
    ],
  },
  "python/helper-chain-50": { findings: BASH_AND_BYPASS('"allowed_tools": ["Read", "Bash"]', '"allowed_tools": ["Read", "Bash"]') },
  "typescript/helper-chain-50": { findings: BASH_AND_BYPASS('allowedTools: ["Read", "Bash"]', 'allowedTools: ["Read", "Bash"]') },
  "python/sequential-ifs-30": { findings: BASH_AND_BYPASS("return ClaudeAgentOptions(", "return ClaudeAgentOptions(") },
  "typescript/sequential-ifs-30": { findings: BASH_AND_BYPASS("return query(", "return query(") },
  "python/long-module-5000": { findings: [...BASH_AND_BYPASS("OPTIONS =", "OPTIONS ="), ["require-max-turns", "OPTIONS ="]] },
  "typescript/long-module-5000": { findings: [...BASH_AND_BYPASS("export const run", "export const run"), ["require-max-turns", "export const run"]] },
  "python/deep-nesting": { findings: BASH_AND_BYPASS("PLAIN =", "PLAIN ="), cutBy: "expressions nested more than 200 deep" },
  "typescript/deep-nesting": { findings: BASH_AND_BYPASS("export const plain", "export const plain"), cutBy: "expressions nested more than 200 deep" },
  "python/import-cycle": { findings: [...BASH_AND_BYPASS("OPTIONS =", "OPTIONS ="), ["no-unscoped-bash", "OTHER ="], ["no-secret-env-with-shell", "OTHER ="]] },
  "typescript/import-cycle": { findings: [...BASH_AND_BYPASS("export const one", "export const one"), ["no-unscoped-bash", "export const two"], ["no-secret-env-with-shell", "export const two"]] },
  "python/huge-map-5000": {
    findings: [["no-unscoped-bash", '"profile-1230"'], ["no-secret-env-with-shell", '"profile-1230"'], ["no-permission-bypass", "OPTIONS ="], ["no-exfiltration-combo", "OPTIONS ="], ["no-secret-env-with-shell", "OPTIONS ="]],
  },
  "typescript/huge-map-5000": {
    findings: [["no-unscoped-bash", '"profile-1230"'], ["no-secret-env-with-shell", '"profile-1230"'], ["no-permission-bypass", "export const one"], ["no-exfiltration-combo", "export const one"], ["no-secret-env-with-shell", "export const one"]],
  },
  "python/huge-map-unknown-key-5000": { findings: BASH_AND_BYPASS("PLAIN =", "PLAIN ="), cutBy: "a value with more than 256 alternatives" },
  "python/fan-out-40": { findings: BASH_AND_BYPASS("PLAIN =", "PLAIN ="), cutBy: "its work budget of 100,000 evaluation steps was spent" },
  "typescript/fan-out-40": { findings: BASH_AND_BYPASS("export const plain", "export const plain"), cutBy: "its work budget of 100,000 evaluation steps was spent" },
};

function lineOf(input: StressInput, snippet: string): number {
  const index = (input.files[input.entry] ?? "").split("\n").findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`${input.name}: no line contains ${snippet}`);
  return index + 1;
}

const findingKeys = (result: AnalysisResult): string[] => [...new Set(result.findings.map((finding) => `${finding.ruleId}@${finding.line}`))].sort();

beforeAll(prepareLanguages);

describe("stress inputs", () => {
  it("has an expectation for every input", () => {
    expect(stressInputs().map((input) => input.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(stressInputs().map((input) => [input.name, input] as const))("%s completes with its findings", (_name, input) => {
    const expected = EXPECTED[input.name];
    if (!expected) throw new Error(`no expectation for ${input.name}`);
    // Far from the time limit, whatever the machine's load: the steps budget cuts runaways, deterministically.
    const result = analyse(input, { fileTimeMs: 600_000 });
    expect(findingKeys(result)).toEqual([...new Set(expected.findings.map(([rule, snippet]) => `${rule}@${lineOf(input, snippet)}`))].sort());
    if (expected.cutBy === undefined) {
      expect(result.notices).toEqual([]);
    } else {
      expect(result.notices).toHaveLength(1);
      expect(result.notices[0]).toMatchObject({ file: input.entry, kind: "incomplete" });
      expect(result.notices[0]?.message).toContain(`was cut short (${expected.cutBy})`);
    }
  });
});

describe("running out of time", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A clock that advances 1 ms each time it is read: the cut falls at the same step every run. */
  function tickingClock(): void {
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 1));
  }

  const cutShort = stressInputs().filter((input) => ["python/settings-class", "typescript/settings-class", "python/helper-chain-50", "python/huge-map-5000", "typescript/fan-out-40"].includes(input.name));

  it.each(cutShort.map((input) => [input.name, input] as const))("%s only loses findings, whenever the time limit cuts it", (_name, input) => {
    const full = new Set(findingKeys(analyse(input)));
    for (const fileTimeMs of [1, 2, 3, 5, 8, 13, 21, 34]) {
      tickingClock();
      const cut = analyse(input, { fileTimeMs });
      vi.restoreAllMocks();
      for (const key of findingKeys(cut)) expect(full, `${key} with a limit of ${fileTimeMs} clock reads`).toContain(key);
      for (const notice of cut.notices) {
        expect(notice.kind).toBe("incomplete");
        expect(notice.message).toContain(`its time limit of ${fileTimeMs} ms was reached`);
        expect(notice.message).toContain("raise the per-file time limit");
      }
    }
  });

  it("says so once, naming the file, when the limit is reached", () => {
    const [input] = cutShort;
    if (!input) throw new Error("no input");
    tickingClock();
    const result = analyse(input, { fileTimeMs: 1 });
    expect(result.notices).toEqual([
      {
        file: input.entry,
        kind: "incomplete",
        message: `The analysis of ${input.entry} was cut short (its time limit of 1 ms was reached): values it had not resolved were treated as unknown, so findings may be missing. To analyse it fully, raise the per-file time limit, or report the file to agentlint.`,
      },
    ]);
  });
});
