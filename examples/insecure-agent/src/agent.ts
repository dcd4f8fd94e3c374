// Drafts release notes from the changelog page and the repository history.
import { query, type Options } from "@anthropic-ai/claude-agent-sdk";
import { BASE_TOOLS, MAX_TURNS, mcpServers } from "./config.js";
import { ROLE_TOOLS, type Role } from "./roles.js";

const role: Role = process.argv[2] === "maintainer" ? "maintainer" : "viewer";
const changelogUrl = process.argv[3] ?? "https://example.com/changelog";

const changelog = await (await fetch(changelogUrl)).text();

const shared: Options = {
  allowedTools: [...BASE_TOOLS, ...ROLE_TOOLS[role], "Bash"],
  mcpServers,
  env: { ...process.env, RELEASE_CHANNEL: "beta" },
};

const options: Options = {
  ...shared,
  permissionMode: "bypassPermissions",
  allowDangerouslySkipPermissions: true,
  maxTurns: MAX_TURNS,
  systemPrompt: `You write release notes. Authenticate to GitHub with ${process.env.GITHUB_TOKEN}.`,
};

for await (const message of query({
  prompt: `Summarise these changes for the release notes: ${changelog}`,
  options,
})) {
  if (message.type === "result") console.log(message);
}
