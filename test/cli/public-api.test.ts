import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

describe("public API", () => {
  it("exposes the core, configuration, baseline and the four formatters", () => {
    expect(typeof api.analyzeFiles).toBe("function");
    expect(typeof api.loadConfig).toBe("function");
    expect(typeof api.discoverFiles).toBe("function");
    expect(typeof api.createBaseline).toBe("function");
    expect(Object.keys(api.formatters).sort()).toEqual([...api.FORMAT_NAMES].sort());
  });

  it("formats an analysis of in-memory sources", async () => {
    const source: api.SourceFile = {
      path: "agent.py",
      absolutePath: "/virtual/agent.py",
      kind: "python",
      text: 'from claude_agent_sdk import ClaudeAgentOptions\noptions = ClaudeAgentOptions(permission_mode="bypassPermissions")\n',
    };
    const result = await api.analyzeFiles([source], { cwd: "/virtual", readFile: () => undefined });
    const report = { ...result, filesAnalyzed: 1, cwd: "/virtual" };
    expect(api.formatters.github(report)).toMatch(/^::error file=agent\.py,line=2,.*title=agentlint\/no-permission-bypass::/m);
  });
});
