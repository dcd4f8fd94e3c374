/**
 * MCP servers that run as containers (`docker run` / `podman run`) are judged by the container
 * rules in the file that declares them, at exact places, once, and their image only by
 * pin-mcp-servers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { lintSource, prepareLanguages } from "../helpers/lint-source.js";

beforeAll(async () => {
  await prepareLanguages();
});

const CONTAINER_RULES = [
  "container-no-privileged",
  "container-no-docker-socket",
  "container-no-host-namespaces",
  "container-no-sensitive-mounts",
  "container-read-only-rootfs",
  "container-pin-images",
  "pin-mcp-servers",
  "no-hardcoded-secrets",
];

function findings(code: string, filename: string, files: Readonly<Record<string, string>> = {}): string[] {
  const lines = code.split("\n");
  return lintSource(code, { filename, files, only: CONTAINER_RULES })
    .filter((finding) => !finding.suppressed)
    .map((finding) => `${finding.ruleId} ${finding.line}:${(lines[finding.line - 1] ?? "").slice(finding.column - 1, finding.endLine === finding.line ? finding.endColumn - 1 : undefined)}`);
}

describe("MCP servers run as containers", () => {
  it("judges a .mcp.json server's docker run arguments, at each argument", () => {
    const code = `{
  "mcpServers": {
    "shell": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "--privileged", "--network", "host", "-v", "/var/run/docker.sock:/var/run/docker.sock", "acme/shell-mcp"]
    }
  }
}
`;
    expect(findings(code, ".mcp.json")).toEqual([
      'container-read-only-rootfs 5:"run"',
      'container-no-privileged 5:"--privileged"',
      'container-no-host-namespaces 5:"host"',
      'container-no-docker-socket 5:"/var/run/docker.sock:/var/run/docker.sock"',
      'pin-mcp-servers 5:"acme/shell-mcp"',
    ]);
    const [privileged] = lintSource(code, { filename: ".mcp.json", only: ["container-no-privileged"] });
    expect(privileged?.message).toBe(
      'MCP server "shell" runs privileged (`--privileged`): it has every capability and the host\'s devices, so a compromised agent can take over the host. Remove `--privileged` and add only the capabilities it needs with `--cap-add`.',
    );
  });

  it("reads a one-line command, and a podman server in a subagent's front matter", () => {
    const mcp = `{ "mcpServers": { "fs": { "command": "docker run -i --rm --read-only -v /:/host mcp/filesystem:1.0.0 /host" } } }\n`;
    expect(findings(mcp, ".mcp.json")).toEqual(["container-no-sensitive-mounts 1:/:/host"]);
    const subagent = `---
name: ops
description: Operations helper.
tools: Read
mcpServers:
  - k8s:
      command: podman
      args: [run, -i, --rm, --read-only, --pid=host, "quay.io/acme/k8s-mcp:latest"]
---
Answer questions about the cluster.
`;
    expect(findings(subagent, ".claude/agents/ops.md")).toEqual(["container-no-host-namespaces 8:host", 'pin-mcp-servers 8:"quay.io/acme/k8s-mcp:latest"']);
  });

  it("judges the servers SDK code declares, not the .mcp.json servers it loads", () => {
    const code = `import { query } from "@anthropic-ai/claude-agent-sdk";

for await (const message of query({
  prompt: "Triage the new issues",
  options: {
    allowedTools: ["mcp__github__list_issues"],
    mcpServers: {
      github: { command: "docker", args: ["run", "-i", "--rm", "--read-only", "-e", "GITHUB_TOKEN=ghp_Q2vR8tLm4Xa9Kd7Yb3Nc6Wp1Hs5Jf0Ge2Zu8", "ghcr.io/github/github-mcp-server:0.5.0"] },
    },
  },
})) console.log(message);
`;
    const layer = `{ "mcpServers": { "db": { "command": "docker", "args": ["run", "-i", "--privileged", "mcp/postgres"] } } }\n`;
    expect(findings(code, "agent.ts", { ".mcp.json": layer })).toEqual(["no-hardcoded-secrets 8:ghp_Q2vR8tLm4Xa9Kd7Yb3Nc6Wp1Hs5Jf0Ge2Zu8"]);
  });

  it("reports a server shared by several agents once", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions

SERVERS = {"shell": {"command": "docker", "args": ["run", "-i", "--read-only", "--privileged", "acme/shell-mcp:1.0.0"]}}
reader = ClaudeAgentOptions(allowed_tools=["Read"], mcp_servers=SERVERS)
writer = ClaudeAgentOptions(allowed_tools=["Write"], mcp_servers=SERVERS)
`;
    expect(findings(code, "agent.py")).toEqual(['container-no-privileged 3:"--privileged"']);
  });

  it("leaves servers that are not containers, and docker commands that start none, alone", () => {
    const code = `{
  "mcpServers": {
    "git": { "command": "uvx", "args": ["mcp-server-git==0.6.2"] },
    "remote": { "type": "http", "url": "https://mcp.example.com/mcp" },
    "exec": { "command": "docker", "args": ["exec", "-i", "sandbox", "mcp-server"] }
  }
}
`;
    expect(findings(code, ".mcp.json")).toEqual([]);
  });
});
