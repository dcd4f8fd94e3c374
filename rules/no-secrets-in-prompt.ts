import { defineRule, type Placement } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import type { AgentSpec } from "../src/model/agent.js";
import { alternativeConditions, promptPartPlacement, promptValues, type PromptValue } from "../src/model/prompts.js";
import { describeProvenance, isSecretProvenance } from "../src/model/provenance.js";
import { textParts } from "../src/model/value.js";
import { findSecrets } from "../src/secrets/detect.js";
import { maskSecret } from "../src/secrets/mask.js";
import { locationInLiteral } from "../src/util/literal-location.js";

interface PromptSecret extends Placement {
  readonly messageId: "literalSecret" | "secretValue";
  readonly data: Record<string, string>;
  readonly secret?: string;
  readonly when: string;
}

export default defineRule({
  id: "no-secrets-in-prompt",
  severity: "error",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.claudeMarkdown],
  docs: {
    description: "Disallow credentials in prompt text, written literally or read from a secret variable, config key or secret manager.",
    securitySeverity: 8.0,
  },
  messages: {
    literalSecret:
      "{{label}} contains a {{kind}} ({{masked}}): the model can repeat anything in its prompt, and transcripts and logs keep it. Remove it, revoke it, and let a tool or the environment use the credential instead{{when}}.",
    secretValue:
      "{{label}} includes {{source}}, which holds a secret: the model can repeat anything in its prompt, and transcripts and logs keep it. Keep the secret out of the prompt and let a tool use it{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    const fileText = context.model.file.text;
    const inFile = (loc: Location): boolean => loc.file === context.model.file.path;

    function judgePrompt(agent: AgentSpec, prompt: PromptValue): PromptSecret[] {
      const found: PromptSecret[] = [];
      const value = prompt.value;
      if (value.kind === "unknown" && value.provenance && isSecretProvenance(value.provenance)) {
        found.push({
          messageId: "secretValue",
          ...context.locate(agent, value.loc, prompt.optionLoc),
          data: { label: prompt.label, source: describeProvenance(value.provenance) },
          when: prompt.when,
        });
      }
      for (const part of textParts(value) ?? []) {
        if (part.kind === "hole") {
          if (!isSecretProvenance(part.provenance)) continue;
          found.push({
            messageId: "secretValue",
            ...promptPartPlacement(context, agent, prompt, part.loc),
            data: { label: prompt.label, source: `${describeProvenance(part.provenance)} (\`${part.expression}\`)` },
            when: prompt.when,
          });
          continue;
        }
        for (const secret of findSecrets(part.text)) {
          const exact = inFile(part.loc) ? locationInLiteral(fileText, part.loc, part.text, secret.start, secret.end) : undefined;
          found.push({
            messageId: "literalSecret",
            ...promptPartPlacement(context, agent, prompt, part.loc, exact),
            data: { label: prompt.label, kind: secret.kind, masked: maskSecret(secret.value) },
            secret: secret.value,
            when: prompt.when,
          });
        }
      }
      return found;
    }

    for (const agent of context.model.agents) {
      const prompts = promptValues(agent);
      for (const prompt of prompts) {
        for (const item of judgePrompt(agent, prompt)) {
          context.report({
            agent,
            when: item.when,
            among: alternativeConditions(prompts, prompt),
            messageId: item.messageId,
            loc: item.loc,
            ...(item.origin && { origin: item.origin }),
            data: item.data,
            ...(item.secret !== undefined && { secrets: [item.secret] }),
          });
        }
      }
    }
  },
});
