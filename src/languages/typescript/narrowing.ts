/**
 * Truthiness narrowing for the branches of `c ? a : b` and `c && a`: inside the branch where a
 * name tested by `c` is truthy (`allowedTools ? { allowedTools } : {}`), its falsy alternatives
 * (`undefined`, `0`, `""`) cannot occur, and the other branch sees only the falsy ones. Without
 * this, a branch would combine a condition with the value that contradicts it.
 */
import { Node, SyntaxKind, ts, type Expression, type Identifier } from "./morph.js";
import { alternatives, type RValue } from "../../model/value.js";
import type { Evaluator, Frame } from "./evaluator.js";
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
  const narrowed: RValue = oneOf(kept, value.loc);
  return { ...frame, bindings: new Map(frame.bindings).set(declaration, narrowed) };
}

/** The node frames bind a name's value to: its variable or parameter declaration. */
function bindableDeclaration(name: Identifier): ts.Node | undefined {
  const parent = declarationOf(name)?.getParent();
  if (Node.isVariableDeclaration(parent) || Node.isParameterDeclaration(parent)) return parent.compilerNode;
  return undefined;
}

function unwrap(expression: Expression): Expression {
  let current: Expression = expression;
  while (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isNonNullExpression(current)) {
    current = current.getExpression();
  }
  return current;
}
