/**
 * The inputs rules read, named one way everywhere: in rule metadata (`inputs`), hence in the
 * README's rules table and the SARIF rule descriptors.
 */
export const INPUT = {
  typescriptAgents: "TypeScript/JavaScript agent code",
  pythonAgents: "Python agent code",
  /** Any code, agent or not (a path check is a bug wherever it is). */
  typescriptCode: "TypeScript/JavaScript code",
  pythonCode: "Python code",
  settings: "Claude Code settings (`.claude/settings*.json`)",
  mcpJson: "`.mcp.json`",
  subagentFiles: "subagent files (`.claude/agents/*.md`)",
  claudeMarkdown: "subagent, skill and command files (`.claude/**/*.md`)",
  instructionFiles: "agent instruction files (`CLAUDE.md`, `AGENTS.md`, …)",
  dockerfiles: "Dockerfiles",
  compose: "Compose files",
  kubernetes: "Kubernetes manifests",
  dockerRun: "`docker run` in TypeScript/JavaScript and Python code",
  dockerSdk: "Docker SDK calls (docker-py, dockerode)",
  mcpContainers: "MCP servers started with `docker run`",
  seccomp: "seccomp profiles (JSON)",
  everyFormat: "every supported input format",
} as const;
