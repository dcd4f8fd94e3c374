/**
 * A synthetic repository of a chosen size: agent files (TS, and Python when supported) that
 * import shared settings, ordinary TS/JS modules, and noise (docs, data, binaries), spread
 * over package folders like a monorepo. Contents vary per file so nothing is cached by text.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface SyntheticRepo {
  readonly root: string;
  readonly files: number;
  readonly bytes: number;
  /** One file of each kind, for single-file latency. */
  readonly samples: { readonly irrelevant: string; readonly tsAgent: string; readonly pythonAgent?: string };
}

export interface RepoShape {
  readonly files: number;
  readonly python: boolean;
}

const FILES_PER_PACKAGE = 50;

export function writeSyntheticRepo(root: string, shape: RepoShape): SyntheticRepo {
  let bytes = 0;
  let files = 0;
  const write = (relative: string, content: string | Buffer): string => {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    bytes += Buffer.byteLength(content);
    files += 1;
    return absolute;
  };

  write("package.json", JSON.stringify({ name: "synthetic-monorepo", private: true, type: "module" }, null, 2));
  write(".gitignore", "node_modules/\ndist/\n");
  const samples: { irrelevant?: string; tsAgent?: string; pythonAgent?: string } = {};

  for (let index = 0; files < shape.files; index += 1) {
    const pkg = `packages/pkg-${Math.floor(index / FILES_PER_PACKAGE)}`;
    const slot = index % 20;
    if (slot === 0) {
      write(`${pkg}/src/settings-${index}.ts`, settingsModule(index));
      const written = write(`${pkg}/src/agent-${index}.ts`, tsAgent(index));
      samples.tsAgent ??= written;
    } else if (slot === 10 && shape.python) {
      const written = write(`${pkg}/agents/agent_${index}.py`, pythonAgent(index));
      samples.pythonAgent ??= written;
    } else if (slot === 10) {
      write(`${pkg}/src/agent-${index}.ts`, tsAgent(index));
    } else if (slot < 14) {
      const written = write(`${pkg}/src/module-${index}.ts`, ordinaryModule(index));
      samples.irrelevant ??= written;
    } else if (slot < 16) {
      write(`${pkg}/lib/util-${index}.js`, ordinaryScript(index));
    } else if (slot < 18) {
      write(`${pkg}/docs/note-${index}.md`, markdownNote(index));
    } else if (slot === 18) {
      write(`${pkg}/data/fixture-${index}.json`, JSON.stringify(dataRecords(index), null, 2));
    } else {
      write(`${pkg}/assets/image-${index}.png`, binaryBlob(index));
    }
  }
  if (!samples.irrelevant || !samples.tsAgent) throw new Error("The synthetic repository is too small to hold every kind of file; ask for at least 20 files.");
  return {
    root,
    files,
    bytes,
    samples: { irrelevant: samples.irrelevant, tsAgent: samples.tsAgent, ...(samples.pythonAgent ? { pythonAgent: samples.pythonAgent } : {}) },
  };
}

function settingsModule(index: number): string {
  return `export const MAX_TURNS = ${index % 3 === 0 ? 500 : 20 + (index % 30)};
export const TOOLS = ["Read", "Grep", "Glob"${index % 2 === 0 ? ', "Bash"' : ', "Bash(git diff:*)"'}];
export const ROLES = {
  viewer: ["Read"],
  editor: ["Read", "Edit", "Write"],
} as const;
`;
}

function tsAgent(index: number): string {
  return `import { query, type Options } from "@anthropic-ai/claude-agent-sdk";
import { readFile } from "node:fs/promises";
import { MAX_TURNS, ROLES, TOOLS } from "./settings-${index - (index % 20)}.js";

type Role = keyof typeof ROLES;

export async function run${index}(role: Role, task: string): Promise<void> {
  const notes = await readFile("notes-${index}.md", "utf8");
  const options: Options = {
    allowedTools: [...TOOLS, ...ROLES[role]],
    permissionMode: ${index % 4 === 0 ? '"bypassPermissions"' : '"acceptEdits"'},
    maxTurns: MAX_TURNS,
    cwd: ${index % 5 === 0 ? '"/"' : '"/srv/work"'},
    env: { ...process.env, JOB_ID: "${index}" },
    mcpServers: {
      files: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem${index % 2 ? "@2025.8.21" : ""}", "/srv/work"] },
    },
    systemPrompt: \`You maintain package ${index}. Notes: \${notes}\`,
  };
  for await (const message of query({ prompt: task, options })) {
    if (message.type === "result") console.log(message.subtype);
  }
}
`;
}

export interface PythonCorpus {
  readonly files: number;
  readonly bytes: number;
}

/**
 * Python agent code only, for Python throughput: agent modules of a few shapes (inline
 * options, options imported from a shared package module, `**kwargs` builders) spread over
 * packages, each package with its own `settings.py` that agents import.
 */
