import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import type { AgentSpec } from "../src/model/agent.js";
import { sessionMcpServers } from "../src/model/mcp.js";
import { collapseAlternatives, preferredCandidate, type AlternativeFinding } from "../src/model/per-alternative.js";
import { grantsOf, originSuffix, permissionStates, type Grant, type PermissionState } from "../src/model/permissions.js";
import { capabilitiesOf, isFileWriteTool, isShellTool, shellRuleAdmitsAnyCommand, shellRuleReachesNetwork } from "../src/model/tools.js";
import { joinWhen } from "../src/model/value.js";

interface Held {
  readonly label: string;
  readonly loc: Location;
  readonly when: string;
  readonly anchor?: Location | undefined;
  /** Held only through a mode (bypass, acceptEdits) rather than written in a list. */
  readonly throughMode: boolean;
  /** Granted by a configuration layer the agent loads rather than by its own options. */
  readonly fromLayer?: boolean;
}

interface Combo {
  readonly network: Held;
  readonly actor: Held;
}

export default defineRule({
  id: "no-exfiltration-combo",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.settings, INPUT.claudeMarkdown],
  docs: {
    description: "Disallow agents that hold both a network tool and a tool that runs commands or writes files.",
    securitySeverity: 6.0,
  },
  messages: {
    comboSettings:
      "These settings let every session that loads them reach the network ({{network}}) and also run commands or write files ({{actor}}) without asking; instructions injected through fetched content can make it collect local data and send it out. Pre-approve only one side, or scope the command rules{{when}}.",
    comboSkill:
      "While this {{noun}} runs, it can reach the network ({{network}}) and also run commands or write files ({{actor}}) without asking; instructions injected through fetched content can make it collect local data and send it out. Pre-approve only one side in `allowed-tools`{{when}}.",
    combo:
      "This agent can reach the network ({{network}}) and also run commands or write files ({{actor}}); instructions injected through fetched content can make it collect local data and send it out. Split these powers between agents or require approval for one side{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      // `.mcp.json` alone grants no tool; the servers count for the agents that load it.
      if (agent.kind === "mcp-config") continue;
      const states = permissionStates(agent);
      const remoteServers = sessionMcpServers(agent).filter((server) => server.remote);
      const layerReported = (agent.layers ?? []).some((layer) => hasCombo(layer.agent));
      const found: AlternativeFinding<Combo>[] = [];
      states.forEach((state, index) => {
        const combo = comboOf(agent, state, remoteServers);
        // A side from a layer that holds both powers itself: that layer's file reports it.
        if (combo && layerReported && (combo.network.fromLayer || combo.actor.fromLayer)) return;
        if (combo) {
          found.push({ key: `${combo.network.label}|${combo.actor.label}|${combo.network.when}|${combo.actor.when}`, alternative: index, item: combo });
        }
      });
      for (const { item, alternative } of collapseAlternatives(states.length, found)) {
        const stateWhen = alternative === undefined ? "" : (states[alternative]?.when ?? "");
        context.report({
          agent,
          when: [stateWhen, item.network.when, item.actor.when].reduce(joinWhen, ""),
          messageId: agent.kind === "settings" ? "comboSettings" : agent.kind === "skill" || agent.kind === "command" ? "comboSkill" : "combo",
          ...context.locate(agent, item.network.loc, item.actor.loc, item.network.anchor, item.actor.anchor),
          data: {
            network: item.network.label,
            actor: item.actor.label,
            noun: agent.kind === "command" ? "command" : "skill",
          },
        });
      }
    }
  },
});

type RemoteServer = ReturnType<typeof sessionMcpServers>[number];

function hasCombo(agent: AgentSpec): boolean {
  const remoteServers = sessionMcpServers(agent).filter((server) => server.remote);
  return permissionStates(agent).some((state) => comboOf(agent, state, remoteServers) !== undefined);
}

function comboOf(agent: AgentSpec, state: PermissionState, remoteServers: readonly RemoteServer[]): Combo | undefined {
  const grants = grantsOf(agent, state);
  const network = preferredCandidate(explicitFirst([
    ...grants.filter((grant) => isNetworkGrant(grant, remoteServers)).map(held),
    ...remoteServers
      .filter((server) => !removesServer(state, server.name))
      .map((server) => ({ label: `remote MCP server "${server.name}"${originSuffix(server.origin)}`, loc: server.loc, when: server.when ?? "", throughMode: false, fromLayer: server.origin !== undefined })),
  ]), agent.file);
  const actor = preferredCandidate(explicitFirst(grants.filter(isActorGrant).map(held)), agent.file);
  // Both powers from the project's configuration: the combination is reported in that file.
  if (network?.fromLayer && actor?.fromLayer) return undefined;
  return network && actor ? { network, actor } : undefined;
}

function isNetworkGrant(grant: Grant, remoteServers: readonly RemoteServer[]): boolean {
  if (grant.rule.kind === "mcp") {
    const server = grant.rule.server;
    return remoteServers.some((remote) => remote.name === server);
  }
  if (isShellTool(grant.tool)) return shellRuleReachesNetwork(grant.rule);
  return capabilitiesOf(grant.tool).has("network");
}

function isActorGrant(grant: Grant): boolean {
  if (isShellTool(grant.tool)) return shellRuleAdmitsAnyCommand(grant.rule);
  return isFileWriteTool(grant.tool);
}

function removesServer(state: PermissionState, server: string): boolean {
  if (state.disallowed.kind !== "list") return false;
  return state.disallowed.entries.some(
    (entry) => !entry.when && entry.rule.kind === "mcp" && entry.rule.server === server && (entry.rule.tool === undefined || entry.rule.tool === "*"),
  );
}

function held(grant: Grant): Held {
  const written = grant.via === "bypass" ? `${grant.tool} in bypassPermissions mode` : grant.via === "acceptEdits" ? `${grant.tool} in acceptEdits mode` : grant.rule.kind === "builtin" && grant.rule.specifier !== undefined ? `${grant.rule.name}(${grant.rule.specifier})` : grant.tool;
  const label = `${written}${originSuffix(grant.origin)}`;
  return { label, loc: grant.loc, when: grant.when, anchor: grant.anchor, throughMode: grant.via === "bypass" || grant.via === "acceptEdits", fromLayer: grant.origin !== undefined };
}

/** Tools written in a list name the problem better than the same tools granted by a mode. */
function explicitFirst(candidates: readonly Held[]): readonly Held[] {
  const explicit = candidates.filter((candidate) => !candidate.throughMode);
  return explicit.length > 0 ? explicit : candidates;
}
