/**
 * Adapters: a project class or function that calls the SDK with options made from what its
 * caller passes (`new ClaudeAdapter({ maxTurns: 100000 })`, whose constructor stores the
 * options a method later hands to `query()`; `runAgent(opts)` exported from another file).
 * Where the adapter is used is where those options are decided, so each use is an agent of
 * its own: the SDK call inside, evaluated with the adapter's parameters bound to the
 * arguments of that use.
 *
 * A function whose every caller is in its file and calls it directly is not an adapter here:
 * its parameters already hold what those callers pass (see call-sites.ts).
 */
import { Node, SyntaxKind, ts, type CallExpression, type ClassDeclaration, type ClassExpression, type Expression, type NewExpression, type ParameterDeclaration, type SourceFile } from "./morph.js";
import type { RValue } from "../../model/value.js";
import { hasOnlyVisibleCallers } from "./call-sites.js";
import { childrenOf } from "./children.js";
import { visibleFunction } from "./calls.js";
import type { Evaluator, Frame } from "./evaluator.js";
import { extendFrame } from "./frames.js";
import { TOP_FRAME } from "./evaluator.js";
import { morphNodeOf } from "./project.js";
import { declarationOf } from "./scope.js";

export interface Adapter {
  /** The parameters a use binds: the constructor's, or the function's. */
  readonly parameters: readonly ParameterDeclaration[];
  /** The SDK entry-point calls inside. */
  readonly calls: readonly CallExpression[];
}

export class Adapters {
  private readonly found = new Map<ts.Node, Adapter | null>();

  /**
   * `methodNames`: method names under which an SDK entry point may be called (`sdk.query`);
   * `isEntryPoint` tells the calls that are.
   */
  constructor(
    private readonly evaluator: Evaluator,
    private readonly methodNames: ReadonlySet<string>,
    private readonly isEntryPoint: (call: CallExpression) => boolean,
  ) {}

  /** The adapter a `new C(…)` or `f(…)` uses, when it is a project class or function with calls inside. */
  adapterOf(site: CallExpression | NewExpression): Adapter | undefined {
    const owner = Node.isNewExpression(site) ? classNamed(this.evaluator, site.getExpression()) : visibleFunction(this.evaluator, site.getExpression());
    if (!owner || !mayCallSdk(owner.getSourceFile())) return undefined;
    let adapter = this.found.get(owner.compilerNode);
    if (adapter === undefined) {
      adapter = adapterFrom(owner, this.methodNames, this.isEntryPoint);
      this.found.set(owner.compilerNode, adapter);
    }
    // Checked last: finding every caller of a function reads the whole file.
    if (!adapter || (!Node.isClassDeclaration(owner) && !Node.isClassExpression(owner) && hasOnlyVisibleCallers(owner))) return undefined;
    return adapter;
  }

  /** The frame of one use: the adapter's parameters bound to its arguments (defaults where it passes none). */
  frameOf(adapter: Adapter, site: CallExpression | NewExpression): Frame {
    const args = site.getArguments() as Expression[];
    const loc = this.evaluator.loc(site);
    const bound: Array<readonly [ts.Node, RValue]> = [];
    adapter.parameters.forEach((parameter, index) => {
      if (parameter.isRestParameter() || args.slice(0, index + 1).some((arg) => Node.isSpreadElement(arg))) return;
      const arg = args[index];
      const initializer = parameter.getInitializer();
      if (arg) bound.push([parameter.compilerNode, this.evaluator.evaluate(arg, TOP_FRAME)]);
      else if (initializer) bound.push([parameter.compilerNode, this.evaluator.evaluate(initializer, TOP_FRAME)]);
      else bound.push([parameter.compilerNode, { kind: "null", loc }]);
    });
    return extendFrame(TOP_FRAME, bound, 1);
  }
}

const sdkCallers = new WeakMap<ts.Node, boolean>();

/**
 * Whether a file may call the SDK: it names the SDK's module, or calls a `query` it may not
 * import (a snippet). Most files that define the functions a file calls do neither.
 */