export function writePythonCorpus(root: string, count: number): PythonCorpus {
  let bytes = 0;
  let files = 0;
  const write = (relative: string, content: string): void => {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    bytes += Buffer.byteLength(content);
    files += 1;
  };
  for (let index = 0; files < count; index += 1) {
    const pkg = `services/svc_${Math.floor(index / FILES_PER_PACKAGE)}`;
    if (index % FILES_PER_PACKAGE === 0) {
      write(`${pkg}/__init__.py`, "");
      write(`${pkg}/settings.py`, pythonSettings(index));
    }
    write(`${pkg}/agent_${index}.py`, index % 3 === 0 ? pythonAgent(index) : index % 3 === 1 ? pythonImportingAgent(index) : pythonKwargsAgent(index));
  }
  return { files, bytes };
}

function pythonSettings(index: number): string {
  return `import os

BASE_TOOLS = ["Read", "Grep", "Glob"]
ROLES = {
    "reviewer": {"allowed_tools": BASE_TOOLS, "permission_mode": "plan"},
    "fixer": {"allowed_tools": BASE_TOOLS + ["Edit", "Bash(npm test:*)"], "permission_mode": "acceptEdits"},
    "ops": {"allowed_tools": BASE_TOOLS + ["Bash"], "permission_mode": "bypassPermissions"},
}
WORKDIR = os.environ.get("WORKDIR_${index}", "/srv/work")
`;
}

function pythonImportingAgent(index: number): string {
  return `from claude_agent_sdk import ClaudeAgentOptions, ClaudeSDKClient

from .settings import ROLES, WORKDIR


def build_${index}(role: str) -> ClaudeAgentOptions:
    config = ROLES[role]
    return ClaudeAgentOptions(
        allowed_tools=config["allowed_tools"],
        permission_mode=config["permission_mode"],
        cwd=WORKDIR,
        max_turns=${10 + (index % 60)},
    )


async def main_${index}(role: str, task: str) -> None:
    async with ClaudeSDKClient(options=build_${index}(role)) as client:
        await client.query(task)
`;
}

function pythonKwargsAgent(index: number): string {
  return `from pathlib import Path

from claude_agent_sdk import ClaudeAgentOptions, query

from .settings import BASE_TOOLS

PROMPT = (Path(__file__).parent / "prompts" / "agent_${index}.md").read_text()


def options_${index}(extra_tools: list[str] | None = None, budget: float | None = None) -> ClaudeAgentOptions:
    kwargs = {
        "allowed_tools": BASE_TOOLS + (extra_tools or []),
        "system_prompt": PROMPT + "\\n\\nReport in <report></report> tags.",
        "max_budget_usd": budget,
        "setting_sources": [],
    }
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    return ClaudeAgentOptions(**kwargs)


async def run_${index}(notes_path: str) -> None:
    notes = open(notes_path).read()
    async for message in query(prompt=f"Summarise these notes: {notes}", options=options_${index}()):
        print(message)
`;
}

function pythonAgent(index: number): string {
  return `import os
from claude_agent_sdk import ClaudeAgentOptions, query

TOOLS = ["Read", "Grep", ${index % 2 === 0 ? '"Bash"' : '"Bash(git diff:*)"'}]


async def run_${index}(task: str) -> None:
    options = ClaudeAgentOptions(
        allowed_tools=TOOLS,
        permission_mode=${index % 4 === 0 ? '"bypassPermissions"' : '"acceptEdits"'},
        max_turns=${index % 3 === 0 ? 0 : 25},
        cwd="/srv/work",
        env={"JOB_ID": "${index}"},
        system_prompt=f"You maintain package ${index}. Token: {os.environ['GITHUB_TOKEN']}",
    )
    async for message in query(prompt=task, options=options):
        print(message)
`;
}

function ordinaryModule(index: number): string {
  const functions = Array.from({ length: 12 }, (_, n) => `
export function compute${index}_${n}(values: readonly number[]): number {
  let total = ${n};
  for (const value of values) {
    total += value * ${(n % 7) + 1};
    if (total > ${1000 + n}) total -= ${n + 3};
  }
  return total;
}`).join("\n");
  return `// Module ${index}: arithmetic helpers.\nimport { strict as assert } from "node:assert";\n${functions}\n\nassert.ok(compute${index}_0([1, 2, 3]) >= 0);\n`;
}

function ordinaryScript(index: number): string {
  return `"use strict";
// Utility ${index}: string helpers.
function pad${index}(text, width) {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}
function words${index}(text) {
  return text.split(/\\s+/).filter(Boolean);
}
module.exports = { pad${index}, words${index} };
`.repeat(4);
}

function markdownNote(index: number): string {
  return `# Note ${index}\n\n${"Design notes about the release process and the build pipeline. ".repeat(30)}\n`;
}

function dataRecords(index: number): unknown[] {
  return Array.from({ length: 40 }, (_, n) => ({ id: index * 100 + n, name: `record-${n}`, active: n % 2 === 0 }));
}

function binaryBlob(index: number): Buffer {
  const blob = Buffer.alloc(4096);
  for (let n = 0; n < blob.length; n += 1) blob[n] = (n * 31 + index) % 256;
  blob.write("\u0089PNG\r\n\u001a\n", 0, "latin1");
  return blob;
}
