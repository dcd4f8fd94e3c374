/**
 * no-untrusted-prompt-content on text third parties write: GitHub issues, pull requests and
 * comments (Octokit, @actions/github, probot, @octokit/webhooks, `gh`), Slack, Discord and
 * Telegram messages, email. Each source is recognised from the SDK its object comes from, never
 * from a name, so the look-alikes at the end give nothing.
 */
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "no-untrusted-prompt-content";
const SDK = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';
const OPTIONS = 'options: { allowedTools: ["Read", "Edit"] }';
const found = (code: string) => findingsOf(RULE, code).map((f) => [f.messageId, f.line, f.column, f.message.split(" as plain text")[0]]);

describe(`${RULE}: GitHub`, () => {
  it("reports an issue's title and body and its comments read with Octokit, saying who can steer the agent", () => {
    const code = `${SDK}import { Octokit } from "@octokit/rest";
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
export async function triage(issue_number: number) {
  const { data: issue } = await octokit.rest.issues.get({ owner: "acme", repo: "app", issue_number });
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: "acme", repo: "app", issue_number });
  const thread = comments.map((comment) => comment.body).join("\\n");
  return query({ prompt: \`Triage #\${issue.number}: \${issue.title}\\n\${issue.body}\\n\${thread}\`, ${OPTIONS} });
}
`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([
      ["thirdParty", 8, 54, 65],
      ["thirdParty", 8, 70, 80],
      ["thirdParty", 8, 85, 91],
    ]);
    expect(findings[1]?.message).toBe(
      "query prompt inserts a GitHub issue body (octokit.rest.issues.get) (`issue.body`) as plain text, so anyone who can open an issue can steer this agent: instructions they write there read like your own (prompt injection). Enclose it in tags such as <issue>…</issue> and tell the model to treat it as data, or sanitize it first.",
    );
    expect(findings[2]?.message).toContain("a GitHub comment body (octokit.rest.issues.listComments) (`thread`) as plain text, so anyone who can comment on an issue or pull request");
  });

  it("reports a pull request from getOctokit of @actions/github, and the event payload of the workflow run", () => {
    const code = `${SDK}import * as github from "@actions/github";
const octokit = github.getOctokit(process.env.GITHUB_TOKEN!);
const { data: pr } = await octokit.rest.pulls.get({ ...github.context.repo, pull_number: 7 });
const comment = github.context.payload.comment?.body ?? "";
query({ prompt: \`Review "\${pr.title}" as asked: \${comment}\`, ${OPTIONS} });
`;
    expect(found(code)).toEqual([
      ["thirdParty", 6, 28, "query prompt inserts a GitHub pull request title (octokit.rest.pulls.get) (`pr.title`)"],
      ["thirdParty", 6, 51, "query prompt inserts a GitHub comment body (github.context.payload) (`comment`)"],
    ]);
  });

  it("reports the context of a probot handler and a parameter typed with probot's Context", () => {
    const code = `${SDK}import type { Context, Probot } from "probot";
export default (app: Probot) => {
  app.on("issues.opened", async (context) => {
    const { issue } = context.payload;
    await query({ prompt: "Label this issue: " + issue.body, ${OPTIONS} });
  });
};
export async function reply(context: Context<"issue_comment.created">) {
  await query({ prompt: \`Answer: \${context.payload.comment.body}\`, ${OPTIONS} });
}
`;
    expect(found(code)).toEqual([
      ["thirdParty", 6, 50, "query prompt inserts a GitHub issue body (app.on() handler) (`issue.body`)"],
      ["thirdParty", 10, 36, "query prompt inserts a GitHub comment body (context: Context) (`context.payload.comment.body`)"],
    ]);
  });

  it("reads a JavaScript probot app typed in JSDoc", () => {
    const code = `const { query } = require("@anthropic-ai/claude-agent-sdk");
/** @param {import("probot").Probot} app */
module.exports = (app) => {
  app.on("issue_comment.created", async (context) => {
    await query({ prompt: \`Do what this comment asks: \${context.payload.comment.body}\`, ${OPTIONS} });
  });
};
`;
    const findings = findingsOf(RULE, code, { filename: "app.js" });
    expect(findings.map((f) => [f.line, f.column, f.message.split(" as plain text")[0]])).toEqual([
      [5, 57, "query prompt inserts a GitHub comment body (app.on() handler) (`context.payload.comment.body`)"],
    ]);
  });

  it("reports a webhook event of @octokit/webhooks", () => {
    const code = `${SDK}import { Webhooks } from "@octokit/webhooks";
const webhooks = new Webhooks({ secret: process.env.WEBHOOK_SECRET! });
webhooks.on("pull_request_review.submitted", ({ payload }) => {
  query({ prompt: \`Address: \${payload.review.body}\`, ${OPTIONS} });
});
`;
    expect(found(code)).toEqual([["thirdParty", 5, 31, "query prompt inserts a GitHub review body (webhooks.on() handler) (`payload.review.body`)"]]);
  });

  it("reports what `gh` prints about issues and pull requests, run through child_process or execa", () => {
    const code = `${SDK}import { execSync } from "node:child_process";
import { execa } from "execa";
const issue = JSON.parse(execSync("gh issue view 12 --json title,body").toString());
const { stdout: diff } = await execa("gh", ["pr", "diff", "7"]);
const { stdout: notes } = await execa("gh", ["api", "repos/acme/app/issues/12/comments"]);
query({ prompt: \`\${issue.body}\\n\${diff}\\n\${notes}\`, ${OPTIONS} });
`;
    expect(found(code)).toEqual([
      ["thirdParty", 7, 20, "query prompt inserts a GitHub issue (gh issue view) (`issue.body`)"],
      ["thirdParty", 7, 35, "query prompt inserts a GitHub pull request diff (gh pr diff) (`diff`)"],
      ["thirdParty", 7, 44, "query prompt inserts a GitHub comment (gh api) (`notes`)"],
    ]);
  });

  it("accepts delimited issue text, and reports nothing for what the program writes or numbers", () => {
    const code = `${SDK}import { Octokit } from "@octokit/rest";
const octokit = new Octokit();
const { data: issue } = await octokit.rest.issues.get({ owner: "acme", repo: "app", issue_number: 1 });
const { data: mine } = await octokit.rest.issues.createComment({ owner: "acme", repo: "app", issue_number: 1, body: "Thanks!" });
const { data: readme } = await octokit.rest.repos.getReadme({ owner: "acme", repo: "app" });
query({ prompt: \`<issue>\${issue.body}</issue> #\${issue.number} by \${issue.user?.login}: \${mine.body} \${readme.content}\`, ${OPTIONS} });
`;
    expect(found(code)).toEqual([]);
  });
});

