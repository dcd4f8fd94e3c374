import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../../src/analysis/registry.js";
import { sarifTool } from "../../src/formatters/index.js";
import { formatSarif, relativeUri, SARIF_FINGERPRINT_KEY } from "../../src/formatters/sarif.js";
import { sampleReport } from "./sample-report.js";

const MULTITOOL = path.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");

function sarifOf(report = sampleReport()) {
  return JSON.parse(formatSarif(report, sarifTool()));
}

describe("sarif format", () => {
  it("describes every registered rule with help, default level and security-severity", () => {
    const driver = sarifOf().runs[0].tool.driver;
    expect(driver.name).toBe("agentlint");
    expect(driver.informationUri).toBe("https://github.com/agentlint/agentlint");
    const ids = driver.rules.map((rule: { id: string }) => rule.id);
    for (const rule of allRules) expect(ids).toContain(rule.id);
    const bypass = driver.rules.find((rule: { id: string }) => rule.id === "no-permission-bypass");
    expect(bypass.shortDescription.text).toMatch(/^(Disallow|Require|Enforce)/);
    expect(bypass.helpUri).toBe("https://github.com/agentlint/agentlint/blob/main/rules/no-permission-bypass.md");
    expect(bypass.help.text).toContain(bypass.helpUri);
    expect(bypass.defaultConfiguration).toEqual({ enabled: true, level: "error" });
    expect(bypass.properties["security-severity"]).toMatch(/^\d+\.\d$/);
    expect(bypass.properties.tags).toContain("security");
  });

  it("writes results with rule index, level, relative percent-encoded uris, fingerprints and suppressions", () => {
    const run = sarifOf().runs[0];
    const [first, , third, fourth, fifth] = run.results;
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.level).toBe("error");
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "src/agent.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 40 },
    });
    expect(first.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: "0123456789abcdef0123456789abcdef" });
    expect(first).not.toHaveProperty("suppressions");
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe("lib/odd%20name%2C100%25.py");
    expect(fourth.suppressions).toEqual([{ kind: "inSource", justification: "sandboxed CI" }]);
    expect(fifth.suppressions).toEqual([{ kind: "external" }]);
    expect(fifth.level).toBe("warning");
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/project/");
  });

  it("gives a value's origin as a related location that the message links to", () => {
    const result = sarifOf().runs[0].results[2];
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: "lib/limits.py", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 13 } },
        message: { text: "value from LIMITS[deep]" },
      },
    ]);
    expect(result.message.text).toBe("maxTurns 1000 is above 50:\nlower it ([value from LIMITS\\[deep\\]](1) at lib/limits.py:3).");
    expect(sarifOf().runs[0].results[0]).not.toHaveProperty("relatedLocations");
  });

  it("reports file notices as tool execution notifications", () => {
    const invocation = sarifOf().runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: "warning",
        message: { text: expect.stringContaining("binary") },
        descriptor: { id: "binary" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "assets/blob.ts", uriBaseId: "%SRCROOT%" } } }],
      },
    ]);
  });

  it("percent-encodes each path segment but keeps the separators", () => {
    expect(relativeUri("a b/c#d/é.ts")).toBe("a%20b/c%23d/%C3%A9.ts");
  });

  it.skipIf(!existsSync(MULTITOOL))("passes `sarif-multitool validate` (SARIF and GitHub rule sets) with no errors", () => {
    if ((statSync(MULTITOOL).mode & 0o111) === 0) chmodSync(MULTITOOL, 0o755);
    const directory = mkdtempSync(path.join(tmpdir(), "agentlint-sarif-"));
    const input = path.join(directory, "report.sarif");
    const output = path.join(directory, "validation.sarif");
    writeFileSync(input, formatSarif(sampleReport(), sarifTool()));
    execFileSync(MULTITOOL, ["validate", input, "-o", output, "--log", "ForceOverwrite", "--level", "Error;Warning;Note", "--rule-kind", "Sarif;Gh"], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
      stdio: "pipe",
    });
    const validation = JSON.parse(readFileSync(output, "utf8"));
    const problems = validation.runs[0].results.filter((result: { level?: string }) => result.level === "error");
    expect(problems.map((result: { message: unknown }) => JSON.stringify(result.message))).toEqual([]);
  });

  it("catches a broken log with the same validation (the check can fail)", () => {
    if (!existsSync(MULTITOOL)) return;
    const directory = mkdtempSync(path.join(tmpdir(), "agentlint-sarif-"));
    const input = path.join(directory, "broken.sarif");
    const output = path.join(directory, "validation.sarif");
    const log = sarifOf();
    delete log.runs[0].tool.driver.name;
    writeFileSync(input, JSON.stringify(log));
    execFileSync(MULTITOOL, ["validate", input, "-o", output, "--log", "ForceOverwrite", "--level", "Error;Warning;Note"], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
      stdio: "pipe",
    });
    const validation = JSON.parse(readFileSync(output, "utf8"));
    expect(validation.runs[0].results.some((result: { level?: string }) => result.level === "error")).toBe(true);
  });
});
