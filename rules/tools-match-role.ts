import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { AgentSpec } from "../src/model/agent.js";
import { collapseAlternatives, preferredCandidate, type AlternativeFinding } from "../src/model/per-alternative.js";
import { grantsOf, originSuffix, permissionStates, type Grant } from "../src/model/permissions.js";
import { promptValues } from "../src/model/prompts.js";
import { findReadOnlyCue } from "../src/model/read-only-cues.js";
import { isFileWriteTool, isNetworkWriteTool, isShellTool, shellRuleAdmitsAnyCommand } from "../src/model/tools.js";
import { joinWhen, textParts } from "../src/model/value.js";
import type { InstructionText } from "../src/model/instructions.js";

/**
 * How much of a file's body declares the agent's role: its opening. Later text describes the
 * task, other agents or the files it works on ("should this skill be read-only?").
 */
const ROLE_OPENING = 600;

/** Prompts that describe the agent's role (the query prompt and initial prompt are tasks). */
const ROLE_LABELS = /^(systemPrompt|system_prompt|customSystemPrompt|custom_system_prompt|appendSystemPrompt|append_system_prompt|prompt|description|The body)\b/;

interface RoleCue {
  readonly cue: string;
  readonly where: string;
  readonly when: string;
}

export default defineRule({
  id: "tools-match-role",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.claudeMarkdown],
  docs: {
    description: "Enforce that an agent described as read-only holds no tools that write, run commands or send data.",
    securitySeverity: 5.0,
  },
  messages: {
    mismatch:
      'The {{where}} says this agent is read-only ("{{cue}}"), but it holds {{tool}}, which {{power}}. Remove that tool or correct the prompt, since the model will use what it is given{{when}}.',
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      const role = readOnlyCue(agent, context.model.instructionTexts);
      if (!role) continue;
      const states = permissionStates(agent);
      const found: AlternativeFinding<Grant>[] = [];
      states.forEach((state, index) => {
        const grants = grantsOf(agent, state, true).filter((grant) => powerOf(grant) !== undefined);
        const grant = preferredCandidate(grants, agent.file);
        if (grant) found.push({ key: `${grant.tool}:${grant.loc.file}:${grant.loc.start}:${grant.when}`, alternative: index, item: grant });
      });
      for (const { item, alternative } of collapseAlternatives(states.length, found)) {
        const stateWhen = alternative === undefined ? "" : (states[alternative]?.when ?? "");
        context.report({
          agent,
          when: [role.when, stateWhen, item.when].reduce(joinWhen, ""),
          messageId: "mismatch",
          ...(item.via === "inherited" ? { loc: agent.loc } : context.locate(agent, item.loc, item.anchor)),
          data: {
            where: role.where,
            cue: role.cue,
            tool: label(item),
            power: powerOf(item) ?? "",
          },
        });
      }
    }
  },
});

/**
 * The first read-only cue of the agent's prompts. When every alternative of that prompt
 * says so, the cue holds whatever the condition and carries none.
 */
function readOnlyCue(agent: AgentSpec, instructions: readonly InstructionText[]): RoleCue | undefined {
  const byLabel = new Map<string, { cues: RoleCue[]; alternatives: number }>();
  for (const prompt of promptValues(agent)) {
    if (!ROLE_LABELS.test(prompt.label)) continue;
    const group = byLabel.get(prompt.label) ?? { cues: [], alternatives: 0 };
    group.alternatives += 1;
    byLabel.set(prompt.label, group);
    const parts = textParts(prompt.value);
    if (!parts) continue;
    const joined = parts.map((part) => (part.kind === "literal" ? part.text : " ")).join("");
    const body = instructions.find((instruction) => instruction.loc.file === prompt.value.loc.file && instruction.loc.start === prompt.value.loc.start);
    const cue = findReadOnlyCue(body ? roleOpening(joined, body) : joined);
    if (cue) group.cues.push({ cue, where: prompt.label.startsWith("description") ? "description" : "prompt", when: prompt.when });
  }
  for (const { cues, alternatives } of byLabel.values()) {
    const first = cues[0];
    if (first) return cues.length === alternatives ? { ...first, when: "" } : first;
  }
  return undefined;
}

/** The opening of a file's body, without quoted text, code or questions. */
function roleOpening(text: string, body: InstructionText): string {
  let visible = text;
  for (const [start, end] of body.quoted) visible = visible.slice(0, start) + " ".repeat(end - start) + visible.slice(end);
  return visible
    .slice(0, ROLE_OPENING)
    .split(/(?<=[.!?])\s+|\n/)
    .filter((sentence) => !sentence.trim().endsWith("?"))
    .join("\n");
}

function powerOf(grant: Grant): string | undefined {
  if (isShellTool(grant.tool)) return shellRuleAdmitsAnyCommand(grant.rule) ? "runs any shell command" : undefined;
  if (isFileWriteTool(grant.tool)) return "writes files";
  if (isNetworkWriteTool(grant.tool)) return "sends data out";
  return undefined;
}

function label(grant: Grant): string {
  const written = grant.rule.kind === "builtin" && grant.rule.specifier !== undefined ? `${grant.rule.name}(${grant.rule.specifier})` : grant.tool;
  if (grant.via === "bypass") return `${written} (bypassPermissions mode${grant.origin !== undefined ? `: ${grant.origin}` : ""})`;
  if (grant.via === "acceptEdits") return `${written} (acceptEdits mode${grant.origin !== undefined ? `: ${grant.origin}` : ""})`;
  if (grant.origin !== undefined) return `${written}${originSuffix(`pre-approved in ${grant.origin}`)}`;
  if (grant.via === "inherited") return `${written} (inherited from the agent that declares it)`;
  return written;
}
