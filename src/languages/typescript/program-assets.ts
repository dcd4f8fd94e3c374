/**
 * Whether a path names a file shipped with the program itself: a path built only from
 * literals and the module's own location (`__dirname`, `__filename`, `import.meta.url`,
 * `import.meta.dirname`). Reading such a file (a prompt template next to the code) brings
 * in the developer's own text, not untrusted content; a path relative to the working
 * directory or from input may name anything, so it stays untrusted.
 */
import { Node } from "./morph.js";
import { declarationOf } from "./scope.js";

const MODULE_LOCATIONS = new Set(["__dirname", "__filename"]);
const PATH_BUILDERS = new Set(["join", "resolve", "dirname", "fileURLToPath"]);
const MAX_DEPTH = 8;

export function isProgramAssetPath(expression: Node, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrap(expression);
  if (Node.isIdentifier(node)) {
    const declaration = declarationOf(node);
    if (!declaration) return MODULE_LOCATIONS.has(node.getText());
    const variable = declaration.getParent();
    if (!Node.isVariableDeclaration(variable)) return false;
    const initializer = variable.getInitializer();
    return isConstant(variable) && initializer !== undefined && isProgramAssetPath(initializer, depth + 1);
  }
  if (Node.isPropertyAccessExpression(node)) {
    const receiver = node.getExpression();
    if (Node.isMetaProperty(receiver)) return ["url", "dirname", "filename"].includes(node.getName());
    // `new URL("./prompt.md", import.meta.url).pathname`
    return node.getName() === "pathname" && isProgramAssetPath(receiver, depth + 1);
  }
  if (Node.isNewExpression(node)) {
    const [relative, base] = node.getArguments();
    return node.getExpression().getText() === "URL" && relative !== undefined && isLiteral(relative) && base !== undefined && isProgramAssetPath(base, depth + 1);
  }
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
    const [first, ...rest] = node.getArguments();
    if (!PATH_BUILDERS.has(name) || !first) return false;
    return isProgramAssetPath(first, depth + 1) && rest.every((arg) => isLiteral(arg) || isProgramAssetPath(arg, depth + 1));
  }
  if (Node.isTemplateExpression(node)) {
    const [firstSpan, ...spans] = node.getTemplateSpans();
    return (
      node.getHead().getLiteralText() === "" &&
      firstSpan !== undefined &&
      isProgramAssetPath(firstSpan.getExpression(), depth + 1) &&
      spans.every((span) => isProgramAssetPath(span.getExpression(), depth + 1))
    );
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getText() === "+") {
    return isProgramAssetPath(node.getLeft(), depth + 1) && isLiteral(node.getRight());
  }
  return false;
}

function unwrap(node: Node): Node {
  let current = node;
  while (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isNonNullExpression(current)) {
    current = current.getExpression();
  }
  return current;
}

function isLiteral(node: Node): boolean {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node);
}

function isConstant(variable: Node): boolean {
  const list = variable.getParent();
  return Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "const";
}
