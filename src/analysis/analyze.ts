/**
 * The analysis core both front ends call: extract each file's model, run the rules in
 * force for it, and post-process the reports into findings. Synchronous, so that the
 * ESLint plugin can report from its visitor; deterministic, so that output bytes never
 * depend on order.
 */
import { extractModel, prepareExtractors, prepareFiles, type ExtractContext } from "../languages/index.js";
import type { AnalysisLimits } from "../languages/language.js";
import type { FileModel } from "../model/file-model.js";
import { mergeFileAnalyses, type FileAnalysis } from "./analysis-results.js";
import { readTextFile } from "./recorded-reads.js";
import type { AgentSpec } from "../model/agent.js";
import { withMcpServerContainers } from "../model/mcp-containers.js";
import { collapseAgentAlternatives } from "./agent-alternatives.js";
import { joinDeployments } from "./deployments.js";
import { joinProjectConfiguration } from "./project-config.js";
import { formatMessage, type RuleReport } from "../core/define-rule.js";
import { presetRules, type EffectiveRules } from "./effective-rules.js";
import { assignFingerprints } from "../core/pipeline/fingerprint.js";
import { dedupeFindings } from "../core/pipeline/dedupe.js";
import { maskFindingSecrets } from "../core/pipeline/mask-secrets.js";
import { sortFindings } from "../core/pipeline/sort.js";
import { applyInlineSuppressions } from "../core/pipeline/suppress.js";
import { ruleById } from "./registry.js";
import { placeValue } from "./placement.js";
import { ORIGIN_PLACEHOLDER, originPhrase, relatedLocationOf, withOriginSlot } from "../core/origin.js";
import type { FileNotice, Finding, Location, Report, SourceFile } from "../core/types.js";

export interface AnalyzeOptions {
  /** Absolute directory that finding paths are relative to. */
  readonly cwd: string;
  /** Rules in force for a file; defaults to `recommended` for every file. */
  readonly rulesFor?: (file: SourceFile) => EffectiveRules;
  /**
   * Which front end asks. ESLint applies its own `eslint-disable` comments, so the core
   * honours them only for the CLI.
   */
  readonly frontEnd?: "cli" | "eslint";
  /** Reads other project files when resolving imports; defaults to the file system. */
  readonly readFile?: (absolutePath: string) => string | undefined;
  /** What one file's analysis may spend; see AnalysisLimits. */
  readonly limits?: AnalysisLimits;
}

export interface AnalysisResult {
  readonly findings: readonly Finding[];
  readonly notices: readonly FileNotice[];
}


/** The API: prepares the parsers the files need, then analyses them. */
export async function analyzeFiles(files: readonly SourceFile[], options: AnalyzeOptions): Promise<AnalysisResult> {
  await prepareExtractors(new Set(files.map((file) => file.kind)));
  await prepareFiles(files);
  return analyzeFilesSync(files, options);
}

/**
 * Synchronous analysis for front ends that cannot wait (ESLint visitors). Every parser the
 * files need must be ready: TS/JS always is; Python needs `prepareExtractors` first.
 */
export function analyzeFilesSync(files: readonly SourceFile[], options: AnalyzeOptions): AnalysisResult {
  const context: ExtractContext = {
    cwd: options.cwd,
    readFile: options.readFile ?? readTextFile,
    ...(options.limits ? { limits: options.limits } : {}),
  };
  const rulesFor = options.rulesFor ?? (() => presetRules("recommended"));
  const frontEnd = options.frontEnd ?? "cli";
  return mergeFileAnalyses(files.map((file) => analyzeFile(file, rulesFor(file), context, frontEnd)));
}

/**
 * One file: its model as rules see it (see analysisModel) and the rules in force. A failure
 * inside either is this file's `internal-error` notice; the caller goes on with the other files.
 */
export function analyzeFile(file: SourceFile, rules: EffectiveRules, context: ExtractContext, frontEnd: "cli" | "eslint"): FileAnalysis {
  try {
    const model = analysisModel(file, context);
    return { findings: analyzeModel(model, rules, frontEnd), notices: model.notices };
  } catch (error) {
    return { findings: [], notices: [internalError(file, error)] };
  }
}

/**
 * One file's model as rules see it: extracted, the containers its MCP servers run in added,
 * then joined with the project configuration its agents load and the containers it is built into.
 */
export function analysisModel(file: SourceFile, context: ExtractContext): FileModel {
  return joinDeployments(joinProjectConfiguration(withMcpServerContainers(extractModel(file, context)), context), context);
}

/** Runs the rules in force on one file's model and post-processes the reports. */
export function analyzeModel(model: FileModel, rules: EffectiveRules, frontEnd: "cli" | "eslint"): Finding[] {
  const raw: Array<Omit<Finding, "fingerprint">> = [];
  for (const [ruleId, setting] of rules) {
    const severity = setting.severity;
    if (severity === "off") continue;
    const rule = ruleById(ruleId);
    if (!rule) continue;
    const pending: RuleReport[] = [];
    const report = (entry: Report): void => {
      if (entry.loc.file !== model.file.path) {
        throw new Error(`Rule ${ruleId} reported a location in ${entry.loc.file} while analysing ${model.file.path}`);
      }
      const template = rule.messages[entry.messageId];
      if (template === undefined) throw new Error(`Rule ${ruleId} has no message ${entry.messageId}`);
      const capped = severity === "error" && rule.warningMessages?.includes(entry.messageId);
      const data = entry.data ?? {};
      const related = entry.origin ? [relatedLocationOf(entry.origin)] : undefined;
      raw.push({
        ruleId,
        severity: capped ? "warn" : severity,
        message: formatMessage(withOriginSlot(template), { ...data, [ORIGIN_PLACEHOLDER]: originPhrase(related) }),
        messageId: entry.messageId,
        data,
        file: entry.loc.file,
        line: entry.loc.line,
        column: entry.loc.column,
        endLine: entry.loc.endLine,
        endColumn: entry.loc.endColumn,
        start: entry.loc.start,
        end: entry.loc.end,
        ...(related && { related }),
        ...(entry.secrets?.length ? { secrets: entry.secrets } : {}),
        ...(entry.suggestions?.length ? { suggestions: entry.suggestions } : {}),
      });
    };
    rule.check({
      options: setting.options,
      model,
      report: (entry) => pending.push(entry),
      locate: (agent: AgentSpec, ...candidates: ReadonlyArray<Location | undefined>) => placeValue(agent, model.file.path, ...candidates),
    });
    for (const entry of collapseAgentAlternatives(pending, model.agents)) report(entry);
  }
  const fingerprinted = assignFingerprints(sortFindings(raw as Finding[]), model.file.text);
  const suppressed = applyInlineSuppressions(fingerprinted, model.comments, {
    honourEslintDirectives: frontEnd === "cli",
  });
  return maskFindingSecrets(sortFindings(dedupeFindings(suppressed)));
}

export function internalError(file: SourceFile, error: unknown): FileNotice {
  const cause = error instanceof Error ? error.message : String(error);
  return {
    file: file.path,
    kind: "internal-error",
    message: `agentlint could not analyse this file because of an internal error (${cause}). The rest of the scan went on; please report this with the file if you can.`,
  };
}
