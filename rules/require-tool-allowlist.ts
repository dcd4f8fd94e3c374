import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { isConfigLayer, isTurnInstructions, option, subagentLabel, takesOption, type AgentSpec } from "../src/model/agent.js";
import { collapseAlternatives, type AlternativeFinding } from "../src/model/per-alternative.js";
import {
  deniesUnapproved,
  optionSpelling,
  permissionCallback,
  permissionStates,
  type PermissionState,
} from "../src/model/permissions.js";

interface Options {
  readonly requireRestriction: boolean;
}

type MessageId =
  | "missing"
  | "presetTools"
  | "denylistOnly"
  | "preApproveOnly"
  | "subagentInherits"
  | "subagentFileInherits"
  | "sessionMissing"
  | "sessionDenylistOnly"
  | "sessionPreApproveOnly";

/** V2 sessions have no `tools` option: what restricts them is `dontAsk` with `allowedTools`, or `canUseTool`. */
const SESSION_MESSAGES: Partial<Record<MessageId, MessageId>> = {
  missing: "sessionMissing",
  denylistOnly: "sessionDenylistOnly",
  preApproveOnly: "sessionPreApproveOnly",
};

interface Missing {
  readonly messageId: MessageId;
  readonly loc: Location;
  readonly anchor?: Location | undefined;
}

export default defineRule<Options>({
  id: "require-tool-allowlist",
  severity: "error",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.subagentFiles],
  docs: {
    description: "Require every agent to declare the tools it may use.",
    securitySeverity: 7.5,
  },
  messages: {
    missing:
      "This agent sets neither `{{tools}}` nor `{{allowedTools}}` and no `{{canUseTool}}` callback, so every built-in tool (Bash, Write, WebFetch, …) is in its reach. List the tools it needs in `{{tools}}` and pre-approve them with `{{allowedTools}}`{{when}}.",
    presetTools:
      "`tools` is the whole claude_code preset and `{{allowedTools}}` is not set, so every built-in tool (Bash, Write, WebFetch, …) is in this agent's reach. List the tools it needs in `tools` instead{{when}}.",
    denylistOnly:
      "This agent only has a `{{disallowedTools}}` denylist: every other tool stays available. List the tools it needs in `{{tools}}` (and pre-approve them with `{{allowedTools}}`){{when}}.",
    preApproveOnly:
      '`{{allowedTools}}` only pre-approves tools; it does not limit the others, which stay available. Set `{{tools}}` to the same list, or use permission mode "dontAsk" so that everything else is denied{{when}}.',
    subagentInherits:
      '{{subagent}} has no `tools` list, so it inherits every tool of the agent that declares it. Give it the tools its task needs{{when}}.',
    subagentFileInherits:
      "{{subagent}} has no `tools:` line, so it inherits every tool of the session that runs it (Bash, Write, WebFetch, MCP tools, …). Add `tools:` with the tools its task needs{{when}}.",
    sessionMissing:
      'This session sets neither `allowedTools` nor a `canUseTool` callback, so every built-in tool (Bash, Write, WebFetch, …) is in its reach; V2 sessions have no `tools` option. Pre-approve the tools it needs in `allowedTools` and set permission mode "dontAsk" so that every other tool is denied, or decide each call in `canUseTool`{{when}}.',
    sessionDenylistOnly:
      'This session only has a `disallowedTools` denylist: every other tool stays available, and V2 sessions have no `tools` option. Pre-approve the tools it needs in `allowedTools` and set permission mode "dontAsk" so that every other tool is denied, or decide each call in `canUseTool`{{when}}.',
    sessionPreApproveOnly:
      '`allowedTools` only pre-approves tools; it does not limit the others, which stay available, and V2 sessions have no `tools` option. Set permission mode "dontAsk" so that everything else is denied{{when}}.',
  },
  optionsSchema: {
    type: "object",
    properties: {
      requireRestriction: {
        type: "boolean",
        description: "Also report agents whose only list is `allowedTools` while nothing limits the other tools.",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { requireRestriction: false },
  strictOptions: { requireRestriction: true },
  check(context) {
    for (const agent of context.model.agents) {
      // Settings and `.mcp.json` are layers of a session; skills and commands run inside one.
      if (isConfigLayer(agent) || isTurnInstructions(agent)) continue;
      if (permissionCallback(agent) !== "no") continue;
      const states = permissionStates(agent);
      const found: AlternativeFinding<Missing>[] = [];
      states.forEach((state, index) => {
        const missing = missingAllowlist(agent, state, context.options.requireRestriction);
        if (missing) found.push({ key: `${missing.messageId}:${missing.loc.file}:${missing.loc.start}`, alternative: index, item: missing });
      });
      for (const { item, alternative } of collapseAlternatives(states.length, found)) {
        context.report({
          agent,
          when: alternative === undefined ? "" : states[alternative]?.when,
          messageId: (takesOption(agent, "tools") ? undefined : SESSION_MESSAGES[item.messageId]) ?? item.messageId,
          ...context.locate(agent, item.loc, item.anchor),
          data: {
            tools: "tools",
            allowedTools: optionSpelling(agent, "allowedTools"),
            disallowedTools: optionSpelling(agent, "disallowedTools"),
            canUseTool: optionSpelling(agent, "canUseTool"),
            subagent: subagentLabel(agent, true),
          },
        });
      }
    }
  },
});

function missingAllowlist(agent: AgentSpec, state: PermissionState, requireRestriction: boolean): Missing | undefined {
  if (state.tools.kind === "preset") {
    const unrestricted = state.allowed.kind === "unset" && deniesUnapproved(agent, state) === "no";
    return unrestricted ? { messageId: "presetTools", loc: state.tools.loc, anchor: option(agent, "tools")?.keyLoc } : undefined;
  }
  if (state.tools.kind !== "unset") return undefined;
  if (deniesUnapproved(agent, state) !== "no") return undefined;
  if (agent.kind === "agent-definition") return { messageId: "subagentInherits", loc: agent.loc };
  if (agent.kind === "subagent-file") return { messageId: "subagentFileInherits", loc: agent.loc };
  if (state.allowed.kind === "unset") {
    const denylist = state.disallowed.kind === "list" && (state.disallowed.entries.length > 0 || state.disallowed.open);
    return { messageId: denylist ? "denylistOnly" : "missing", loc: agent.loc };
  }
  if (!requireRestriction || state.allowed.kind !== "list") return undefined;
  // An explicitly empty list is a decision: nothing is pre-approved.
  if (state.allowed.entries.length === 0 && !state.allowed.open) return undefined;
  return { messageId: "preApproveOnly", loc: state.allowed.loc, anchor: option(agent, "allowedTools")?.keyLoc };
}
