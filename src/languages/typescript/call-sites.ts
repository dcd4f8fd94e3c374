/**
 * What a parameter of a file-local function receives, read from the calls that function
 * gets. Real agent code often builds its options in one place and hands them to a small
 * helper (`const run = async (opts) => query({ prompt, options: opts })`); the helper's
 * parameter then holds whatever its callers pass. Only functions whose every use in the
 * file is a direct call qualify: an exported function, or one passed as a callback, has
 * callers the analysis cannot see, so its parameters stay unknown.
 */
import { Node, SyntaxKind, ts, type CallExpression, type Identifier, type ParameterDeclaration } from "./morph.js";
import type { Evaluator, Frame } from "./evaluator.js";
import type { Branch, RValue } from "../../model/value.js";
import { declarationOf } from "./scope.js";
import { oneOf } from "./values.js";

const MAX_CALL_SITES = 8;
const CALLER_FRAME: Frame = { bindings: new Map(), calls: 0 };

const callsByFunction = new WeakMap<ts.Node, readonly CallExpression[] | null>();

/** One of the arguments the callers pass for `parameter`, or undefined when callers are not all visible. */
export function argumentsFromCallSites(evaluator: Evaluator, parameter: ParameterDeclaration): RValue | undefined {
  if (parameter.isRestParameter()) return undefined;
  const owner = parameter.getParent();
  if (!Node.isFunctionDeclaration(owner) && !Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner)) return undefined;
  const calls = localCalls(owner);
  if (!calls) return undefined;
  const index = owner.getParameters().indexOf(parameter);
  const branches: Branch[] = [];
  for (const call of calls) {
    const args = call.getArguments();
    if (args.slice(0, index + 1).some((arg) => Node.isSpreadElement(arg))) return undefined;
    const arg = args[index];
    const value: RValue = arg ? evaluator.evaluate(arg, CALLER_FRAME) : { kind: "null", loc: evaluator.loc(call) };
    branches.push({ value, when: calls.length > 1 ? `${call.getExpression().getText()} is called on line ${call.getStartLineNumber()}` : "" });
  }
  return branches.length === 1 ? branches[0]!.value : oneOf(branches, evaluator.loc(parameter));
}

function localCalls(owner: Node): readonly CallExpression[] | undefined {
  const cached = callsByFunction.get(owner.compilerNode);
  if (cached !== undefined) return cached ?? undefined;
  const found = findLocalCalls(owner);
  callsByFunction.set(owner.compilerNode, found ?? null);
  return found;
}

function findLocalCalls(owner: Node): readonly CallExpression[] | undefined {
  const name = functionName(owner);
  if (!name) return undefined;
  const calls: CallExpression[] = [];
  for (const reference of owner.getSourceFile().getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (reference === name || reference.getText() !== name.getText() || declarationOf(reference) !== name) continue;
    const call = reference.getParent();
    if (!Node.isCallExpression(call) || call.getExpression() !== reference) return undefined;
    calls.push(call);
    if (calls.length > MAX_CALL_SITES) return undefined;
  }
  return calls.length > 0 ? calls : undefined;
}

/** The name a non-exported function declaration or `const f = () => …` is called by. */
function functionName(owner: Node): Identifier | undefined {
  if (Node.isFunctionDeclaration(owner)) {
    return owner.isExported() || owner.isDefaultExport() ? undefined : owner.getNameNode();
  }
  if (!Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner)) return undefined;
  const declaration = owner.getParent();
  if (!Node.isVariableDeclaration(declaration)) return undefined;
  if (declaration.getVariableStatement()?.isExported()) return undefined;
  const nameNode = declaration.getNameNode();
  return Node.isIdentifier(nameNode) ? nameNode : undefined;
}
