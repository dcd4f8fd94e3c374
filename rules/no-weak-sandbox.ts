import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { option, type AgentSpec } from "../src/model/agent.js";
import { alternatives, entryOf, joinWhen, type RValue } from "../src/model/value.js";

interface Options {
  readonly requireExplicit: boolean;
}

/** Sandbox keys that weaken isolation when true, with what each gives away. */
const WEAKENING: ReadonlyArray<{ readonly path: readonly string[]; readonly effect: string }> = [
  { path: ["allowUnsandboxedCommands"], effect: "lets the model rerun any command outside the sandbox (`dangerouslyDisableSandbox`)" },
  { path: ["enableWeakerNestedSandbox"], effect: "runs a weaker sandbox inside containers, which reduces isolation" },
  { path: ["enableWeakerNetworkIsolation"], effect: "weakens the network isolation of sandboxed commands" },
  { path: ["allowNestedUserNamespaces"], effect: "lets sandboxed commands create user namespaces, which removes code-execution isolation" },
  { path: ["network", "allowAllUnixSockets"], effect: "lets sandboxed commands reach every Unix socket (the Docker socket among them)" },
  { path: ["filesystem", "disabled"], effect: "turns off the file system sandbox" },
];

interface Weakness {
  readonly messageId: "weakening" | "implicitDefaults";
  readonly loc: Location;
  readonly when: string;
  readonly data: Record<string, string>;
}

export default defineRule<Options>({
  id: "no-weak-sandbox",
  severity: "warn",
  category: "config",
  inputs: [INPUT.settings, INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Disallow sandbox settings that weaken the isolation of the commands an agent runs.",
    securitySeverity: 6.5,
  },
  messages: {
    weakening: "`{{key}}: true` {{effect}}, so a prompt injection that reaches Bash is no longer contained by the sandbox. Remove it{{when}}.",
    implicitDefaults:
      "The sandbox is enabled but {{keys}} {{verb}} left to {{their}} default, under which sandboxed Bash commands run without asking and the model can rerun a command outside the sandbox. Set `autoAllowBashIfSandboxed` and `allowUnsandboxedCommands` explicitly (`false` to keep every escape reviewed){{when}}.",
  },
  optionsSchema: {
    type: "object",
    properties: {
      requireExplicit: {
        type: "boolean",
        description: "Also report an enabled sandbox that leaves `autoAllowBashIfSandboxed` or `allowUnsandboxedCommands` to their defaults.",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { requireExplicit: false },
  strictOptions: { requireExplicit: true },
  check(context) {
    for (const agent of context.model.agents) {
      for (const weakness of sandboxWeaknesses(agent, context.options.requireExplicit)) {
        context.report({ agent, when: weakness.when, messageId: weakness.messageId, ...context.locate(agent, weakness.loc), data: weakness.data });
      }
    }
  },
});

/** The sandbox blocks an agent is configured with: its `sandbox` (SDK option or settings key) and inline `settings.sandbox`. */
function sandboxes(agent: AgentSpec): Array<{ value: RValue; when: string }> {
  const found: Array<{ value: RValue; when: string }> = [];
  const direct = option(agent, "sandbox");
  if (direct) found.push(...alternatives(direct.value));
  const settings = option(agent, "settings");
  if (settings) {
    for (const { value, when } of alternatives(settings.value)) {
      const entry = entryOf(value, "sandbox");
      if (entry) found.push(...alternatives(entry.value, when));
    }
  }
  return found;
}

function sandboxWeaknesses(agent: AgentSpec, requireExplicit: boolean): Weakness[] {
  const found: Weakness[] = [];
  for (const { value: sandbox, when } of sandboxes(agent)) {
    if (sandbox.kind !== "object") continue;
    for (const { path, effect } of WEAKENING) {
      for (const { value, when: valueWhen } of valuesAt(sandbox, path)) {
        if (value.kind === "boolean" && value.value) {
          found.push({ messageId: "weakening", loc: value.loc, when: joinWhen(when, valueWhen), data: { key: path.join("."), effect } });
        }
      }
    }
    if (requireExplicit && !sandbox.open) {
      const enabled = entryOf(sandbox, "enabled");
      const on = enabled !== undefined && alternatives(enabled.value).every(({ value }) => value.kind === "boolean" && value.value);
      const implicit = ["autoAllowBashIfSandboxed", "allowUnsandboxedCommands"].filter((key) => !entryOf(sandbox, key));
      if (on && enabled && implicit.length > 0) {
        const keys = implicit.map((key) => `\`${key}\``).join(" and ");
        found.push({ messageId: "implicitDefaults", loc: enabled.keyLoc, when, data: { keys, verb: implicit.length > 1 ? "are" : "is", their: implicit.length > 1 ? "their" : "its" } });
      }
    }
  }
  return found;
}

function valuesAt(object: RValue, path: readonly string[]): Array<{ value: RValue; when: string }> {
  const [first, ...rest] = path;
  if (first === undefined) return alternatives(object);
  return alternatives(object).flatMap(({ value, when }) => {
    const entry = entryOf(value, first);
    return entry ? valuesAt(entry.value, rest).map((found) => ({ ...found, when: joinWhen(when, found.when) })) : [];
  });
}
