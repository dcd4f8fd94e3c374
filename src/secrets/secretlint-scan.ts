/**
 * Runs the rules of secretlint's recommended preset synchronously on a string.
 *
 * `lintSource` of `@secretlint/core` is async, but the ESLint front end needs an answer
 * inside its visitor. Every text scanner of the preset does its work synchronously in its
 * `file(source)` handler (only the `.p12` branch of the GCP rule awaits, and we never scan
 * files by extension), so we drive the documented rule API ourselves:
 * `creator.create(context, options)` → `{ file(source) }`, collecting `context.report` calls.
 * The preset is loaded on first use and kept; `require(esm)` keeps that load synchronous.
 */
import { createRequire } from "node:module";
import type * as RecommendedPreset from "@secretlint/secretlint-rule-preset-recommend";
import { LineStarts } from "../util/line-starts.js";

type RuleCreator = (typeof RecommendedPreset.rules)[number];
type RuleContext = Parameters<RuleCreator["create"]>[0];
type SourceCode = Parameters<NonNullable<ReturnType<RuleCreator["create"]>["file"]>>[0];

export interface SecretlintMatch {
  readonly start: number;
  readonly end: number;
  /** The secretlint message id, e.g. `GITHUB_TOKEN`, `PostgreSQLConnection`. */
  readonly messageId: string;
}

/** Options the preset leaves at a default we do not want for agent configuration. */
const RULE_OPTIONS: Readonly<Record<string, object>> = {
  // An access key ID in an agent's env or prompt is half a credential pair; report it.
  "@secretlint/secretlint-rule-aws": { enableIDScanRule: true },
};

let scanners: readonly RuleCreator[] | undefined;

function loadScanners(): readonly RuleCreator[] {
  if (!scanners) {
    const require = createRequire(import.meta.url);
    const preset = require("@secretlint/secretlint-rule-preset-recommend") as typeof RecommendedPreset;
    scanners = preset.rules.filter(
      (rule) =>
        rule.meta.type === "scanner" &&
        rule.meta.supportedContentTypes.some((type) => type === "text" || type === "all"),
    );
  }
  return scanners;
}

function sourceCodeOf(text: string): SourceCode {
  const lines = new LineStarts(text);
  return {
    hasBOM: false,
    content: text,
    filePath: undefined,
    physicalFilePath: undefined,
    contentType: "text",
    ext: "",
    getFilePath: () => undefined,
    getPhysicalFilePath: () => undefined,
    locationToRange: (loc) => [lines.offsetOf(loc.start), lines.offsetOf(loc.end)],
    rangeToLocation: (range) => ({ start: lines.positionOf(range[0]), end: lines.positionOf(range[1]) }),
    positionToIndex: (position) => lines.offsetOf(position),
    indexToPosition: (index) => lines.positionOf(index),
  };
}

export function scanWithSecretlint(text: string): SecretlintMatch[] {
  const matches: SecretlintMatch[] = [];
  const source = sourceCodeOf(text);
  for (const rule of loadScanners()) {
    const context: RuleContext = {
      sharedOptions: {},
      createTranslator: (messages) => (messageId, props) => ({
        message: messages[messageId]?.en(props) ?? String(messageId),
        messageId: String(messageId),
        data: props,
      }),
      report: (descriptor) => {
        matches.push({ start: descriptor.range[0], end: descriptor.range[1], messageId: descriptor.message.messageId });
      },
      // Only the comment filter ignores; directives in scanned prompts are not honoured.
      ignore: () => undefined,
    };
    const handler = rule.create(context, RULE_OPTIONS[rule.meta.id] ?? {});
    void handler.file?.(source);
  }
  return matches;
}
