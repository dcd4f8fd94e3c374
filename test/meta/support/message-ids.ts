/**
 * The message ids a rule file passes to `report`, read from its syntax tree: every string
 * literal that a `messageId` property can take (conditionals included).
 */
import ts from "typescript";

export interface UsedMessageId {
  readonly id: string;
  readonly line: number;
}

export function messageIdsUsedIn(fileName: string, text: string): UsedMessageId[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const used: UsedMessageId[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === "messageId") {
      for (const literal of stringLiteralsIn(node.initializer)) {
        used.push({ id: literal.text, line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** String literals that are possible values of the expression (not arguments of calls inside it). */
function stringLiteralsIn(expression: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isStringLiteralLike(expression)) return [expression];
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
    return stringLiteralsIn(expression.expression);
  }
  if (ts.isConditionalExpression(expression)) return [...stringLiteralsIn(expression.whenTrue), ...stringLiteralsIn(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) return [...stringLiteralsIn(expression.left), ...stringLiteralsIn(expression.right)];
  return [];
}
