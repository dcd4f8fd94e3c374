/**
 * Path containment checks by string prefix on resolved paths:
 * `os.path.realpath(p).startswith(root)`, `str(Path(p).resolve()).startswith(root)`,
 * also through a variable. `commonpath` and `is_relative_to` are not prefix checks.
 */
import type { Node } from "web-tree-sitter";
import type { PathPrefixCheck } from "../../model/file-model.js";
import { calleeName, positionalArgument } from "./arguments.js";
import { short } from "./conditions.js";
import type { Evaluator, Scope } from "./evaluate.js";
import type { PyModule } from "./module.js";

const RESOLVING_FUNCTIONS = new Set(["os.path.realpath", "os.path.abspath"]);
const RESOLVING_METHODS = new Set(["resolve", "absolute"]);
const MAX_HOPS = 8;

/** `calls` holds every call node of the module, in source order. */
export function extractPathPrefixChecks(module: PyModule, evaluator: Evaluator, calls: readonly Node[]): PathPrefixCheck[] {
  return calls.flatMap((call): PathPrefixCheck[] => {
    if (evaluator.exhausted) return [];
    if (calleeName(call) !== "startswith") return [];
    const receiver = call.childForFieldName("function")?.childForFieldName("object");
    const prefixNode = positionalArgument(call, 0);
    if (!receiver || !prefixNode || prefixNode.type === "tuple") return [];
    const scope = evaluator.scopeOf(module, call);
    const resolvedWith = resolvedBy(receiver, scope, evaluator, 0);
    if (!resolvedWith) return [];
    const prefixResolvedWith = resolvedBy(prefixNode, scope, evaluator, 0);
    return [
      {
        loc: module.locations.of(call),
        resolvedWith,
        prefix: evaluator.evaluate(prefixNode, scope),
        prefixExpression: short(prefixNode),
        ...(prefixResolvedWith ? { prefixResolvedWith } : {}),
      },
    ];
  });
}

/** The function that resolved the path an expression holds, following variables. */
function resolvedBy(node: Node, scope: Scope, evaluator: Evaluator, hops: number): string | undefined {
  if (hops > MAX_HOPS) return undefined;
  if (node.type === "parenthesized_expression" || node.type === "await") {
    const inner = node.namedChild(0);
    return inner ? resolvedBy(inner, scope, evaluator, hops + 1) : undefined;
  }
  if (node.type === "identifier") {
    const scopeNode = scope.fn ?? scope.module.root;
    const bindings = scope.module.bindings(scopeNode, node.text).filter((b) => b.start < node.startIndex);
    const last = bindings[bindings.length - 1];
    return last?.kind === "assign" ? resolvedBy(last.value, scope, evaluator, hops + 1) : undefined;
  }
  if (node.type !== "call") return undefined;
  const callee = node.childForFieldName("function");
  if (!callee) return undefined;
  const qualified = evaluator.qualified(callee, scope);
  if (qualified && RESOLVING_FUNCTIONS.has(qualified)) return qualified;
  if (qualified === "str" || qualified === "os.fspath") {
    const argument = positionalArgument(node, 0);
    return argument ? resolvedBy(argument, scope, evaluator, hops + 1) : undefined;
  }
  const method = callee.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
  if (method && RESOLVING_METHODS.has(method) && !qualified) return `Path.${method}`;
  return undefined;
}
