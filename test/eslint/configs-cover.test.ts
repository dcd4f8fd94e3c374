/**
 * The presets' `files`/`ignores` come from the front ends' globs: every path the CLI classifies
 * (every fixture, and representative names of every kind) is matched by exactly one config
 * object of a preset, by ESLint's own matching — two would merge, and the later `language` would
 * read the other's file. Paths the CLI does not read are matched by none, so ESLint does not
 * start linting a project's other files with an agentlint language.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { LINTED_KINDS, NOT_LINTED_KINDS } from "../../src/eslint/configs.js";
import plugin from "../../src/eslint/plugin.js";
import { classifyPath } from "../../src/languages/registry.js";
import { fixtureFiles } from "../meta/support/fixture-files.js";
import { REPO_ROOT, repoPath } from "../meta/support/repo.js";

const REPRESENTATIVE = [
  "agent.ts", "src/agent.mts", "lib/run.cts", "web/App.tsx", "run.js", "lib/run.mjs", "lib/run.cjs", "web/App.jsx", "Dockerfile.js",
  ".mcp.json", "tools/.mcp.json", "managed-mcp.json", ".claude/settings.json", ".claude/settings.local.json", "packages/api/.claude/settings.json",
  "managed-settings.json", ".claude.json", "managed-settings.d/10-team.json",
  ".claude/agents/reviewer.md", ".claude/agents/team/triager.md", ".claude/skills/search/SKILL.md", ".claude/commands/deploy.md", ".claude/commands/ops/rollback.md",
  "CLAUDE.md", "CLAUDE.local.md", "AGENTS.md", "docs/AGENTS.md", ".github/copilot-instructions.md", ".claude/notes.md", ".cursorrules", ".windsurfrules",
  "Dockerfile", "dockerfile", "Containerfile", "containerfile", "Dockerfile.dev", "docker/Dockerfile.prod", "app.Dockerfile", "build.containerfile",
  "Dockerfile.json", "Dockerfile.yaml",
  "compose.yaml", "compose.yml", "compose.prod.yaml", "docker-compose.yml", "docker-compose.yaml", "docker-compose.override.yml", "docker-compose-dev.yaml", "docker-compose_ci.yml",
  "k8s/deployment.yaml", "pod.yml", ".github/workflows/ci.yml", "seccomp.json", "profiles/default.json", ".claude/permissions.json", "package.json",
];

/** Names no front end reads (declaration files are the one exception: the JS/TS object matches them, classification skips them). */
const UNREAD = ["README.md", "docs/guide.md", "notes.txt", "Dockerfile.md", "Dockerfile.sh", "Makefile", "LICENSE", "image.png"];

const eslints = plugin.configs.recommended.map(
  (config) => new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: [config] }),
);

async function matchingConfigs(relativePath: string): Promise<string[]> {
  const names: string[] = [];
  for (const [index, eslint] of eslints.entries()) {
    // ESLint's own default config matches `.js` files too: only a match that brings agentlint's rules counts.
    const config = (await eslint.calculateConfigForFile(relativePath)) as { rules?: Record<string, unknown> } | undefined;
    if (Object.keys(config?.rules ?? {}).some((id) => id.startsWith("agentlint/"))) names.push(plugin.configs.recommended[index]?.name ?? "");
  }
  return names;
}

function kindOf(relativePath: string) {
  return classifyPath(path.resolve(REPO_ROOT, relativePath).split(path.sep).join("/"));
}

describe("the presets' files", () => {
  it("name kinds of every front end but the ones left out", () => {
    for (const name of REPRESENTATIVE) expect(kindOf(name), name).toBeDefined();
    const representedKinds = new Set(REPRESENTATIVE.map(kindOf));
    expect(new Set([...LINTED_KINDS].filter((kind) => !representedKinds.has(kind)))).toEqual(new Set());
    expect([...NOT_LINTED_KINDS.keys()].filter((kind) => LINTED_KINDS.has(kind))).toEqual([]);
  });

  it("match every representative name with exactly one config object", async () => {
    const misses: string[] = [];
    for (const name of REPRESENTATIVE) {
      const matched = await matchingConfigs(name);
      if (matched.length !== 1) misses.push(`${name} (${kindOf(name)}): ${matched.join(", ") || "none"}`);
    }
    expect(misses).toEqual([]);
  });

  it("match every fixture the CLI reads with exactly one config object", async () => {
    const fixtures = fixtureFiles(repoPath("fixtures")).filter((file) => file.kind !== undefined && !NOT_LINTED_KINDS.has(file.kind));
    expect(fixtures.length).toBeGreaterThan(100);
    const misses: string[] = [];
    for (const file of fixtures) {
      const matched = await matchingConfigs(file.path);
      if (matched.length !== 1) misses.push(`${file.path} (${file.kind}): ${matched.join(", ") || "none"}`);
    }
    expect(misses).toEqual([]);
  });

  it("match no file the CLI does not read", async () => {
    for (const name of UNREAD) {
      expect(kindOf(name), name).toBeUndefined();
      expect(await matchingConfigs(name), name).toEqual([]);
    }
  });
});
