import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location, Suggestion } from "../src/core/types.js";
import { subagentLabel, type AgentSpec } from "../src/model/agent.js";
import { unknownOptionKeys } from "../src/model/sdk-options.js";

export default defineRule({
  id: "no-unknown-options",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Disallow SDK option keys that the SDK does not know, such as a misspelled `allowedTools` or `max_turns`.",
    securitySeverity: 5.0,
  },
  messages: {
    unknown: "`{{key}}` is not {{what}}, so the SDK never reads it{{impact}}. Did you mean `{{suggestion}}`?",
    notSessionOption:
      "`{{key}}` is an option of `query()` but not of V2 sessions, so the SDK never reads it here{{impact}}. Remove it, or run the agent with `query()`, which takes it.",
  },
  defaultOptions: {},
  hasSuggestions: true,
  check(context) {
    const { text } = context.model.file;
    for (const agent of context.model.agents) {
      for (const unknown of unknownOptionKeys(agent)) {
        const placement = context.locate(agent, unknown.keyLoc);
        const impact = unknown.limitsAgent ? ", and the agent runs without the limit it was meant to set" : "";
        if (unknown.suggestion === undefined) {
          context.report({ agent, messageId: "notSessionOption", ...placement, data: { key: unknown.key, impact } });
          continue;
        }
        // The key can only be renamed where it is written.
        const suggestion = placement.origin ? undefined : renameSuggestion(text, placement.loc, unknown.key, unknown.suggestion);
        context.report({
          agent,
          messageId: "unknown",
          ...placement,
          data: { key: unknown.key, suggestion: unknown.suggestion, what: containerOf(agent), impact },
          ...(suggestion && { suggestions: [suggestion] }),
        });
      }
    }
  },
});

function containerOf(agent: AgentSpec): string {
  if (agent.kind === "agent-definition") {
    const label = subagentLabel(agent);
    return `a field of \`AgentDefinition\` (${label})`;
  }
  if (agent.api === "session") return "an option of V2 sessions (`SDKSessionOptions`)";
  return agent.language === "python" ? "a field of `ClaudeAgentOptions`" : "an option of the Agent SDK's `Options`";
}

/** Renames the key where it is written in this file, keeping its quotes. */
function renameSuggestion(text: string, loc: Location, key: string, replacement: string): Suggestion | undefined {
  const written = text.slice(loc.start, loc.end);
  const quote = written[0];
  const quoted = (quote === '"' || quote === "'" || quote === "`") && written.endsWith(quote) && written.slice(1, -1) === key;
  if (!quoted && written !== key) return undefined;
  return {
    description: `Rename \`${key}\` to \`${replacement}\`.`,
    range: [loc.start, loc.end],
    text: quoted ? `${quote}${replacement}${quote}` : replacement,
  };
}
