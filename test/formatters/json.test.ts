import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/formatters/json.js";
import { sampleReport } from "./sample-report.js";

describe("json format", () => {
  const text = formatJson(sampleReport());
  const document = JSON.parse(text);

  it("has the documented top-level keys in a fixed order, 2-space indent and a trailing newline", () => {
    expect(Object.keys(document)).toEqual(["version", "findings", "notices", "summary"]);
    expect(document.version).toBe(1);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "version": 1,');
  });

  it("writes each finding with exactly the documented fields", () => {
    expect(document.findings[0]).toEqual({
      ruleId: "no-permission-bypass",
      severity: "error",
      message: 'Permission mode "bypassPermissions" approves every tool call.',
      file: "src/agent.ts",
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 40,
      fingerprint: "0123456789abcdef0123456789abcdef",
    });
    expect(Object.keys(document.findings[0])).toEqual(["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "fingerprint"]);
  });

  it("lists where a finding's value came from as related locations, after the position", () => {
    expect(document.findings[2].related).toEqual([{ file: "lib/limits.py", line: 3, column: 9, endLine: 3, endColumn: 13, message: "value from LIMITS[deep]" }]);
    expect(Object.keys(document.findings[2])).toEqual(["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "related", "fingerprint"]);
    expect(document.findings[0]).not.toHaveProperty("related");
  });

  it("keeps suppressed findings, marked with their kind and justification", () => {
    expect(document.findings[3].suppressed).toEqual({ kind: "inSource", justification: "sandboxed CI" });
    expect(document.findings[4].suppressed).toEqual({ kind: "baseline" });
    expect(document.findings[0]).not.toHaveProperty("suppressed");
  });

  it("lists notices and a summary that counts only unsuppressed findings as problems", () => {
    expect(document.notices).toEqual([{ file: "assets/blob.ts", kind: "binary", message: expect.stringContaining("binary") }]);
    expect(document.summary).toEqual({ filesAnalyzed: 3, errors: 2, warnings: 1, suppressed: 2, notices: 1 });
  });

  it("gives the same bytes for the same report", () => {
    expect(formatJson(sampleReport())).toBe(text);
  });

  it("leaves out internal fields (message data, offsets, raw secrets)", () => {
    const withSecret = sampleReport();
    const report = { ...withSecret, findings: [{ ...withSecret.findings[0]!, secrets: ["ghp_rawsecretvalue"], data: { token: "x" } }] };
    const output = formatJson(report);
    expect(output).not.toContain("ghp_rawsecretvalue");
    expect(output).not.toContain('"start"');
    expect(output).not.toContain('"data"');
  });
});

describe("docs/json-format.md", () => {
  it("shows an example with exactly the keys the formatter writes", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync("docs/json-format.md", "utf8");
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? "null");
    const actual = JSON.parse(formatJson(sampleReport()));
    expect(Object.keys(example)).toEqual(Object.keys(actual));
    expect(Object.keys(example.findings[0])).toEqual(Object.keys(actual.findings[0]));
    expect(Object.keys(example.summary)).toEqual(Object.keys(actual.summary));
    expect(Object.keys(example.notices[0])).toEqual(Object.keys(actual.notices[0]));
  });
});
