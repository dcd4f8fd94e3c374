/**
 * The structure of Python classes the evaluator reads: which class a method belongs to, its
 * receiver parameter (`self`, `cls`), its methods, properties and fields, and whether its
 * annotated fields are constructor parameters (dataclasses, pydantic models, attrs).
 */
import type { Node } from "web-tree-sitter";

/** The definition node a function's decorators hang on. */
function definitionOf(fn: Node): Node {
  return fn.parent?.type === "decorated_definition" ? fn.parent : fn;
}

/** The class whose body defines `fn` directly; undefined for module functions and nested functions. */
export function classOfMethod(fn: Node): Node | undefined {
  const block = definitionOf(fn).parent;
  return block?.type === "block" && block.parent?.type === "class_definition" ? block.parent : undefined;
}

/** Decorator names without `@` and arguments: `property`, `dataclass`, `functools.cached_property`. */
export function decoratorNames(definition: Node): string[] {
  const decorated = definitionOf(definition);
  if (decorated.type !== "decorated_definition") return [];
  return decorated.namedChildren.flatMap((child) => {
    if (child?.type !== "decorator") return [];
    const expression = child.namedChild(0);
    const callee = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    return callee ? [callee.text] : [];
  });
}

const lastName = (dotted: string): string => dotted.slice(dotted.lastIndexOf(".") + 1);

/** What the first parameter of a method receives: the instance, the class, or nothing (static). */
export function receiverOf(fn: Node, name: string): "instance" | "class" | undefined {
  if (!classOfMethod(fn)) return undefined;
  const first = fn.childForFieldName("parameters")?.namedChildren.find((p) => p !== null && p.type !== "comment");
  if (first?.type !== "identifier" || first.text !== name) return undefined;
  const decorators = decoratorNames(fn).map(lastName);
  if (decorators.includes("staticmethod")) return undefined;
  return decorators.includes("classmethod") ? "class" : "instance";
}

/** Whether a call of the method passes the receiver implicitly (every method but a static one). */
export function takesReceiver(fn: Node): boolean {
  return classOfMethod(fn) !== undefined && !decoratorNames(fn).map(lastName).includes("staticmethod");
}

/** The methods a class body defines, by name. */
export function methodsOf(classNode: Node): Map<string, Node> {
  const methods = new Map<string, Node>();
  for (const statement of classNode.childForFieldName("body")?.namedChildren ?? []) {
    const fn = statement?.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    const name = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : undefined;
    if (fn && name) methods.set(name, fn);
  }
  return methods;
}

export function isProperty(fn: Node): boolean {
  return decoratorNames(fn).some((name) => ["property", "cached_property"].includes(lastName(name)));
}

/** The name of a method's first parameter (`self`), when it has one. */
export function receiverName(fn: Node): string | undefined {
  const first = fn.childForFieldName("parameters")?.namedChildren.find((p) => p !== null && p.type !== "comment");
  return first?.type === "identifier" ? first.text : undefined;
}

const FIELD_CLASS_BASES = /(^|\.)(BaseModel|BaseSettings|NamedTuple)$/;

/** A class whose annotated fields are constructor parameters: a dataclass, attrs class, pydantic model or NamedTuple. */
export function hasConstructorFields(classNode: Node): boolean {
  const decorators = decoratorNames(classNode).map(lastName);
  if (decorators.some((name) => ["dataclass", "define", "frozen", "attrs", "s"].includes(name))) return true;
  const bases = classNode.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.some((base) => base !== null && FIELD_CLASS_BASES.test(base.text));
}

/** The superclass expressions of a class (`Base`, `mod.Base`), keyword arguments left out. */
export function superclassesOf(classNode: Node): Node[] {
  const bases = classNode.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.filter((b): b is Node => b !== null && (b.type === "identifier" || b.type === "attribute"));
}

/**
 * The default a field declaration gives: `x: str = "a"` → `"a"`; `field(default="a")` and
 * pydantic `Field("a")` / `Field(default="a")` → `"a"`; undefined for `default_factory` and
 * required fields.
 */
export function fieldDefault(fallback: Node | undefined): Node | undefined {
  if (fallback?.type !== "call") return fallback;
  const callee = fallback.childForFieldName("function")?.text ?? "";
  if (!["field", "Field", "dataclasses.field", "pydantic.Field", "attr.ib", "attrs.field"].includes(callee)) return fallback;
  const args = fallback.childForFieldName("arguments")?.namedChildren ?? [];
  for (const argument of args) {
    if (argument?.type === "keyword_argument" && argument.childForFieldName("name")?.text === "default") return argument.childForFieldName("value") ?? undefined;
  }
  const first = args[0];
  return callee === "Field" || callee === "pydantic.Field" ? (first && first.type !== "keyword_argument" && first.text !== "..." ? first : undefined) : undefined;
}
