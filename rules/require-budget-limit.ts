import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { option, optionDefinitelyUnset, takesOption } from "../src/model/agent.js";
import { optionSpelling } from "../src/model/permissions.js";
import { alternatives } from "../src/model/value.js";

export default defineRule({
  id: "require-budget-limit",
  severity: "off",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Require a cost cap (`maxBudgetUsd`/`max_budget_usd` or `taskBudget`) on every agent.",
    securitySeverity: 3.0,
  },
  messages: {
    missing:
      "This agent sets neither `{{maxBudgetUsd}}` nor `{{taskBudget}}`, so nothing caps what one run may spend. Set `{{maxBudgetUsd}}` to the most a run may cost{{when}}.",
    session:
      "V2 sessions have no `maxBudgetUsd` or `taskBudget` option, so nothing caps what this agent may spend. Use `query()` with `maxBudgetUsd` instead, or read `total_cost_usd` from each result message of `session.stream()` and call `session.close()` once it passes your budget{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      if (agent.kind !== "sdk-options" || !optionDefinitelyUnset(agent, "taskBudget")) continue;
      if (!takesOption(agent, "maxBudgetUsd")) {
        context.report({ agent, messageId: "session", loc: agent.loc });
        continue;
      }
      const data = { maxBudgetUsd: optionSpelling(agent, "maxBudgetUsd"), taskBudget: optionSpelling(agent, "taskBudget") };
      const budget = option(agent, "maxBudgetUsd");
      if (!budget) {
        if (optionDefinitelyUnset(agent, "maxBudgetUsd")) {
          context.report({ agent, messageId: "missing", loc: agent.loc, data });
        }
        continue;
      }
      for (const { value, when } of alternatives(budget.value)) {
        if (value.kind !== "null") continue;
        context.report({
          agent,
          when,
          messageId: "missing",
          ...context.locate(agent, value.loc, budget.keyLoc),
          data,
        });
      }
    }
  },
});
