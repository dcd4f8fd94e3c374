/**
 * In-source suppressions. A directive must name the rules it silences:
 *   agentlint-disable-next-line RULE[, RULE] -- reason
 *   agentlint-disable-line RULE -- reason
 *   eslint-disable-next-line agentlint/RULE   (CLI only: ESLint applies its own)
 * Suppressed findings are kept, marked, so that json/sarif can show them; they never fail a run.
 */
import type { SourceComment } from "../../model/file-model.js";
import type { Finding } from "../types.js";

interface Directive {
  readonly line: number;
  readonly rules: ReadonlySet<string>;
  readonly justification?: string;
}

const DIRECTIVE = /^\s*(agentlint|eslint)-disable-(next-line|line)\b(.*)$/s;

export function parseSuppressionDirectives(
  comments: readonly SourceComment[],
  options: { readonly honourEslintDirectives: boolean },
): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.trim().replace(/^\*+\s*/, ""));
    if (!match) continue;
    const [, tool, scope, tail = ""] = match;
    if (tool === "eslint" && !options.honourEslintDirectives) continue;
    const [ruleList = "", ...reasonParts] = tail.split(/\s--\s|^--\s|\s--$/);
    const justification = reasonParts.join(" -- ").trim();
    const rules = new Set(
      ruleList
        .split(/[\s,]+/)
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => (tool === "eslint" ? (name.startsWith("agentlint/") ? name.slice("agentlint/".length) : "") : name.replace(/^agentlint\//, "")))
        .filter(Boolean),
    );
    if (rules.size === 0) continue;
    const line = scope === "next-line" ? comment.endLine + 1 : comment.line;
    directives.push({ line, rules, ...(justification ? { justification } : {}) });
  }
  return directives;
}

export function applyInlineSuppressions(
  findings: readonly Finding[],
  comments: readonly SourceComment[],
  options: { readonly honourEslintDirectives: boolean },
): Finding[] {
  const directives = parseSuppressionDirectives(comments, options);
  if (directives.length === 0) return [...findings];
  return findings.map((finding) => {
    if (finding.suppressed) return finding;
    const directive = directives.find((d) => d.line === finding.line && d.rules.has(finding.ruleId));
    if (!directive) return finding;
    return {
      ...finding,
      suppressed: { kind: "inSource", ...(directive.justification ? { justification: directive.justification } : {}) },
    };
  });
}
