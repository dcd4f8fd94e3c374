/**
 * Whether a path names a file shipped with the program itself: a path built only from
 * literals and the module's own location (`__file__`, `importlib.resources.files(__package__)`).
 * Reading such a file (a prompt template next to the code) brings in the developer's own
 * text, not untrusted content; a path relative to the working directory or from input may
 * name anything, so it stays untrusted.
 */
import type { Node } from "web-tree-sitter";
import type { Scope } from "./evaluate.js";

/** What the check needs from the evaluator: qualified names of imported callables. */
export interface NameResolver {
  qualified(node: Node, scope: Scope): string | undefined;
}

const MODULE_LOCATIONS = new Set(["__file__"]);
const PACKAGE_NAMES = new Set(["__package__", "__name__"]);
const PATH_FUNCTIONS = new Set(["os.path.dirname", "os.path.abspath", "os.path.realpath", "os.path.normpath", "os.fspath", "str"]);
const PATH_CLASSES = new Set(["pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath"]);
const RESOURCE_ROOTS = new Set(["importlib.resources.files", "importlib_resources.files"]);
/** Readers of a package's own data files: `importlib.resources.read_text(__package__, "x.md")`. */
const RESOURCE_READERS = new Set(["importlib.resources.read_text", "importlib.resources.read_binary", "importlib.resources.open_text", "importlib.resources.open_binary", "pkgutil.get_data"]);
/** Path methods whose result stays next to the receiver when their arguments are literals. */
const PATH_METHODS = new Set(["resolve", "absolute", "joinpath", "with_name", "with_suffix", "with_stem"]);
const MAX_DEPTH = 8;

export function isProgramAssetPath(node: Node, scope: Scope, names: NameResolver, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const next = (inner: Node, innerScope: Scope = scope) => isProgramAssetPath(inner, innerScope, names, depth + 1);
  switch (node.type) {
    case "parenthesized_expression": {
      const inner = node.namedChild(0);
      return inner !== null && next(inner);
    }
    case "identifier": {
      const binding = constantBinding(node, scope);
      if (binding === "unbound") return MODULE_LOCATIONS.has(node.text);
      return binding !== undefined && next(binding.value, binding.scope);
    }
    case "attribute":
      // `Path(__file__).parent`
      return node.childForFieldName("attribute")?.text === "parent" && isPresent(node.childForFieldName("object"), next);
    case "subscript":
      // `Path(__file__).resolve().parents[1]`
      return isParents(node.childForFieldName("value"), next) && node.childForFieldName("subscript")?.type === "integer";
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.text;
      const right = node.childForFieldName("right");
      return (operator === "/" || operator === "+") && right !== null && isLiteral(right) && isPresent(node.childForFieldName("left"), next);
    }
    case "string":
      return isAnchoredFormat(node, next);
    case "call":
      return isAssetCall(node, scope, names, next);
    default:
      return false;
  }
}

/** Whether a call reads a data file of the program's own package. */
export function isPackageResourceRead(qualified: string | undefined, call: Node, scope: Scope): boolean {
  if (!qualified || !RESOURCE_READERS.has(qualified)) return false;
  const package_ = positionalArguments(call)[0];
  return package_ !== undefined && isOwnPackage(package_, scope);
}

function isAssetCall(node: Node, scope: Scope, names: NameResolver, next: (inner: Node) => boolean): boolean {
  const callee = node.childForFieldName("function");
  if (!callee) return false;
  const [first, ...rest] = positionalArguments(node);
  const qualified = names.qualified(callee, scope);
  if (qualified && RESOURCE_ROOTS.has(qualified)) return first !== undefined && isOwnPackage(first, scope);
  if (qualified && (PATH_FUNCTIONS.has(qualified) || PATH_CLASSES.has(qualified) || qualified === "os.path.join")) {
    return first !== undefined && next(first) && rest.every(isLiteral);
  }
  if (callee.type !== "attribute" || !PATH_METHODS.has(callee.childForFieldName("attribute")?.text ?? "")) return false;
  return isPresent(callee.childForFieldName("object"), next) && [first, ...rest].every((arg) => arg === undefined || isLiteral(arg));
}

/** `f"{HERE}/prompts/system.md"`: the first piece is the module's location, the rest literal or anchored. */
function isAnchoredFormat(node: Node, next: (inner: Node) => boolean): boolean {
  const pieces = node.namedChildren.filter((c): c is Node => c !== null && (c.type === "interpolation" || c.type === "string_content"));
  const [first] = pieces;
  if (first?.type !== "interpolation") return false;
  return pieces.every((piece) => piece.type === "string_content" || isPresent(piece.namedChild(0), next));
}

function isParents(node: Node | null, next: (inner: Node) => boolean): boolean {
  return node?.type === "attribute" && node.childForFieldName("attribute")?.text === "parents" && isPresent(node.childForFieldName("object"), next);
}

/** `__package__`, `__name__` (not rebound) or a literal package name. */
function isOwnPackage(node: Node, scope: Scope): boolean {
  if (isLiteral(node)) return true;
  return node.type === "identifier" && PACKAGE_NAMES.has(node.text) && constantBinding(node, scope) === "unbound";
}

function isPresent(node: Node | null, check: (inner: Node) => boolean): boolean {
  return node !== null && check(node);
}

/** A plain string literal, without interpolation. */
function isLiteral(node: Node): boolean {
  return node.type === "string" && !node.namedChildren.some((c) => c?.type === "interpolation");
}

function positionalArguments(call: Node): Node[] {
  const list = call.childForFieldName("arguments");
  return (list?.namedChildren ?? []).filter((a): a is Node => a !== null && a.type !== "keyword_argument" && a.type !== "comment" && a.type !== "list_splat" && a.type !== "dictionary_splat");
}

/**
 * The single unconditional assignment of a name in the nearest scope that binds it, or
 * "unbound" when no scope does. A name assigned more than once, in a branch, as a
 * parameter or by an import could hold anything: undefined.
 */
function constantBinding(node: Node, scope: Scope): { value: Node; scope: Scope } | "unbound" | undefined {
  const name = node.text;
  for (let fn = scope.fn; fn; fn = enclosingFunction(fn)) {
    const bindings = scope.module.bindings(fn, name);
    if (bindings.length > 0) return onlyAssignment(bindings, { module: scope.module, fn });
    if (hasParameter(fn, name)) return undefined;
  }
  const bindings = scope.module.bindings(scope.module.root, name);
  return bindings.length > 0 ? onlyAssignment(bindings, { module: scope.module, fn: null }) : "unbound";
}

function onlyAssignment(bindings: ReturnType<Scope["module"]["bindings"]>, scope: Scope): { value: Node; scope: Scope } | undefined {
  const [only] = bindings;
  return bindings.length === 1 && only?.kind === "assign" && !only.place ? { value: only.value, scope } : undefined;
}

function enclosingFunction(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "function_definition") return current;
  }
  return null;
}

function hasParameter(fn: Node, name: string): boolean {
  const parameters = fn.childForFieldName("parameters")?.namedChildren ?? [];
  return parameters.some((p) => p !== null && (p.type === "identifier" ? p.text : (p.childForFieldName("name") ?? p.namedChildren.find((c) => c?.type === "identifier"))?.text) === name);
}
