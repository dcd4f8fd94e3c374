import { describe, expect, it } from "vitest";
import { lintSource } from "../helpers/lint-source.js";

const HEADER = `import { query } from "@anthropic-ai/claude-agent-sdk";
declare const admin: boolean;
`;

function messages(code: string, only: string[]) {
  return lintSource(code, { only }).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message.slice(f.message.lastIndexOf(". ") + 2)}`);
}

describe("findings across object-level alternatives of one agent", () => {
  it("reports a problem present in every alternative once, without a condition", () => {
    const code = `${HEADER}const base = { allowedTools: ["Read"], permissionMode: "bypassPermissions" as const, maxTurns: 5 };
query({ prompt: "go", options: { ...base, ...(admin ? { model: "opus" } : { model: "haiku" }) } });
`;
    const found = lintSource(code, { only: ["no-permission-bypass"] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).not.toMatch(/\(when /);
  });

  it("names the alternative when a problem holds in only some of them", () => {
    const code = `${HEADER}query({
  prompt: "go",
  options: { allowedTools: ["Read"], maxTurns: 5, ...(admin ? { permissionMode: "bypassPermissions" as const } : {}) },
});
`;
    const found = lintSource(code, { only: ["no-permission-bypass"] });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("(when admin)")]);
  });

  it("collapses prompt findings the same way as tool findings", () => {
    const code = `${HEADER}query({
  prompt: "go",
  options: {
    allowedTools: ["Read"],
    maxTurns: 5,
    systemPrompt: \`Use key \${process.env.STRIPE_SECRET_KEY}\`,
    ...(admin ? { model: "opus" } : {}),
  },
});
`;
    const found = messages(code, ["no-secrets-in-prompt"]);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/\(when /);
  });

  it("reports a problem found in every alternative of a prompt once, without a condition", () => {
    const code = `${HEADER}declare const role: "a" | "b";
const ROLES = { a: "You review.", b: "You deploy." };
query({ prompt: "go", options: { allowedTools: ["Read"], maxTurns: 5, systemPrompt: \`\${ROLES[role]} Key: \${process.env.API_KEY}\` } });
`;
    expect(messages(code, ["no-secrets-in-prompt"])).toEqual([expect.not.stringContaining("(when")]);
  });

  it("joins the conditions of one problem found under some of a value's alternatives", () => {
    const code = `${HEADER}declare const role: "a" | "b" | "c";
const SHELL = ["Bash"];
const TOOLS = { a: SHELL, b: SHELL, c: ["Read"] };
query({ prompt: "go", options: { allowedTools: [...TOOLS[role]], maxTurns: 5 } });
`;
    const found = lintSource(code, { only: ["no-unscoped-bash"] });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('(when role is "a" or role is "b")')]);
  });

  it("drops combinations of one lookup key's different values, which cannot happen together", () => {
    const code = `${HEADER}declare const role: "reviewer" | "admin";
const ROLES = {
  reviewer: { tools: ["Read", "Grep"], prompt: "You are read-only." },
  admin: { tools: ["Read", "Write"], prompt: "You maintain the repository." },
};
query({ prompt: "go", options: { allowedTools: ROLES[role].tools, systemPrompt: ROLES[role].prompt, maxTurns: 5 } });
`;
    expect(lintSource(code, { only: ["tools-match-role"] })).toEqual([]);
  });

  it("drops a condition and its negation when the same entry is found under both", () => {
    const code = `${HEADER}const allowedTools = ["Read", "Write(./**)"];
if (admin) allowedTools.push("Grep");
query({ prompt: "go", options: { allowedTools, maxTurns: 5 } });
`;
    const found = lintSource(code, { only: ["valid-tool-rules"] });
    // At the option the list fills, with the list's entry as the origin.
    expect(found.map((f) => [f.line, f.column])).toEqual([[5, 34]]);
    expect(found[0]?.message).not.toMatch(/\(when /);
    expect(found[0]?.message).toMatch(/ \(value from allowedTools at agent\.ts:3\)\.$/);
  });
});
