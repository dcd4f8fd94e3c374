import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-weak-sandbox";
const SETTINGS = { filename: ".claude/settings.json" };

function compact(text: string, options: Parameters<typeof findingsOf>[2] = SETTINGS) {
  return findingsOf(RULE, text, options).map((f) => [f.line, f.column, f.message.split(" ")[0]]);
}

describe(RULE, () => {
  it("reports each weakening key at its value", () => {
    const text = [
      "{",
      '  "sandbox": {',
      '    "enabled": true,',
      '    "allowUnsandboxedCommands": true,',
      '    "enableWeakerNetworkIsolation": true,',
      '    "network": { "allowAllUnixSockets": true },',
      '    "filesystem": { "disabled": true }',
      "  }",
      "}",
    ].join("\n");
    expect(compact(text)).toEqual([
      [4, 33, "`allowUnsandboxedCommands:"],
      [5, 37, "`enableWeakerNetworkIsolation:"],
      [6, 41, "`network.allowAllUnixSockets:"],
      [7, 33, "`filesystem.disabled:"],
    ]);
    expect(findingsOf(RULE, text, SETTINGS)[0]?.message).toBe(
      "`allowUnsandboxedCommands: true` lets the model rerun any command outside the sandbox (`dangerouslyDisableSandbox`), so a prompt injection that reaches Bash is no longer contained by the sandbox. Remove it.",
    );
  });

  it("reads the SDK sandbox option in code", () => {
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";\nquery({ prompt: "Go.", options: { sandbox: { enabled: true, enableWeakerNestedSandbox: true } } });\n`;
    expect(compact(code, {})).toEqual([[2, 88, "`enableWeakerNestedSandbox:"]]);
  });

  it("reports an enabled sandbox left to its defaults only with requireExplicit (strict)", () => {
    const text = `{ "sandbox": { "enabled": true, "autoAllowBashIfSandboxed": false } }`;
    expect(findingsOf(RULE, text, SETTINGS)).toEqual([]);
    const strict = findingsOf(RULE, text, { ...SETTINGS, preset: "strict" });
    expect(strict.map((f) => [f.line, f.column, f.endColumn])).toEqual([[1, 16, 25]]);
    expect(strict[0]?.message).toMatch(/^The sandbox is enabled but `allowUnsandboxedCommands` is left to its default/);
    const both = findingsOf(RULE, `{ "sandbox": { "enabled": true } }`, { ...SETTINGS, preset: "strict" });
    expect(both[0]?.message).toMatch(/`autoAllowBashIfSandboxed` and `allowUnsandboxedCommands` are left to their default/);
  });

  it.each([
    ["a hardened sandbox", `{ "sandbox": { "enabled": true, "autoAllowBashIfSandboxed": false, "allowUnsandboxedCommands": false } }`],
    ["false flags", `{ "sandbox": { "enableWeakerNestedSandbox": false, "network": { "allowAllUnixSockets": false } } }`],
    ["a disabled sandbox under strict", `{ "sandbox": { "enabled": false } }`],
  ])("does not report %s", (_label, text) => {
    expect(findingsOf(RULE, text, { ...SETTINGS, preset: "strict" })).toEqual([]);
  });
});
