/**
 * Short, readable names for the conditions a value depends on: `role is "admin"`,
 * `not isAdmin`, `TOOLS is unset`. They end up in messages as "(when …)".
 */
import { Node, SyntaxKind, type Expression } from "./morph.js";

const MAX_LENGTH = 60;

export function describeCondition(expression: Expression): string {
  const inner = unwrap(expression);
  if (Node.isPrefixUnaryExpression(inner) && inner.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return negate(describeCondition(inner.getOperand()));
  }
  if (Node.isBinaryExpression(inner)) {
    const operator = inner.getOperatorToken().getKind();
    const equal = operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
    const notEqual = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
    if (equal || notEqual) {
      const [subject, literal] = isLiteral(inner.getLeft()) ? [inner.getRight(), inner.getLeft()] : [inner.getLeft(), inner.getRight()];
      return `${sourceText(subject)} is ${notEqual ? "not " : ""}${sourceText(literal)}`;
    }
  }
  return sourceText(inner);
}

export function negate(condition: string): string {
  if (condition.startsWith("not (") && condition.endsWith(")")) return condition.slice(5, -1);
  if (condition.startsWith("not ")) return condition.slice(4);
  if (condition.endsWith(" is set")) return condition.slice(0, -4) + " unset";
  if (condition.endsWith(" is unset")) return condition.slice(0, -6) + " set";
  const simple = /^[\w.$[\]"'-]+ is /.test(condition);
  if (simple && condition.includes(" is not ")) return condition.replace(" is not ", " is ");
  if (simple) return condition.replace(" is ", " is not ");
  return /\s/.test(condition) ? `not (${condition})` : `not ${condition}`;
}

/** `TOOLS` for `process.env.TOOLS`, else the expression's short source text. */
export function subjectName(expression: Expression): string {
  const inner = unwrap(expression);
  return environmentVariableName(inner) ?? sourceText(inner);
}

/** `X` for `process.env.X` and `process.env["X"]`. */
export function environmentVariableName(node: Node): string | undefined {
  if (Node.isPropertyAccessExpression(node) && isProcessEnv(node.getExpression())) return node.getName();
  if (Node.isElementAccessExpression(node) && isProcessEnv(node.getExpression())) {
    const key = node.getArgumentExpression();
    if (key && (Node.isStringLiteral(key) || Node.isNoSubstitutionTemplateLiteral(key))) return key.getLiteralValue();
  }
  return undefined;
}

export function isProcessEnv(node: Node): boolean {
  if (!Node.isPropertyAccessExpression(node) || node.getName() !== "env") return false;
  const target = node.getExpression();
  return Node.isIdentifier(target) && target.getText() === "process";
}

export function sourceText(node: Node): string {
  const text = node.getText().replace(/\s+/g, " ");
  return text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH - 1) + "…" : text;
}

function unwrap(expression: Expression): Expression {
  let current: Expression = expression;
  while (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isNonNullExpression(current)) {
    current = current.getExpression();
  }
  return current;
}

function isLiteral(node: Node): boolean {
  return (
    Node.isStringLiteral(node) ||
    Node.isNoSubstitutionTemplateLiteral(node) ||
    Node.isNumericLiteral(node) ||
    Node.isTrueLiteral(node) ||
    Node.isFalseLiteral(node) ||
    Node.isNullLiteral(node)
  );
}
