import { describe, expect, it } from "vitest";
import { lintSource } from "../helpers/lint-source.js";

describe("findings under independent conditional writes", () => {
  it("name only the conditions that matter instead of every combination", () => {
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";
export function run(prompt: string, sessionId?: string, system?: string, budget?: number) {
  const options: Record<string, unknown> = { permissionMode: "acceptEdits", allowedTools: ["Read"], maxTurns: 5 };
  if (sessionId) options.resume = sessionId;
  if (system) options.systemPrompt = system;
  if (budget) options.maxBudgetUsd = budget;
  if (!sessionId) options.cwd = "/srv/work";
  return query({ prompt, options });
}
`;
    const found = lintSource(code, { only: ["require-cwd"] });
    expect(found.map((f) => f.message.slice(f.message.indexOf("(when")))).toEqual(["(when sessionId)."]);
  });
});
