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

/** True for a case that matches anything: `case _:` or a bare capture (`case other:`), with no guard. */
export function isCatchAllCase(clause: Node): boolean {
  if (clause.childForFieldName("guard")) return false;
  const patterns = clause.namedChildren.filter((child) => child?.type === "case_pattern");
  const pattern = patterns[0];
  if (patterns.length !== 1 || !pattern) return false;
  const inner = pattern.namedChild(0);
  return pattern.text === "_" || (inner?.type === "dotted_name" && inner.namedChildCount === 1);
}

/** The literals a case pattern lists (`"a" | "b"`), as comparable texts; undefined for other patterns. */
export function caseLiterals(clause: Node): string[] | undefined {
  const patterns = clause.namedChildren.filter((child) => child?.type === "case_pattern");
  if (patterns.length !== 1) return undefined;
  const inner = patterns[0]?.namedChild(0);
  const alternatives = inner?.type === "union_pattern" ? inner.namedChildren : [inner];
  const literals: string[] = [];
  for (const alternative of alternatives) {
    if (alternative?.type === "string" && alternative.namedChildren.every((p) => p?.type !== "interpolation")) literals.push(JSON.stringify(alternative.namedChildren.find((p) => p?.type === "string_content")?.text ?? ""));
    else if (alternative?.type === "integer" || alternative?.type === "float") literals.push(String(Number(alternative.text)));
    else return undefined;
  }
  return literals;
}

/** When a `case` of `match subject:` runs: `role is "admin"`, `role is "a" or "b"`, `otherwise`. */
export function caseWhen(subject: Node, clause: Node, callerTexts?: ReadonlyMap<string, string>): string {
  if (isCatchAllCase(clause)) return "otherwise";
  const subjectText = (subject.type === "identifier" && callerTexts?.get(subject.text)) || short(subject);
  const patterns = clause.namedChildren.filter((child): child is Node => child?.type === "case_pattern");
  const inner = patterns.length === 1 ? patterns[0]?.namedChild(0) : undefined;
  const alternatives = inner?.type === "union_pattern" ? inner.namedChildren.filter((n): n is Node => n !== null) : inner ? [inner] : [];
  const simple = alternatives.length > 0 && alternatives.every((a) => a.type === "string" || a.type === "integer" || a.type === "float" || a.type === "dotted_name");
  const matched = simple ? `${subjectText} is ${alternatives.map(operand).join(" or ")}` : `${subjectText} matches ${patterns.map(short).join(", ")}`;
  const guard = clause.childForFieldName("guard")?.namedChild(0);
  return guard ? `${matched} and ${short(guard)}` : matched;
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
