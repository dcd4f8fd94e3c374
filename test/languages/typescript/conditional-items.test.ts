/**
 * A list grown by `push` under more `if`s than a value carries alternatives for: each item
 * keeps the condition it was added under, so a flag added under one of many `if`s is still
 * reported, with that condition, and nothing is reported for items no condition adds.
 */
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../helpers/lint-source.js";

const IFS = ["sessionId", "model", "variant", "stream", "verbose", "effort", "disableMcp", "systemPrompt"];

function buildArgs(middle: string, before = ""): string {
  const pushes = IFS.map((name) => `  if (options.${name}) {\n    args.push("--${name}", String(options.${name}));\n  }\n`);
  const half = pushes.length / 2;
  return `import { execa } from "execa";

interface Options { [key: string]: string | boolean | undefined; skipPermissions?: boolean }

function buildArgs(options: Options): string[] {
  const args: string[] = ["--print"];
${before}${pushes.slice(0, half).join("")}${middle}${pushes.slice(half).join("")}  return args;
}

export function run(options: Options) {
  const { skipPermissions = true } = options;
  return execa("claude", buildArgs({ ...options, skipPermissions }));
}
`;
}

describe("lists grown under many ifs", () => {
  it("report a flag added under one of them, with its condition", () => {
    const code = buildArgs('  if (options.skipPermissions) {\n    args.push("--dangerously-skip-permissions");\n  }\n');
    expect(findingsOf("no-permission-bypass", code, { filename: "backend.ts" }).map((f) => /\(when (.*?)\)(?: \([^()]*\))?\.$/.exec(f.message)?.[1])).toEqual(["options.skipPermissions"]);
  });

  it("report a flag added before them without a condition", () => {
    const code = buildArgs("", '  args.push("--dangerously-skip-permissions");\n');
    const findings = findingsOf("no-permission-bypass", code, { filename: "backend.ts" });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).not.toContain("(when");
  });

  it("report nothing when no branch adds a flag", () => {
    expect(findingsOf("no-permission-bypass", buildArgs('  if (options.quiet) {\n    args.push("--quiet");\n  }\n'), { filename: "backend.ts" })).toEqual([]);
  });

  it("keep a tool added under one of them, and the list stays open to the allowlist rule", () => {
    const pushes = IFS.map((name) => `  if (config.${name}) tools.push("mcp__${name}__run");\n`).join("");
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";

export function run(config: Record<string, boolean>, prompt: string) {
  const tools: string[] = ["Read"];
  if (config.shell) tools.push("Bash");
${pushes}
  return query({ prompt, options: { allowedTools: tools, maxTurns: 5, cwd: "/srv" } });
}
`;
    expect(findingsOf("no-unscoped-bash", code, { filename: "agent.ts" }).map((f) => /\(when (.*?)\)(?: \([^()]*\))?\.$/.exec(f.message)?.[1])).toEqual(["config.shell"]);
    expect(findingsOf("require-tool-allowlist", code, { filename: "agent.ts" })).toEqual([]);
  });
});
