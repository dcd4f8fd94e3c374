import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { option, type AgentSpec } from "../src/model/agent.js";
import { alternatives, entryOf } from "../src/model/value.js";

export default defineRule({
  id: "no-auto-approve-mcp",
  severity: "warn",
  category: "config",
  inputs: [INPUT.settings, INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Disallow settings that approve every MCP server a project's `.mcp.json` declares without review.",
    securitySeverity: 6.0,
  },
  messages: {
    approveAll:
      "`enableAllProjectMcpServers: true` starts every server that a project's `.mcp.json` declares without asking, including one a pull request or a cloned repository adds; each runs with your user's access. List the servers you reviewed in `enabledMcpjsonServers` instead{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      for (const { loc, when } of approvals(agent)) {
        context.report({ agent, when, messageId: "approveAll", ...context.locate(agent, loc) });
      }
    }
  },
});

/** `enableAllProjectMcpServers: true` in a settings file, or in inline `settings` of SDK options. */
function approvals(agent: AgentSpec): Array<{ loc: Location; when: string }> {
  const found: Array<{ loc: Location; when: string }> = [];
  const direct = option(agent, "enableAllProjectMcpServers");
  if (direct) found.push(...trueValues(direct.value, ""));
  const settings = option(agent, "settings");
  if (settings) {
    for (const { value, when } of alternatives(settings.value)) {
      const entry = entryOf(value, "enableAllProjectMcpServers");
      if (entry) found.push(...trueValues(entry.value, when));
    }
  }
  return found;
}

function trueValues(value: Parameters<typeof alternatives>[0], outerWhen: string): Array<{ loc: Location; when: string }> {
  return alternatives(value, outerWhen).flatMap(({ value: alternative, when }) => (alternative.kind === "boolean" && alternative.value ? [{ loc: alternative.loc, when }] : []));
}
