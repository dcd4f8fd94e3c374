/**
 * Truthiness narrowing for the branches of `c ? a : b` and `c && a`: inside the branch where a
 * name or property read tested by `c` is truthy (`allowedTools ? { allowedTools } : {}`,
 * `opts.tools ? { tools: opts.tools } : {}`), its falsy alternatives (`undefined`, `0`, `""`)
 * cannot occur, and the other branch sees only the falsy ones. Without this, a branch would
 * combine a condition with the value that contradicts it.
 */
import { Node, SyntaxKind, ts, type Expression, type Identifier } from "./morph.js";
import { alternatives, entryOf, type Branch, type RValue } from "../../model/value.js";
import type { Evaluator, Frame } from "./evaluator.js";
import { extendFrame } from "./frames.js";
import { setPath, type PathStep } from "./object-ops.js";
import { declarationOf } from "./scope.js";
import { oneOf, truthiness } from "./values.js";

export interface NarrowedFrames {
  readonly whenTrue: Frame;
  readonly whenFalse: Frame;
}

export function narrowByCondition(evaluator: Evaluator, condition: Expression, frame: Frame): NarrowedFrames {
  return { whenTrue: narrow(evaluator, condition, frame, true), whenFalse: narrow(evaluator, condition, frame, false) };
}

function narrow(evaluator: Evaluator, condition: Expression, frame: Frame, truthy: boolean): Frame {
  const inner = unwrap(condition);
  if (Node.isPrefixUnaryExpression(inner) && inner.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return narrow(evaluator, inner.getOperand(), frame, !truthy);
  }
  if (Node.isBinaryExpression(inner) && truthy && inner.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken) {
    return narrow(evaluator, inner.getRight(), narrow(evaluator, inner.getLeft(), frame, true), true);
  }
  if (Node.isIdentifier(inner)) return narrowName(evaluator, inner, frame, truthy);
  if (Node.isPropertyAccessExpression(inner)) return narrowProperty(evaluator, inner, frame, truthy);
  return frame;
}

function narrowName(evaluator: Evaluator, name: Identifier, frame: Frame, truthy: boolean): Frame {
  const declaration = bindableDeclaration(name);
  if (!declaration) return frame;
  const value = evaluator.evaluate(name, frame);
  const all = alternatives(value);
  const kept = all.filter(({ value: concrete }) => truthiness(concrete) !== !truthy);
  // Nothing removed: no narrowing to record; everything removed: the branch is dead, keep it as is.
  if (kept.length === all.length || kept.length === 0) return frame;
  return rebind(frame, declaration, oneOf(kept, value.loc));
}

/**
 * `opts.a.b` read from a bindable name: each alternative of `opts` keeps only the values of
 * `a.b` the test admits, and an alternative none of whose values fits is dropped (a closed
 * object without `a.b` is falsy there). Alternatives that are not objects stay as they are.
 */
function narrowProperty(evaluator: Evaluator, read: Node, frame: Frame, truthy: boolean): Frame {
  const path: PathStep[] = [];
  let current: Node = read;
  while (Node.isPropertyAccessExpression(current)) {
    path.unshift({ key: current.getName(), loc: evaluator.loc(current.getNameNode()) });
    current = unwrap(current.getExpression());
  }
  if (!Node.isIdentifier(current)) return frame;
  const declaration = bindableDeclaration(current);
  if (!declaration) return frame;
  const root = evaluator.evaluate(current, frame);
  const all = alternatives(root);
  const kept: Branch[] = [];
  let changed = false;
  for (const branch of all) {
    const narrowed = narrowAtPath(branch.value, path, truthy);
    if (narrowed !== branch.value) changed = true;
    if (narrowed) kept.push({ value: narrowed, when: branch.when });
  }
  if (!changed || kept.length === 0) return frame;
  return rebind(frame, declaration, oneOf(kept, root.loc));
}

/** The object with the value at `path` narrowed; undefined when no value there fits the test. */
function narrowAtPath(object: RValue, path: readonly PathStep[], truthy: boolean): RValue | undefined {
  let value: RValue = object;
  for (const step of path) {
    if (value.kind !== "object") return object;
    const entry = entryOf(value, step.key);
    // A closed object without the property reads undefined there; an open one may have it.
    if (!entry) return value.open || !truthy ? object : undefined;
    value = entry.value;
  }
  const all = alternatives(value);
  const kept = all.filter(({ value: concrete }) => truthiness(concrete) !== !truthy);
  if (kept.length === 0) return undefined;
  if (kept.length === all.length) return object;
  return setPath(object, path, oneOf(kept, value.loc));
}

function rebind(frame: Frame, declaration: ts.Node, value: RValue): Frame {
  return extendFrame(frame, [[declaration, value]]);
}

/** The node frames bind a name's value to: its variable, parameter or destructuring declaration. */
function bindableDeclaration(name: Identifier): ts.Node | undefined {
  const parent = declarationOf(name)?.getParent();
  if (Node.isVariableDeclaration(parent) || Node.isParameterDeclaration(parent) || Node.isBindingElement(parent)) return parent.compilerNode;
  return undefined;
}

function unwrap(expression: Expression): Expression {
  let current: Expression = expression;
  while (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isNonNullExpression(current)) {
    current = current.getExpression();
  }
  return current;
}
