import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";

export default defineRule({
  id: "parse-error",
  severity: "error",
  category: "meta",
  inputs: [INPUT.everyFormat],
  docs: {
    description: "Require every file of a supported kind to parse, since a file that cannot be parsed is not checked by any rule.",
    securitySeverity: 3.0,
  },
  messages: {
    unparsable: "Could not parse this file: {{reason}}. Only the parts the parser recovered were checked, so findings may be missing; fix the syntax so that the whole file is analysed.",
  },
  defaultOptions: {},
  check(context) {
    for (const problem of context.model.parseProblems) {
      context.report({ messageId: "unparsable", loc: problem.loc, data: { reason: problem.message.replace(/\.$/, "") } });
    }
  },
});
