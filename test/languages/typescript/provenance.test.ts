import { describe, expect, it } from "vitest";
import type { RValue, TextPart } from "../../../src/model/value.js";
import { extract, plain } from "./extract.js";

const SDK = `"@anthropic-ai/claude-agent-sdk"`;

/** The prompt of the only query() in `body`. */
function promptOf(body: string, files: Record<string, string> = {}): RValue | undefined {
  const agents = extract(`import { query } from ${SDK};\n${body}`, files).agents;
  expect(agents).toHaveLength(1);
  return agents[0]?.queryPrompts[0];
}

function holes(value: RValue | undefined): Array<{ provenance: unknown; expression: string }> {
  const parts: readonly TextPart[] = value?.kind === "text" ? value.parts : [];
  return parts.flatMap((part) => (part.kind === "hole" ? [{ provenance: part.provenance, expression: part.expression }] : []));
}

describe("prompt text and provenance", () => {
  it("builds text from template literals and concatenation", () => {
    const prompt = promptOf(`const NAME = "repo";
export function run(user: string) {
  return query({ prompt: \`Review \${NAME} for \${user}\` + " now", options: {} });
}`);
    expect(plain(prompt)).toBe("Review repo for ${parameter:user} now");
    expect(holes(prompt)).toEqual([{ provenance: { kind: "parameter", name: "user" }, expression: "user" }]);
    expect(prompt?.kind === "text" ? prompt.parts[0]?.loc : undefined).toMatchObject({ line: 4, column: 27 });
  });

  it("keeps a fully literal template as a string", () => {
    expect(promptOf(`const who = "world";\nquery({ prompt: \`hello \${who}\` + "!" });`)).toMatchObject({ kind: "string", value: "hello world!" });
  });

  it("tags environment variables as env or secret-env, in every spelling", () => {
    const prompt = promptOf(`const { OPENAI_API_KEY, REGION: region } = process.env;
query({ prompt: \`\${process.env.GITHUB_TOKEN} \${process.env["DB_PASSWORD"]} \${OPENAI_API_KEY} \${region} \${process.env.USER_NAME}\` });`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "secret-env", name: "GITHUB_TOKEN" },
      { kind: "secret-env", name: "DB_PASSWORD" },
      { kind: "secret-env", name: "OPENAI_API_KEY" },
      { kind: "env", name: "REGION" },
      { kind: "env", name: "USER_NAME" },
    ]);
  });

  it("lets provenance flow through variables and imports", () => {
    const prompt = promptOf(`import { SYSTEM } from "./prompts";
const key = process.env.STRIPE_SECRET_KEY;
const intro = "Use " + key;
query({ prompt: \`\${intro}. \${SYSTEM}\` });`, { "prompts.ts": "export const SYSTEM = `token ${process.env.SLACK_TOKEN}`;" });
    expect(plain(prompt)).toBe("Use ${secret-env:STRIPE_SECRET_KEY}. token ${secret-env:SLACK_TOKEN}");
  });

  it("gives a value that is only a source an unknown value with that provenance", () => {
    expect(promptOf(`query({ prompt: process.env.TASK_PROMPT ?? "" });`)).toMatchObject({ kind: "oneOf" });
    expect(promptOf(`query({ prompt: process.env.API_TOKEN! });`)).toMatchObject({ kind: "unknown", provenance: { kind: "secret-env", name: "API_TOKEN" } });
  });

  it("tags file reads", () => {
    const prompt = promptOf(`import fs from "node:fs";
import { readFile } from "fs/promises";
const a = fs.readFileSync("a.md", "utf8");
const b = await readFile("b.md", "utf8");
const c = await fs.promises.readFile("c.md", "utf8");
query({ prompt: \`\${a}\${b}\${c.toString()}\` });`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "file-read", api: "fs.readFileSync" },
      { kind: "file-read", api: "fs/promises.readFile" },
      { kind: "file-read", api: "fs.promises.readFile" },
    ]);
  });

  it("tags network responses, also through an intermediate response", () => {
    const prompt = promptOf(`import axios from "axios";
import got from "got";
import { request } from "undici";
const res = await fetch("https://example.com");
const page = await res.text();
const json = await (await fetch("https://example.com/a")).json();
const { data } = await axios.get("https://example.com/b");
const other = await got("https://example.com/c").text();
const { body } = await request("https://example.com/d");
query({ prompt: \`\${page}\${json.title}\${data}\${other}\${body}\` });`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "network", api: "fetch" },
      { kind: "network", api: "fetch" },
      { kind: "network", api: "axios.get" },
      { kind: "network", api: "got.text" },
      { kind: "network", api: "undici.request" },
    ]);
  });

  it("tags request bodies", () => {
    const prompt = promptOf(`export async function handler(req: any, ctx: any, c: any, request: Request) {
  const input = await request.json();
  return query({ prompt: \`\${req.body.task} \${ctx.request.body} \${await c.req.json()} \${input.q}\` });
}`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "request-body", api: "req.body" },
      { kind: "request-body", api: "ctx.request.body" },
      { kind: "request-body", api: "c.req.json" },
      { kind: "request-body", api: "request.json" },
    ]);
  });

  it("tags stdin and readline", () => {
    const prompt = promptOf(`import readline from "node:readline/promises";
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const answer = await rl.question("Task? ");
query({ prompt: \`\${answer} \${process.stdin}\` });`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "stdin", api: "readline/promises.createInterface" },
      { kind: "stdin", api: "process.stdin" },
    ]);
  });

  it("tags secret manager reads", () => {
    const prompt = promptOf(`import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";
import { SecretManagerServiceClient } from "@google-cloud/secret-manager";
import vault from "node-vault";
const aws = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: "k" }));
const [version] = await new SecretManagerServiceClient().accessSecretVersion({ name: "n" });
const fromVault = await vault({ endpoint: "https://vault" }).read("secret/data/x");
query({ prompt: \`\${aws.SecretString} \${version.payload.data} \${fromVault.data.key}\` });`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "secret-manager", api: "AWS Secrets Manager" },
      { kind: "secret-manager", api: "@google-cloud/secret-manager" },
      { kind: "secret-manager", api: "node-vault" },
    ]);
  });

  it("tags content passed through a sanitiser", () => {
    const prompt = promptOf(`import { sanitizeForPrompt } from "./safety";
export function run(req: any) {
  return query({ prompt: \`\${sanitizeForPrompt(req.body.text)} \${escapeHtml(req.body.title)} \${req.body.raw}\` });
}`);
    expect(holes(prompt).map((hole) => hole.provenance)).toEqual([
      { kind: "sanitized", api: "sanitizeForPrompt" },
      { kind: "sanitized", api: "escapeHtml" },
      { kind: "request-body", api: "req.body" },
    ]);
  });

  it("keeps literal text through a sanitiser and marks only its holes sanitized", () => {
    const prompt = promptOf(`export function run(name: string) {
  return query({ prompt: stripMarkdown(\`Hello \${name}, key sk-live-123\`) });
}`);
    expect(plain(prompt)).toBe("Hello ${sanitized}, key sk-live-123");
  });

  it("reads templates behind re-indenting tags and nothing else", () => {
    expect(plain(promptOf(`import dedent from "dedent";
query({ prompt: dedent\`Review \${process.env.REPO}\` });`))).toBe("Review ${env:REPO}");
    expect(promptOf(`import { sql } from "db";
query({ prompt: sql\`select 1\` });`)).toMatchObject({ kind: "unknown" });
  });

  it("resolves the home directory and paths joined onto it", () => {
    const [agent] = extract(`import { query } from ${SDK};
import os from "node:os";
import path from "node:path";
query({ prompt: "x", options: { cwd: os.homedir(), additionalDirectories: [path.join(os.homedir(), "projects"), process.env.HOME, path.join("/srv", "app")] } });`).agents;
    const [cwd, dirs] = agent?.options.entries ?? [];
    expect(cwd?.value).toMatchObject({ kind: "unknown", reason: "the home directory", provenance: { kind: "env", name: "HOME" } });
    expect(plain(dirs?.value)).toEqual(["${env:HOME}/projects", "<env:HOME>", "/srv/app"]);
  });

  it("treats a call it cannot see into as unknown without provenance", () => {
    const prompt = promptOf(`import { loadTask } from "task-lib";\nquery({ prompt: \`Do \${loadTask()}\` });`);
    expect(holes(prompt)).toEqual([{ provenance: { kind: "unknown" }, expression: "loadTask()" }]);
  });
});
