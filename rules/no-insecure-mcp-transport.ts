import { defineRule, type Placement } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import type { AgentSpec } from "../src/model/agent.js";
import { mcpServers } from "../src/model/mcp.js";
import { alternatives, joinWhen } from "../src/model/value.js";
import { isLoopbackHost, urlTarget } from "../src/util/url-host.js";

const PLAINTEXT_SCHEMES: Readonly<Record<string, string>> = { http: "https", ws: "wss" };

interface InsecureServer extends Placement {
  readonly data: Record<string, string>;
  readonly when: string;
}

export default defineRule({
  id: "no-insecure-mcp-transport",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.mcpJson, INPUT.settings, INPUT.subagentFiles],
  docs: {
    description: "Disallow network MCP servers reached over unencrypted http:// or ws:// on a non-loopback host.",
    securitySeverity: 6.5,
  },
  messages: {
    plaintext:
      "MCP server \"{{server}}\" is reached over unencrypted {{scheme}}:// at {{host}}: anyone on the network path can read its headers (often tokens) and rewrite tool results the agent acts on. Use {{secure}}://{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    function judgeAgent(agent: AgentSpec): InsecureServer[] {
      return mcpServers(agent).flatMap((server) => {
        if (!server.urlValue || (server.transport !== "http" && server.transport !== "sse" && server.transport !== "ws")) return [];
        return alternatives(server.urlValue).flatMap(({ value, when }) => {
          const target = urlTarget(value);
          const secure = target ? PLAINTEXT_SCHEMES[target.scheme] : undefined;
          if (!target?.host || !secure || isLoopbackHost(target.host)) return [];
          return [
            {
              ...context.locate(agent, value.loc, server.loc),
              data: { server: server.name, scheme: target.scheme, host: target.host, secure },
              when: joinWhen(server.when ?? "", when),
            },
          ];
        });
      });
    }

    for (const agent of context.model.agents) {
      for (const item of judgeAgent(agent)) {
        context.report({ agent, when: item.when, messageId: "plaintext", loc: item.loc, ...(item.origin && { origin: item.origin }), data: item.data });
      }
    }
  },
});