describe(`${RULE}: chat and mail`, () => {
  it("reports Slack messages and mentions handled by a @slack/bolt App", () => {
    const code = `${SDK}import { App } from "@slack/bolt";
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
app.event("app_mention", async ({ event, say }) => {
  await query({ prompt: \`Answer: \${event.text}\`, ${OPTIONS} });
});
`;
    const [finding] = findingsOf(RULE, code);
    expect([finding?.line, finding?.column]).toEqual([5, 36]);
    expect(finding?.message).toBe(
      "query prompt inserts a Slack message (app.event() handler) (`event.text`) as plain text, so anyone who can post a Slack message where the bot reads can steer this agent: instructions they write there read like your own (prompt injection). Enclose it in tags such as <message>…</message> and tell the model to treat it as data, or sanitize it first.",
    );
  });

  it("reports Discord messages of a discord.js Client's messageCreate handler, not other events", () => {
    const code = `${SDK}import { Client, Events, GatewayIntentBits } from "discord.js";
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.on(Events.MessageCreate, async (message) => {
  await query({ prompt: \`User says: \${message.content}\`, ${OPTIONS} });
});
client.on("guildCreate", async (guild) => {
  await query({ prompt: \`Welcome \${guild.name}\`, ${OPTIONS} });
});
`;
    expect(found(code)).toEqual([["thirdParty", 5, 39, "query prompt inserts a Discord message (client.on() handler) (`message.content`)"]]);
  });

  it("reports Telegram messages of a telegraf bot", () => {
    const code = `${SDK}import { Telegraf } from "telegraf";
const bot = new Telegraf(process.env.BOT_TOKEN!);
bot.on("text", async (ctx) => {
  await query({ prompt: \`Reply to: \${ctx.message.text}\`, ${OPTIONS} });
});
`;
    expect(found(code)).toEqual([["thirdParty", 5, 38, "query prompt inserts a Telegram message (bot.on() handler) (`ctx.message.text`)"]]);
  });

  it("reports an email parsed with mailparser", () => {
    const code = `${SDK}import { simpleParser } from "mailparser";
export async function answer(raw: Buffer) {
  const mail = await simpleParser(raw);
  return query({ prompt: \`Subject: \${mail.subject}\\n\${mail.text}\`, ${OPTIONS} });
}
`;
    expect(found(code)).toEqual([
      ["thirdParty", 5, 38, "query prompt inserts an email subject (mailparser.simpleParser) (`mail.subject`)"],
      ["thirdParty", 5, 55, "query prompt inserts an email (mailparser.simpleParser) (`mail.text`)"],
    ]);
  });
});

describe(`${RULE}: look-alikes of third-party text`, () => {
  it("reports nothing for the program's own objects that happen to be called issue, message or octokit", () => {
    const code = `${SDK}interface Issue { title: string; body: string; number: number }
class Octokit { rest = { issues: { get: async () => ({ data: { body: "local" } }) } }; }
const octokit = new Octokit();
const app = { message: (handler: (args: { message: { text: string } }) => void) => handler({ message: { text: "hi" } }) };
export async function run(issue: Issue) {
  const { data } = await octokit.rest.issues.get();
  const body = "Fixed in main.";
  app.message(({ message }) => query({ prompt: message.text, ${OPTIONS} }));
  return query({ prompt: \`\${issue.title}: \${issue.body} \${data.body} \${body}\`, ${OPTIONS} });
}
`;
    expect(found(code)).toEqual([]);
  });
});
