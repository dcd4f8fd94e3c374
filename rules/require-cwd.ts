import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { option, optionDefinitelyUnset, type AgentSpec } from "../src/model/agent.js";
import { collapseAlternatives, preferredCandidate, type AlternativeFinding } from "../src/model/per-alternative.js";
import { grantsOf, originSuffix, permissionStates, type PermissionState } from "../src/model/permissions.js";
import { touchesWorkingDirectory } from "../src/model/tools.js";
import { alternatives, joinWhen } from "../src/model/value.js";

export default defineRule({
  id: "require-cwd",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Require an explicit `cwd` on agents that may write files or run commands without approval.",
    securitySeverity: 4.0,
  },
  messages: {
    missing:
      "This agent {{power}} but sets no `cwd`, so it works in whatever directory the process happens to run in. Set `cwd` to the project or a scratch directory{{when}}.",
    sessionMissing:
      "This session {{power}} but sets no `cwd`, so it works in whatever directory the process happens to run in. Set `cwd` to the project or a scratch directory (V2 sessions take it from SDK 0.2.110 on; with an older SDK, start the process in that directory){{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      // Subagents work in the directory of the agent that declares them.
      if (agent.kind !== "sdk-options") continue;
      const unsetWhen = cwdUnsetConditions(agent);
      if (unsetWhen === undefined) continue;
      const states = permissionStates(agent);
      const found: AlternativeFinding<Power>[] = [];
      states.forEach((state, index) => {
        const power = powerOf(agent, state);
        if (power) found.push({ key: `${power.power}:${power.when}`, alternative: index, item: power });
      });
      for (const { item, alternative } of collapseAlternatives(states.length, found)) {
        for (const cwdWhen of unsetWhen) {
          const stateWhen = alternative === undefined ? "" : (states[alternative]?.when ?? "");
          context.report({
            agent,
            when: joinWhen(joinWhen(stateWhen, item.when), cwdWhen),
            messageId: agent.api === "session" ? "sessionMissing" : "missing",
            loc: agent.loc,
            data: { power: item.power },
          });
        }
      }
    }
  },
});

/** The conditions under which `cwd` is definitely unset ("" = always), or undefined when it never is. */
function cwdUnsetConditions(agent: AgentSpec): string[] | undefined {
  const entry = option(agent, "cwd");
  if (!entry) return optionDefinitelyUnset(agent, "cwd") ? [""] : undefined;
  const unset = alternatives(entry.value).filter(({ value }) => value.kind === "null").map(({ when }) => when);
  return unset.length > 0 ? unset : undefined;
}

interface Power {
  readonly power: string;
  readonly when: string;
}

function powerOf(agent: AgentSpec, state: PermissionState): Power | undefined {
  if (withoutWorkingDirectoryTools(state)) return undefined;
  if (state.bypass) return { power: `runs in bypassPermissions mode${originSuffix(state.bypass.origin)}`, when: "" };
  if (state.mode.kind === "set" && state.mode.mode === "acceptEdits") return { power: `auto-approves file edits (acceptEdits)${originSuffix(state.mode.origin)}`, when: "" };
  const preApproved = grantsOf(agent, state).filter((grant) => grant.via === "pre-approved" && touchesWorkingDirectory(grant.tool));
  const risky = preferredCandidate(preApproved, agent.file);
  return risky ? { power: `has ${risky.tool} pre-approved`, when: risky.when } : undefined;
}

/** `tools` limits the built-in tools in reach, and none of them writes files or runs commands. */
function withoutWorkingDirectoryTools(state: PermissionState): boolean {
  if (state.tools.kind !== "list" || state.tools.open) return false;
  return !state.tools.entries.some((entry) => entry.rule.kind === "builtin" && touchesWorkingDirectory(entry.rule.name));
}
