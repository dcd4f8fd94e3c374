/**
 * Calls to the library APIs the model layer reads (see src/model/library-calls.ts), with their
 * resolved arguments. The API is named by what the callee is reached from, through imports
 * only: `client.containers.run(...)` is `docker.from_env().containers.run` when `client` is
 * bound to `docker.from_env()` — by an assignment or a `with` in scope, an annotation
 * `client: docker.DockerClient` on a parameter, or `self.client = …` in a method of the
 * enclosing class. A name alone never says what a receiver is.
 */
import type { Node } from "web-tree-sitter";
import type { LibraryCall } from "../../model/library-calls.js";
import type { ObjectEntry, RValue } from "../../model/value.js";
import { callArguments } from "./arguments.js";
import type { Evaluator, Scope } from "./evaluate.js";
import { countBefore, inSourceOrder } from "./binding-order.js";
import type { Binding, PyModule } from "./module.js";

/** Bindings followed from a call's receiver back to what built it. */
const MAX_HOPS = 8;

/** `calls` holds every call node of the module; those whose API is in `apis` are recorded. */
export function libraryCalls(module: PyModule, evaluator: Evaluator, calls: readonly Node[], apis: ReadonlySet<string>): LibraryCall[] {
  const methods = new Set([...apis].map((api) => api.slice(api.lastIndexOf(".") + 1)));
  const paths = new ApiPaths(module, evaluator);
  return calls.flatMap((call): LibraryCall[] => {
    const callee = call.childForFieldName("function");
    const method = callee?.type === "attribute" ? callee.childForFieldName("attribute") : null;
    if (!callee || !method || !methods.has(method.text) || evaluator.exhausted) return [];
    const scope = evaluator.scopeOf(module, call);
    const api = paths.of(callee, scope, 0);
    if (api === undefined || !apis.has(api)) return [];
    return [{ api, loc: module.locations.of(call), nameLoc: module.locations.of(method), ...argumentValues(call, scope, evaluator, module) }];
  });
}

/** Stands for bindings that lead to different API paths. */
const MIXED = Symbol("mixed");
type PathOrMixed = string | undefined | typeof MIXED;

/**
 * The API paths of one module's expressions. What a name's bindings lead to is remembered
 * per scope and name as they are read in source order, and what a class assigns to a `self`
 * attribute per class: a generated module with thousands of calls and bindings of one name
 * made each call read every binding again.
 */
class ApiPaths {
  /** Per scope, name and hop count: the common path of the first k bindings at index k - 1. */
  private readonly prefixes = new Map<string, PathOrMixed[]>();
  private readonly selfPaths = new Map<string, string | undefined>();

  constructor(
    private readonly module: PyModule,
    private readonly evaluator: Evaluator,
  ) {}

  /** The API path of an expression: `docker.from_env()` for a call of `docker.from_env`, `….containers` for an attribute of it. */
  of(node: Node, scope: Scope, hops: number): string | undefined {
    if (hops > MAX_HOPS) return undefined;
    switch (node.type) {
      case "parenthesized_expression":
      case "await": {
        const inner = node.namedChild(0);
        return inner ? this.of(inner, scope, hops + 1) : undefined;
      }
      case "call": {
        const callee = node.childForFieldName("function");
        const path = callee ? this.of(callee, scope, hops + 1) : undefined;
        return path === undefined ? undefined : `${path}()`;
      }
      case "attribute": {
        const object = node.childForFieldName("object");
        const attribute = node.childForFieldName("attribute")?.text;
        if (!object || !attribute) return undefined;
        if (object.type === "identifier" && object.text === "self") return this.selfAttribute(node, attribute, hops);
        const imported = this.evaluator.qualified(node, scope);
        if (imported !== undefined) return imported;
        const base = this.of(object, scope, hops + 1);
        return base === undefined ? undefined : `${base}.${attribute}`;
      }
      case "identifier":
        return this.evaluator.qualified(node, scope) ?? this.boundName(node.text, node.startIndex, scope, hops);
      default:
        return undefined;
    }
  }

  /** What a local name is bound to: its only binding in the nearest scope that binds it, or a parameter's annotation. */
  private boundName(name: string, position: number, scope: Scope, hops: number): string | undefined {
    for (let fn: Node | null = scope.fn; ; fn = this.module.enclosingFunction(fn)) {
      const owner = fn ?? this.module.root;
      const bindings = this.module.bindings(owner, name);
      // In the call's own scope, the bindings before it; in an enclosing one, all of them.
      if (!inSourceOrder(bindings)) {
        const before = fn === scope.fn ? bindings.filter((binding) => binding.start < position) : bindings;
        if (before.length > 0) return this.pathOfAll(before, fn, hops);
      } else {
        const count = fn === scope.fn ? countBefore(bindings, position) : bindings.length;
        if (count > 0) {
          const path = this.commonPath(owner, fn, name, bindings, count, hops);
          return path === MIXED ? undefined : path;
        }
      }
      const annotation = fn ? parameterAnnotation(fn, name) : undefined;
      if (annotation) return this.annotated(annotation, { module: this.module, fn: this.module.enclosingFunction(fn as Node) });
      if (!fn) return undefined;
    }
  }

