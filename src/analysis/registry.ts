/**
 * The rule registry: every rule in `rules/`, in id order. `rules/index.ts` is generated
 * (`node dist/src/tools/generate.js`) and a meta test fails when it is stale.
 */
import { allRules as generatedRules } from "../../rules/index.js";
import type { AnyRule } from "../core/define-rule.js";

export const allRules: readonly AnyRule[] = [...generatedRules].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id);
}
