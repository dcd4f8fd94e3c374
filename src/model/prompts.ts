/**
 * Every prompt-like value of an agent — the text the model reads as instructions or task —
 * whatever form the SDK accepts it in: `systemPrompt` as a string, a string array,
 * `{ type: "custom", prompt }` or `{ type: "preset", append }`; the legacy
 * `customSystemPrompt` / `appendSystemPrompt`; the query prompt; and an AgentDefinition's
 * `prompt`, `initialPrompt` and `description`. Alternatives are flattened, each with the
 * condition it holds under.
 */
import type { Placement, RuleContext } from "../core/define-rule.js";
import type { Location } from "../core/types.js";
import type { AgentSpec, OptionName } from "./agent.js";
import { option } from "./agent.js";
import { alternatives, entryOf, knownString, type Alternative, type RValue } from "./value.js";

export interface PromptValue {
  /** Where the text goes, for messages: `systemPrompt`, `systemPrompt.append`, `query prompt`. */
  readonly label: string;
  /** One concrete alternative; rules read its text with `textParts()`. */
  readonly value: Alternative["value"];
  /** The condition this alternative holds under; empty when unconditional. */
  readonly when: string;
  /**
   * Where the prompt is given to the agent (the option's key, or the query prompt), for
   * reports about text that was written in another file.
   */
  readonly optionLoc: Location;
}

const PLAIN_PROMPT_OPTIONS: readonly OptionName[] = ["customSystemPrompt", "appendSystemPrompt", "prompt", "initialPrompt", "description"];

export function promptValues(agent: AgentSpec): PromptValue[] {
  const prompts: PromptValue[] = [];
  const systemPrompt = option(agent, "systemPrompt");
  // Labels are the key as written: `system_prompt` in Python, `systemPrompt` in TS.
  if (systemPrompt) prompts.push(...systemPromptTexts(systemPrompt.value, systemPrompt.key, "", systemPrompt.keyLoc));
  for (const name of PLAIN_PROMPT_OPTIONS) {
    const entry = option(agent, name);
    if (entry) prompts.push(...textAlternatives(entry.value, entry.key === "body" ? bodyLabel(agent) : entry.key, "", entry.keyLoc));
  }
  for (const queryPrompt of agent.queryPrompts) {
    prompts.push(...textAlternatives(queryPrompt, "query prompt", "", queryPrompt.loc));
  }
  return prompts;
}

/** How messages name the body of a subagent, skill or command file: the prompt it gives the model. */
function bodyLabel(agent: AgentSpec): string {
  const role = agent.kind === "subagent-file" ? "the subagent's system prompt" : `the ${agent.kind === "command" ? "command" : "skill"}'s instructions`;
  return `The body of this file (${role})`;
}

function systemPromptTexts(value: RValue, label: string, outerWhen: string, optionLoc: Location): PromptValue[] {
  return alternatives(value, outerWhen).flatMap(({ value: alternative, when }) => {
    if (alternative.kind === "array") {
      return alternative.elements.flatMap((element, index) => textAlternatives(element, `${label}[${index}]`, when, optionLoc));
    }
    if (alternative.kind === "object") return structuredSystemPrompt(alternative, label, when, optionLoc);
    return [{ label, value: alternative, when, optionLoc }];
  });
}

/** `{ type: "custom", prompt }` carries the whole prompt; `{ type: "preset", append }` adds to Claude Code's. */
function structuredSystemPrompt(value: RValue, label: string, when: string, optionLoc: Location): PromptValue[] {
  const type = entryOf(value, "type");
  const typeName = type ? knownString(type.value) : undefined;
  const prompt = entryOf(value, "prompt");
  const append = entryOf(value, "append");
  if (prompt && typeName !== "preset") return systemPromptTexts(prompt.value, `${label}.prompt`, when, optionLoc);
  if (append && typeName !== "custom") return textAlternatives(append.value, `${label}.append`, when, optionLoc);
  return [];
}

function textAlternatives(value: RValue, label: string, outerWhen: string, optionLoc: Location): PromptValue[] {
  return alternatives(value, outerWhen).map(({ value: alternative, when }) => ({ label, value: alternative, when, optionLoc }));
}


/** The conditions of every alternative of the prompt that `prompt` is one alternative of. */
export function alternativeConditions(prompts: readonly PromptValue[], prompt: PromptValue): string[] {
  return prompts.filter((other) => other.label === prompt.label && other.optionLoc.start === prompt.optionLoc.start).map((other) => other.when);
}

/**
 * Where a finding about part of a prompt's text points. A prompt is composed where its parts
 * are written: a secret or untrusted content inserted into a template is fixed in that
 * template, so a part written in the analysed file is reported there (at `exact`, a range
 * inside it, when given). A part written in another file is reported at the option that takes
 * the prompt, with the part as its origin.
 */
export function promptPartPlacement(context: Pick<RuleContext<unknown>, "locate" | "model">, agent: AgentSpec, prompt: PromptValue, part: Location, exact?: Location): Placement {
  if (part.file === context.model.file.path) return { loc: exact ?? part };
  return context.locate(agent, part, prompt.optionLoc);
}
