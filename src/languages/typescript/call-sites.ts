/**
 * What a parameter of a file-local function receives, read from the calls that function
 * gets. Real agent code often builds its options in one place and hands them to a small
 * helper (`const run = async (opts) => query({ prompt, options: opts })`); the helper's
 * parameter then holds whatever its callers pass. Only functions whose every use in the
 * file is a direct call qualify: an exported function, or one passed as a callback, has
 * callers the analysis cannot see, so its parameters stay unknown. The same holds for a
 * class's private helper method (`this.runQuery(opts)`): its callers are the class's own
 * `this.runQuery(…)` calls.
 */
import { Node, SyntaxKind, ts, type CallExpression, type ClassDeclaration, type ClassExpression, type Identifier, type ParameterDeclaration } from "./morph.js";
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
  if (!Node.isFunctionDeclaration(owner) && !Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner) && !Node.isMethodDeclaration(owner)) return undefined;
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

/** Whether every caller of a function is in its file and calls it directly (so its parameters hold what they pass). */
export function hasOnlyVisibleCallers(owner: Node): boolean {
  return localCalls(owner) !== undefined;
}

function localCalls(owner: Node): readonly CallExpression[] | undefined {
  const cached = callsByFunction.get(owner.compilerNode);
  if (cached !== undefined) return cached ?? undefined;
  const found = findLocalCalls(owner);
  callsByFunction.set(owner.compilerNode, found ?? null);
  return found;
}

function findLocalCalls(owner: Node): readonly CallExpression[] | undefined {
  const member = classMember(owner);
  if (member) return findMethodCalls(member.owner, member.name);
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

interface ClassMember {
  readonly owner: ClassDeclaration | ClassExpression;
  readonly name: string;
}

/**
 * A method (or a field holding a function) whose callers are all in its class: private
 * (`private`, `#name`, or the `_name` convention of JavaScript classes), or of a class the
 * file does not export. Static members are called through the class, not `this`.
 */
function classMember(owner: Node): ClassMember | undefined {
  const member = Node.isMethodDeclaration(owner) ? owner : owner.getParent();
  if (!Node.isMethodDeclaration(member) && !Node.isPropertyDeclaration(member)) return undefined;
  const declaringClass = member.getParent();
  if (!Node.isClassDeclaration(declaringClass) && !Node.isClassExpression(declaringClass)) return undefined;
  if (member.isStatic() || member.isAbstract()) return undefined;
  const name = member.getName();
  const isPrivate = member.hasModifier(SyntaxKind.PrivateKeyword) || name.startsWith("#") || name.startsWith("_");
  const exported = Node.isClassDeclaration(declaringClass) && (declaringClass.isExported() || declaringClass.isDefaultExport());
  if (!isPrivate && (exported || Node.isClassExpression(declaringClass))) return undefined;
  return { owner: declaringClass, name };
}

/** Every `this.name(…)` call in the class; undefined when `name` is used any other way in the file. */
function findMethodCalls(owner: ClassDeclaration | ClassExpression, name: string): readonly CallExpression[] | undefined {
  const calls: CallExpression[] = [];
  for (const access of owner.getSourceFile().getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (access.getName() !== name) continue;
    const call = access.getParent();
    const direct = Node.isCallExpression(call) && call.getExpression() === access && access.getExpression().getKind() === SyntaxKind.ThisKeyword;
    if (!direct || thisClassOf(access) !== owner) return undefined;
    calls.push(call);
    if (calls.length > MAX_CALL_SITES) return undefined;
  }
  return calls.length > 0 ? calls : undefined;
}

/** The class `this` refers to at `node`: arrow functions keep it, other functions rebind it. */
function thisClassOf(node: Node): Node | undefined {
  for (let current = node.getParent(); current; current = current.getParent()) {
    if (Node.isClassDeclaration(current) || Node.isClassExpression(current)) return current;
    if (Node.isFunctionDeclaration(current) || Node.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}
