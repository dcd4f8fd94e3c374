/**
 * Agents and the containers they run in, joined where the link is static: a message about an
 * agent that checks none of its calls names the container its code is built into, and a
 * container finding on a container that starts such an agent says the agent can use it.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeFilesSync } from "../../src/analysis/analyze.js";
import { presetRules } from "../../src/analysis/effective-rules.js";
import { findingsOf, kindOf, prepareLanguages, VIRTUAL_ROOT } from "../helpers/lint-source.js";
import { virtualReader } from "../helpers/virtual-files.js";

beforeAll(prepareLanguages);

const AGENT = `import { query } from "@anthropic-ai/claude-agent-sdk";

export const run = (task: string) => query({ prompt: task, options: { permissionMode: "bypassPermissions", tools: ["Read", "Bash"], cwd: "/workspace", maxTurns: 10 } });
`;
const GIT = { ".git/HEAD": "ref: refs/heads/main\n" };
const BUILD_SRC = "FROM node:20.15\nWORKDIR /app\nCOPY package.json ./\nCOPY src/ ./src/\nUSER node\nCMD [\"node\", \"src/agent.js\"]\n";

const bypassMessage = (files: Readonly<Record<string, string>>, filename = "src/agent.ts") => findingsOf("no-permission-bypass", AGENT, { filename, files: { ...GIT, ...files } })[0]?.message ?? "";
const NOTE = /This file is built into .*$/;

describe("an agent names the containers its file is built into", () => {
  it("through a compose service whose build copies the file", () => {
    expect(bypassMessage({ "compose.yaml": "services:\n  agent:\n    build: .\n", Dockerfile: BUILD_SRC }).match(NOTE)?.[0]).toBe(
      'This file is built into service "agent" of compose.yaml (`COPY src/ ./src/`): if the agent runs there, it can use whatever that container allows.',
    );
  });

  it("through a Dockerfile above the file, its directory the build context", () => {
    expect(bypassMessage({ Dockerfile: "FROM node:20.15\nCOPY . /app\nUSER node\n" }).match(NOTE)?.[0]).toBe(
      "This file is built into the image of Dockerfile (`COPY . /app`): if the agent runs there, it can use whatever that container allows.",
    );
  });

  it("names a service once, not again as the image of the Dockerfile it builds, and the no-unscoped-bash message too", () => {
    const files = { ...GIT, "compose.yaml": "services:\n  agent:\n    build:\n      context: .\n      dockerfile: Dockerfile\n", Dockerfile: BUILD_SRC };
    const [unscoped] = findingsOf("no-unscoped-bash", AGENT, { filename: "src/agent.ts", files });
    expect(unscoped?.message).toMatch(/This file is built into service "agent" of compose\.yaml \(`COPY src\/ \.\/src\/`\): if the agent runs there, it can use whatever that container allows\.$/);
  });

  it.each([
    ["the Dockerfile copies other files", { "compose.yaml": "services:\n  agent:\n    build: .\n", Dockerfile: "FROM node:20.15\nCOPY web/ /app\n" }],
    [".dockerignore leaves the file out", { Dockerfile: "FROM node:20.15\nCOPY . /app\n", ".dockerignore": "node_modules\nsrc/**/*.ts\n" }],
    ["the build context is another directory", { "compose.yaml": "services:\n  web:\n    build: ./web\n", "web/Dockerfile": "FROM node:20.15\nCOPY . /app\n" }],
    ["the Dockerfile cannot be read", { "compose.yaml": "services:\n  agent:\n    build:\n      context: .\n      dockerfile: docker/Missing.Dockerfile\n" }],
    ["the source depends on an unknown build argument", { Dockerfile: "FROM node:20.15\nARG SRC\nCOPY ${SRC} /app\n" }],
    ["the copy is from another stage", { Dockerfile: "FROM node:20.15 AS build\nFROM node:20.15\nCOPY --from=build /src /app\n" }],
  ])("no link when %s", (_, files) => {
    expect(bypassMessage(files)).not.toMatch(NOTE);
  });

  it("stops at the repository root", () => {
    const files = { "project/.git/HEAD": "ref: refs/heads/main\n", Dockerfile: "FROM node:20.15\nCOPY . /app\n" };
    const [finding] = findingsOf("no-permission-bypass", AGENT, { filename: "project/src/agent.ts", files });
    expect(finding?.message).not.toMatch(NOTE);
  });

  it("reads no container file for code without agents", () => {
    const read: string[] = [];
    const files = { ...GIT, "src/util.ts": "export const add = (a: number, b: number) => a + b;\nexport const spawnDocker = 'docker';\n", Dockerfile: "FROM node:20.15\nCOPY . /app\n" };
    const reader = virtualReader(VIRTUAL_ROOT, files);
    analyzeFilesSync([{ path: "src/util.ts", absolutePath: path.join(VIRTUAL_ROOT, "src/util.ts"), text: files["src/util.ts"], kind: kindOf("src/util.ts") }], {
      cwd: VIRTUAL_ROOT,
      rulesFor: () => presetRules("recommended"),
      readFile: (absolutePath) => {
        read.push(path.relative(VIRTUAL_ROOT, absolutePath));
        return reader(absolutePath);
      },
    });
    expect(read.filter((file) => /Dockerfile|compose/.test(file))).toEqual([]);
  });
});

