import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { findInjectionPhrases } from "../src/model/injection-phrases.js";
import { locationInLiteral } from "../src/util/literal-location.js";

export default defineRule({
  id: "no-prompt-injection-text",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.instructionFiles, INPUT.claudeMarkdown],
  docs: {
    description: "Disallow prompt-injection phrasing in instruction files and other markdown an agent reads.",
    securitySeverity: 6.0,
  },
  messages: {
    injection:
      '"{{phrase}}" tells the model to drop its instructions or take on a new role, and every agent that reads this file takes it as an order. Remove it; to document the phrase, quote it or put it in a code span.',
  },
  defaultOptions: {},
  check(context) {
    const fileText = context.model.file.text;
    for (const instruction of context.model.instructionTexts) {
      for (const phrase of findInjectionPhrases(instruction.text, instruction.quoted)) {
        const loc = locationInLiteral(fileText, instruction.loc, instruction.text, phrase.start, phrase.end) ?? instruction.loc;
        context.report({ messageId: "injection", loc, data: { phrase: phrase.text } });
      }
    }
  },
});
