/**
 * The Python extractor: parses a file with tree-sitter and builds its model (agents, path
 * checks, programs started, comments, the first syntax problem). Other project modules are
 * read for imports, never executed.
 */
import type { Node } from "web-tree-sitter";
import type { SourceFile } from "../../core/types.js";
import { withDockerRunContainers } from "../../model/docker-run.js";
import { DOCKER_SDK_APIS, withDockerSdkContainers } from "../../model/docker-sdk.js";
import { emptyFileModel, type FileModel } from "../../model/file-model.js";
import { AnalysisBudget } from "../budget.js";
import type { ExtractContext } from "../language.js";
import { extractAgents } from "./agents.js";
import { extractCliInvocations } from "./cli-invocations.js";
import { extractEnvironmentWrites } from "./environment-writes.js";
import { Evaluator } from "./evaluate.js";
import { libraryCalls } from "./library-calls.js";
import { ModuleLoader } from "./module.js";
import { parsedModules } from "./parsed-modules.js";
import { preparePythonParser } from "./parser.js";
import { extractPathPrefixChecks } from "./path-checks.js";
import { collectComments, firstParseProblem } from "./syntax.js";

/** Initialises web-tree-sitter and the Python grammar; safe to call many times. */
export function preparePython(): Promise<void> {
  return preparePythonParser();
}

export function extractPython(file: SourceFile, context: ExtractContext): FileModel {
  const budget = new AnalysisBudget(context.limits);
  const loader = new ModuleLoader(context.cwd, context.readFile, parsedModules);
  const module = parsedModules.acquire(file.path, file.absolutePath, file.text);
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
      comments: collectComments(module.root, file.text, module.locations),
      notices: notice ? [notice] : [],
    }), dockerSdkCalls);
  } finally {
    loader.dispose();
  }
}
