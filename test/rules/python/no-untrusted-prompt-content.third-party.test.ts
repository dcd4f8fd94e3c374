/**
 * no-untrusted-prompt-content on Python agents that read what third parties write: PyGithub,
 * python-gitlab, `gh` run through subprocess, email, slack_bolt, discord.py, python-telegram-bot
 * and pyTelegramBotAPI handlers. Objects of the program's own that look alike give nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-untrusted-prompt-content";
const HEADER = "from claude_agent_sdk import ClaudeAgentOptions, query\n";
const OPTIONS = 'options=ClaudeAgentOptions(allowed_tools=["Read", "Edit"])';
const found = (code: string) => findingsOf(RULE, code, { filename: "agent.py" }).map((f) => [f.messageId, f.line, f.column, f.message.split(" as plain text")[0]]);

describe(`${RULE} (Python): issue trackers`, () => {
  it("reports an issue and its comments read with PyGithub, in a loop and in a comprehension", () => {
    const code = `${HEADER}import os
from github import Auth, Github

gh = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))


async def triage(number):
    issue = gh.get_repo("acme/app").get_issue(number)
    thread = "\\n".join(comment.body for comment in issue.get_comments())
    for review in issue.as_pull_request().get_reviews():
        thread += review.body
    prompt = f"Triage #{issue.number}: {issue.title}\\n\\n{issue.body}\\n\\n{thread}"
    async for message in query(prompt=prompt, ${OPTIONS}):
        print(message)
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.column, f.message.split(" as plain text")[0]])).toEqual([
      [10, 14, "query prompt inserts a GitHub comment body (issue.get_comments) (`thread`)"],
      [12, 19, "query prompt inserts a GitHub review body (issue.as_pull_request().get_reviews) (`review.body`)"],
      [13, 41, "query prompt inserts a GitHub issue title (gh.get_repo(\"acme/app\").get_issue) (`issue.title`)"],
      [13, 58, "query prompt inserts a GitHub issue body (gh.get_repo(\"acme/app\").get_issue) (`issue.body`)"],
    ]);
    expect(findings[3]?.message).toContain("so anyone who can open an issue can steer this agent");
  });

  it("reports a parameter annotated with PyGithub's Issue", () => {
    const code = `${HEADER}from github.Issue import Issue


def fix(issue: Issue):
    return query(prompt=f"Fix: {issue.title}", ${OPTIONS})
`;
    expect(found(code)).toEqual([["thirdParty", 6, 33, "query prompt inserts a GitHub issue title (issue: Issue) (`issue.title`)"]]);
  });

  it("reports an issue and its notes read with python-gitlab", () => {
    const code = `${HEADER}import gitlab

gl = gitlab.Gitlab("https://gitlab.example.com", private_token="glpat-placeholder")


def answer(project_id, iid):
    issue = gl.projects.get(project_id).issues.get(iid)
    note = issue.notes.list(get_all=True)[-1]
    return query(prompt=f"{issue.description}\\n{note.body}", ${OPTIONS})
`;
    expect(found(code)).toEqual([
      ["thirdParty", 10, 28, "query prompt inserts a GitLab issue description (gl.projects.get(project_id).issues.get) (`issue.description`)"],
      ["thirdParty", 10, 49, "query prompt inserts a GitLab note body (issue.notes.list) (`note.body`)"],
    ]);
  });

  it("reports what `gh` prints, run through subprocess", () => {
    const code = `${HEADER}import subprocess

diff = subprocess.check_output(["gh", "pr", "diff", "7"], text=True)
issue = subprocess.run("gh issue view 12", shell=True, capture_output=True, text=True).stdout
query(prompt=f"{diff}\\n{issue}", ${OPTIONS})
`;
    expect(found(code)).toEqual([
      ["thirdParty", 6, 17, "query prompt inserts a GitHub pull request diff (gh pr diff) (`diff`)"],
      ["thirdParty", 6, 25, "query prompt inserts a GitHub issue (gh issue view) (`issue`)"],
    ]);
  });
});

describe(`${RULE} (Python): chat and mail`, () => {
  it("reports Slack events and messages handled by a slack_bolt App, by the argument names bolt passes", () => {
    const code = `${HEADER}from slack_bolt import App

app = App(token="xoxb-placeholder")


@app.event("app_mention")
def mention(event, say):
    query(prompt=f"Answer: {event['text']}", ${OPTIONS})


@app.message("help")
def help_message(message, say, logger):
    query(prompt="Answer: " + message.get("text", ""), ${OPTIONS})
`;
    const findings = findingsOf(RULE, code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.column, f.message.split(" as plain text")[0]])).toEqual([
      [9, 29, "query prompt inserts a Slack message (@app.event handler) (`event['text']`)"],
      [14, 31, "query prompt inserts a Slack message (@app.message handler) (`message.get(\"text\", \"\")`)"],
    ]);
    expect(findings[0]?.message).toContain("so anyone who can post a Slack message where the bot reads can steer this agent");
  });

  it("reports discord.py messages and the words typed after a command", () => {
    const code = `${HEADER}import discord
from discord.ext import commands

client = discord.Client(intents=discord.Intents.default())
bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@client.event
async def on_message(message):
    query(prompt=f"User: {message.content}", ${OPTIONS})


@client.event
async def on_ready():
    query(prompt=f"Logged in as {client.user}", ${OPTIONS})


@bot.command()
async def ask(ctx, *, question):
    query(prompt=f"Question: {question}", ${OPTIONS})
`;
    expect(found(code)).toEqual([
      ["thirdParty", 11, 27, "query prompt inserts a Discord message (@client.event handler) (`message.content`)"],
      ["thirdParty", 21, 31, "query prompt inserts a Discord message (@bot.command handler) (`question`)"],
    ]);
  });

  it("reports Telegram messages: an Update parameter and a TeleBot message handler", () => {
    const code = `${HEADER}import telebot
from telegram import Update
from telegram.ext import ContextTypes

bot = telebot.TeleBot("placeholder")


async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE):
    query(prompt=f"Reply: {update.message.text}", ${OPTIONS})


@bot.message_handler(func=lambda m: True)
def echo(message):
    query(prompt=f"Reply: {message.text}", ${OPTIONS})
`;
    expect(found(code)).toEqual([
      ["thirdParty", 10, 28, "query prompt inserts a Telegram message (update: Update) (`update.message.text`)"],
      ["thirdParty", 15, 28, "query prompt inserts a Telegram message (@bot.message_handler handler) (`message.text`)"],
    ]);
  });

  it("reports an email's subject and body", () => {
    const code = `${HEADER}import email


def answer(raw):
    msg = email.message_from_bytes(raw)
    body = msg.get_payload(decode=True).decode()
    return query(prompt=f"Re: {msg['Subject']}\\n{body}", ${OPTIONS})
`;
    expect(found(code)).toEqual([
      ["thirdParty", 8, 32, "query prompt inserts an email subject (email.message_from_bytes) (`msg['Subject']`)"],
      ["thirdParty", 8, 50, "query prompt inserts an email (email.message_from_bytes) (`body`)"],
    ]);
  });
});

describe(`${RULE} (Python): look-alikes`, () => {
  it("reports nothing for the program's own issue objects, numbers, created comments or delimited text", () => {
    const code = `${HEADER}from github import Github


class Issue:
    def __init__(self, body):
        self.body = body


gh = Github()


def run(issue, message):
    mine = Issue("Fixed in main")
    real = gh.get_repo("acme/app").get_issue(1)
    reply = real.create_comment("Thanks!")
    return query(prompt=f"{issue.body} {message['text']} {mine.body} #{real.number} {reply.body} <issue>{real.body}</issue>", ${OPTIONS})
`;
    expect(found(code)).toEqual([]);
  });
});
