/**
 * One scan: config → files → analysis → baseline → report text and exit status.
 * Every heavy module (registry, parsers, formatters that need chalk or the registry) is
 * imported only once the run is known to need it, so a run over files that cannot matter
 * loads none of them.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AnalysisTask } from "../analysis/analysis-task.js";
import type { FileAnalysis } from "../analysis/analysis-results.js";
import { DEFAULT_FILE_TIME_MS } from "../analysis/limits.js";
import type { FileNotice, Finding, SourceFile } from "../core/types.js";
import type { AnalysisCache } from "./analysis-cache.js";
import type { ScanReport } from "../formatters/report.js";
import type { CliOptions } from "./args.js";
import { colorLevel } from "./color.js";
import type { AgentlintConfig, RuleEntries } from "./config.js";
import { UsageError } from "./errors.js";
import { exitCodeFor } from "./exit-code.js";
import { gatherFiles, gatherStdin } from "./gather.js";
import { collectGarbageNow, growHeapsInSmallSteps, keepYoungGenerationSmall, letYoungGenerationGrow } from "./heap-tuning.js";
import type { CliIO } from "./io.js";
import { resolveConfig } from "./load-config.js";
import { startProgress } from "./progress.js";

export async function runScan(options: CliOptions, io: CliIO): Promise<number> {
  keepYoungGenerationSmall();
  const config = await resolveConfig(io.cwd, options.config);
  const flags = await ruleFlagEntries(options);
  const gathered =
    options.stdinFilename !== undefined
      ? await gatherStdin(await io.readStdin(), options.stdinFilename, io.cwd, config)
      : await gatherFiles(options.paths, io.cwd, config);

  const analysis = await analyze(gathered.sources, io, config, flags, options);
  const notices = [...gathered.notices, ...analysis.notices].sort(compareNotices);
  const findings = await applyBaselineOption(analysis.findings, options, io.cwd);

  for (const notice of notices) io.stderr.write(`agentlint: ${oneLine(notice.message)}\n`);
  const report: ScanReport = { findings, notices, filesAnalyzed: gathered.sources.length, cwd: io.cwd };
  const text = await render(report, options, io);
  if (options.output !== undefined) await writeOrFail(path.resolve(io.cwd, options.output), options.output, text, "--output");
  else io.stdout.write(text);
  return exitCodeFor(findings, notices, options.failOn);
}

async function writeOrFail(absolutePath: string, given: string, text: string, flag: "--output" | "--baseline"): Promise<void> {
  try {
    await writeFile(absolutePath, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`Cannot write ${given} (${code}).`, `Check the path given to ${flag}.`);
  }
}

function compareNotices(a: FileNotice, b: FileNotice): number {
  const key = (notice: FileNotice) => `${notice.file}\u0000${notice.kind}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** Notices are printed one per line, whatever the message holds. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

async function analyze(
  sources: readonly SourceFile[],
  io: CliIO,
  config: AgentlintConfig,
  flags: RuleEntries,
  options: CliOptions,
): Promise<{ findings: readonly Finding[]; notices: readonly FileNotice[] }> {
  if (sources.length === 0) return { findings: [], notices: [] };
  const [{ rulesForConfig }, cache] = await Promise.all([import("./rules-for.js"), openCache(options, io)]);
  const rulesFor = rulesForConfig(config, flags);
  const tasks: AnalysisTask[] = sources.map((file) => ({ file, rules: rulesFor(file.absolutePath) }));
  const analyses: Array<FileAnalysis | undefined> = tasks.map((task) => cache?.lookup(task));
  const misses = tasks.flatMap((task, index) => (analyses[index] === undefined ? [index] : []));
  if (misses.length > 0) {
    const { runTasks, workerCount } = await import("../analysis/run-tasks.js");
    if (workerCount(misses.length, options.concurrency) > 0) {
      growHeapsInSmallSteps();
      collectGarbageNow();
    } else letYoungGenerationGrow();
    const progress = startProgress(io, misses.length);
    try {
      const results = await runTasks(
        misses.map((index) => tasks[index] as AnalysisTask),
        {
          cwd: io.cwd,
          fileTimeMs: options.fileTimeLimit ?? config.fileTimeLimit ?? DEFAULT_FILE_TIME_MS,
          recordReads: cache !== undefined,
          concurrency: options.concurrency,
          workerScript: new URL("./analysis-worker.js", import.meta.url),
        },
      );
      misses.forEach((index, n) => {
        const analysis = results[n] as FileAnalysis;
        analyses[index] = analysis;
        cache?.store(tasks[index] as AnalysisTask, analysis);
      });
    } finally {
      progress.stop();
    }
  }
  cache?.save();
  const { mergeFileAnalyses } = await import("../analysis/analysis-results.js");
  return mergeFileAnalyses(analyses as FileAnalysis[]);
}

async function openCache(options: CliOptions, io: CliIO): Promise<AnalysisCache | undefined> {
  if (!options.cache) return undefined;
  const [{ AnalysisCache, DEFAULT_CACHE_FILE, cacheFilePath }, { packageInfo }] = await Promise.all([import("./analysis-cache.js"), import("./package-info.js")]);
  return AnalysisCache.open({
    location: cacheFilePath(io.cwd, options.cacheLocation),
    displayName: options.cacheLocation ?? DEFAULT_CACHE_FILE,
    version: packageInfo().version,
    cwd: io.cwd,
    warn: (message) => io.stderr.write(`agentlint: ${message}\n`),
  });
}

/** `--rule` flags as config entries; an unknown rule id is a usage error. */
export async function ruleFlagEntries(options: CliOptions): Promise<RuleEntries> {
  if (options.ruleFlags.length === 0) return new Map();
  const { ruleById } = await import("../analysis/registry.js");
  const entries = new Map<string, { severity: CliOptions["ruleFlags"][number]["severity"] }>();
  for (const flag of options.ruleFlags) {
    if (!ruleById(flag.id)) {
      throw new UsageError(`--rule names the unknown rule "${flag.id}".`, "Run `agentlint --list-rules` to see the rule ids.");
    }
    entries.set(flag.id, { severity: flag.severity });
  }
  return entries;
}