describe("a container finding says which unchecked agent the container starts", () => {
  const NOTE_BYPASS = "It starts Claude Code with `--dangerously-skip-permissions`, which approves every tool call, so the agent can use whatever the container allows.";

  it("a compose service whose command runs Claude Code in bypass mode", () => {
    const code = 'services:\n  agent:\n    image: ghcr.io/acme/agent:1.0.0\n    command: ["claude", "-p", "fix the tests", "--dangerously-skip-permissions"]\n    privileged: true\n';
    expect(findingsOf("container-no-privileged", code, { filename: "compose.yaml" })[0]?.message.endsWith(NOTE_BYPASS)).toBe(true);
  });

  it("a compose service that builds an image whose entrypoint does, unless the service replaces it", () => {
    const dockerfile = 'FROM node:20.15\nUSER node\nENTRYPOINT ["claude", "--permission-mode", "bypassPermissions"]\nCMD ["-p", "review"]\n';
    const code = "services:\n  agent:\n    build: .\n    privileged: true\n  safe:\n    build: .\n    privileged: true\n    entrypoint: [node, server.js]\n";
    const messages = findingsOf("container-no-privileged", code, { filename: "compose.yaml", files: { Dockerfile: dockerfile } }).map((finding) => finding.message);
    expect(messages[0]).toMatch(/It starts Claude Code with `--permission-mode bypassPermissions`/);
    expect(messages[1]).not.toMatch(/Claude Code/);
  });

  it("the Dockerfile's own container, a docker run in code and a Kubernetes command", () => {
    const dockerfile = "FROM node:20.15\nRUN npm i -g @anthropic-ai/claude-code@1.0.0\nCMD claude -p \"$TASK\" --dangerously-skip-permissions\n";
    expect(findingsOf("container-non-root", dockerfile, { filename: "Dockerfile" })[0]?.message.endsWith(NOTE_BYPASS)).toBe(true);
    const run = `import { spawn } from "node:child_process";\nspawn("docker", ["run", "--privileged", "ghcr.io/acme/agent:1.0.0", "claude", "--dangerously-skip-permissions", "-p", "go"]);\n`;
    expect(findingsOf("container-no-privileged", run, { filename: "run.ts" })[0]?.message.endsWith(NOTE_BYPASS)).toBe(true);
    const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n    - name: main\n      image: ghcr.io/acme/agent:1.0.0\n      command: [claude]\n      args: [--dangerously-skip-permissions, -p, go]\n      securityContext:\n        privileged: true\n";
    expect(findingsOf("container-no-privileged", pod, { filename: "pod.yaml" })[0]?.message.endsWith(NOTE_BYPASS)).toBe(true);
  });

  it("says nothing for a container that starts something else, or Claude Code in a checked mode", () => {
    const code = 'services:\n  a:\n    image: ghcr.io/acme/agent:1.0.0\n    command: ["claude", "-p", "go", "--permission-mode", "dontAsk"]\n    privileged: true\n  b:\n    image: ghcr.io/acme/web:1.0.0\n    command: ["node", "server.js", "--dangerously-skip-permissions"]\n    privileged: true\n';
    expect(findingsOf("container-no-privileged", code, { filename: "compose.yaml" }).map((finding) => /Claude Code/.test(finding.message))).toEqual([false, false]);
  });
});
