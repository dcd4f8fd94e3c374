/**
 * One cheap pass over the compiler AST that picks the few nodes the extractor looks at
 * closely. Wrapping every node in a ts-morph object costs more than the whole lint budget
 * on large files, so only these candidates are wrapped.
 */
import { ts, type Node, type SourceFile as MorphSourceFile } from "./morph.js";
import { childrenOf } from "./children.js";
import { morphNodeOf } from "./project.js";

export interface Candidates {
  /** Calls whose callee may be an SDK entry point or a method on its result. */
  readonly calls: Node[];
  /** Declarations and expressions with a type annotation that may name an SDK type. */
  readonly typed: Node[];
  /** `x.startsWith(y)` calls. */
  readonly startsWith: Node[];
  /** Calls, `new` expressions and tagged templates that may start a program: `cp.spawn(…)`, `new Deno.Command(…)`, `` $`…` ``. */
  readonly launches: Node[];
  /** `new C(…)` and `new ns.C(…)`: uses of classes that may wrap the SDK (see adapters.ts). */
  readonly constructions: Node[];
  /** `process.env.X = …`, `process.env = …`, `Object.assign(process.env, …)`. */
  readonly environmentWrites: Node[];
}

/** Method names of the process-launching APIs (identifier callees are in `calls` already). */
const LAUNCH_METHODS = new Set(["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork", "sync", "execa", "execaSync", "execaCommand", "execaCommandSync", "run"]);

export function candidatesOf(file: MorphSourceFile, methodNames: ReadonlySet<string>): Candidates {
  const calls: ts.Node[] = [];
  const typed: ts.Node[] = [];
  const startsWith: ts.Node[] = [];
  const launches: ts.Node[] = [];
  const constructions: ts.Node[] = [];
  const environmentWrites: ts.Node[] = [];
  const otherMethodCalls: Array<{ node: ts.Node; name: string }> = [];
  const functionTypedMembers = new Set<string>();
  // Iterative, in source order: a long `a + b + …` nests thousands of levels deep.
  const pending: ts.Node[] = [file.compilerNode];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if ((ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node)) && node.type && namesFunctionType(node.type) && ts.isIdentifier(node.name)) {
      functionTypedMembers.add(node.name.text);
    }
    if (writesProcessEnvironment(node)) environmentWrites.push(node);
    if (ts.isCallExpression(node)) {
      const callee = ts.isNonNullExpression(node.expression) ? node.expression.expression : node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        if (LAUNCH_METHODS.has(name)) launches.push(node);
        if (name === "startsWith") startsWith.push(node);
        else if (methodNames.has(name)) calls.push(node);
        else otherMethodCalls.push({ node, name });
      } else if (ts.isIdentifier(callee) || ts.isParenthesizedExpression(callee) || ts.isElementAccessExpression(callee)) {
        calls.push(node);
      }
    } else if ((ts.isNewExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "Command") || ts.isTaggedTemplateExpression(node)) {
      launches.push(node);
    } else if (ts.isNewExpression(node) && (ts.isIdentifier(node.expression) || ts.isPropertyAccessExpression(node.expression))) {
      constructions.push(node);
    } else if (isTypedCandidate(node)) {
      typed.push(node);
    }
    pending.push(...childrenOf(node).reverse());
  }
  // `this.createSession({...})` where a field or parameter is typed `typeof unstable_v2_createSession`.
  for (const { node, name } of otherMethodCalls) if (functionTypedMembers.has(name)) calls.push(node);
  const wrap = (nodes: ts.Node[]): Node[] => nodes.map((node) => morphNodeOf(file, node));
  return { calls: wrap(calls), typed: wrap(typed), startsWith: wrap(startsWith), launches: wrap(launches), constructions: wrap(constructions), environmentWrites: wrap(environmentWrites) };
}

/** An assignment to `process.env` or one of its variables, or `Object.assign(process.env, …)`. */
function writesProcessEnvironment(node: ts.Node): boolean {
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator < ts.SyntaxKind.FirstAssignment || operator > ts.SyntaxKind.LastAssignment) return false;
    const target = node.left;
    return isProcessEnv(target) || ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && isProcessEnv(target.expression));
  }
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const callee = node.expression;
  const first = node.arguments[0];
  return callee.name.text === "assign" && ts.isIdentifier(callee.expression) && callee.expression.text === "Object" && first !== undefined && isProcessEnv(first);
}

function isProcessEnv(node: ts.Node): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === "env" && ts.isIdentifier(node.expression) && node.expression.text === "process";
}

/**
 * `typeof f`, also `typeof f | undefined`, or a named type that may alias it (`QueryFn`, declared
 * here or in another file): a member that may hold an SDK function.
 */
function namesFunctionType(type: ts.Node): boolean {
  if (ts.isParenthesizedTypeNode(type)) return namesFunctionType(type.type);
  if (ts.isUnionTypeNode(type)) return type.types.some(namesFunctionType);
  return ts.isTypeQueryNode(type) || (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeArguments === undefined);
}

function isTypedCandidate(node: ts.Node): boolean {
  if (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) {
    return node.initializer !== undefined && (node.type !== undefined || ts.getJSDocType(node) !== undefined);
  }
  if (ts.isSatisfiesExpression(node) || ts.isAsExpression(node)) return ts.isTypeReferenceNode(node.type);
  if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) {
    return node.type !== undefined;
  }
  return false;
}