  /** The path all of `bindings` lead to, when it is one. */
  private pathOfAll(bindings: readonly Binding[], fn: Node | null, hops: number): string | undefined {
    const paths = new Set(bindings.map((binding) => (binding.kind === "assign" || binding.kind === "with" ? this.of(binding.value, { module: this.module, fn }, hops + 1) : undefined)));
    const [only] = paths;
    return paths.size === 1 ? only : undefined;
  }

  /** The path all of the first `count` bindings lead to, MIXED when they differ. */
  private commonPath(owner: Node, fn: Node | null, name: string, bindings: readonly Binding[], count: number, hops: number): PathOrMixed {
    const key = `${owner.id}\u0000${name}\u0000${hops}`;
    let prefix = this.prefixes.get(key);
    if (!prefix) this.prefixes.set(key, (prefix = []));
    while (prefix.length < count) {
      const binding = bindings[prefix.length] as Binding;
      const path = binding.kind === "assign" || binding.kind === "with" ? this.of(binding.value, { module: this.module, fn }, hops + 1) : undefined;
      const previous = prefix.length === 0 ? path : prefix[prefix.length - 1];
      prefix.push(previous === path ? path : MIXED);
    }
    return prefix[count - 1];
  }

  /** A parameter annotated with a class (`client: docker.DockerClient`) holds an instance of it. */
  private annotated(annotation: Node, scope: Scope): string | undefined {
    const type = this.evaluator.qualified(annotation, scope);
    return type === undefined ? undefined : `${type}()`;
  }

  /** `self.client`: what the enclosing class assigns to it (`self.client = docker.from_env()`), when that is one thing. */
  private selfAttribute(node: Node, attribute: string, hops: number): string | undefined {
    let owner: Node | null = node.parent;
    while (owner && owner.type !== "class_definition") owner = owner.parent;
    if (!owner) return undefined;
    const key = `${owner.id}\u0000${attribute}\u0000${hops}`;
    if (!this.selfPaths.has(key)) this.selfPaths.set(key, this.assignedToSelf(owner, attribute, hops));
    return this.selfPaths.get(key);
  }

  private assignedToSelf(owner: Node, attribute: string, hops: number): string | undefined {
    const assigned = owner
      .descendantsOfType("assignment")
      .flatMap((assignment) => {
        const left = assignment?.childForFieldName("left");
        const right = assignment?.childForFieldName("right");
        const isSelf = left?.type === "attribute" && left.childForFieldName("object")?.text === "self" && left.childForFieldName("attribute")?.text === attribute;
        return isSelf && right ? [right] : [];
      });
    const paths = new Set(assigned.map((right) => this.of(right, this.evaluator.scopeOf(this.module, right), hops + 1)));
    const [only] = paths;
    return paths.size === 1 ? only : undefined;
  }
}

function parameterAnnotation(fn: Node, name: string): Node | undefined {
  for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter?.type !== "typed_parameter" && parameter?.type !== "typed_default_parameter") continue;
    const declared = parameter.type === "typed_parameter" ? parameter.namedChild(0) : parameter.childForFieldName("name");
    if (declared?.type === "identifier" && declared.text === name) return parameter.childForFieldName("type")?.namedChild(0) ?? undefined;
  }
  return undefined;
}

function argumentValues(call: Node, scope: Scope, evaluator: Evaluator, module: PyModule): Pick<LibraryCall, "positional" | "keywords"> {
  const loc = module.locations.of(call.childForFieldName("arguments") ?? call);
  const elements: RValue[] = [];
  const entries: ObjectEntry[] = [];
  let positionalOpen = false;
  let keywordsOpen = false;
  const set = (entry: ObjectEntry): void => {
    const at = entries.findIndex((existing) => existing.key === entry.key);
    if (at >= 0) entries.splice(at, 1);
    entries.push(entry);
  };
  for (const argument of callArguments(call)) {
    switch (argument.kind) {
      case "positional":
        elements.push(evaluator.evaluate(argument.value, scope));
        break;
      case "keyword":
        set({ key: argument.name.text, keyLoc: module.locations.of(argument.name), value: evaluator.evaluate(argument.value, scope) });
        break;
      case "list-splat": {
        const spread = evaluator.evaluate(argument.value, scope);
        if (spread.kind === "array") elements.push(...spread.elements);
        positionalOpen ||= spread.kind !== "array" || spread.open;
        break;
      }
      case "dict-splat": {
        const spread = evaluator.evaluate(argument.value, scope);
        if (spread.kind === "object") spread.entries.forEach(set);
        keywordsOpen ||= spread.kind !== "object" || spread.open;
        break;
      }
    }
  }
  return { positional: { kind: "array", elements, open: positionalOpen, loc }, keywords: { kind: "object", entries, open: keywordsOpen, loc } };
}
