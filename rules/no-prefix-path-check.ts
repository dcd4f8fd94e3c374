import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { alternatives, whenSuffix, type RValue } from "../src/model/value.js";

export default defineRule({
  id: "no-prefix-path-check",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptCode, INPUT.pythonCode],
  docs: {
    description: "Disallow path containment checks by string prefix when the prefix does not end with a path separator.",
    securitySeverity: 6.0,
  },
  messages: {
    resolvedPrefix:
      "This containment check compares a resolved path with `{{prefix}}`, itself resolved by {{prefixResolvedWith}}, which never ends with a separator: `/srv/app-evil` passes a check for `/srv/app`. Compare with the root plus a separator, or use `path.relative()` (Python: `Path.is_relative_to`, `os.path.commonpath`).",
    noSeparator:
      "This containment check compares a path from {{resolvedWith}} with `{{prefix}}`, which does not end with a separator: `/srv/app-evil` passes a check for `/srv/app`. Compare with the root plus a separator, or use `path.relative()` (Python: `Path.is_relative_to`, `os.path.commonpath`){{when}}.",
  },
  defaultOptions: {},
  check(context) {
    for (const check of context.model.pathPrefixChecks) {
      if (check.prefixResolvedWith) {
        context.report({
          messageId: "resolvedPrefix",
          loc: check.loc,
          data: { prefix: check.prefixExpression, prefixResolvedWith: check.prefixResolvedWith },
        });
        continue;
      }
      for (const { value, when } of alternatives(check.prefix)) {
        if (!endsWithoutSeparator(value)) continue;
        context.report({
          messageId: "noSeparator",
          loc: check.loc,
          data: { prefix: check.prefixExpression, resolvedWith: check.resolvedWith, when: whenSuffix(when) },
        });
      }
    }
  },
});

/** True only when the prefix's last character is known and is not a separator. */
function endsWithoutSeparator(value: RValue): boolean {
  if (value.kind === "string") return value.value !== "" && !/[\\/]$/.test(value.value);
  if (value.kind !== "text") return false;
  const last = value.parts[value.parts.length - 1];
  return last !== undefined && last.kind === "literal" && !/[\\/]$/.test(last.text);
}
