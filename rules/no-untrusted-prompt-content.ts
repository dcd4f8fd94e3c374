import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { alternativeConditions, promptPartPlacement, promptValues } from "../src/model/prompts.js";
import { describeProvenance, isUntrustedProvenance } from "../src/model/provenance.js";
import { enclosingTag, writersOf } from "../src/model/third-party.js";
import { textParts, type TextPart } from "../src/model/value.js";


const TAG = /<(\/?)([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>/g;
const FENCES = ["```", "~~~"] as const;

export default defineRule({
  id: "no-untrusted-prompt-content",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents],
  docs: {
    description: "Require untrusted content (files, network responses, request bodies, stdin, issues, chat messages, email) inserted into a prompt to be delimited or sanitized.",
    securitySeverity: 6.5,
  },
  messages: {
    undelimited:
      "{{label}} inserts {{source}} (`{{expression}}`) as plain text, so instructions hidden in that content read like your own (prompt injection). Enclose it in tags such as <document>…</document> or a fence and tell the model to treat it as data, or sanitize it first{{when}}.",
    thirdParty:
      "{{label}} inserts {{source}} (`{{expression}}`) as plain text, so {{writers}} can steer this agent: instructions they write there read like your own (prompt injection). Enclose it in tags such as <{{tag}}>…</{{tag}}> and tell the model to treat it as data, or sanitize it first{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      const prompts = promptValues(agent);
      for (const prompt of prompts) {
        const parts = textParts(prompt.value) ?? [];
        parts.forEach((part, index) => {
          if (part.kind !== "hole" || !isUntrustedProvenance(part.provenance) || isDelimited(parts, index)) return;
          const data = { label: prompt.label, source: describeProvenance(part.provenance), expression: part.expression };
          const thirdParty = part.provenance.kind === "third-party" ? part.provenance : undefined;
          context.report({
            agent,
            when: prompt.when,
            among: alternativeConditions(prompts, prompt),
            messageId: thirdParty ? "thirdParty" : "undelimited",
            ...promptPartPlacement(context, agent, prompt, part.loc),
            data: thirdParty ? { ...data, writers: writersOf(thirdParty), tag: enclosingTag(thirdParty) } : data,
          });
        });
      }
    }
  },
});

/** The hole lies between an opening tag and its closing tag, or inside a fence, in the same text. */
function isDelimited(parts: readonly TextPart[], holeIndex: number): boolean {
  const before = literalText(parts.slice(0, holeIndex));
  const after = literalText(parts.slice(holeIndex + 1));
  const open = openTags(before);
  if (open.some((name) => new RegExp(`</${escapeRegExp(name)}\\s*>`).test(after))) return true;
  return FENCES.some((fence) => occurrences(before, fence) % 2 === 1 && after.includes(fence));
}

function literalText(parts: readonly TextPart[]): string {
  return parts.map((part) => (part.kind === "literal" ? part.text : "\u0000")).join("");
}

/** Tags opened and not yet closed at the end of `text`, innermost last. */
function openTags(text: string): string[] {
  const stack: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const name = match[2] ?? "";
    if (match[1] === "/") {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.splice(at);
    } else if (!match[0].endsWith("/>")) {
      stack.push(name);
    }
  }
  return stack;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
