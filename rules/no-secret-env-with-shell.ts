import { defineRule, type RuleContext } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { option, type AgentSpec } from "../src/model/agent.js";
import { preferredCandidate } from "../src/model/per-alternative.js";
import { grantsOf, isAvailable, originSuffix, permissionStates, preToolUseGuard, type PermissionState } from "../src/model/permissions.js";
import { isShellTool, shellRuleAdmitsAnyCommand } from "../src/model/tools.js";
import { alternatives, joinWhen, knownString, type RValue } from "../src/model/value.js";
import { findSecrets } from "../src/secrets/detect.js";
import { isSecretLikeName } from "../src/secrets/names.js";

interface Shell {
  readonly label: string;
  readonly loc: Location;
  readonly when: string;
  readonly anchor?: Location | undefined;
}

type EnvExposure =
  | { readonly messageId: "secrets"; readonly names: readonly string[]; readonly loc: Location; readonly when: string }
  | { readonly messageId: "wholeEnv" | "defaultEnv"; readonly source: string; readonly loc: Location | undefined; readonly when: string };

export default defineRule({
  id: "no-secret-env-with-shell",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Disallow secrets in the environment of an agent that can run any shell command.",
    securitySeverity: 6.5,
  },
  messages: {
    secrets:
      "This agent can run any shell command ({{shell}}) and its `env` holds secrets ({{names}}); one `env` or `printenv` puts them in the transcript or a request. Give the agent only the variables it needs, or scope Bash to specific commands{{when}}.",
    wholeEnv:
      "This agent can run any shell command ({{shell}}) and receives the whole parent environment ({{source}}) with every secret of this process in it; the agent can print or send them. Pass an `env` with only the variables it needs, or scope Bash to specific commands{{when}}.",
    defaultEnv:
      "This agent can run any shell command ({{shell}}) and sets no `env`, so the SDK hands it the whole `process.env` with every secret of this process; the agent can print or send them. Pass an `env` with only the variables it needs, or scope Bash to specific commands{{when}}.",
    python:
      "This agent can run any shell command ({{shell}}) and the Python SDK always passes the whole `os.environ` on to it (`env` only adds to it), so every secret of this process is within reach: the agent can print it with `env`. Remove secrets from the process environment before starting the agent, or scope Bash to specific commands{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      // Subagents run in the declaring agent's process and environment: judged there.
      if (agent.kind !== "sdk-options") continue;
      for (const { shell, when: shellWhen } of shellTargets(agent)) {
        reportExposures(context, agent, shell, shellWhen);
      }
    }
  },
});

/**
 * The ways this agent reaches a shell, per permission alternative. When every alternative
 * has one, the exposure holds whatever the condition: one target, named by the first way.
 */
function shellTargets(agent: AgentSpec): Array<{ shell: Shell; when: string }> {
  const states = permissionStates(agent);
  const reached = states.flatMap((state) => {
    const shell = shellAccess(agent, state);
    return shell ? [{ shell, when: joinWhen(state.when, shell.when) }] : [];
  });
  const first = reached[0];
  if (first && reached.length === states.length) return [{ shell: first.shell, when: reached.every((r) => r.shell.when === "") ? "" : first.when }];
  return reached;
}

function reportExposures(context: RuleContext<Record<string, never>>, agent: AgentSpec, shell: Shell, shellWhen: string): void {
  if (agent.language === "python") {
    context.report({
      agent,
      when: shellWhen,
      messageId: "python",
      ...context.locate(agent, shell.loc, shell.anchor),
      data: { shell: shell.label },
    });
    return;
  }
  for (const exposure of envExposures(agent)) {
    const when = joinWhen(shellWhen, exposure.when);
    const placement = context.locate(agent, exposure.loc, option(agent, "env")?.keyLoc, shell.loc, shell.anchor);
    if (exposure.messageId === "secrets") {
      context.report({ agent, when, messageId: "secrets", ...placement, data: { shell: shell.label, names: exposure.names.join(", ") } });
    } else {
      context.report({ agent, when, messageId: exposure.messageId, ...placement, data: { shell: shell.label, source: exposure.source } });
    }
  }
}

/**
 * How this agent reaches an unrestricted shell in one state, if it does. A PreToolUse hook
 * covering the shell checks every call (as no-unscoped-bash counts it): no open shell then.
 */
function shellAccess(agent: AgentSpec, state: PermissionState): Shell | undefined {
  const unchecked = (tool: string): boolean => preToolUseGuard(agent, tool) === "no";
  const grants = grantsOf(agent, state);
  const preApproved = preferredCandidate(
    grants.filter((grant) => grant.via === "pre-approved" && isShellTool(grant.tool) && shellRuleAdmitsAnyCommand(grant.rule) && unchecked(grant.tool)),
    agent.file,
  );
  if (preApproved) {
    const text = preApproved.rule.kind === "builtin" && preApproved.rule.specifier !== undefined ? `${preApproved.rule.name}(${preApproved.rule.specifier})` : preApproved.tool;
    return { label: `"${text}" pre-approved`, loc: preApproved.loc, when: preApproved.when, anchor: preApproved.anchor };
  }
  // The mode grants Bash when it is listed in `tools`, or when no `tools` list narrows what the
  // mode grants: an unresolved `disallowedTools` is then judged as every other rule judges it.
  const bashByMode = isAvailable(state, "Bash") === true || grants.some((grant) => grant.via === "bypass" && grant.tool === "Bash");
  if (state.bypass && bashByMode && unchecked("Bash")) {
    return { label: `Bash in bypassPermissions mode${originSuffix(state.bypass.origin)}`, loc: state.bypass.loc, when: "", anchor: state.bypass.anchor };
  }
  return undefined;
}

function envExposures(agent: AgentSpec): EnvExposure[] {
  const entry = option(agent, "env");
  if (!entry) {
    return agent.options.open ? [] : [{ messageId: "defaultEnv", source: "process.env", loc: undefined, when: "" }];
  }
  const exposures: EnvExposure[] = [];
  for (const { value, when } of alternatives(entry.value)) {
    if (value.kind === "null") {
      exposures.push({ messageId: "defaultEnv", source: "process.env", loc: value.loc, when });
    } else if (isWholeEnvironment(value)) {
      exposures.push({ messageId: "wholeEnv", source: "process.env", loc: value.loc, when });
    } else if (value.kind === "object") {
      if (value.unknownSpreads?.some(isWholeEnvironment)) {
        exposures.push({ messageId: "wholeEnv", source: "...process.env", loc: value.loc, when });
        continue;
      }
      const secretEntries = value.entries.filter((item) => holdsSecret(item.key, item.value));
      const firstSecret = secretEntries[0];
      if (firstSecret) {
        exposures.push({ messageId: "secrets", names: secretEntries.map((item) => item.key), loc: firstSecret.keyLoc, when });
      }
    }
  }
  return exposures;
}

function isWholeEnvironment(value: RValue): boolean {
  return value.kind === "unknown" && value.provenance?.kind === "env" && value.provenance.name === "*";
}

function holdsSecret(name: string, value: RValue): boolean {
  return alternatives(value).some(({ value: alternative }) => {
    if (alternative.kind === "null") return false;
    const text = knownString(alternative);
    if (text === "") return false;
    if (isSecretLikeName(name)) return true;
    if (text !== undefined) return findSecrets(text).length > 0;
    if (alternative.kind === "unknown") {
      const provenance = alternative.provenance?.kind;
      return provenance === "secret-env" || provenance === "secret-manager" || provenance === "secret-config";
    }
    return false;
  });
}
