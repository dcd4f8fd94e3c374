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
import {
  Node,
  SyntaxKind,
  ts,
  type CallExpression,
  type ClassDeclaration,
  type ClassExpression,
  type FunctionDeclaration,
  type Identifier,
  type ParameterDeclaration,
  type PropertyAccessExpression,
  type SourceFile,
  type VariableStatement,
} from "./morph.js";
import { morphNodeOf } from "./project.js";
import type { Evaluator, Frame } from "./evaluator.js";
import type { Branch, RValue } from "../../model/value.js";
import { declarationOf } from "./scope.js";
import { exportsLocalName } from "./symbols.js";
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
  const file = owner.getSourceFile();
  for (const node of namesIn(file).identifiers.get(name.getText()) ?? []) {
    const reference = morphNodeOf(file, node) as Identifier;
    if (reference === name || declarationOf(reference) !== name) continue;
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
    const name = owner.getNameNode();
    return isExported(owner, name) ? undefined : name;
  }
  if (!Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner)) return undefined;
  const declaration = owner.getParent();
  if (!Node.isVariableDeclaration(declaration)) return undefined;
  const nameNode = declaration.getNameNode();
  if (!Node.isIdentifier(nameNode)) return undefined;
  const statement = declaration.getVariableStatement();
  return statement && isExported(statement, nameNode) ? undefined : nameNode;
}

/**
 * Whether a declaration is exported: by its own `export`/`export default`, or, at the top of
 * the file, by an export list or assignment naming it. Read from the syntax (see
 * `exportsLocalName`).
 */
function isExported(declaration: FunctionDeclaration | VariableStatement | ClassDeclaration, name: Identifier | undefined): boolean {
  if (declaration.hasExportKeyword() || declaration.hasDefaultKeyword()) return true;
  return name !== undefined && Node.isSourceFile(declaration.getParent()) && exportsLocalName(declaration.getSourceFile(), name.getText());
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
  const exported = Node.isClassDeclaration(declaringClass) && isExported(declaringClass, declaringClass.getNameNode());
  if (!isPrivate && (exported || Node.isClassExpression(declaringClass))) return undefined;
  return { owner: declaringClass, name };
}

/** Every `this.name(…)` call in the class; undefined when `name` is used any other way in the file. */
function findMethodCalls(owner: ClassDeclaration | ClassExpression, name: string): readonly CallExpression[] | undefined {
  const calls: CallExpression[] = [];
  const file = owner.getSourceFile();
  for (const node of namesIn(file).accesses.get(name) ?? []) {
    const access = morphNodeOf(file, node) as PropertyAccessExpression;
    const call = access.getParent();
    const direct = Node.isCallExpression(call) && call.getExpression() === access && access.getExpression().getKind() === SyntaxKind.ThisKeyword;
    if (!direct || thisClassOf(access) !== owner) return undefined;
    calls.push(call);
    if (calls.length > MAX_CALL_SITES) return undefined;
  }
  return calls.length > 0 ? calls : undefined;
}

/** A file's identifiers, and its property accesses by the name accessed, in source order. */
interface FileNames {
  readonly identifiers: ReadonlyMap<string, readonly ts.Identifier[]>;
  readonly accesses: ReadonlyMap<string, readonly ts.PropertyAccessExpression[]>;
}

const namesByFile = new WeakMap<ts.SourceFile, FileNames>();

/**
 * Indexed once per parse, on the compiler's nodes: looking for one function's callers used to
 * wrap every identifier of the file, for every function asked about (seconds on a large file).
 */
function namesIn(file: SourceFile): FileNames {
  const cached = namesByFile.get(file.compilerNode);
  if (cached) return cached;
  const identifiers = new Map<string, ts.Identifier[]>();
  const accesses = new Map<string, ts.PropertyAccessExpression[]>();
  const add = <T>(map: Map<string, T[]>, key: string, node: T) => {
    const list = map.get(key);
    if (list) list.push(node);
    else map.set(key, [node]);
  };
  // Depth-first in source order, without recursion: nesting is as deep as the file makes it.
  const pending: ts.Node[] = [file.compilerNode];
  while (pending.length > 0) {
    const node = pending.pop() as ts.Node;
    if (ts.isIdentifier(node)) add(identifiers, node.text, node);
    else if (ts.isPropertyAccessExpression(node)) add(accesses, node.name.text, node);
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index] as ts.Node);
  }
  const names = { identifiers, accesses };
  namesByFile.set(file.compilerNode, names);
  return names;
}

/** The class `this` refers to at `node`: arrow functions keep it, other functions rebind it. */
function thisClassOf(node: Node): Node | undefined {
  for (let current = node.getParent(); current; current = current.getParent()) {
    if (Node.isClassDeclaration(current) || Node.isClassExpression(current)) return current;
    if (Node.isFunctionDeclaration(current) || Node.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}
