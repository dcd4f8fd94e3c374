import { defineRule } from "../src/core/define-rule.js";
import type { Location } from "../src/core/types.js";
import { reportAcrossAlternatives } from "../src/model/agent-alternatives.js";
import { promptValues } from "../src/model/prompts.js";
import { joinWhen, textParts, whenSuffix } from "../src/model/value.js";
import { findHiddenCharacters, type HiddenKind, type HiddenRun } from "../src/util/hidden-characters.js";
import { locationInLiteral } from "../src/util/literal-location.js";

interface HiddenFinding {
  readonly loc: Location;
  readonly data: Record<string, string>;
  readonly when: string;
}

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
  inputs: ["TypeScript/JavaScript agent code", "Python agent code"],
  docs: {
    description: "Disallow invisible and direction-changing Unicode characters (zero-width, bidi controls, tag characters) in prompt text.",
    securitySeverity: 7.0,
  },
  messages: {
    hidden:
      "{{label}} contains {{what}}: the model reads text a reviewer cannot see{{spelled}}. Remove it, or write it as a visible escape if it is intended{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    const fileText = context.model.file.text;
    reportAcrossAlternatives(
      context.model.agents,
      (agent) =>
        promptValues(agent).flatMap((prompt) =>
          (textParts(prompt.value) ?? []).flatMap((part) => {
            if (part.kind !== "literal") return [];
            return findHiddenCharacters(part.text).map((run) => {
              const exact = part.loc.file === context.model.file.path ? locationInLiteral(fileText, part.loc, part.text, run.start, run.end) : undefined;
              const item: HiddenFinding = {
                loc: exact ?? context.locate(agent, part.loc, prompt.optionLoc),
                data: { label: prompt.label, what: describeRun(run), spelled: spelledText(run) },
                when: prompt.when,
              };
              return { key: [item.loc.start, item.loc.end, item.when, run.start, JSON.stringify(item.data)].join("\u0000"), item };
            });
          }),
        ),
      (item, _agent, agentWhen) => {
        context.report({ messageId: "hidden", loc: item.loc, data: { ...item.data, when: whenSuffix(joinWhen(agentWhen, item.when)) } });
      },
    );
  },
});

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
