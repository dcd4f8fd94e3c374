/**
 * The set-up a user relies on: the pre-commit manifest, the CI entry point, the example
 * workflow and the package's entry points agree with each other and with the README.
 */
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { classifyPath } from "../../src/languages/registry.js";
import { repoPath } from "./support/repo.js";

const packageJson = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as {
  bin: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
  scripts: Record<string, string>;
  files: string[];
};
const readme = readFileSync(repoPath("README.md"), "utf8");

describe("pre-commit hook manifest", () => {
  const hooks = parse(readFileSync(repoPath(".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;

  it("declares the agentlint hook the way pre-commit expects", () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: "agentlint", name: "agentlint", language: "node", entry: "agentlint" });
    expect(Object.keys(packageJson.bin)).toContain(hook?.entry);
  });

  it("passes every kind of file agentlint reads, and not others", () => {
    // pre-commit matches `files` with Python's re.search; this pattern uses nothing JavaScript reads differently.
    const files = new RegExp(String(hooks[0]?.["files"]));
    const read = [
      "src/agent.ts", "src/agent.tsx", "lib/agent.mts", "lib/agent.cts", "agent.js", "agent.jsx", "agent.mjs", "agent.cjs", "tools/review.py",
      ".claude/settings.json", ".claude/settings.local.json", ".mcp.json", "managed-settings.json", ".claude/agents/fixer.md", ".claude/skills/pdf/SKILL.md",
      "CLAUDE.md", "CLAUDE.local.md", "docs/AGENTS.md", ".cursorrules", ".windsurfrules", ".github/copilot-instructions.md",
      "Dockerfile", "Dockerfile.dev", "docker/agent.Dockerfile", "Containerfile", "compose.yaml", "docker-compose.override.yml", "deploy/agent.yaml", "seccomp/agent.json",
    ];
    for (const path of read) {
      expect(classifyPath(path), path).toBeDefined();
      expect(files.test(path), path).toBe(true);
    }
    for (const path of ["README.md", "docs/guide.md", "src/style.css", "Makefile"]) {
      expect(classifyPath(path), path).toBeUndefined();
      expect(files.test(path), path).toBe(false);
    }
  });
});

describe("CI", () => {
  it(".ci/run is executable, strict, and runs a clean install and the README's test command", () => {
    const script = readFileSync(repoPath(".ci/run"), "utf8");
    expect(() => accessSync(repoPath(".ci/run"), constants.X_OK)).not.toThrow();
    expect(script.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(script).toContain("set -euo pipefail");
    expect(script.indexOf("npm ci")).toBeGreaterThan(-1);
    expect(script.indexOf("npm test")).toBeGreaterThan(script.indexOf("npm ci"));
    expect(readme).toContain("npm ci && npm test");
  });

  it("the example workflow uploads SARIF to code scanning", () => {
    const workflow = parse(readFileSync(repoPath(".github/workflows/agentlint.yml"), "utf8")) as {
      jobs: Record<string, { permissions?: Record<string, string>; steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }>;
    };
    const scanning = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith("github/codeql-action/upload-sarif")));
    expect(scanning?.permissions?.["security-events"]).toBe("write");
    const upload = scanning?.steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif"));
    const producer = scanning?.steps.find((step) => step.run?.includes("--format sarif"));
    expect(producer?.run).toContain(`--output ${upload?.with?.sarif_file}`);
  });
});

describe("package entry points", () => {
  it("ship the ESLint plugin and the config schema from files the build produces", () => {
    const eslintExport = packageJson.exports["./eslint-plugin"];
    expect(typeof eslintExport === "object" && eslintExport.default).toBe("./dist/src/eslint/plugin.js");
    expect(existsSync(repoPath("src/eslint/plugin.ts"))).toBe(true);
    expect(packageJson.exports["./schema.json"]).toBe("./schema/agentlint-config.schema.json");
    expect(packageJson.scripts["generate:docs"]).toContain("dist/src/tools/generate.js");
  });

  it("the README's quick start scans the shipped example", () => {
    expect(readme).toContain("npm ci && npx agentlint examples/insecure-agent");
    expect(existsSync(repoPath("examples/insecure-agent/src/agent.ts"))).toBe(true);
    expect(readme).toContain("(docs/json-format.md)");
  });
});
