import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from "../../src/core/pipeline/baseline.js";
import { finding } from "../formatters/sample-report.js";
import { copyProject, jsonFindings, runCli } from "./run-cli.js";

describe("baseline (unit)", () => {
  const findings = [
    finding({ file: "b.ts", fingerprint: "2".repeat(32) }),
    finding({ file: "a.ts", fingerprint: "1".repeat(32) }),
    finding({ file: "a.ts", fingerprint: "3".repeat(32), suppressed: { kind: "inSource" } }),
  ];

  it("lists unsuppressed findings sorted, with stable bytes", () => {
    const baseline = createBaseline(findings);
    expect(baseline.findings.map((entry) => entry.fingerprint)).toEqual(["1".repeat(32), "2".repeat(32)]);
    expect(serializeBaseline(createBaseline([...findings].reverse()))).toBe(serializeBaseline(baseline));
    expect(Object.keys(baseline.findings[0]!)).toEqual(["fingerprint", "ruleId", "file", "message"]);
  });

  it("suppresses exactly the listed fingerprints", () => {
    const baseline = parseBaseline(serializeBaseline(createBaseline([findings[0]!])));
    const applied = applyBaseline(findings, baseline);
    expect(applied.map((entry) => entry.suppressed?.kind)).toEqual(["baseline", undefined, "inSource"]);
  });

  it("rejects files that are not baselines", () => {
    expect(() => parseBaseline("[]")).toThrow(/not an agentlint baseline/);
    expect(() => parseBaseline("{")).toThrow(/not valid JSON/);
    expect(() => parseBaseline('{"version":1,"findings":[{}]}')).toThrow(/entry 0 has no "fingerprint"/);
  });
});

describe("--baseline round trip", () => {
  it("adopts the current findings, survives line shifts, and fails only on new findings", () => {
    const cwd = copyProject("basic");
    const created = runCli(["--baseline", "agentlint-baseline.json", "--update-baseline"], { cwd });
    expect(created.status).toBe(0);
    const baselineText = readFileSync(path.join(cwd, "agentlint-baseline.json"), "utf8");
    const baseline = JSON.parse(baselineText);
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((entry: { file: string; ruleId: string }) => `${entry.file} ${entry.ruleId}`)).toContain("src/agent.ts no-permission-bypass");

    const again = runCli(["--baseline", "agentlint-baseline.json", "--format", "json"], { cwd });
    expect(again.status).toBe(0);
    expect(jsonFindings(again).every((entry) => entry.suppressed?.kind === "baseline")).toBe(true);

    const agent = path.join(cwd, "src/agent.ts");
    writeFileSync(agent, `// a comment that shifts every line\n\n${readFileSync(agent, "utf8")}`);
    const shifted = runCli(["--baseline", "agentlint-baseline.json", "--format", "json"], { cwd });
    expect(shifted.status).toBe(0);
    expect(jsonFindings(shifted).find((entry) => entry.ruleId === "no-permission-bypass")).toMatchObject({ line: 9, suppressed: { kind: "baseline" } });

    writeFileSync(path.join(cwd, "tools/sandbox.py"), readFileSync(path.resolve("fixtures/projects/configured/deploy/dev/sandbox.py")));
    const grown = runCli(["--baseline", "agentlint-baseline.json", "--format", "json"], { cwd });
    expect(grown.status).toBe(1);
    expect(jsonFindings(grown).filter((entry) => !entry.suppressed).map((entry) => `${entry.file}:${entry.line} ${entry.ruleId}`)).toEqual([
      "tools/sandbox.py:6 no-permission-bypass",
    ]);

    const stylish = runCli(["--baseline", "agentlint-baseline.json"], { cwd });
    expect(stylish.stdout).toMatch(/suppressed findings? not shown\.\n$/);
    expect(runCli(["--baseline", "agentlint-baseline.json", "--update-baseline"], { cwd }).status).toBe(0);
    expect(readFileSync(path.join(cwd, "agentlint-baseline.json"), "utf8")).not.toBe(baselineText);
  });

  it("exits 2 on a missing or malformed baseline file", () => {
    const cwd = copyProject("basic");
    const missing = runCli(["--baseline", "nope.json"], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("The baseline file nope.json cannot be read.");
    writeFileSync(path.join(cwd, "bad.json"), "[]");
    const malformed = runCli(["--baseline", "bad.json"], { cwd });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain("The baseline file bad.json is invalid: it is not an agentlint baseline");
  });
});
