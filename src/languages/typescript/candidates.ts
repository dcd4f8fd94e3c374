/**
 * One cheap pass over the compiler AST that picks the few nodes the extractor looks at
 * closely. Wrapping every node in a ts-morph object costs more than the whole lint budget
 * on large files, so only these candidates are wrapped.
 */
import { ts, type Node, type SourceFile as MorphSourceFile } from "./morph.js";
import { morphNodeOf } from "./project.js";

export interface Candidates {
  /** Calls whose callee may be an SDK entry point or a method on its result. */
  readonly calls: Node[];
  /** Declarations and expressions with a type annotation that may name an SDK type. */
  readonly typed: Node[];
  /** `x.startsWith(y)` calls. */
  readonly startsWith: Node[];
  /** Calls and `new` expressions that may start a program: `cp.spawn(…)`, `Bun.spawn(…)`, `new Deno.Command(…)`. */
  readonly launches: Node[];
}

/** Method names of the process-launching APIs (identifier callees are in `calls` already). */
const LAUNCH_METHODS = new Set(["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork", "sync", "execa", "execaSync", "execaCommand", "execaCommandSync", "run"]);

export function candidatesOf(file: MorphSourceFile, methodNames: ReadonlySet<string>): Candidates {
  const calls: ts.Node[] = [];
  const typed: ts.Node[] = [];
  const startsWith: ts.Node[] = [];
  const launches: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        if (LAUNCH_METHODS.has(name)) launches.push(node);
        if (name === "startsWith") startsWith.push(node);
        else if (methodNames.has(name)) calls.push(node);
      } else if (ts.isIdentifier(callee) || ts.isParenthesizedExpression(callee) || ts.isElementAccessExpression(callee)) {
        calls.push(node);
      }
    } else if (ts.isNewExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "Command") {
      launches.push(node);
    } else if (isTypedCandidate(node)) {
      typed.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file.compilerNode);
  const wrap = (nodes: ts.Node[]): Node[] => nodes.map((node) => morphNodeOf(file, node));
  return { calls: wrap(calls), typed: wrap(typed), startsWith: wrap(startsWith), launches: wrap(launches) };
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
