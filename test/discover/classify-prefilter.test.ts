import { describe, expect, it } from "vitest";
import { classifyPath } from "../../src/languages/registry.js";
import { mightMatter } from "../../src/languages/registry.js";

describe("classifyPath", () => {
  it.each([
    ["src/agent.ts", "typescript"],
    ["a/b.tsx", "typescript"],
    ["x.mts", "typescript"],
    ["x.cts", "typescript"],
    ["x.js", "javascript"],
    ["x.jsx", "javascript"],
    ["x.mjs", "javascript"],
    ["x.cjs", "javascript"],
    ["tools/agent.py", "python"],
    ["UPPER.TS", "typescript"],
    ["deploy/agent.yaml", "kubernetes"],
    ["k8s/pod.YML", "kubernetes"],
    ["seccomp/agent.json", "seccomp"],
    ["data.json", "seccomp"],
  ])("%s is %s", (file, kind) => {
    expect(classifyPath(file)).toBe(kind);
  });

  it.each(["types.d.ts", "lib/x.d.mts", "README.md", "Makefile", ".ts", "x.tsbuildinfo", "x.pyc", "agent.yaml.bak"])("%s is not a source file", (file) => {
    expect(classifyPath(file)).toBeUndefined();
  });
});

describe("mightMatter", () => {
  it.each([
    'import { query } from "@anthropic-ai/claude-agent-sdk";',
    "const o = { allowedTools: [] };",
    'import { $ } from "zx"; await $`claude -p ${task}`;',
    "export const permissionMode = 'plan';",
    "const a: AgentDefinition = x;",
    "if (path.resolve(p).startsWith(root)) {}",
    "if (fs.realpathSync(p).startsWith(root)) {}",
    "spawn(CLAUDE_BIN, args);",
    'execSync("npx @anthropic-ai/claude-code -p hi");',
    'spawn("docker", ["run", "--rm", image]);',
    "await $`podman run ${image}`;",
  ])("passes TS/JS that may matter: %s", (text) => {
    expect(mightMatter("typescript", text)).toBe(true);
  });

  it.each(["export const x = 1;", 'export const FLAGS = ["--dangerously-skip-permissions"];', "const ok = name.startsWith('a');", 'spawn("git", ["status"]);', "const who = 'claude';", "await $`git status`;", "import { resolve } from 'node:path'; resolve('a');", "allowed_tools = []"])(
    "drops TS/JS that cannot matter: %s",
    (text) => {
      expect(mightMatter("javascript", text)).toBe(false);
    },
  );

  it.each([
    "from claude_agent_sdk import query",
    "from claude_code_sdk import ClaudeCodeOptions",
    "opts = dict(permission_mode='plan')",
    "if os.path.realpath(p).startswith(root): pass",
    "if str(Path(p).resolve()).startswith(root): pass",
    'subprocess.run(["claude", "-p", task])',
    'os.system(f"{CLAUDE} -p {task}")',
    'subprocess.run(["docker", "run", "--rm", image])',
  ])("passes Python that may matter: %s", (text) => {
    expect(mightMatter("python", text)).toBe(true);
  });

  it.each(["print('hello')", "name.startswith('x')", "allowedTools = []", 'subprocess.run(["git", "status"])'])("drops Python that cannot matter: %s", (text) => {
    expect(mightMatter("python", text)).toBe(false);
  });
});

describe("mightMatter for manifests and profiles", () => {
  it.each([
    "apiVersion: apps/v1\nkind: Deployment\n",
    "apiVersion: v1\nkind: Pod\n",
    "apiVersion: batch/v1\nkind: CronJob\n",
    "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n",
    "apiVersion: v1\nkind: List\nitems: []\n",
  ])("passes a manifest with an object it reads: %j", (text) => {
    expect(mightMatter("kubernetes", text)).toBe(true);
  });

  it.each([
    "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
    "apiVersion: v1\nkind: ConfigMap\ndata: {}\n",
    "services:\n  app:\n    image: node:20\n",
  ])("drops other YAML: %j", (text) => {
    expect(mightMatter("kubernetes", text)).toBe(false);
  });

  it("passes a seccomp profile and drops other JSON", () => {
    expect(mightMatter("seccomp", '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": []}')).toBe(true);
    expect(mightMatter("seccomp", '{"name": "pkg", "version": "1.0.0"}')).toBe(false);
  });
});
