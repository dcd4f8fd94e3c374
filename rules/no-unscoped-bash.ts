import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { isSubagent, subagentLabel, type AgentSpec } from "../src/model/agent.js";
import { deploymentNote } from "../src/model/deployment.js";
import { collapseAlternatives, preferredCandidate, type AlternativeFinding } from "../src/model/per-alternative.js";
import {
  isRemoved,
  optionSpelling,
  permissionCallback,
  permissionStates,
  preToolUseGuard,
  settingsPermissionEntries,
  type PermissionState,
  type ToolEntry,
} from "../src/model/permissions.js";
import { canonicalToolName, coversWholeTool, isShellTool, shellRuleAdmitsAnyCommand } from "../src/model/tools.js";
import { joinWhen } from "../src/model/value.js";

type MessageId = "preApproved" | "preApprovedSettings" | "preApprovedSkill" | "subagentTools" | "subagentFileTools" | "bypassTools";

interface Unscoped {
  readonly messageId: MessageId;
  readonly entry: ToolEntry;
}

export default defineRule({
  id: "no-unscoped-bash",
  severity: "error",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.settings, INPUT.claudeMarkdown],
  docs: {
    description: "Disallow Bash rules that admit any shell command where nothing checks each call.",
    securitySeverity: 8.5,
  },
  messages: {
    preApproved:
      '"{{rule}}" in `{{list}}` pre-approves {{scope}}, and pre-approved calls never reach `{{canUseTool}}`. Scope it to the commands the agent needs (e.g. "Bash(git diff:*)") or check each call with a PreToolUse hook on Bash{{when}}.{{container}}',
    preApprovedSettings:
      '"{{rule}}" in `{{list}}` pre-approves {{scope}} in every session that loads these settings, so nothing asks before a command runs. Scope it to the commands the project needs (e.g. "Bash(npm test:*)") or check each call with a PreToolUse hook on Bash{{when}}.{{container}}',
    preApprovedSkill:
      '"{{rule}}" in `{{list}}` pre-approves {{scope}} while this {{noun}} runs, so nothing asks before a command runs. Scope it to the commands it needs (e.g. "Bash(git status:*)") or check each call with a PreToolUse hook on Bash{{when}}.{{container}}',
    subagentFileTools:
      '"{{rule}}" in `tools:` gives {{subagent}} {{scope}}, and no PreToolUse hook checks its calls: in a session that pre-approves Bash or skips permission prompts it runs whatever it is told. Remove it or add a PreToolUse hook on Bash in its `hooks:`{{when}}.{{container}}',
    subagentTools:
      '"{{rule}}" in the `tools` of {{subagent}} gives it {{scope}} with no PreToolUse hook or `{{canUseTool}}` callback checking each call. Scope it (e.g. "Bash(npm test)"), or add such a check to the options of the agent that declares it{{when}}.{{container}}',
    bypassTools:
      '"{{rule}}" in `tools` gives this agent {{scope}} while bypassPermissions approves every call and no PreToolUse hook checks them. Scope it (e.g. "Bash(npm test)") or add a PreToolUse hook on Bash{{when}}.{{container}}',
  },
  // A subagent file's `tools:` makes Bash available; whether a person approves each call depends
  // on the session that runs it, so this is a warning, unlike pre-approval.
  warningMessages: ["subagentFileTools"],
  defaultOptions: {},
  check(context) {
    const container = deploymentNote(context.model.deployments);
    for (const agent of context.model.agents) {
      const states = permissionStates(agent);
      const found: AlternativeFinding<Unscoped>[] = [];
      states.forEach((state, index) => {
        for (const unscoped of unscopedEntries(agent, state)) {
          found.push({ key: `${unscoped.messageId}:${unscoped.entry.loc.file}:${unscoped.entry.loc.start}:${unscoped.entry.text}:${unscoped.entry.when}`, alternative: index, item: unscoped });
        }
      });
      for (const { item, alternative } of collapseAlternatives(states.length, found)) {
        const stateWhen = alternative === undefined ? "" : (states[alternative]?.when ?? "");
        context.report({
          agent,
          when: joinWhen(stateWhen, item.entry.when),
          messageId: messageFor(agent, item.messageId),
          ...context.locate(agent, item.entry.loc, item.entry.anchor),
          data: {
            container,
            rule: item.entry.text,
            list: optionSpelling(agent, "allowedTools"),
            canUseTool: optionSpelling(agent, "canUseTool"),
            subagent: subagentLabel(agent),
            noun: agent.kind === "command" ? "command" : "skill",
            scope: coversWholeTool(item.entry.rule) ? "every shell command" : "a runner or interpreter that can run any command",
          },
        });
      }
    }
  },
});

/** The message in the spelling of the file the agent is written in. */
function messageFor(agent: AgentSpec, messageId: MessageId): MessageId {
  if (messageId === "preApproved" && agent.kind === "settings") return "preApprovedSettings";
  if (messageId === "preApproved" && (agent.kind === "skill" || agent.kind === "command")) return "preApprovedSkill";
  if (messageId === "subagentTools" && agent.kind === "subagent-file") return "subagentFileTools";
  return messageId;
}

function unscopedEntries(agent: AgentSpec, state: PermissionState): Unscoped[] {
  const found: Unscoped[] = [];
  const openShell = (entry: ToolEntry): boolean =>
    entry.rule.kind === "builtin" &&
    isShellTool(entry.rule.name) &&
    shellRuleAdmitsAnyCommand(entry.rule) &&
    !isRemoved(state, canonicalToolName(entry.rule.name));
  const hookFree = (entry: ToolEntry): boolean =>
    entry.rule.kind === "builtin" && preToolUseGuard(agent, canonicalToolName(entry.rule.name)) === "no";

  const preApproved = [...(state.allowed.kind === "list" ? state.allowed.entries : []), ...settingsPermissionEntries(agent, "allow")];
  // The same rule pre-approved twice (a shared list and a literal) is one problem: name one entry.
  const byRule = new Map<string, ToolEntry[]>();
  for (const entry of preApproved) {
    if (!openShell(entry) || !hookFree(entry)) continue;
    const key = entry.text.trim();
    byRule.set(key, [...(byRule.get(key) ?? []), entry]);
  }
  for (const entries of byRule.values()) {
    const entry = preferredCandidate(entries, agent.file);
    if (entry) found.push({ messageId: "preApproved", entry });
  }
  if (state.tools.kind !== "list") return found;
  for (const entry of state.tools.entries) {
    if (!openShell(entry) || !hookFree(entry)) continue;
    if (isSubagent(agent)) {
      // A callback sees the subagent's calls unless bypass approves them first.
      if (state.bypass || permissionCallback(agent) === "no") found.push({ messageId: "subagentTools", entry });
    } else if (state.bypass) {
      found.push({ messageId: "bypassTools", entry });
    }
  }
  return found;
}
