/** Every agentlint rule object on one file shares one extraction of its model. */
import { describe, expect, it, vi } from "vitest";
import * as languages from "../../src/languages/index.js";
import plugin from "../../src/eslint/plugin.js";
import { lintWithEslint } from "./eslint-runner.js";

const AGENT = `import { query } from "@anthropic-ai/claude-agent-sdk";
query({ prompt: "hi", options: { permissionMode: "bypassPermissions", allowedTools: ["Bash"] } });
`;

describe("analysis cache", () => {
  it("extracts a file once for all enabled rules, and again for another file", () => {
    const extractModel = vi.spyOn(languages, "extractModel");
    try {
      const first = lintWithEslint(AGENT, { cwd: "/virtual-project", filename: "agent.ts", config: plugin.configs.strict });
      expect(new Set(first.findings.map((finding) => finding.ruleId)).size).toBeGreaterThan(1);
      expect(extractModel).toHaveBeenCalledTimes(1);
      lintWithEslint(AGENT, { cwd: "/virtual-project", filename: "other.ts", config: plugin.configs.strict });
      expect(extractModel).toHaveBeenCalledTimes(2);
    } finally {
      extractModel.mockRestore();
    }
  });
});
