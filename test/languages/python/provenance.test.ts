import { beforeAll, describe, expect, it } from "vitest";
import { prepareLanguages } from "../../helpers/lint-source.js";
import { agentsOf, optionOf } from "./extract-helper.js";

beforeAll(prepareLanguages);

function systemPrompt(setup: string, expression: string): unknown {
  const code = `import os\nfrom claude_agent_sdk import ClaudeAgentOptions\n${setup}\nopts = ClaudeAgentOptions(system_prompt=${expression})\n`;
  return optionOf(agentsOf(code)[0], "systemPrompt");
}

describe("Python prompt text and provenance", () => {
  it.each([
    ["f-string", "", `f"Use key {os.environ['API_KEY']} for {os.getenv('REGION', 'eu')}"`, { oneOf: [["REGION is set", "Use key {secret-env:API_KEY} for {env:REGION}"], ["REGION is unset", "Use key {secret-env:API_KEY} for eu"]] }],
    ["percent with a tuple", "", `"Hi %s, token %s" % ("bob", os.environ.get("GITHUB_TOKEN"))`, { oneOf: [["GITHUB_TOKEN is set", "Hi bob, token {secret-env:GITHUB_TOKEN}"], ["GITHUB_TOKEN is unset", "Hi bob, token None"]] }],
    ["percent with a mapping", "", `"Key: %(k)s" % {"k": os.environ["OPENAI_API_KEY"]}`, "Key: {secret-env:OPENAI_API_KEY}"],
    [".format()", "TEMPLATE = 'Region {} and {name}'", `TEMPLATE.format(os.environ["REGION"], name="x")`, "Region {env:REGION} and x"],
    ["concatenation", "", `"A " + os.environ["DATABASE_URL"] + " B"`, "A {secret-env:DATABASE_URL} B"],
    ["implicit concatenation", "", `("one " "two")`, "one two"],
    ["escapes and raw strings", "", `"tab\\tend" + r"\\n"`, "tab\tend\\n"],
    ["an f-string with doubled braces", "", `f"{{literal}} {os.environ['USER']}"`, "{literal} {env:USER}"],
  ])("builds text from %s", (_name, setup, expression, expected) => {
    expect(systemPrompt(setup, expression)).toEqual(expected);
  });

  it.each([
    ["AWS Secrets Manager", "import boto3\nsm = boto3.client('secretsmanager')", `f"k={sm.get_secret_value(SecretId='x')['SecretString']}"`, "k={secret-manager:get_secret_value}"],
    ["Vault", "import hvac\nclient = hvac.Client()", `f"k={client.secrets.kv.v2.read_secret_version(path='x')['data']}"`, "k={secret-manager:read_secret_version}"],
    ["GCP Secret Manager", "from google.cloud import secretmanager\nc = secretmanager.SecretManagerServiceClient()", `f"k={c.access_secret_version(name='x').payload.data.decode()}"`, "k={secret-manager:access_secret_version}"],
    ["open().read()", "", `"Doc: " + open("notes.md").read()`, "Doc: {file-read:open}"],
    ["with open() as f", "with open('notes.md') as f:\n    notes = f.read()", `"Doc: " + notes`, "Doc: {file-read:open}"],
    ["Path.read_text", "from pathlib import Path", `"Doc: " + Path("notes.md").read_text()`, "Doc: {file-read:Path.read_text}"],
    ["requests", "import requests", `"Page: " + requests.get("https://x").text`, "Page: {network:requests.get}"],
    ["httpx", "import httpx\nr = httpx.get('https://x')", `f"Data: {r.json()}"`, "Data: {network:httpx.get}"],
    ["urllib", "from urllib.request import urlopen", `"Page: " + urlopen("https://x").read().decode()`, "Page: {network:urllib.request.urlopen}"],
    ["input()", "", `"Task: " + input("> ")`, "Task: {stdin:input}"],
    ["sys.stdin", "import sys", `"Task: " + sys.stdin.read()`, "Task: {stdin:sys.stdin}"],
    ["flask request", "from flask import request", `f"Q: {request.json['q']} {request.get_json()}"`, "Q: {request-body:flask.request} {request-body:flask.request}"],
    ["html.escape", "import html\nimport requests", `"Page: " + html.escape(requests.get("u").text)`, "Page: {sanitized:html.escape}"],
    ["a sanitize function", "def sanitize_text(t):\n    return t", `"Page: " + sanitize_text(open("x").read())`, "Page: {sanitized:sanitize_text}"],
  ])("tags content from %s", (_name, setup, expression, expected) => {
    expect(systemPrompt(setup, expression)).toEqual(expected);
  });

  it("tags parameters, FastAPI request objects and pydantic bodies of routes", () => {
    const code = [
      "from claude_agent_sdk import ClaudeAgentOptions, query",
      "from fastapi import FastAPI, Request",
      "from pydantic import BaseModel",
      "app = FastAPI()",
      "class Ask(BaseModel):",
      "    question: str",
      "@app.post('/ask')",
      "async def ask(body: Ask, request: Request, user_task: str):",
      "    raw = await request.body()",
      "    opts = ClaudeAgentOptions(system_prompt=f'Q: {body.question} raw: {raw} task: {user_task}')",
    ].join("\n");
    expect(optionOf(agentsOf(code)[0], "systemPrompt")).toEqual("Q: {request-body:body} raw: {request-body:request} task: {parameter:user_task}");
  });

  it("tags a request object only when its class comes from a web framework", () => {
    const code = [
      "import starlette.requests",
      "from claude_agent_sdk import ClaudeAgentOptions",
      "from .jobs import Request",
      "async def run(job: Request, incoming: starlette.requests.Request, note: Request = None):",
      "    opts = ClaudeAgentOptions(system_prompt=f'job {job.id} from {incoming.url} {note}')",
    ].join("\n");
    expect(optionOf(agentsOf(code)[0], "systemPrompt")).toEqual("job {parameter:job} from {request-body:incoming} {parameter:note}");
  });
});