function mayCallSdk(file: SourceFile): boolean {
  let found = sdkCallers.get(file.compilerNode);
  if (found === undefined) {
    const text = file.getFullText();
    found = text.includes("@anthropic-ai/claude-") || text.includes("query(") || text.includes("unstable_v2_");
    sdkCallers.set(file.compilerNode, found);
  }
  return found;
}

/** The class a `new` expression constructs, when the project declares it. */
function classNamed(evaluator: Evaluator, callee: Node): ClassDeclaration | ClassExpression | undefined {
  let declaration: Node | undefined;
  if (Node.isIdentifier(callee)) {
    const declaring = declarationOf(callee);
    const meaning = declaring ? evaluator.symbols.meaningOfDeclaration(declaring, 0) : undefined;
    declaration = meaning?.kind === "declaration" ? meaning.name.getParent() : meaning?.kind === "expression" ? meaning.expression : undefined;
  } else if (Node.isPropertyAccessExpression(callee)) {
    const namespace = evaluator.namespaceMeaning(callee.getExpression());
    const member = namespace ? evaluator.symbols.memberOf(namespace, callee.getName()) : undefined;
    declaration = member?.kind === "declaration" ? member.name.getParent() : undefined;
  }
  if (Node.isVariableDeclaration(declaration)) declaration = declaration.getInitializer();
  return Node.isClassDeclaration(declaration) || Node.isClassExpression(declaration) ? declaration : undefined;
}

/** The parameters and the SDK entry-point calls inside a class (all its members) or a function; null when there are none. */
function adapterFrom(owner: Node, methodNames: ReadonlySet<string>, isEntryPoint: (call: CallExpression) => boolean): Adapter | null {
  const file = owner.getSourceFile();
  const shaped = entryShapedCalls(file, methodNames);
  const start = owner.getPos();
  const end = owner.getEnd();
  let low = 0;
  let high = shaped.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((shaped[middle] as ts.Node).pos < start) low = middle + 1;
    else high = middle;
  }
  const entryCalls: CallExpression[] = [];
  for (let index = low; index < shaped.length && (shaped[index] as ts.Node).pos < end; index++) {
    const shapedCall = shaped[index] as ts.Node;
    if (shapedCall.end > end) continue;
    const call = morphNodeOf(file, shapedCall);
    if (Node.isCallExpression(call) && isEntryPoint(call)) entryCalls.push(call);
  }
  if (entryCalls.length === 0) return null;
  const isClass = Node.isClassDeclaration(owner) || Node.isClassExpression(owner);
  const constructor = isClass ? owner.getConstructors().find((candidate) => candidate.getBody()) : undefined;
  const parameters = isClass ? (constructor?.getParameters() ?? []) : Node.isFunctionLikeDeclaration(owner) || Node.isArrowFunction(owner) || Node.isFunctionExpression(owner) ? owner.getParameters() : [];
  return { parameters, calls: entryCalls };
}

const shapedCalls = new WeakMap<ts.Node, readonly ts.Node[]>();

/** The calls of a file shaped like entry points, in source order: found once per file. */
function entryShapedCalls(file: SourceFile, methodNames: ReadonlySet<string>): readonly ts.Node[] {
  let found = shapedCalls.get(file.compilerNode);
  if (!found) {
    const calls: ts.Node[] = [];
    // Iterative, in source order (each node before its children): bundles nest deeply.
    const pending: ts.Node[] = [file.compilerNode];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (mayBeEntryPoint(node, methodNames)) calls.push(node);
      pending.push(...childrenOf(node).reverse());
    }
    found = calls;
    shapedCalls.set(file.compilerNode, found);
  }
  return found;
}

/** A call shaped like an entry point: `query(…)`, `sdk.query(…)`, `this.run(…)`. */
function mayBeEntryPoint(call: ts.Node, methodNames: ReadonlySet<string>): boolean {
  if (!ts.isCallExpression(call)) return false;
  const callee = ts.isNonNullExpression(call.expression) ? call.expression.expression : call.expression;
  if (ts.isIdentifier(callee)) return true;
  return ts.isPropertyAccessExpression(callee) && (methodNames.has(callee.name.text) || callee.expression.kind === ts.SyntaxKind.ThisKeyword);
}