async function applyBaselineOption(findings: readonly Finding[], options: CliOptions, cwd: string): Promise<readonly Finding[]> {
  if (options.baseline === undefined) return findings;
  const baselinePath = path.resolve(cwd, options.baseline);
  const { applyBaseline, createBaseline, parseBaseline, serializeBaseline } = await import("../core/pipeline/baseline.js");
  if (options.updateBaseline) {
    const baseline = createBaseline(findings);
    await writeOrFail(baselinePath, options.baseline, serializeBaseline(baseline), "--baseline");
    return applyBaseline(findings, baseline);
  }
  let text: string;
  try {
    text = await readFile(baselinePath, "utf8");
  } catch {
    throw new UsageError(`The baseline file ${options.baseline} cannot be read.`, "Create it with --baseline FILE --update-baseline.");
  }
  try {
    return applyBaseline(findings, parseBaseline(text));
  } catch (error) {
    throw new UsageError(`The baseline file ${options.baseline} is invalid: ${(error as Error).message}.`, "Recreate it with --update-baseline.");
  }
}

async function render(report: ScanReport, options: CliOptions, io: CliIO): Promise<string> {
  switch (options.format) {
    case "stylish": {
      const { formatStylish } = await import("../formatters/stylish.js");
      const level = colorLevel(io.env, options.output === undefined && io.stdout.isTTY === true);
      const paint = report.findings.length > 0 ? await (await import("../formatters/paint.js")).stylishPaint(level) : undefined;
      return formatStylish(report, paint);
    }
    case "json":
      return (await import("../formatters/json.js")).formatJson(report);
    case "github":
      return (await import("../formatters/github.js")).formatGithub(report);
    case "sarif": {
      const { formatters } = await import("../formatters/index.js");
      return formatters.sarif(report);
    }
  }
}
