import { isContradictory } from "../src/core/condition-terms.js";
import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { cliBypasses, narrowToWord } from "../src/model/cli.js";
import { isSubagent, subagentLabel, type AgentSpec } from "../src/model/agent.js";
import { deploymentNote } from "../src/model/deployment.js";
import { whenSuffix } from "../src/model/value.js";
import { bypassSources, optionSpelling, type BypassVia } from "../src/model/permissions.js";

const MESSAGE_BY_SOURCE: Readonly<Record<BypassVia, string>> = {
  permissionMode: "mode",
  allowDangerouslySkipPermissions: "armed",
  extraArgsSkip: "flag",
  extraArgsAllowSkip: "armedFlag",
  extraArgsMode: "flag",
  runtime: "runtime",
  settingsDefaultMode: "settings",
};

export default defineRule({
  id: "no-permission-bypass",
  severity: "error",
  category: "agent",
  inputs: [
    INPUT.typescriptAgents,
    INPUT.pythonAgents,
    INPUT.settings,
    INPUT.subagentFiles,
    INPUT.dockerfiles,
    INPUT.compose,
  ],
  docs: {
    description: "Disallow the bypassPermissions mode from any entry point, since it approves every tool call.",
    securitySeverity: 9.0,
  },
  messages: {
    mode: 'Permission mode "bypassPermissions" approves every tool call without any check, and `{{allowedTools}}` does not constrain this mode. Use "dontAsk" with an explicit `{{allowedTools}}` list, or "default"/"acceptEdits"{{when}}.{{container}}',
    armed: '`allowDangerouslySkipPermissions: true` arms the bypassPermissions mode, in which every tool call is approved and `allowedTools` does not constrain anything. Remove it and restrict the agent with an explicit `allowedTools` list and permissionMode "dontAsk"{{when}}.{{container}}',
    subagentMode:
      'Permission mode "bypassPermissions" of {{subagent}} approves every tool call it makes without any check. Remove `permissionMode` so that it runs under the permission mode of the session that starts it, or set "default", and keep its `tools` to what its task needs{{when}}.{{container}}',
    flag: "The CLI flag `{{flag}}` in `{{extraArgs}}` starts the agent in bypassPermissions mode: every tool call is approved and `{{allowedTools}}` does not constrain this mode. Remove it and restrict tools with `{{allowedTools}}` and permission mode \"dontAsk\"{{when}}.{{container}}",
    armedFlag: "The CLI flag `{{flag}}` in `{{extraArgs}}` lets the session switch to bypassPermissions mode, in which every tool call is approved and `{{allowedTools}}` does not constrain anything. Remove the flag{{when}}.{{container}}",
    runtime: 'Switching the running agent to "bypassPermissions" approves every later tool call without any check, and `{{allowedTools}}` does not constrain this mode. Keep the session in "default", "acceptEdits" or "dontAsk"{{when}}.{{container}}',
    cli: "`claude {{flag}}` runs the agent in bypassPermissions mode: every tool call is approved without any check, and `--allowedTools` does not constrain this mode. Remove it and restrict the tools with `--allowedTools` and `--permission-mode dontAsk`{{when}}.{{container}}",
    settingsFile:
      '`permissions.defaultMode: "bypassPermissions"` starts every session that loads these settings in a mode that approves every tool call without asking; `permissions.allow` and `permissions.ask` do not constrain it. Use "acceptEdits" or "default" with an explicit `permissions.allow` list{{when}}.{{container}}',
    settings: 'Settings `permissions.defaultMode: "bypassPermissions"` starts the agent in a mode that approves every tool call, and `{{allowedTools}}` does not constrain this mode. Use "dontAsk" with an explicit allow list instead{{when}}.{{container}}',
  },
  defaultOptions: {},
  check(context) {
    const container = deploymentNote(context.model.deployments);
    for (const agent of context.model.agents) {
      const allowedTools = optionSpelling(agent, "allowedTools");
      const extraArgs = optionSpelling(agent, "extraArgs");
      for (const source of bypassSources(agent)) {
        // A settings file's `permissions.defaultMode` is its permission mode.
        const messageId = modeMessage(agent, source.via) ?? MESSAGE_BY_SOURCE[source.via];
        const flag = source.via === "extraArgsAllowSkip" ? "--allow-dangerously-skip-permissions" : source.via === "extraArgsMode" ? "--permission-mode bypassPermissions" : "--dangerously-skip-permissions";
        context.report({
          agent,
          when: source.when,
          messageId,
          ...context.locate(agent, source.loc, source.anchor),
          data: {
            container,
            allowedTools,
            extraArgs,
            flag,
            subagent: subagentLabel(agent),
          },
        });
      }
    }
    const { file } = context.model;
    for (const invocation of context.model.cliInvocations) {
      for (const found of cliBypasses(invocation)) {
        if (isContradictory(found.when)) continue;
        const inFile = found.loc.file === file.path;
        const loc = !inFile ? invocation.loc : found.word ? narrowToWord(found.loc, file.text, found.word) : found.loc;
        context.report({ messageId: "cli", loc, data: { flag: found.flag, when: whenSuffix(found.when), container } });
      }
    }
  },
});

/** A permission mode written in a settings file or a subagent is fixed where it is written, in that spelling. */
function modeMessage(agent: AgentSpec, via: BypassVia): string | undefined {
  if (via !== "permissionMode") return undefined;
  if (agent.kind === "settings") return "settingsFile";
  return isSubagent(agent) ? "subagentMode" : undefined;
}
