/**
 * The TypeScript/JavaScript extractor: parses a file with ts-morph (syntax only) and builds
 * its model — agents with resolved options, path prefix checks, programs started, comments,
 * parse problems.
 */
import type { SourceFile } from "../../core/types.js";
import { withDockerRunContainers } from "../../model/docker-run.js";
import { DOCKER_SDK_APIS, withDockerSdkContainers } from "../../model/docker-sdk.js";
import { emptyFileModel, type FileModel } from "../../model/file-model.js";
import { AnalysisBudget } from "../budget.js";
import type { ExtractContext } from "../language.js";
import { AgentFinder, CANDIDATE_METHODS } from "./agents.js";
import { candidatesOf } from "./candidates.js";
import { cliInvocationsOf } from "./cli-invocations.js";
import { commentsOf } from "./comments.js";
import { environmentWritesOf } from "./environment-writes.js";
import { libraryCallsOf } from "./library-calls.js";
import { Evaluator } from "./evaluator.js";
import { parseProblemsOf } from "./parse-problems.js";
import { pathPrefixChecksOf } from "./path-checks.js";
import { parsedFile } from "./project.js";
import { SdkRecognizer } from "./sdk.js";
import { Symbols } from "./symbols.js";
import { Workspace } from "./workspace.js";
import { firstTooDeepBracket, MAX_BRACKET_DEPTH } from "./nesting.js";
import { TextLocations } from "../../util/text-locations.js";

export function extractTypeScript(file: SourceFile, context: ExtractContext): FileModel {
  const tooDeep = firstTooDeepBracket(file.text);
  if (tooDeep !== undefined) return tooDeeplyNested(file, tooDeep);
  const budget = new AnalysisBudget(context.limits);
  const parsed = parsedFile(file.absolutePath, file.text);
  const workspace = new Workspace(context, parsed, file);
  const symbols = new Symbols(workspace);
  const evaluator = new Evaluator(workspace, symbols, budget);
  const language = file.kind === "javascript" ? "javascript" : "typescript";
  const candidates = candidatesOf(parsed, CANDIDATE_METHODS);
  const agents = new AgentFinder(evaluator, new SdkRecognizer(symbols), language).find(candidates);
  const pathPrefixChecks = pathPrefixChecksOf(candidates.startsWith, evaluator);
  const cliInvocations = cliInvocationsOf([...candidates.calls, ...candidates.launches], evaluator);
  const environmentWrites = environmentWritesOf(candidates.environmentWrites, evaluator);
  const dockerSdkCalls = libraryCallsOf(parsed, evaluator, DOCKER_SDK_APIS);
  const notice = budget.notice(file);
  return withDockerSdkContainers(withDockerRunContainers({
    ...emptyFileModel(file),
    agents,
    pathPrefixChecks,
    cliInvocations,
    environmentWrites,
    parseProblems: parseProblemsOf(parsed, workspace),
    comments: commentsOf(parsed),
    notices: notice ? [notice] : [],
  }), dockerSdkCalls);
}

/** A file refused before parsing (see nesting.ts): one parse problem, at the bracket past the limit. */
function tooDeeplyNested(file: SourceFile, offset: number): FileModel {
  const locations = new TextLocations(file.path, file.text);
  return { ...emptyFileModel(file), parseProblems: [{ message: `brackets nest more than ${MAX_BRACKET_DEPTH} levels deep`, loc: locations.range(offset, offset + 1) }] };
}
