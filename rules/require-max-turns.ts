import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location, Suggestion } from "../src/core/types.js";
import { isConfigLayer, isSubagent, isTurnInstructions, option, optionDefinitelyUnset, subagentLabel, takesOption, type AgentSpec } from "../src/model/agent.js";
import { optionSpelling } from "../src/model/permissions.js";
import { alternatives } from "../src/model/value.js";

interface Options {
  readonly max: number;
}

const SUGGESTED_TURNS = 25;

export default defineRule<Options>({
  id: "require-max-turns",
  severity: "error",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.subagentFiles],
  docs: {
    description: "Require a bounded turn limit (`maxTurns`/`max_turns`) on every agent loop.",
    securitySeverity: 5.0,
  },
  messages: {
    missing:
      "This agent sets no `{{maxTurns}}`, so its loop runs until the model stops on its own (no turn limit). Set `{{maxTurns}}` to a bound such as {{suggested}}{{when}}.",
    subagentMissing:
      '{{subagent}} sets no `maxTurns` and the agent that declares it has no turn limit either, so its loop is unbounded. Set `maxTurns` on it{{when}}.',
    zero: "`{{maxTurns}}: 0` means no turn limit (the SDK only passes a non-zero value), so the loop is unbounded. Set a positive bound such as {{suggested}}{{when}}.",
    tooMany: "`{{maxTurns}}: {{value}}` allows more turns than the configured maximum of {{max}}; a runaway loop keeps spending tokens and acting. Lower it to {{max}} or less{{when}}.",
    session:
      "V2 sessions have no `maxTurns` option (the SDK ignores such a key), so nothing limits how many turns this agent's loop runs. Use `query()` with `maxTurns: {{suggested}}` instead, or count the turns read from `session.stream()` and call `session.close()` past a bound{{when}}.",
  },
  warningMessages: ["missing", "subagentMissing", "zero", "session"],
  hasSuggestions: true,
  optionsSchema: {
    type: "object",
    properties: {
      max: { type: "integer", minimum: 1, description: "The largest turn limit accepted without a finding." },
    },
    additionalProperties: false,
  },
  defaultOptions: { max: 50 },
  check(context) {
    const { max } = context.options;
    for (const agent of context.model.agents) {
      // Settings, `.mcp.json`, skills and commands run inside a session and set no turn limit.
      if (isConfigLayer(agent) || isTurnInstructions(agent)) continue;
      const maxTurns = optionSpelling(agent, "maxTurns");
      const base = { maxTurns, max, suggested: SUGGESTED_TURNS, subagent: subagentLabel(agent, true) };
      if (!takesOption(agent, "maxTurns")) {
        context.report({ agent, messageId: "session", loc: agent.loc, data: base });
        continue;
      }
      const entry = option(agent, "maxTurns");
      if (!entry) {
        if (!optionDefinitelyUnset(agent, "maxTurns")) continue;
        if (isSubagent(agent) && !parentUnbounded(agent)) continue;
        const suggestion = insertionSuggestion(agent, context.model.file.text, maxTurns);
        context.report({
          agent,
          messageId: isSubagent(agent) ? "subagentMissing" : "missing",
          loc: agent.loc,
          data: base,
          ...(suggestion && { suggestions: [suggestion] }),
        });
        continue;
      }
      for (const { value, when } of alternatives(entry.value)) {
        // A limit from a constant, like a `None` returned from inside a helper, is reported at the option.
        const placement = context.locate(agent, value.loc, entry.keyLoc);
        if (value.kind === "null") {
          if (isSubagent(agent) && !parentUnbounded(agent)) continue;
          const messageId = isSubagent(agent) ? "subagentMissing" : "missing";
          // The key left unset where a conditional write was skipped: its place is the write's key, not the dict around it.
          const unwritten = !placement.origin && !contains(agent.options.loc, value.loc);
          context.report({ agent, when, messageId, ...(unwritten ? context.locate(agent, entry.keyLoc) : placement), data: base });
        } else if (value.kind === "number" && value.value === 0) {
          context.report({ agent, when, messageId: "zero", ...placement, data: base });
        } else if (value.kind === "number" && value.value > max) {
          context.report({ agent, when, messageId: "tooMany", ...placement, data: { ...base, value: value.value } });
        }
      }
    }
  },
});

/** A subagent without `maxTurns` matters when the declaring agent's loop is unbounded too. */
function parentUnbounded(agent: AgentSpec): boolean {
  const parent = agent.parent;
  if (!parent) return false;
  const entry = option(parent, "maxTurns");
  if (!entry) return optionDefinitelyUnset(parent, "maxTurns");
  return alternatives(entry.value).every(({ value }) => value.kind === "null" || (value.kind === "number" && value.value === 0));
}

/** `maxTurns: 25, ` right after the `{` of an options object literal written in this file. */
function insertionSuggestion(agent: AgentSpec, text: string, maxTurns: string): Suggestion | undefined {
  const loc: Location = agent.options.loc;
  if (agent.language === "python" || loc.file !== agent.loc.file || loc.file !== agent.file) return undefined;
  if (text[loc.start] !== "{" || text[loc.end - 1] !== "}") return undefined;
  return {
    description: `Insert \`${maxTurns}: ${SUGGESTED_TURNS}\`.`,
    range: [loc.start + 1, loc.start + 1],
    text: `${maxTurns}: ${SUGGESTED_TURNS}, `,
  };
}

function contains(outer: Location, inner: Location): boolean {
  return outer.file === inner.file && outer.start <= inner.start && inner.end <= outer.end;
}
