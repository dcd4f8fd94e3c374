/**
 * Path containment checks by string prefix: `resolved.startsWith(root)` where `resolved` comes
 * (directly or through a variable) from `path.resolve`, `path.join`, `path.normalize` or
 * `realpath`. `path.relative` based checks are not prefix checks and are not reported.
 */
import { Node, type CallExpression } from "./morph.js";
import type { PathPrefixCheck } from "../../model/file-model.js";
import { sourceText } from "./conditions.js";
import type { Evaluator } from "./evaluator.js";
import { declarationOf } from "./scope.js";

const PATH_MODULES = new Set(["path", "node:path", "path/posix", "node:path/posix", "path/win32", "node:path/win32"]);
const PATH_RESOLVERS = new Set(["resolve", "join", "normalize"]);
const FS_MODULES = new Set(["fs", "node:fs", "fs/promises", "node:fs/promises", "fs-extra", "graceful-fs"]);
const REALPATHS = new Set(["realpath", "realpathSync"]);
const MAX_HOPS = 6;

export function pathPrefixChecksOf(startsWithCalls: readonly Node[], evaluator: Evaluator): PathPrefixCheck[] {
  const checks: PathPrefixCheck[] = [];
  for (const node of startsWithCalls) {
    if (!Node.isCallExpression(node)) continue;
    const callee = node.getExpression();
    const prefix = node.getArguments()[0];
    if (!Node.isPropertyAccessExpression(callee) || !prefix || isTestExpectation(node)) continue;
    const resolvedWith = resolverOf(evaluator, callee.getExpression(), 0);
    if (!resolvedWith) continue;
    const prefixResolvedWith = resolverOf(evaluator, prefix, 0);
    checks.push({
      loc: evaluator.loc(node),
      resolvedWith,
      prefix: evaluator.evaluate(prefix),
      prefixExpression: sourceText(prefix),
      ...(prefixResolvedWith ? { prefixResolvedWith } : {}),
    });
  }
  return checks;
}

/**
 * `expect(p.startsWith(root))` states what a test expects (often that a prefix check is fooled);
 * it decides nothing at run time.
 */
function isTestExpectation(call: CallExpression): boolean {
  const parent = call.getParent();
  return Node.isCallExpression(parent) && parent.getArguments()[0] === call && parent.getExpression().getText() === "expect";
}

/** The function that produced a path value (`path.resolve`, `fs.realpathSync`, …), if any. */
function resolverOf(evaluator: Evaluator, node: Node, hops: number): string | undefined {
  if (hops > MAX_HOPS) return undefined;
  if (Node.isParenthesizedExpression(node) || Node.isAwaitExpression(node) || Node.isNonNullExpression(node) || Node.isAsExpression(node)) {
    return resolverOf(evaluator, node.getExpression(), hops + 1);
  }
  if (Node.isIdentifier(node)) {
    const declaration = declarationOf(node)?.getParent();
    if (!Node.isVariableDeclaration(declaration)) return undefined;
    const initializer = declaration.getInitializer();
    return initializer ? resolverOf(evaluator, initializer, hops + 1) : undefined;
  }
  if (Node.isCallExpression(node)) return resolvingCall(evaluator, node);
  return undefined;
}

function resolvingCall(evaluator: Evaluator, call: CallExpression): string | undefined {
  const callee = evaluator.qualify(call.getExpression());
  if (!callee?.module) return undefined;
  const names = callee.names.filter((name) => name !== "native" && name !== "promises" && name !== "posix" && name !== "win32");
  const last = names[names.length - 1];
  if (!last || names.length !== 1) return undefined;
  if (PATH_MODULES.has(callee.module) && PATH_RESOLVERS.has(last)) return `path.${last}`;
  if (FS_MODULES.has(callee.module) && REALPATHS.has(last)) {
    return `${callee.module.replace(/^node:/, "").replace("/", ".")}.${callee.names.join(".")}`;
  }
  return undefined;
}
