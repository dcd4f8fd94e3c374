import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { InstructionText } from "../src/model/instructions.js";
import { alternativeConditions, promptPartPlacement, promptValues } from "../src/model/prompts.js";
import { textParts } from "../src/model/value.js";
import { findHiddenCharacters, type HiddenKind, type HiddenRun } from "../src/util/hidden-characters.js";
import { locationInLiteral } from "../src/util/literal-location.js";


const KIND_NAMES: Readonly<Record<HiddenKind, string>> = {
  "zero-width": "zero-width",
  bidi: "bidi control",
  tag: "Unicode tag",
};
const SHOWN_TAG_TEXT = 60;

export default defineRule({
  id: "no-hidden-instructions",
  severity: "error",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.claudeMarkdown, INPUT.instructionFiles],
  docs: {
    description: "Disallow invisible and direction-changing Unicode characters (zero-width, bidi controls, tag characters) in prompt text.",
    securitySeverity: 7.0,
  },
  messages: {
    hiddenInFile:
      "This file contains {{what}}: an agent that reads it follows text a reviewer cannot see{{spelled}}. Remove it; if it is intended, say why in a suppression comment.",
    hidden:
      "{{label}} contains {{what}}: the model reads text a reviewer cannot see{{spelled}}. Remove it; if it is intended, say why in a suppression comment{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    const fileText = context.model.file.text;
    const instructions = context.model.instructionTexts;
    for (const instruction of instructions) {
      for (const run of findHiddenCharacters(instruction.text)) {
        const loc = locationInLiteral(fileText, instruction.loc, instruction.text, run.start, run.end) ?? instruction.loc;
        context.report({ messageId: "hiddenInFile", loc, data: { what: describeRun(run), spelled: spelledText(run) } });
      }
    }
    for (const agent of context.model.agents) {
      const prompts = promptValues(agent);
      for (const prompt of prompts) {
        for (const part of textParts(prompt.value) ?? []) {
          // A file's body is read as an instruction text above.
          if (part.kind !== "literal" || insideInstructions(part.loc, instructions)) continue;
          for (const run of findHiddenCharacters(part.text)) {
            const exact = part.loc.file === context.model.file.path ? locationInLiteral(fileText, part.loc, part.text, run.start, run.end) : undefined;
            context.report({
              agent,
              when: prompt.when,
              among: alternativeConditions(prompts, prompt),
              messageId: "hidden",
              ...promptPartPlacement(context, agent, prompt, part.loc, exact),
              data: { label: prompt.label, what: describeRun(run), spelled: spelledText(run) },
            });
          }
        }
      }
    }
  },
});

function insideInstructions(loc: { readonly file: string; readonly start: number; readonly end: number }, instructions: readonly InstructionText[]): boolean {
  return instructions.some((text) => text.loc.file === loc.file && text.loc.start <= loc.start && loc.end <= text.loc.end);
}

function describeRun(run: HiddenRun): string {
  const kinds = run.kinds.map((kind) => KIND_NAMES[kind]).join("/");
  const noun = run.count === 1 ? `an invisible ${kinds} character` : `${run.count} invisible ${kinds} characters`;
  return `${noun} (${run.codePoints.join(", ")})`;
}

function spelledText(run: HiddenRun): string {
  if (!run.tagText) return "";
  const shown = run.tagText.length > SHOWN_TAG_TEXT ? `${run.tagText.slice(0, SHOWN_TAG_TEXT)}…` : run.tagText;
  return `; the tag characters spell "${shown}"`;
}
