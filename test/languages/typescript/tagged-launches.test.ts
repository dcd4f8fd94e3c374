import { describe, expect, it } from "vitest";
import { findingsOf } from "../../helpers/lint-source.js";
import { extract, plain } from "./extract.js";

function launches(code: string, filename = "run.ts"): Array<{ line: number; api: string; command: unknown; line_: boolean }> {
  return extract(code, {}, filename).cliInvocations.map((run) => ({ line: run.loc.line, api: run.api, command: plain(run.command), line_: run.line }));
}

describe("programs started by template tags", () => {
  it("reads zx and Bun Shell templates as command lines with each value quoted as one word", () => {
    expect(launches(`import { $ } from "zx";
import { $ as sh } from "bun";
const task = process.argv[2];
const FLAGS = ["--verbose", "--model", "it's"];
await $\`claude -p \${task} --dangerously-skip-permissions\`;
await $({ cwd: "/srv" })\`claude \${FLAGS}\`;
await sh\`claude -p \${"a; b"}\`.quiet();
$.sync\`claude\`;`)).toEqual([
      { line: 5, api: "zx.$", command: "claude -p ${unknown} --dangerously-skip-permissions", line_: true },
      { line: 6, api: "zx.$", command: "claude '--verbose' '--model' 'it'\\''s'", line_: true },
      { line: 7, api: "bun.$", command: "claude -p 'a; b'", line_: true },
      { line: 8, api: "zx.$", command: "claude", line_: true },
    ]);
  });

  it("reads execa templates as argument vectors: literal text split on whitespace, each value one argument", () => {
    expect(launches(`import { $, execa } from "execa";
const FLAGS = ["--verbose", "--max-turns"];
const model = process.env.MODEL;
await execa\`claude -p \${"two words"} \${FLAGS} 3\`;
await $\`claude --model=\${model} --flag=\${"x"}\`;`)).toEqual([
      { line: 4, api: "execa.execa", command: ["claude", "-p", "two words", "--verbose", "--max-turns", "3"], line_: false },
      { line: 5, api: "execa.$", command: ["claude", "<unknown>", "--flag=x"], line_: false },
    ]);
  });

  it("knows zx's global `$` only in a zx script, and Bun.$ only as the runtime global", () => {
    expect(launches("#!/usr/bin/env zx\nawait $`claude --version`;\n", "run.mjs").map((run) => run.api)).toEqual(["zx.$"]);
    expect(launches(`import "zx/globals";\nawait $\`claude --version\`;\n`).map((run) => run.api)).toEqual(["zx.$"]);
    expect(launches("await Bun.$`claude --version`;\n").map((run) => run.api)).toEqual(["Bun.$"]);
    expect(launches("await $`claude --dangerously-skip-permissions`;\n", "run.mjs")).toEqual([]);
    expect(launches(`const $ = (s: TemplateStringsArray) => s.join("");\n$\`claude --dangerously-skip-permissions\`;\n`)).toEqual([]);
    expect(launches(`import { html as $ } from "lit";\n$\`claude --dangerously-skip-permissions\`;\n`)).toEqual([]);
  });

  it("gives no-permission-bypass findings at the flag, and none for a flag inside a quoted value", () => {
    const code = `import { $ } from "zx";
import { execa } from "execa";
const task = process.argv[2];
await $\`claude -p \${task} --dangerously-skip-permissions\`;
await execa\`claude -p \${task} --permission-mode bypassPermissions\`;
await $\`echo \${"claude --dangerously-skip-permissions"}\`;
await $\`claude -p \${task} --permission-mode plan\`;
`;
    expect(findingsOf("no-permission-bypass", code).map((finding) => [finding.line, finding.column, finding.endColumn])).toEqual([
      [4, 27, 57],
      [5, 49, 66],
    ]);
  });
});
