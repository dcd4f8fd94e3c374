import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "no-untrusted-prompt-content";
const HEADER = `import { query } from "@anthropic-ai/claude-agent-sdk";
import { readFileSync } from "node:fs";
import axios from "axios";
declare const req: { body: { comment: string } };
const report = readFileSync("incoming/report.txt", "utf8");
`;

function withPrompt(prompt: string): string {
  return `${HEADER}query({ prompt: ${prompt}, options: { allowedTools: ["Read"] } });\n`;
}

describe(RULE, () => {
  it("reports file content pasted into the prompt, at the interpolation", () => {
    expect(findingsOf(RULE, withPrompt("`Summarize and label this bug report: ${report}`"))).toEqual([
      {
        messageId: "undelimited",
        line: 6,
        column: 57,
        endLine: 6,
        endColumn: 63,
        severity: "warn",
        message:
          "query prompt inserts file content (fs.readFileSync) (`report`) as plain text, so instructions hidden in that content read like your own (prompt injection). Enclose it in tags such as <document>…</document> or a fence and tell the model to treat it as data, or sanitize it first.",
      },
    ]);
  });

  it("reports request bodies and network responses, by concatenation too", () => {
    const code = `${HEADER}const page = await axios.get("https://status.acme.io");
query({ prompt: "Reply to: " + req.body.comment, options: { systemPrompt: \`Status page: \${page.data}\` } });
`;
    expect(findingsOf(RULE, code).map((f) => [f.line, f.column, f.endColumn, f.message.split(" (`")[0]])).toEqual([
      [7, 32, 48, "query prompt inserts a request body (req.body)"],
      [7, 91, 100, "systemPrompt inserts a network response (axios.get)"],
    ]);
  });

  it("reports content whose tag is closed before it or opened only after it", () => {
    expect(findingsOf(RULE, withPrompt("`<report></report> ${report}`"))).toHaveLength(1);
    expect(findingsOf(RULE, withPrompt("`${report} <report></report>`"))).toHaveLength(1);
  });

  it("resolves content read in another file", () => {
    const files = { "input.ts": `import { readFileSync } from "node:fs";\nexport const ISSUE = readFileSync("issue.md", "utf8");\n` };
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";
import { ISSUE } from "./input.js";
query({ prompt: \`Fix this issue: \${ISSUE}\`, options: { allowedTools: ["Read"] } });
`;
    expect(findingsOf(RULE, code, { files }).map((f) => [f.line, f.column, f.endColumn])).toEqual([[3, 36, 41]]);
  });

  it.each([
    ["content between tags", "`Summarize the report between the tags.\\n<report>\\n${report}\\n</report>`"],
    ["content between tags with attributes", "`<document source=\"upload\">${report}</document> Summarize it.`"],
    ["content in a backtick fence", "`Summarize:\\n\\`\\`\\`\\n${report}\\n\\`\\`\\`\\n`"],
    ["content in a tilde fence", "`Summarize:\\n~~~\\n${report}\\n~~~`"],
    ["a sanitized value", "`Summarize: ${sanitizeForPrompt(report)}`"],
    ["a file path", "`Summarize the file incoming/report.txt using the Read tool.`"],
    ["a user-typed task", "`Do this: ${process.argv[2]}`"],
  ])("does not report %s", (_label, prompt) => {
    const code = withPrompt(prompt).replace(HEADER, `${HEADER}declare function sanitizeForPrompt(text: string): string;\n`);
    expect(findingsOf(RULE, code)).toEqual([]);
  });

  describe("files shipped with the program", () => {
    const prelude = `import { query } from "@anthropic-ai/claude-agent-sdk";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
const __dirname = path.dirname(fileURLToPath(import.meta.url));
`;

    it("does not report a prompt template read from next to the module", () => {
      const cases = [
        'readFileSync(path.join(__dirname, "prompts", "system.md"), "utf8")',
        'await readFile(new URL("./prompts/system.md", import.meta.url), "utf8")',
        'readFileSync(`${__dirname}/prompts/system.md`, "utf8")',
        'readFileSync(path.resolve(import.meta.dirname, "system.md"), "utf8")',
      ];
      for (const read of cases) {
        const code = `${prelude}const template = ${read};\nquery({ prompt: \`\${template}\\nTask: triage\`, options: { allowedTools: ["Read"] } });\n`;
        expect(findingsOf(RULE, code), read).toEqual([]);
      }
    });

    it("still reports files named relative to the working directory or by input", () => {
      const cases = [
        'readFileSync("README.md", "utf8")',
        'readFileSync(path.join(process.cwd(), "README.md"), "utf8")',
        'readFileSync(path.join(__dirname, process.argv[2]!), "utf8")',
      ];
      for (const read of cases) {
        const code = `${prelude}const content = ${read};\nquery({ prompt: \`Summarize: \${content}\`, options: { allowedTools: ["Read"] } });\n`;
        expect(findingsOf(RULE, code).map((f) => f.messageId), read).toEqual(["undelimited"]);
      }
    });
  });
});
