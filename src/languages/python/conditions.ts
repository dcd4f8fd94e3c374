/** Short, readable conditions for one-of branches: `role is "admin"`, `debug is false`. */
import type { Node } from "web-tree-sitter";

const MAX_CONDITION = 60;

/**
 * `callerTexts` maps a followed function's parameters to the caller's argument text, so a
 * condition inside a helper reads in the caller's terms (`raw is None`, not `value is None`).
 */
export function conditionWhen(condition: Node, holds: boolean, callerTexts?: ReadonlyMap<string, string>): string {
  const named = (node: Node): string => (node.type === "identifier" && callerTexts?.get(node.text)) || short(node);
  const inner = unwrap(condition);
  if (inner.type === "not_operator") {
    const argument = inner.childForFieldName("argument");
    if (argument) return conditionWhen(argument, !holds, callerTexts);
  }
  if (inner.type === "comparison_operator" && inner.namedChildCount === 2) {
    // `is not` and `not in` are two tokens.
    const operator = inner.children.filter((c) => c !== null && !c.isNamed).map((c) => c?.text).join(" ");
    const left = inner.namedChild(0);
    const right = inner.namedChild(1);
    if (left && right) {
      if (operator === "==" || operator === "is") return `${named(left)} ${holds ? "is" : "is not"} ${operand(right)}`;
      if (operator === "!=" || operator === "is not") return `${named(left)} ${holds ? "is not" : "is"} ${operand(right)}`;
    }
  }
  if (inner.type === "identifier" || inner.type === "attribute") return `${named(inner)} is ${holds ? "true" : "false"}`;
  return holds ? short(inner) : `not (${short(inner)})`;
}

function unwrap(node: Node): Node {
  let current = node;
  while (current.type === "parenthesized_expression" && current.namedChild(0)) current = current.namedChild(0) as Node;
  return current;
}

/** A plain string literal is shown in double quotes whatever its quoting: `role is "admin"`. */
function operand(node: Node): string {
  const parts = node.namedChildren;
  if (node.type === "string" && parts.every((p) => p?.type === "string_start" || p?.type === "string_content" || p?.type === "string_end")) {
    const content = parts.find((p) => p?.type === "string_content")?.text ?? "";
    if (!/^[rRuU]?['"]/.test(parts[0]?.text ?? "")) return short(node);
    return short(node).length > MAX_CONDITION ? short(node) : JSON.stringify(content);
  }
  return short(node);
}

export function short(node: Node): string {
  const text = node.text.replace(/\s+/g, " ");
  return text.length > MAX_CONDITION ? `${text.slice(0, MAX_CONDITION - 1)}…` : text;
}
