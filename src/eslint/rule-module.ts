/**
 * An ESLint rule object generated from an agentlint rule definition. The rule's check runs
 * in the shared core; this adapter only turns its findings into `context.report` calls, so
 * ESLint and the CLI print the same findings.
 */
import { ESLintUtils, type JSONSchema, type TSESLint } from "@typescript-eslint/utils";
import { DEFAULT_FILE_TIME_MS, FILE_TIME_LIMIT_RANGE } from "../analysis/limits.js";
import type { AnyRule } from "../core/define-rule.js";
import { ORIGIN_PLACEHOLDER, originPhrase, withOriginSlot } from "../core/origin.js";
import type { FileNotice, Finding } from "../core/types.js";
import { findingsForRule, noticesOf, type LintedSource } from "./file-analysis.js";
import { UNAVAILABLE_KINDS } from "./parsers.js";
import { lintTargetOf, type LintTarget } from "./source-file.js";
import { TEXT_ROOT } from "./text-language.js";

const RULE_DOCS_BASE_URL = "https://github.com/agentlint/agentlint/blob/main/rules/";

const createRule = ESLintUtils.RuleCreator((name) => `${RULE_DOCS_BASE_URL}${name}.md`);

type RuleOptions = [Record<string, unknown>?];

/**
 * ESLint has no notices. A file whose analysis was cut short (an `incomplete` notice: the
 * per-file time limit or work budget ran out, so findings may be missing), or that could not be
 * analysed at all (too large, binary, a parser that could not load), is reported once per
 * notice, at line 1, by the rule whose subject is a file that was not fully checked.
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
      const target = targetOf(context);
      if (!target) return {};
      const ruleOptions = options ?? { ...rule.defaultOptions };
      const run = (columnStart: ColumnStart): void => {
        if ("notice" in target) {
          if (rule.id === NOTICE_RULE_ID) reportNotice(context, target.notice, columnStart);
          return;
        }
        const linted: LintedSource = {
          sourceCode: context.sourceCode,
          file: target.file,
          cwd: context.cwd,
          fileTimeMs: fileTimeLimitOf(context.settings),
          eslintAppliesDirectives: typeof (context.sourceCode as { getDisableDirectives?: unknown }).getDisableDirectives === "function",
        };
        for (const finding of findingsForRule(linted, rule.id, ruleOptions)) {
          if (finding.suppressed) continue;
          context.report(descriptorOf(finding, rule.hasSuggestions === true, columnStart));
        }
        if (rule.id !== NOTICE_RULE_ID) return;
        for (const notice of noticesOf(linted)) reportNotice(context, notice, columnStart);
      };
      // The report is made once, on the root node of whichever language ESLint parsed the file with.
      return Object.fromEntries(Object.entries(ROOT_COLUMN_START).map(([rootType, columnStart]) => [rootType, () => run(columnStart)]));
    },
  });
}

type ColumnStart = 0 | 1;

/**
 * The root node type of each language the plugin's rules report in, and the column its
 * positions start at (ESLint's `columnStart`; every one starts lines at 1): `Program` for
 * JS and every parser on ESLint's JS language (typescript-eslint, yaml-eslint-parser, …),
 * `Document` for `@eslint/json`, `root` for `@eslint/markdown`, and `agentlint/text`'s root.
 */
const ROOT_COLUMN_START: Readonly<Record<string, ColumnStart>> = { Program: 0, Document: 1, root: 1, [TEXT_ROOT]: 1 };

type RuleContext = Parameters<AgentlintRuleModule["create"]>[0];

const targets = new WeakMap<object, LintTarget | null>();

/** The file behind the context's `SourceCode`, judged once for all rule objects. */
function targetOf(context: RuleContext): LintTarget | undefined {
  let target = targets.get(context.sourceCode);
  if (target === undefined) {
    const linted = { filename: context.filename, physicalFilename: context.physicalFilename, cwd: context.cwd, text: context.sourceCode.text };
    target = lintTargetOf(linted, UNAVAILABLE_KINDS) ?? null;
    targets.set(context.sourceCode, target);
  }
  return target ?? undefined;
}

function reportNotice(context: RuleContext, notice: FileNotice, columnStart: ColumnStart): void {
  context.report({ messageId: NOTICE_MESSAGE_ID, data: { message: notice.message }, loc: { line: 1, column: columnStart } });
}

/** `settings.agentlint.fileTimeLimit` (milliseconds, as the CLI's config key), else the default. */
function fileTimeLimitOf(settings: Readonly<Record<string, unknown>>): number {
  const shared = settings["agentlint"];
  const value = typeof shared === "object" && shared !== null ? (shared as Record<string, unknown>)["fileTimeLimit"] : undefined;
  const valid = typeof value === "number" && Number.isInteger(value) && value >= FILE_TIME_LIMIT_RANGE.minimum && value <= FILE_TIME_LIMIT_RANGE.maximum;
  return valid ? value : DEFAULT_FILE_TIME_MS;
}

function descriptorOf(finding: Finding, withSuggestions: boolean, columnStart: ColumnStart): TSESLint.ReportDescriptor<string> {
  const suggestions = withSuggestions ? (finding.suggestions ?? []) : [];
  // agentlint's columns are 1-based with an exclusive end, like ESLint's output; a language
  // whose columns start at 0 (JS) gets them one lower, and ESLint adds the one back.
  const shift = 1 - columnStart;
  return {
    messageId: finding.messageId,
    data: { ...finding.data, [ORIGIN_PLACEHOLDER]: originPhrase(finding.related) },
    loc: {
      start: { line: finding.line, column: finding.column - shift },
      end: { line: finding.endLine, column: finding.endColumn - shift },
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
