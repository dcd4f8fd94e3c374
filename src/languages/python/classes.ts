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

const ENUM_BASES = /(^|\.)(Enum|IntEnum|StrEnum|Flag|IntFlag)$/;

/** An enumeration: a class deriving from `Enum` or one of its standard kinds. */
export function isEnumClass(classNode: Node): boolean {
  return superclassesOf(classNode).some((base) => ENUM_BASES.test(base.text));
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

/** The `default_factory` of a field declaration (`field(default_factory=lambda: [...])`), when it has one. */
export function defaultFactory(fallback: Node | undefined): Node | undefined {
  if (fallback?.type !== "call") return undefined;
  const callee = fallback.childForFieldName("function")?.text ?? "";
  if (!["field", "Field", "dataclasses.field", "pydantic.Field", "attr.ib", "attrs.field"].includes(callee)) return undefined;
  for (const argument of fallback.childForFieldName("arguments")?.namedChildren ?? []) {
    const name = argument?.type === "keyword_argument" ? argument.childForFieldName("name")?.text : undefined;
    if (name === "default_factory" || name === "factory") return argument?.childForFieldName("value") ?? undefined;
  }
  return undefined;
}

/** How methods change an attribute's value in place: only adding items, or also replacing or dropping some. */
export type InPlaceChange = "grows" | "changes";

const GROWING_METHODS = new Set(["append", "extend", "insert", "add", "setdefault"]);
const CHANGING_METHODS = new Set(["update", "pop", "popitem", "remove", "discard", "clear", "sort", "reverse", "__setitem__", "__delitem__"]);

/**
 * The attributes a class's methods change in place rather than assign: `self.tools.append(x)`
 * and `self.tools += [x]` grow a list; `self.opts["mode"] = x`, `self.opts.update(...)` and
 * `self.tools.remove(x)` may replace or drop what the attribute held.
 */
export function inPlaceChanges(classNode: Node): Map<string, InPlaceChange> {
  const changes = new Map<string, InPlaceChange>();
  for (const fn of methodsOf(classNode).values()) {
    const self = receiverName(fn);
    if (!self || receiverOf(fn, self) !== "instance") continue;
    for (const read of fn.descendantsOfType("attribute")) {
      const attribute = read?.childForFieldName("attribute")?.text;
      if (!read || !attribute || read.childForFieldName("object")?.text !== self) continue;
      const change = changeAt(read);
      if (change && changes.get(attribute) !== "changes") changes.set(attribute, change);
    }
  }
  return changes;
}

/** What the expression around `self.name` does to its value. */
function changeAt(read: Node): InPlaceChange | undefined {
  const parent = read.parent;
  if (!parent) return undefined;
  if (parent.type === "attribute" && parent.childForFieldName("object")?.id === read.id) {
    const call = parent.parent;
    if (call?.type !== "call" || call.childForFieldName("function")?.id !== parent.id) return undefined;
    const method = parent.childForFieldName("attribute")?.text ?? "";
    return GROWING_METHODS.has(method) ? "grows" : CHANGING_METHODS.has(method) ? "changes" : undefined;
  }
  if (parent.type === "subscript" && parent.childForFieldName("value")?.id === read.id) {
    const holder = parent.parent?.type === "expression_list" ? parent.parent.parent : parent.parent;
    if (holder?.type === "delete_statement") return "changes";
    const target = holder?.type === "assignment" || holder?.type === "augmented_assignment" ? holder.childForFieldName("left") : null;
    return target?.id === parent.id ? "changes" : undefined;
  }
  if (parent.type === "augmented_assignment" && parent.childForFieldName("left")?.id === read.id) {
    return parent.childForFieldName("operator")?.text === "+=" ? "grows" : "changes";
  }
  return undefined;
}
