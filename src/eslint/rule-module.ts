/**
 * An ESLint rule object generated from an agentlint rule definition. The rule's check runs
 * in the shared core; this adapter only turns its findings into `context.report` calls, so
 * ESLint and the CLI print the same findings.
 */
import { ESLintUtils, type JSONSchema, type TSESLint } from "@typescript-eslint/utils";
import { DEFAULT_FILE_TIME_MS, FILE_TIME_LIMIT_RANGE } from "../analysis/limits.js";
import type { AnyRule } from "../core/define-rule.js";
import { ORIGIN_PLACEHOLDER, originPhrase, withOriginSlot } from "../core/origin.js";
import type { Finding } from "../core/types.js";
import { mightMatter } from "../languages/registry.js";
import { findingsForRule, noticesOf, type LintedSource } from "./file-analysis.js";
import { sourceFileOf } from "./source-file.js";

const RULE_DOCS_BASE_URL = "https://github.com/agentlint/agentlint/blob/main/rules/";

const createRule = ESLintUtils.RuleCreator((name) => `${RULE_DOCS_BASE_URL}${name}.md`);

type RuleOptions = [Record<string, unknown>?];

/**
 * ESLint has no notices. A file whose analysis was cut short (an `incomplete` notice: the
 * per-file time limit or work budget ran out, so findings may be missing) is reported once,
 * at line 1, by the rule whose subject is a file that was not fully checked.
 */
export const NOTICE_RULE_ID = "parse-error";
export const NOTICE_MESSAGE_ID = "analysisCutShort";
const NOTICE_MESSAGE = "{{message}}";

export type AgentlintRuleModule = TSESLint.RuleModule<string, RuleOptions>;

export function ruleModuleOf(rule: AnyRule): AgentlintRuleModule {
  // ESLint validates the defaults against the schema, and a rule without options takes none.
  const defaultOptions: RuleOptions | [] = rule.optionsSchema ? [{ ...rule.defaultOptions }] : [];
  return createRule<RuleOptions, string>({
    name: rule.id,
    meta: {
      type: "problem",
      docs: { description: rule.docs.description },
      // The core's message templates, each with the slot where a value's origin is named.
      messages: {
        ...Object.fromEntries(Object.entries(rule.messages).map(([id, template]) => [id, withOriginSlot(template)])),
        ...(rule.id === NOTICE_RULE_ID ? { [NOTICE_MESSAGE_ID]: NOTICE_MESSAGE } : {}),
      },
      schema: rule.optionsSchema ? [rule.optionsSchema as unknown as JSONSchema.JSONSchema4] : [],
      defaultOptions: defaultOptions as RuleOptions,
      ...(rule.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    create(context, [options]) {
      const file = sourceFileOf({
        filename: context.filename,
        physicalFilename: context.physicalFilename,
        cwd: context.cwd,
        text: context.sourceCode.text,
      });
      // The CLI's pre-filter: a file without any agent or path-check marker cannot produce a
      // finding, so it is not parsed a second time (ESLint has already parsed it once).
      if (!file || !mightMatter(file.kind, file.text)) return {};
      const linted: LintedSource = { sourceCode: context.sourceCode, file, cwd: context.cwd, fileTimeMs: fileTimeLimitOf(context.settings) };
      return {
        Program() {
          const findings = findingsForRule(linted, rule.id, options ?? { ...rule.defaultOptions });
          for (const finding of findings) {
            if (finding.suppressed) continue;
            context.report(descriptorOf(finding, rule.hasSuggestions === true));
          }
          if (rule.id !== NOTICE_RULE_ID) return;
          for (const notice of noticesOf(linted)) {
            context.report({ messageId: NOTICE_MESSAGE_ID, data: { message: notice.message }, loc: { line: 1, column: 0 } });
          }
        },
      };
    },
  });
}

/** `settings.agentlint.fileTimeLimit` (milliseconds, as the CLI's config key), else the default. */
function fileTimeLimitOf(settings: Readonly<Record<string, unknown>>): number {
  const shared = settings["agentlint"];
  const value = typeof shared === "object" && shared !== null ? (shared as Record<string, unknown>)["fileTimeLimit"] : undefined;
  const valid = typeof value === "number" && Number.isInteger(value) && value >= FILE_TIME_LIMIT_RANGE.minimum && value <= FILE_TIME_LIMIT_RANGE.maximum;
  return valid ? value : DEFAULT_FILE_TIME_MS;
}

function descriptorOf(finding: Finding, withSuggestions: boolean): TSESLint.ReportDescriptor<string> {
  const suggestions = withSuggestions ? (finding.suggestions ?? []) : [];
  return {
    messageId: finding.messageId,
    data: { ...finding.data, [ORIGIN_PLACEHOLDER]: originPhrase(finding.related) },
    // ESLint columns are 0-based; agentlint's are 1-based with an exclusive end, like ESLint's output.
    loc: {
      start: { line: finding.line, column: finding.column - 1 },
      end: { line: finding.endLine, column: finding.endColumn - 1 },
    },
    ...(suggestions.length > 0
      ? {
          // ESLint accepts a literal `desc`; typescript-eslint's types only know `messageId`.
          suggest: suggestions.map((suggestion) => ({
            desc: suggestion.description,
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([suggestion.range[0], suggestion.range[1]], suggestion.text),
          })) as unknown as TSESLint.SuggestionReportDescriptor<string>[],
        }
      : {}),
  };
}
