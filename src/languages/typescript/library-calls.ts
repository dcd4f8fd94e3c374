/**
 * Calls to the library APIs the model layer reads (see src/model/library-calls.ts), with their
 * resolved arguments. The API is named by what the callee is reached from, through imports
 * only: `docker.createContainer(…)` is `new dockerode().createContainer` when `docker` holds
 * `new Docker()` with `Docker` imported from "dockerode" — through a variable, a parameter or
 * property typed `Docker`, or `this.docker` assigned one in its class. A name alone never
 * says what a receiver is.
 */
import type { LibraryCall } from "../../model/library-calls.js";
import type { RValue } from "../../model/value.js";
import { childrenOf } from "./children.js";
import type { Evaluator } from "./evaluator.js";
import { Node, ts, type Expression, type SourceFile as MorphSourceFile } from "./morph.js";
import { morphNodeOf } from "./project.js";
import { declarationOf } from "./scope.js";

/** Declarations followed from a call's receiver back to what built it. */
const MAX_HOPS = 8;

export function libraryCallsOf(file: MorphSourceFile, evaluator: Evaluator, apis: ReadonlySet<string>): LibraryCall[] {
  const methods = new Set([...apis].map((api) => api.slice(api.lastIndexOf(".") + 1)));
  // A receiver is recognised through an import in this file, so the file names the module.
  const modules = new Set([...apis].map((api) => api.replace(/^new /, "").split(/[.(]/)[0] ?? api));
  const text = file.getFullText();
  if (![...methods].some((method) => text.includes(`${method}(`)) || ![...modules].some((module) => text.includes(module))) return [];
  const found: LibraryCall[] = [];
  const pending: ts.Node[] = [file.compilerNode];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && methods.has(node.expression.name.text)) {
      const call = morphNodeOf(file, node);
      const recorded = Node.isCallExpression(call) ? libraryCall(call, evaluator, apis) : undefined;
      if (recorded) found.push(recorded);
    }
    pending.push(...childrenOf(node).reverse());
  }
  return found;
}

function libraryCall(call: Node & { getExpression(): Node; getArguments(): Node[] }, evaluator: Evaluator, apis: ReadonlySet<string>): LibraryCall | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const api = apiPath(callee, evaluator, 0);
  if (api === undefined || !apis.has(api)) return undefined;
  const elements: RValue[] = [];
  let open = false;
  for (const argument of call.getArguments()) {
    if (!Node.isSpreadElement(argument)) {
      elements.push(evaluator.evaluate(argument));
      continue;
    }
    const spread = evaluator.evaluate(argument.getExpression());
    if (spread.kind === "array") elements.push(...spread.elements);
    open ||= spread.kind !== "array" || spread.open;
  }
  const loc = evaluator.loc(call);
  return {
    api,
    loc,
    nameLoc: evaluator.loc(callee.getNameNode()),
    positional: { kind: "array", elements, open, loc },
    keywords: { kind: "object", entries: [], open: false, loc },
  };
}

/** `new dockerode()` for an instance of dockerode's class, `….createContainer` for a member of one. */
function apiPath(node: Node, evaluator: Evaluator, hops: number): string | undefined {
  if (hops > MAX_HOPS) return undefined;
  if (Node.isParenthesizedExpression(node) || Node.isAwaitExpression(node) || Node.isNonNullExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node)) {
    return apiPath(node.getExpression(), evaluator, hops + 1);
  }
  if (Node.isNewExpression(node)) {
    const qualified = evaluator.qualify(node.getExpression());
    return qualified?.module === undefined ? undefined : `new ${[qualified.module, ...qualified.names].join(".")}()`;
  }
  if (Node.isPropertyAccessExpression(node)) {
    const target = node.getExpression();
    if (target.getKind() === ts.SyntaxKind.ThisKeyword) return thisMember(node, node.getName(), evaluator, hops);
    const base = apiPath(target, evaluator, hops + 1);
    return base === undefined ? undefined : `${base}.${node.getName()}`;
  }
  if (Node.isIdentifier(node)) return boundIdentifier(node, evaluator, hops);
  return undefined;
}

/** What a variable or parameter holds: its initializer, or an instance of the class its type names. */
function boundIdentifier(identifier: Node, evaluator: Evaluator, hops: number): string | undefined {
  if (!Node.isIdentifier(identifier)) return undefined;
  const declared = declarationOf(identifier)?.getParent();
  if (Node.isVariableDeclaration(declared)) {
    const initializer = declared.getInitializer();
    if (initializer) return apiPath(initializer, evaluator, hops + 1);
    return instanceOfType(declared.getTypeNode(), evaluator);
  }
  if (Node.isParameterDeclaration(declared)) return instanceOfType(declared.getTypeNode(), evaluator);
  return undefined;
}

/** `docker: Docker` with `Docker` imported from "dockerode" holds `new dockerode()`. */
function instanceOfType(type: Node | undefined, evaluator: Evaluator): string | undefined {
  if (!type || !Node.isTypeReference(type)) return undefined;
  const name = type.getTypeName();
  if (!Node.isIdentifier(name)) return undefined;
  const qualified = evaluator.qualify(name);
  return qualified?.module === undefined ? undefined : `new ${[qualified.module, ...qualified.names].join(".")}()`;
}

/** `this.docker`: the property's initializer or type, or what the class assigns to it, when that is one thing. */
function thisMember(access: Node, name: string, evaluator: Evaluator, hops: number): string | undefined {
  const owner = access.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
  if (!owner || !(Node.isClassDeclaration(owner) || Node.isClassExpression(owner))) return undefined;
  const paths = new Set<string | undefined>();
  const property = owner.getProperty(name);
  if (property) paths.add(property.getInitializer() ? apiPath(property.getInitializer() as Expression, evaluator, hops + 1) : instanceOfType(property.getTypeNode(), evaluator));
  for (const constructor of owner.getConstructors()) {
    for (const parameter of constructor.getParameters()) {
      if (parameter.getName() === name && parameter.isParameterProperty()) paths.add(instanceOfType(parameter.getTypeNode(), evaluator));
    }
  }
  owner.forEachDescendant((node) => {
    if (!Node.isBinaryExpression(node) || node.getOperatorToken().getKind() !== ts.SyntaxKind.EqualsToken) return;
    const left = node.getLeft();
    if (Node.isPropertyAccessExpression(left) && left.getExpression().getKind() === ts.SyntaxKind.ThisKeyword && left.getName() === name) {
      paths.add(apiPath(node.getRight(), evaluator, hops + 1));
    }
  });
  const [only] = paths;
  return paths.size === 1 ? only : undefined;
}
