/**
 * The loop structure around a statement, for unrolling `for` loops over known iterables:
 * which loops enclose it, which `if` conditions guard it, how a loop target binds an item.
 */
import type { Node } from "web-tree-sitter";
import type { RValue } from "../../model/value.js";

const LOOPS = new Set(["for_statement", "while_statement"]);

/** The `for`/`while` statements around `node` within `scopeNode`, outermost first. */
export function enclosingLoops(node: Node, scopeNode: Node): Node[] {
  const loops: Node[] = [];
  for (let current = node.parent; current && current.id !== scopeNode.id; current = current.parent) {
    if (current.type === "function_definition" || current.type === "class_definition") break;
    if (LOOPS.has(current.type) && isInBody(node, current)) loops.unshift(current);
  }
  return loops;
}

/** Whether `node` runs in the loop's body (not in its iterable, nor in an `else:` after it). */
function isInBody(node: Node, loop: Node): boolean {
  const body = loop.childForFieldName("body");
  return body !== null && node.startIndex >= body.startIndex && node.endIndex <= body.endIndex;
}

/** A `break`, `continue` or `return` in the loop's own body: not every item runs the whole body. */
export function skipsItems(loop: Node): boolean {
  const body = loop.childForFieldName("body");
  if (!body) return true;
  return body.descendantsOfType(["break_statement", "continue_statement", "return_statement"]).some((stop) => {
    for (let current = stop?.parent ?? null; current && current.id !== loop.id; current = current.parent) {
      if (current.type === "function_definition" || current.type === "class_definition") return false;
      if (current.type === "for_statement" || current.type === "while_statement") return stop?.type === "return_statement";
    }
    return true;
  });
}

export interface Guard {
  readonly condition: Node;
  readonly holds: boolean;
}

/**
 * The `if` conditions under which `node` runs, up to `scopeNode`, or undefined when one of
 * them is an `elif` chain (its condition alone does not describe the branch).
 */
export function guardsOf(node: Node, scopeNode: Node): Guard[] | undefined {
  const guards: Guard[] = [];
  for (let current: Node | null = node; current && current.id !== scopeNode.id; current = current.parent) {
    const parent: Node | null = current.parent;
    if (parent?.type === "if_statement" && parent.childForFieldName("consequence")?.id === current.id) {
      const condition = parent.childForFieldName("condition");
      if (!condition) return undefined;
      guards.push({ condition, holds: true });
    } else if (parent?.type === "elif_clause") {
      return undefined;
    } else if (parent?.type === "else_clause" && parent.parent?.type === "if_statement") {
      const statement = parent.parent;
      if (statement.childrenForFieldName("alternative").some((a) => a?.type === "elif_clause")) return undefined;
      const condition = statement.childForFieldName("condition");
      if (!condition) return undefined;
      guards.push({ condition, holds: false });
    }
  }
  return guards;
}

/**
 * Binds a loop target (`name`, `name, cmd`, `(i, (k, v))`) to one item; false when the
 * item's shape does not fit the target.
 */
export function bindLoopTarget(target: Node, item: RValue, bound: Map<string, RValue>): boolean {
  if (target.type === "identifier") {
    bound.set(target.text, item);
    return true;
  }
  if (!["pattern_list", "tuple_pattern", "list_pattern", "parenthesized_expression", "tuple", "list"].includes(target.type)) return false;
  const names = target.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
  if (item.kind !== "array" || item.open || item.elements.length !== names.length) return false;
  return names.every((name, i) => bindLoopTarget(name, item.elements[i] as RValue, bound));
}
