/**
 * Input nested thousands deep overflows a parser's recursion (TypeScript's statements, yaml's
 * block maps) before any budget applies: that is a parse error of the file, never an internal
 * error, and the scan goes on.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeFiles } from "../../src/analysis/analyze.js";
import { presetRules } from "../../src/analysis/effective-rules.js";
import type { InputKind } from "../../src/core/types.js";
import { prepareLanguages } from "../helpers/lint-source.js";

beforeAll(prepareLanguages);

async function outcome(path: string, kind: InputKind, text: string) {
  const result = await analyzeFiles([{ path, absolutePath: `/p/${path}`, text, kind }], { cwd: "/p", rulesFor: () => presetRules("recommended"), readFile: () => undefined });
  return {
    rules: result.findings.map((finding) => finding.ruleId),
    notices: result.notices.map((notice) => notice.kind),
  };
}

describe("input nested deeper than a parser's stack", () => {
  it("is a parse error in TypeScript", async () => {
    const text = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n' + "{".repeat(20_000);
    const { rules, notices } = await outcome("agent.ts", "typescript", text);
    expect(notices).not.toContain("internal-error");
    expect(rules).toEqual(["parse-error"]);
  });

  it("is a parse error in a Kubernetes manifest", async () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata:\n" + Array.from({ length: 20_000 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`).join("\n");
    const { rules, notices } = await outcome("pod.yaml", "kubernetes", text);
    expect(notices).not.toContain("internal-error");
    expect(rules).toEqual(["parse-error"]);
  });
});
