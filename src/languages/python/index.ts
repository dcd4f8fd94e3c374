/**
 * The Python extractor: parses a file with tree-sitter and builds its model (agents, path
 * checks, programs started, comments, the first syntax problem). Other project modules are
 * read for imports, never executed.
 */
import type { Node } from "web-tree-sitter";
import type { FileNotice, SourceFile } from "../../core/types.js";
import { withDockerRunContainers } from "../../model/docker-run.js";
import { DOCKER_SDK_APIS, withDockerSdkContainers } from "../../model/docker-sdk.js";
import { emptyFileModel, type FileModel } from "../../model/file-model.js";
import { AnalysisBudget, DEFAULT_FILE_TIME_MS } from "../budget.js";
import type { ExtractContext } from "../language.js";
import { extractAgents } from "./agents.js";
import { extractCliInvocations } from "./cli-invocations.js";
import { extractEnvironmentWrites } from "./environment-writes.js";
import { Evaluator } from "./evaluate.js";
import { libraryCalls } from "./library-calls.js";
import { ModuleLoader, type PyModule } from "./module.js";
import { parsedModules } from "./parsed-modules.js";
import { ParseTimeout, preparePythonParser } from "./parser.js";
import { extractPathPrefixChecks } from "./path-checks.js";
import { collectComments, firstParseProblem } from "./syntax.js";

/** Initialises web-tree-sitter and the Python grammar; safe to call many times. */
export function preparePython(): Promise<void> {
  return preparePythonParser();
}

export function extractPython(file: SourceFile, context: ExtractContext): FileModel {
  const budget = new AnalysisBudget(context.limits);
  const loader = new ModuleLoader(context.cwd, context.readFile, parsedModules);
  let module: PyModule;
  try {
    module = parsedModules.acquire(file.path, file.absolutePath, file.text, context.limits?.fileTimeMs);
  } catch (error) {
    if (!(error instanceof ParseTimeout)) throw error;
    return { ...emptyFileModel(file), notices: [parseTimeoutNotice(file, context.limits?.fileTimeMs ?? DEFAULT_FILE_TIME_MS)] };
  }
  loader.register(module);
  try {
    const evaluator = new Evaluator(loader, budget);
    const problem = firstParseProblem(module.root, module.locations);
    const calls = module.root.descendantsOfType("call").filter((call): call is Node => call !== null);
    const agents = extractAgents(module, evaluator, calls);
    const pathPrefixChecks = extractPathPrefixChecks(module, evaluator, calls);
    const cliInvocations = extractCliInvocations(module, evaluator, calls);
    const environmentWrites = extractEnvironmentWrites(module, evaluator, calls);
    const dockerSdkCalls = libraryCalls(module, evaluator, calls, DOCKER_SDK_APIS);
    const notice = budget.notice(file);
    return withDockerSdkContainers(withDockerRunContainers({
      ...emptyFileModel(file),
      agents,
      pathPrefixChecks,
      cliInvocations,
      environmentWrites,
      parseProblems: problem ? [problem] : [],
      comments: collectComments(module.root, file.text, module.locations, module.setAsideComments),
      notices: notice ? [notice] : [],
    }), dockerSdkCalls);
  } finally {
    loader.dispose();
  }
}

function parseTimeoutNotice(file: SourceFile, timeLimitMs: number): FileNotice {
  return {
    file: file.path,
    kind: "timed-out",
    message: `Stopped parsing ${file.path}: the Python parser did not finish within the per-file time limit of ${timeLimitMs / 1000} s, so none of its findings are reported. Raise the limit with --file-time-limit MS or \`fileTimeLimit\` in the config file, or exclude the file with \`ignores\`.`,
  };
}
