/**
 * Resolves Python expressions to values without running them: names through the
 * assignments of their scope, imports of other project modules, calls of project
 * functions and dataclasses, dict/`**kwargs` merging, string building, and the library
 * calls whose results carry a provenance (environment, secrets, files, network, stdin).
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import { BUDGET, type AnalysisBudget } from "../budget.js";
import { fingerprint, Memo } from "../memo.js";
import { alternatives, joinWhen, knownString, type Branch, type ObjectEntry, type RValue, type TextPart } from "../../model/value.js";
import { callArguments, type Argument } from "./arguments.js";
import { classOfMethod, defaultFactory, fieldDefault, hasConstructorFields, inPlaceChanges, isEnumClass, isProperty, methodsOf, receiverName, receiverOf, superclassesOf, takesReceiver, type InPlaceChange } from "./classes.js";
import { caseLiterals, caseWhen, conditionWhen, isCatchAllCase, short } from "./conditions.js";
import { bindLoopTarget, enclosingLoops, guardsOf, skipsItems } from "./loops.js";
import { matchCases, type Binding, type ModuleLoader, type Mutation, type PyModule } from "./module.js";
import { isPackageResourceRead, isProgramAssetPath } from "./program-assets.js";
import { insertedParts, readKeyName } from "./secret-reads.js";
import { DISTINCTIVE_SDK_NAMES, SDK_CONSTRUCTORS, SDK_DATA_TYPES, SDK_PACKAGES, sdkSymbolOf, unboundSdkName } from "./sdk-names.js";
import { attributeProvenance, callProvenance, handlerParameterProvenance, isWebRequestClass } from "./sources.js";
import { thirdPartyOutput, thirdPartyTextIn } from "../../model/third-party.js";
import { bindingsInEffectAt } from "./binding-order.js";
import { invocationOf } from "./cli-invocations.js";
import { bracePieces, decodeEscapes, percentPieces, stringPrefix, type FormatPiece } from "./strings.js";
import {
  combine,
  derived,
  environmentVariable,
  homeDirectory,
  mapAlternatives,
  oneOf,
  partsOf,
  processEnvironment,
  textValue,
  truthiness,
  unknownValue,
  writtenExpression,
  type ConcreteValue,
  type InsertionSite,
} from "./values.js";

export interface Scope {
  readonly module: PyModule;
  /** The enclosing function_definition; null at module level. */
  readonly fn: Node | null;
  /** Parameter values bound by a call being followed into the function. */
  readonly args?: ReadonlyMap<string, RValue>;
  /** The caller's source text of each argument bound to a parameter the function never rebinds. */
  readonly argumentTexts?: ReadonlyMap<string, string>;
  /**
   * What the receiver (`self`) of `fn` was constructed with, when following one use of its
   * class (see adapters.ts): values by constructor parameter or, for a dataclass, field name.
   */
  readonly constructed?: Construction;
}

/** The arguments one construction of a class gave: to the `__init__` of `init`, or to its fields. */
export interface Construction {
  /** The `__init__` these arguments bind; none for a class whose fields are its parameters. */
  readonly init: Node | undefined;
  readonly values: ReadonlyMap<string, RValue>;
}

/** A project function or class a call names. */
export type CallTarget = { readonly kind: "def" | "class"; readonly node: Node; readonly module: PyModule };

type Target =
  | { readonly kind: "value"; readonly value: RValue }
  | { readonly kind: "module"; readonly module: PyModule }
  | { readonly kind: "external"; readonly qualified: string }
  | { readonly kind: "def"; readonly node: Node; readonly module: PyModule }
  | { readonly kind: "class"; readonly node: Node; readonly module: PyModule }
  /** The receiver of a method (`self`), read in `method` of `classNode`. */
  | { readonly kind: "instance"; readonly name: string; readonly classNode: Node; readonly module: PyModule; readonly method: Node; readonly constructed?: Construction }
  /** `functools.partial(f, ...)`: calls of it are calls of `f` with these arguments first. */
  | { readonly kind: "partial"; readonly call: Node; readonly scope: Scope };

type ObjectValue = Extract<RValue, { kind: "object" }>;

/** How many base classes up an instance attribute is looked for. */
const MAX_CLASS_DEPTH = 4;
const MAX_COMPREHENSION_ITEMS = 200;
const PATH_IDENTITY = new Set(["os.path.realpath", "os.path.abspath", "os.path.normpath", "os.fspath", "pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "str"]);

export function sdkObjectKey(loc: Location): string {
  return `${loc.file}:${loc.start}`;
}

/** What the evaluator learns once about a function definition. */
interface FunctionFacts {
  readonly generator: boolean;
  /** The function's own `return` statements (not those of nested functions), in source order. */
  readonly returns: readonly Node[];
  /** Every name the body assigns, loops over or binds with `:=`. */
  readonly rebound: ReadonlySet<string>;
}

export class Evaluator {
  /** Objects built by SDK constructors, by `sdkObjectKey` of their location. */
  private readonly sdkObjects = new Map<string, "options" | "definition">();
  private readonly sdkImports = new Map<string, string | undefined>();
  /** Values of nodes in frames and results of calls, remembered for the file (see memo.ts). */
  private readonly memo = new Memo();
  private readonly frameKeys = new WeakMap<Scope, string>();
  /** Module-level names being resolved through imports, to stop at an import cycle. */
  private readonly membersResolving = new Set<string>();
  private readonly functionFacts = new Map<string, FunctionFacts>();
  private readonly classChanges = new Map<string, Map<string, InPlaceChange>>();
  /** Expressions being evaluated inside one another, and project calls being followed. */
  private depth = 0;
  private calls = 0;

  constructor(
    private readonly loader: ModuleLoader,
    private readonly budget: AnalysisBudget,
  ) {}

  /** True once the file's budget is spent: every query gives unknown, so scans over candidates can stop. */
  get exhausted(): boolean {
    return this.budget.spent;
  }

  scopeOf(module: PyModule, node: Node): Scope {
    return { module, fn: module.enclosingFunction(node) };
  }

  /** The value of `node` evaluated in `scope`. */
  evaluate(node: Node, scope: Scope): RValue {
    return this.budget.query(
      () => this.memo.value(`${node.id}|${this.frameKey(scope)}`, () => this.evaluateFresh(node, scope), () => unknownValue("a recursive definition", scope.module.locations.of(node))),
      (reason) => unknownValue(reason, scope.module.locations.of(node)),
    );
  }

  private evaluateFresh(node: Node, scope: Scope): RValue {
    this.budget.step();
    const loc = scope.module.locations.of(node);
    if (this.depth >= BUDGET.nesting) {
      this.budget.cut("nesting");
      this.memo.dependOnContext();
      return unknownValue(this.budget.reason("nesting"), loc);
    }
    this.depth++;
    try {
      return this.budget.boundAlternatives(this.evaluateNode(node, scope, loc), loc);
    } finally {
      this.depth--;
    }
  }

  /**
   * What a value computed in `scope` depends on besides its node: the module, the function,
   * and the content of the values and argument texts the frame binds.
   */
  private frameKey(scope: Scope): string {
    let key = this.frameKeys.get(scope);
    if (key === undefined) {
      const args = scope.args ? [...scope.args].map(([name, value]) => `${name}=${fingerprint(value)}`).join(";") : "";
      const texts = scope.argumentTexts ? [...scope.argumentTexts].map(([name, text]) => `${name}=${JSON.stringify(text)}`).join(";") : "";
      const constructed = scope.constructed ? `${scope.constructed.init?.id ?? "fields"}:${[...scope.constructed.values].map(([name, value]) => `${name}=${fingerprint(value)}`).join(";")}` : "";
      key = this.memo.frameName(`${scope.module.path}|${scope.fn ? scope.fn.id : "module"}|${args}|${texts}|${constructed}`);
      this.frameKeys.set(scope, key);
    }
    return key;
  }

  private evaluateNode(node: Node, scope: Scope, loc: Location): RValue {
    switch (node.type) {
      case "string":
        return this.stringLiteral(node, scope, loc);
      case "concatenated_string":
        return this.concatenate(node.namedChildren.filter((n): n is Node => n !== null).map((n) => ({ node: n, value: this.evaluate(n, scope) })), loc, scope.module);
      case "integer":
      case "float": {
        const value = Number(node.text.replace(/_/g, "").replace(/[jJ]$/, ""));
        return Number.isNaN(value) ? unknownValue("a number", loc) : { kind: "number", value, loc };
      }
      case "true":
      case "false":
        return { kind: "boolean", value: node.type === "true", loc };
      case "none":
        return { kind: "null", loc };
      case "list":
      case "tuple":
      case "set":
      case "expression_list":
        return this.sequence(node, scope, loc);
      case "dictionary":
        return this.dictionary(node, scope, loc);
      case "parenthesized_expression": {
        const inner = node.namedChild(0);
        return inner ? this.evaluate(inner, scope) : unknownValue("an expression", loc);
      }
      case "await": {
        const inner = node.namedChild(0);
        return inner ? this.evaluate(inner, scope) : unknownValue("an expression", loc);
      }
      case "identifier":
      case "attribute":
        return this.targetValue(this.target(node, scope), loc);
      case "subscript":
        return this.subscript(node, scope, loc);
      case "call":
        return this.call(node, scope, loc);
      case "binary_operator":
        return this.binary(node, scope, loc);
      case "conditional_expression":
        return this.conditional(node, scope, loc);
      case "boolean_operator":
        return this.booleanOperator(node, scope, loc);
      case "not_operator": {
        const argument = node.childForFieldName("argument");
        if (!argument) return unknownValue("a condition", loc);
        return mapAlternatives(this.evaluate(argument, scope), loc, (value) => {
          const truth = truthiness(value);
          return truth === undefined ? unknownValue("a condition", loc) : { kind: "boolean", value: !truth, loc };
        });
      }
      case "lambda":
        return { kind: "function", loc };
      case "comparison_operator":
        return this.comparison(node, scope, loc);
      case "dictionary_comprehension": {
        const filtered = this.dictionaryFilter(node, scope, loc);
        return filtered.kind === "unknown" ? this.comprehension(node, scope, loc) : filtered;
      }
      case "list_comprehension":
      case "set_comprehension":
      case "generator_expression":
        return this.comprehension(node, scope, loc);
      default:
        return unknownValue(`a ${node.type.replace(/_/g, " ")}`, loc);
    }
  }

  // ── literals ────────────────────────────────────────────────────────────────

  private stringLiteral(node: Node, scope: Scope, loc: Location): RValue {
    const prefix = stringPrefix(node.namedChildren.find((c) => c?.type === "string_start")?.text ?? "");
    const pieces: Array<{ node: Node; value: RValue }> = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "string_content") {
        let text = prefix.raw ? child.text : decodeEscapes(child.text);
        if (prefix.formatted) text = text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
        pieces.push({ node: child, value: { kind: "string", value: text, loc: scope.module.locations.of(child) } });
      } else if (child.type === "escape_interpolation") {
        pieces.push({ node: child, value: { kind: "string", value: child.text.slice(0, 1), loc: scope.module.locations.of(child) } });
      } else if (child.type === "interpolation") {
        const expression = child.childForFieldName("expression") ?? child.namedChild(0);
        if (expression) pieces.push({ node: expression, value: this.evaluate(expression, scope) });
      }
    }
    if (pieces.length === 0) return { kind: "string", value: "", loc };
    const value = this.concatenate(pieces, loc, scope.module);
    return value.kind === "string" ? { ...value, loc } : value;
  }

  private concatenate(pieces: ReadonlyArray<{ node: Node; value: RValue }>, loc: Location, module: PyModule): RValue {
    return combine(
      pieces.map((p) => p.value),
      loc,
      (values) => textValue(values.flatMap((value, i) => insertedParts(value, siteOf(pieces[i]?.node as Node, module), readKeyName(pieces[i]?.node))), loc),
    );
  }

  private sequence(node: Node, scope: Scope, loc: Location): RValue {
    const elements: RValue[] = [];
    let open = false;
    for (const child of node.namedChildren) {
      if (!child || child.type === "comment") continue;
      if (child.type === "list_splat") {
        const inner = child.namedChild(0);
        const spread = inner ? this.evaluate(inner, scope) : undefined;
        if (spread?.kind === "array") {
          elements.push(...spread.elements);
          open ||= spread.open;
        } else open = true;
        continue;
      }
      elements.push(this.evaluate(child, scope));
    }
    return { kind: "array", elements, open, loc };
  }

  private dictionary(node: Node, scope: Scope, loc: Location): RValue {
    const builder = new ObjectBuilder(loc);
    for (const child of node.namedChildren) {
      if (!child || child.type === "comment") continue;
      if (child.type === "pair") {
        const keyNode = child.childForFieldName("key");
        const valueNode = child.childForFieldName("value");
        if (!keyNode || !valueNode) continue;
        const key = this.evaluate(keyNode, scope);
        if (key.kind === "string") builder.set({ key: key.value, keyLoc: scope.module.locations.of(keyNode), value: this.evaluate(valueNode, scope), written: writtenExpression(valueNode, scope.module.locations) });
        else builder.markOpen();
      } else if (child.type === "dictionary_splat") {
        const inner = child.namedChild(0);
        builder.spread(inner ? this.evaluate(inner, scope) : unknownValue("a spread", loc));
      }
    }
    return builder.build();
  }

  // ── names ───────────────────────────────────────────────────────────────────

  /** What an identifier or dotted attribute refers to. */
  target(node: Node, scope: Scope): Target {
    if (node.type === "identifier") return this.lookup(node.text, scope, node.startIndex);
    if (node.type === "attribute") {
      const objectNode = node.childForFieldName("object");
      const attribute = node.childForFieldName("attribute")?.text;
      const loc = scope.module.locations.of(node);
      if (!objectNode || !attribute) return { kind: "value", value: unknownValue("an attribute", loc) };
      const member = (attribute === "value" || attribute === "name") && objectNode.type === "attribute" ? this.enumMember(objectNode, scope) : undefined;
      if (member) return { kind: "value", value: attribute === "value" ? member.value : { kind: "string", value: member.name, loc } };
      if (objectNode.type !== "identifier" && objectNode.type !== "attribute") {
        return { kind: "value", value: this.attributeOf(this.evaluate(objectNode, scope), attribute, loc) };
      }
      const base = this.target(objectNode, scope);
      switch (base.kind) {
        case "external":
          return { kind: "external", qualified: `${base.qualified}.${attribute}` };
        case "module":
          return this.moduleMember(base.module, attribute);
        case "value": {
          const sdkPackage = base.value.kind === "unknown" && DISTINCTIVE_SDK_NAMES.has(attribute) ? this.sdkPackageImportedBy(scope.module) : undefined;
          if (sdkPackage) return { kind: "external", qualified: `${sdkPackage}.${attribute}` };
          return { kind: "value", value: this.attributeOf(base.value, attribute, loc) };
        }
        case "class":
          return { kind: "value", value: this.classAttribute(base.node, base.module, attribute, loc) };
        case "instance":
          return this.instanceMember(base, attribute, node.startIndex, loc);
        case "def":
        case "partial":
          return { kind: "value", value: unknownValue(`the attribute ${attribute}`, loc) };
      }
    }
    return { kind: "value", value: this.evaluate(node, scope) };
  }

  /**
   * `Role.ADMIN` of an enumeration, read as its member: its name and value (`Role.ADMIN` itself
   * evaluates to the value, so that dicts keyed by members and by values read alike).
   */
  private enumMember(node: Node, scope: Scope): { name: string; value: RValue } | undefined {
    const owner = node.childForFieldName("object");
    const name = node.childForFieldName("attribute")?.text;
    if (!owner || !name || (owner.type !== "identifier" && owner.type !== "attribute")) return undefined;
    const target = this.target(owner, scope);
    if (target.kind !== "class" || !isEnumClass(target.node)) return undefined;
    return { name, value: this.classAttribute(target.node, target.module, name, scope.module.locations.of(node)) };
  }

  /**
   * The SDK package a module imports in any scope: `import claude_agent_sdk` inside a function
   * counts, and so does a lazy `importlib.import_module("claude_agent_sdk")`.
   */
  private sdkPackageImportedBy(module: PyModule): string | undefined {
    if (!this.sdkImports.has(module.path)) {
      const imports = module.root.descendantsOfType(["import_statement", "import_from_statement"]);
      const names = imports.flatMap((statement) => (statement ? statement.descendantsOfType("dotted_name") : []));
      const imported = names.map((name) => name?.text ?? "");
      const loaded = module.root.descendantsOfType("call").flatMap((call) => (call ? dynamicImportOf(call) : []));
      const found = [...imported, ...loaded].map((name) => name.split(".")[0] ?? "").find((top) => SDK_PACKAGES.has(top));
      this.sdkImports.set(module.path, found);
    }
    return this.sdkImports.get(module.path);
  }

  /** The qualified name of an imported or built-in callable (`os.environ.get`), when it is one. */
  qualified(node: Node, scope: Scope): string | undefined {
    if (node.type !== "identifier" && node.type !== "attribute") return undefined;
    return this.budget.query(
      () => {
        const target = this.target(node, scope);
        return target.kind === "external" ? target.qualified : undefined;
      },
      () => undefined,
    );
  }

  private lookup(name: string, scope: Scope, position: number): Target {
    const bound = scope.args?.get(name);
    if (bound) return { kind: "value", value: bound };
    for (let fn = scope.fn; fn; fn = enclosingFunction(fn)) {
      const local = fn === scope.fn ? scope : { module: scope.module, fn };
      const all = scope.module.bindings(fn, name);
      const bindings = fn === scope.fn ? bindingsInEffectAt(all, position) : all;
      if (bindings.length > 0) return this.fromBindings(bindings, name, local, position);
      const parameter = parameterNamed(fn, name);
      if (parameter) return this.receiverTarget(fn, name, scope.module, fn === scope.fn ? scope.constructed : undefined) ?? { kind: "value", value: this.parameterValue(parameter, name, scope.module) };
    }
    const atModuleLevel = scope.fn === null;
    const all = scope.module.bindings(scope.module.root, name);
    const bindings = atModuleLevel ? bindingsInEffectAt(all, position) : all;
    if (bindings.length > 0) return this.fromBindings(bindings, name, { module: scope.module, fn: null }, atModuleLevel ? position : scope.module.text.length);
    return { kind: "external", qualified: unboundSdkName(scope.module, name) ?? name };
  }

  private fromBindings(bindings: readonly Binding[], name: string, scope: Scope, position: number): Target {
    let base = -1;
    bindings.forEach((b, i) => {
      if (b.kind !== "assign" || !b.place) base = i;
    });
    const last = bindings[bindings.length - 1] as Binding;
    const conditional = bindings.slice(base + 1);
    if (conditional.length === 0) return this.bindingTarget(last, name, scope, position);
    const branches: Branch[] = [];
    const seenBranches = new Set<string>();
    for (const binding of [...conditional].reverse()) {
      if (binding.kind !== "assign" || !binding.place) continue;
      const id = `${binding.place.ifId}:${binding.place.branch}`;
      if (seenBranches.has(id)) continue;
      seenBranches.add(id);
      branches.unshift({ value: this.bindingValue(binding, name, scope, position), when: binding.place.when });
    }
    const first = conditional[0];
    const covered = first?.kind === "assign" && first.place?.exhaustive && countBranches(conditional, first.place.ifId) === seenBranches.size;
    const previous = bindings[base];
    if (!covered && previous) branches.push({ value: this.bindingValue(previous, name, scope, position), when: "otherwise" });
    const loc = scope.module.locations.range(last.start, last.start);
    return { kind: "value", value: oneOf(branches, branches[0]?.value.loc ?? loc) };
  }

  private bindingValue(binding: Binding, name: string, scope: Scope, position: number): RValue {
    const target = this.bindingTarget(binding, name, scope, position);
    const loc = scope.module.locations.range(binding.start, binding.start);
    return target.kind === "value" ? target.value : this.targetValue(target, loc);
  }

  private bindingTarget(binding: Binding, name: string, scope: Scope, position: number): Target {
    const module = scope.module;
    const loc = module.locations.range(binding.start, binding.start);
    switch (binding.kind) {
      case "assign":
        if (binding.value.type === "call" && this.qualified(binding.value.childForFieldName("function") as Node, scope) === "functools.partial") return { kind: "partial", call: binding.value, scope };
        return { kind: "value", value: this.withMutations(this.evaluate(binding.value, scope), name, scope, binding.start, position) };
      case "augment": {
        const previous = this.lookup(name, scope.fn ? scope : { module, fn: null }, binding.start);
        const before = previous.kind === "value" ? previous.value : unknownValue("a value", loc);
        const augmented = (previousValue: RValue, iteration: Scope): RValue => {
          const added = this.evaluate(binding.value, iteration);
          if (binding.operator === "+=") return this.add(previousValue, added, loc, module, binding.value, name);
          if (binding.operator === "|=") return this.union(previousValue, added, loc);
          return unknownValue("an updated value", loc);
        };
        const inLoop = enclosingLoops(binding.value, scope.fn ?? module.root).length > 0;
        const value = inLoop ? this.repeated(before, binding.value, scope, augmented) : augmented(before, scope);
        return { kind: "value", value: this.withMutations(value, name, scope, binding.start, position) };
      }
      case "with":
        return { kind: "value", value: this.evaluate(binding.value, scope) };
      case "opaque":
        return { kind: "value", value: binding.iterable ? this.elementOf(this.evaluate(binding.iterable, scope), binding.reason, loc) : unknownValue(binding.reason, loc) };
      case "def":
        return { kind: "def", node: binding.node, module };
      case "class":
        return { kind: "class", node: binding.node, module };
      case "import-module": {
        const project = this.loader.resolve(module, binding.module, binding.level);
        return project ? { kind: "module", module: project } : { kind: "external", qualified: binding.module };
      }
      case "import-name": {
        const project = this.loader.resolve(module, binding.module, binding.level);
        if (project) {
          // `from . import sub` in a package's own `__init__.py` names its submodule, not itself.
          const selfImport = project.absolutePath === module.absolutePath;
          if (!selfImport && project.bindings(project.root, binding.imported).length > 0) return this.moduleMember(project, binding.imported);
          const submodule = this.loader.resolve(project, binding.imported, 1);
          if (submodule && /__init__\.py$/.test(project.absolutePath)) return { kind: "module", module: submodule };
          return this.moduleMember(project, binding.imported);
        }
        if (binding.level === 0) return { kind: "external", qualified: `${binding.module}.${binding.imported}` };
        const submodule = this.loader.resolve(module, binding.imported, binding.level);
        return submodule ? { kind: "module", module: submodule } : { kind: "value", value: unknownValue(`${binding.imported}, imported from a module that was not found`, loc) };
      }
    }
  }

  private moduleMember(module: PyModule, name: string): Target {
    const bindings = module.bindings(module.root, name);
    if (bindings.length === 0) return { kind: "value", value: unknownValue(`${name}, not found in ${module.path}`, module.locations.range(0, 0)) };
    // `from a import X` in b and `from b import X` in a (or a package re-exporting a name from
    // itself): Python would fail to import it; here the name is unknown instead of endless.
    const key = `${module.absolutePath}#${name}`;
    if (this.membersResolving.has(key)) return { kind: "value", value: unknownValue(`${name}, imported in a cycle`, module.locations.range(0, 0)) };
    this.membersResolving.add(key);
    try {
      return this.fromBindings(bindings, name, { module, fn: null }, module.text.length);
    } finally {
      this.membersResolving.delete(key);
    }
  }

  private parameterValue(parameter: Node, name: string, module: PyModule): RValue {
    const loc = module.locations.of(parameter);
    if (parameter.type === "dictionary_splat_pattern") return { kind: "object", entries: [], open: true, loc };
    if (parameter.type === "list_splat_pattern") return { kind: "array", elements: [], open: true, loc };
    const given = this.callerValue(parameter, name, module, loc);
    return this.annotatedFields(parameter, name, module, given) ?? given;
  }

  /** What a caller gives a parameter, as far as the function knows: a request, a framework's handler object, or anything. */
  private callerValue(parameter: Node, name: string, module: PyModule, loc: Location): RValue {
    if (this.isRequestParameter(parameter, module)) return unknownValue(`the request parameter ${name}`, loc, { kind: "request-body", api: name });
    // A framework passes a handler its own objects: a Slack event, a Telegram update.
    const handled = handlerParameterProvenance(parameter, name, {
      valueOf: (node, around) => this.evaluate(node, { module, fn: enclosingFunction(around) }),
      qualified: (node) => this.qualified(node, { module, fn: null }),
    });
    if (handled) return unknownValue(`the parameter ${name}`, loc, handled);
    return unknownValue(`the parameter ${name}`, loc, { kind: "parameter", name });
  }

  /**
   * A parameter annotated with a dataclass or pydantic model of the project (`req: AgentRequest`):
   * each field is what the caller gave, or its default when the caller left it out.
   */
  private annotatedFields(parameter: Node, name: string, module: PyModule, given: RValue): RValue | undefined {
    const annotation = parameter.childForFieldName("type")?.namedChild(0);
    if (!annotation || (annotation.type !== "identifier" && annotation.type !== "attribute")) return undefined;
    const target = this.target(annotation, { module, fn: null });
    if (target.kind !== "class" || !hasConstructorFields(target.node)) return undefined;
    const loc = module.locations.of(parameter);
    const entries: ObjectEntry[] = [];
    for (const field of classFields(target.node)) {
      const fieldLoc = target.module.locations.of(field.nameNode);
      const subject = `${name}.${field.name}`;
      const caller = derived(given, subject, loc, field.name);
      // A `None` default only says the caller may leave the field out: what it means is the caller's to decide.
      const fallback = this.fieldDefaultValue(field.fallback, target.module);
      entries.push({ key: field.name, keyLoc: fieldLoc, value: fallback && fallback.kind !== "null" ? givenOrDefault(caller, subject, fallback, loc) : caller });
    }
    return { kind: "object", entries, open: false, loc };
  }

  /**
   * A web framework's request object (`request: Request` with `Request` imported from fastapi) or a
   * pydantic body of a route. A project class that happens to be named `Request` is neither.
   */
  private isRequestParameter(parameter: Node, module: PyModule): boolean {
    const annotation = parameter.childForFieldName("type")?.namedChild(0);
    const qualified = annotation ? this.qualified(annotation, { module, fn: null }) : undefined;
    return (qualified !== undefined && isWebRequestClass(qualified)) || isRouteBody(parameter, module);
  }

  private targetValue(target: Target, loc: Location): RValue {
    switch (target.kind) {
      case "value":
        return target.value;
      case "def":
      case "class":
      case "partial":
        return { kind: "function", loc };
      case "module":
        return unknownValue(`the module ${target.module.path}`, loc);
      case "external":
        return this.externalValue(target.qualified, loc);
      case "instance":
        return unknownValue(`the parameter ${target.name}`, loc, { kind: "parameter", name: target.name });
    }
  }

  private externalValue(qualified: string, loc: Location): RValue {
    if (qualified === "os.environ") return processEnvironment(loc);
    if (qualified === "os.sep" || qualified === "os.path.sep") return { kind: "string", value: "/", loc };
    const provenance = attributeProvenance(qualified);
    if (provenance) return unknownValue(qualified, loc, provenance);
    return unknownValue(qualified, loc);
  }

  /** `self` in a method, `cls` in a classmethod. */
  private receiverTarget(fn: Node, name: string, module: PyModule, constructed: Construction | undefined): Target | undefined {
    const receiver = receiverOf(fn, name);
    const classNode = receiver ? classOfMethod(fn) : undefined;
    if (!classNode) return undefined;
    if (receiver === "class") return { kind: "class", node: classNode, module };
    return { kind: "instance", name, classNode, module, method: fn, ...(constructed ? { constructed } : {}) };
  }

  /** `self.name` read at `position`: a method (called later), a property's result, or an attribute's value. */
  private instanceMember(receiver: Extract<Target, { kind: "instance" }>, attribute: string, position: number, loc: Location): Target {
    const method = methodsOf(receiver.classNode).get(attribute);
    if (method && isProperty(method)) return { kind: "value", value: this.functionResult(method, receiver.module, [], { module: receiver.module, fn: receiver.method }, loc) };
    if (method) return { kind: "def", node: method, module: receiver.module };
    return { kind: "value", value: this.instanceAttribute(receiver.classNode, receiver.module, attribute, receiver.method, position, loc, receiver.constructed) };
  }

  /**
   * An instance attribute: what the method reading it assigned before, else what `__init__`
   * assigned (its parameter defaults being one outcome), the class-level default, or a base
   * class's. Assignments in other methods are further outcomes (`after connect()`).
   */
  private instanceAttribute(classNode: Node, module: PyModule, attribute: string, reader: Node, position: number, loc: Location, constructed?: Construction): RValue {
    const methods = methodsOf(classNode);
    const initScope = (fn: Node, fnModule: PyModule): Scope => {
      if (constructed?.init?.id === fn.id) return { module: fnModule, fn, args: constructed.values };
      return { module: fnModule, fn, args: this.constructorDefaults(fn, fnModule) };
    };
    const assignments = (fn: Node, before: number, start: RValue | undefined, fnModule = module): RValue | undefined => {
      const self = receiverName(fn);
      if (!self || receiverOf(fn, self) !== "instance") return start;
      const scope: Scope = fn.childForFieldName("name")?.text === "__init__" ? initScope(fn, fnModule) : { module: fnModule, fn };
      let value = start;
      for (const mutation of fnModule.mutations(fn, self)) {
        if (mutation.kind !== "set" || mutation.key.parent?.type !== "attribute" || mutation.key.text !== attribute || mutation.node.endIndex > before) continue;
        const assigned = this.evaluate(mutation.value, scope);
        if (!mutation.when) value = assigned;
        else value = oneOf(value ? [{ value: assigned, when: mutation.when }, { value, when: "otherwise" }] : [{ value: assigned, when: mutation.when }], loc);
      }
      return value;
    };
    const initializersOf = (methodsByName: Map<string, Node>): Node[] =>
      ["__init__", "__post_init__"].flatMap((name) => {
        const fn = methodsByName.get(name);
        return fn ? [fn] : [];
      });
    const initializers = initializersOf(methods);
    // What an instance holds once constructed: the class's own default and initializers, else a base class's.
    const initial = (cls: Node, clsModule: PyModule, depth: number): RValue | undefined => {
      let value = this.classLevelAttribute(cls, clsModule, attribute, constructed && !constructed.init && cls.id === classNode.id ? constructed.values : undefined);
      for (const fn of initializersOf(methodsOf(cls))) value = assignments(fn, fn.id === reader.id ? position : Infinity, value, clsModule);
      if (value || depth >= MAX_CLASS_DEPTH) return value;
      for (const base of superclassesOf(cls)) {
        const target = this.target(base, { module: clsModule, fn: null });
        const inherited = target.kind === "class" ? initial(target.node, target.module, depth + 1) : undefined;
        if (inherited) return inherited;
      }
      return undefined;
    };
    let value = initial(classNode, module, 0);
    if (!initializers.some((fn) => fn.id === reader.id)) {
      const later: Branch[] = [];
      for (const [name, fn] of methods) {
        if (fn.id === reader.id || initializers.includes(fn)) continue;
        const assigned = assignments(fn, Infinity, undefined);
        if (assigned) later.push({ value: assigned, when: `after ${name}()` });
      }
      if (later.length > 0) value = oneOf(value ? [{ value, when: "initially" }, ...later] : later, loc);
      if (methods.get(reader.childForFieldName("name")?.text ?? "")?.id === reader.id) value = assignments(reader, position, value);
    }
    return this.afterInPlaceChanges(classNode, module, attribute, value ?? unknownValue(`the attribute ${attribute}`, loc), loc);
  }

  /**
   * A builder's `self.tools = []` that `with_tools()` extends is not known to stay empty: a value
   * that only grows keeps what it holds and is left open; one that may lose or replace items is unknown.
   */
  private afterInPlaceChanges(classNode: Node, module: PyModule, attribute: string, value: RValue, loc: Location): RValue {
    const key = `${module.path}:${classNode.startIndex}`;
    let changes = this.classChanges.get(key);
    if (!changes) {
      changes = inPlaceChanges(classNode);
      this.classChanges.set(key, changes);
    }
    const change = changes.get(attribute);
    if (!change) return value;
    const reason = `the attribute ${attribute}, changed in place by the class's methods`;
    if (change === "changes") return unknownValue(reason, loc);
    return mapAlternatives(value, loc, (target) => (target.kind === "array" || target.kind === "object" ? { ...target, open: true } : target.kind === "unknown" ? target : unknownValue(reason, loc)));
  }

  /** `def __init__(self, mode="plan")`: a parameter with a default is the caller's value or the default. */
  private constructorDefaults(fn: Node, module: PyModule): Map<string, RValue> {
    const bound = new Map<string, RValue>();
    for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
      const name = parameter ? parameterName(parameter) : undefined;
      const fallback = parameter?.childForFieldName("value");
      if (!parameter || !name || !fallback) continue;
      bound.set(name, givenOrDefault(this.parameterValue(parameter, name, module), name, this.evaluate(fallback, { module, fn: null }), module.locations.of(parameter)));
    }
    return bound;
  }

  /**
   * A class-level attribute: a constant of the class body, or a constructor field's value — what
   * a known construction gave it (`fields`), else the caller's value or its default.
   */
  private classLevelAttribute(classNode: Node, module: PyModule, attribute: string, fields?: ReadonlyMap<string, RValue>): RValue | undefined {
    const field = classFields(classNode).find((f) => f.name === attribute);
    const loc = module.locations.of(field?.nameNode ?? classNode);
    if (field && hasConstructorFields(classNode)) {
      const given = fields?.get(attribute);
      if (given) return given;
      const fallback = this.fieldDefaultValue(field.fallback, module);
      if (fields) return fallback ?? unknownValue(`the field ${attribute}`, loc);
      const caller = unknownValue(`the field ${attribute}`, loc, { kind: "parameter", name: attribute });
      return fallback ? givenOrDefault(caller, attribute, fallback, loc) : caller;
    }
    const value = this.classAttribute(classNode, module, attribute, loc);
    return value.kind === "unknown" && value.reason === `the attribute ${attribute}` ? undefined : value;
  }

  /**
   * The value a field declaration defaults to: `= x`, `field(default=x)`, pydantic `Field(x)`,
   * or what its `default_factory` makes (`lambda: [...]`, `list`, `dict`).
   */
  private fieldDefaultValue(fallback: Node | undefined, module: PyModule): RValue | undefined {
    const scope: Scope = { module, fn: null };
    const given = fieldDefault(fallback);
    if (given) return this.evaluate(given, scope);
    const factory = defaultFactory(fallback);
    if (!factory) return undefined;
    const loc = module.locations.of(factory);
    if (factory.type === "lambda") {
      const body = factory.childForFieldName("body");
      return body ? this.evaluate(body, scope) : undefined;
    }
    if (factory.text === "list") return { kind: "array", elements: [], open: false, loc };
    if (factory.text === "dict") return { kind: "object", entries: [], open: false, loc };
    return undefined;
  }

  /** A class attribute (`Roles.ADMIN`): the value assigned in the class body. */
  private classAttribute(classNode: Node, module: PyModule, attribute: string, loc: Location): RValue {
    const field = classFields(classNode).find((f) => f.name === attribute);
    if (field?.fallback) return this.evaluate(field.fallback, { module, fn: null });
    const body = classNode.childForFieldName("body");
    for (const statement of body?.namedChildren ?? []) {
      const assignment = statement?.type === "expression_statement" ? statement.namedChild(0) : null;
      const right = assignment?.type === "assignment" ? assignment.childForFieldName("right") : null;
      if (right && assignment?.childForFieldName("left")?.text === attribute) return this.evaluate(right, { module, fn: null });
    }
    return unknownValue(`the attribute ${attribute}`, loc);
  }

  private attributeOf(object: RValue, attribute: string, loc: Location): RValue {
    return mapAlternatives(object, loc, (value) => {
      if (value.kind === "object" && attribute === "__dict__") return value;
      if (value.kind === "object") {
        const entry = value.entries.find((e) => e.key === attribute);
        if (entry) return entry.value;
        return unknownValue(`the attribute ${attribute}`, loc);
      }
      if (value.kind === "unknown") return derived(value, `the attribute ${attribute}`, loc, attribute);
      return unknownValue(`the attribute ${attribute}`, loc);
    });
  }

  // ── attributes of values, subscripts ─────────────────────────────────────────

  private subscript(node: Node, scope: Scope, loc: Location): RValue {
    const objectNode = node.childForFieldName("value");
    const keyNode = node.childForFieldName("subscript");
    if (!objectNode || !keyNode) return unknownValue("an item", loc);
    if (this.qualified(objectNode, scope) === "os.environ") {
      const key = this.evaluate(keyNode, scope);
      return key.kind === "string" ? environmentVariable(key.value, loc) : processEnvironment(loc);
    }
    const object = this.evaluate(objectNode, scope);
    const key = this.evaluate(keyNode, scope);
    return mapAlternatives(object, loc, (value) => this.item(value, key, keyNode, loc));
  }

  private item(container: ConcreteValue, key: RValue, keyNode: Node, loc: Location): RValue {
    if (container.kind === "unknown") return derived(container, "an item", loc, key.kind === "string" ? key.value : key.kind === "number" ? String(key.value) : undefined);
    if (container.kind === "object") {
      if (key.kind === "string") {
        const entry = container.entries.find((e) => e.key === key.value);
        return entry ? entry.value : unknownValue(`the item ${key.value}`, loc);
      }
      if (key.kind === "unknown" && !container.open && container.entries.length > 0) {
        // A lookup with a key only known at run time: each entry is one alternative.
        return oneOf(container.entries.map((e) => ({ value: e.value, when: `${short(keyNode)} is "${e.key}"` })), loc);
      }
    }
    if (container.kind === "array" && key.kind === "number" && !container.open) {
      const index = key.value < 0 ? container.elements.length + key.value : key.value;
      return container.elements[index] ?? unknownValue("an item", loc);
    }
    return unknownValue("an item", loc);
  }

  // ── calls ───────────────────────────────────────────────────────────────────

  private call(node: Node, scope: Scope, loc: Location): RValue {
    const callee = node.childForFieldName("function");
    if (!callee) return unknownValue("a call", loc);
    const args = callArguments(node);
    const name = callee.type === "identifier" ? callee.text : callee.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
    if (name && /^(sanitize|escape)/i.test(name)) return unknownValue(`the result of ${name}()`, loc, { kind: "sanitized", api: short(callee) });
    const target = callee.type === "identifier" || callee.type === "attribute" ? this.target(callee, scope) : undefined;
    if (target?.kind === "external") {
      const known = this.externalCall(target.qualified, node, args, scope, loc);
      if (known) return known;
    }
    if (target?.kind === "def") return this.functionResult(target.node, target.module, args, scope, loc);
    if (target?.kind === "class") return this.instance(target.node, target.module, args, scope, loc);
    if (target?.kind === "partial") return this.partialCall(target, args, scope, loc);
    if (callee.type === "attribute") return this.methodCall(callee, args, scope, loc, target?.kind === "external" ? target.qualified : undefined);
    return unknownValue("the result of a call", loc);
  }

  private externalCall(qualified: string, node: Node, args: readonly Argument[], scope: Scope, loc: Location): RValue | undefined {
    const symbol = sdkSymbolOf(qualified);
    if (symbol && SDK_CONSTRUCTORS[symbol]) return this.sdkConstruction(symbol, node, args, scope, loc);
    const dataFields = symbol ? SDK_DATA_TYPES[symbol] : undefined;
    if (dataFields) {
      const builder = new ObjectBuilder(loc);
      this.applyArguments(builder, args, dataFields, scope);
      return builder.build();
    }
    const first = args[0]?.kind === "positional" ? args[0].value : undefined;
    const second = args[1]?.kind === "positional" ? args[1].value : undefined;
    switch (qualified) {
      case "os.getenv":
      case "os.environ.get":
        return this.environmentLookup(first, second ?? keywordValue(args, "default"), scope, loc);
      case "os.environ.copy":
        return processEnvironment(loc);
      case "dict":
        return this.dictCall(args, scope, loc);
      case "list":
      case "tuple":
      case "sorted":
        return first ? mapAlternatives(this.evaluate(first, scope), loc, (v) => (v.kind === "array" ? v : unknownValue("a list", loc))) : { kind: "array", elements: [], open: false, loc };
      case "dataclasses.replace":
        return this.replaceCall(args, scope, loc);
      // An instance's fields as a dict.
      case "vars":
      case "dataclasses.asdict":
        return first ? mapAlternatives(this.evaluate(first, scope), loc, (v) => (v.kind === "object" ? v : unknownValue(`the result of ${qualified}()`, loc))) : undefined;
      // A copy is the same configuration: an agent built from it is the original's agent.
      case "copy.copy":
      case "copy.deepcopy":
        return first ? this.evaluate(first, scope) : undefined;
      case "pathlib.Path.home":
        return homeDirectory(loc);
      case "os.path.expanduser":
        return first ? this.expandUser(this.evaluate(first, scope), loc) : undefined;
      case "os.path.join":
        return this.joinPaths(args, scope, loc);
    }
    if (PATH_IDENTITY.has(qualified)) return first ? this.evaluate(first, scope) : undefined;
    const launched = invocationOf(qualified, node, scope, this, loc);
    const output = launched ? thirdPartyOutput(launched) : undefined;
    if (output) return unknownValue(`the output of ${output.api}`, loc, output);
    const provenance = callProvenance(qualified, undefined) ?? attributeProvenance(qualified);
    if (provenance?.kind === "file-read" && first && isProgramAssetPath(first, scope, this)) return unknownValue("a file shipped with the program", loc);
    if (provenance) return unknownValue(`the result of ${qualified}()`, loc, provenance);
    return undefined;
  }

  /**
   * `settings.get("permission_mode", "default")` on a mapping the analysis cannot see: the
   * stored value or, when the key is missing, the default written here. Only a plain key
   * with an explicit default counts, so `client.get("/path", params)` stays unknown.
   */
  private mappingDefault(receiver: RValue, args: readonly Argument[], scope: Scope, loc: Location): RValue | undefined {
    const [keyArgument, defaultArgument] = args;
    if (args.length !== 2 || keyArgument?.kind !== "positional" || defaultArgument?.kind !== "positional") return undefined;
    const key = this.evaluate(keyArgument.value, scope);
    if (key.kind !== "string" || !/^[A-Za-z_][\w-]*$/.test(key.value)) return undefined;
    const stored = derived(receiver, `the item ${key.value}`, loc, key.value);
    return oneOf([{ value: stored, when: `${key.value} is set` }, { value: this.evaluate(defaultArgument.value, scope), when: `${key.value} is unset` }], loc);
  }

  private environmentLookup(nameNode: Node | undefined, defaultNode: Node | undefined, scope: Scope, loc: Location): RValue {
    const name = nameNode ? this.evaluate(nameNode, scope) : undefined;
    if (name?.kind !== "string") return unknownValue("an environment variable", loc, { kind: "env", name: "*" });
    const variable = environmentVariable(name.value, loc);
    const fallback = defaultNode ? this.evaluate(defaultNode, scope) : { kind: "null" as const, loc };
    return oneOf([{ value: variable, when: `${name.value} is set` }, { value: fallback, when: `${name.value} is unset` }], loc);
  }

  private dictCall(args: readonly Argument[], scope: Scope, loc: Location): RValue {
    const only = args.length === 1 && args[0]?.kind === "positional" ? this.evaluate(args[0].value, scope) : undefined;
    // `dict(os.environ)` is the whole environment, represented like `os.environ` itself.
    if (only?.kind === "unknown" && only.provenance?.kind === "env" && only.provenance.name === "*") return only;
    const builder = new ObjectBuilder(loc);
    for (const argument of args) {
      if (argument.kind === "positional" || argument.kind === "dict-splat") builder.spread(this.evaluate(argument.value, scope));
      else if (argument.kind === "keyword") builder.set({ key: argument.name.text, keyLoc: scope.module.locations.of(argument.name), value: this.evaluate(argument.value, scope), written: writtenExpression(argument.value, scope.module.locations) });
      else builder.markOpen();
    }
    return builder.build();
  }

  private replaceCall(args: readonly Argument[], scope: Scope, loc: Location): RValue | undefined {
    const base = args[0]?.kind === "positional" ? this.evaluate(args[0].value, scope) : undefined;
    if (!base) return undefined;
    let kind: "options" | "definition" | undefined;
    const result = mapAlternatives(base, loc, (value) => {
      if (value.kind !== "object") return unknownValue("a replaced dataclass", loc);
      kind ??= this.sdkObjects.get(sdkObjectKey(value.loc));
      const builder = new ObjectBuilder(loc);
      builder.spread(value);
      this.applyArguments(builder, args.slice(1), [], scope);
      return builder.build();
    });
    if (kind) this.registerSdkObjects(result, kind);
    return result;
  }

  private expandUser(path: RValue, loc: Location): RValue {
    return mapAlternatives(path, loc, (value) => {
      if (value.kind !== "string" || !value.value.startsWith("~")) return value;
      if (value.value === "~") return homeDirectory(loc);
      if (!value.value.startsWith("~/")) return value;
      return { kind: "text", parts: [...partsOf(homeDirectory(value.loc) as ConcreteValue, { expression: "~", loc: value.loc }), { kind: "literal", text: value.value.slice(1), loc: value.loc }], loc };
    });
  }

  private joinPaths(args: readonly Argument[], scope: Scope, loc: Location): RValue {
    const pieces = args.flatMap((a) => (a.kind === "positional" ? [{ node: a.value, value: this.evaluate(a.value, scope) }] : []));
    return combine(
      pieces.map((p) => p.value),
      loc,
      (values) => {
        let parts: TextPart[] = [];
        values.forEach((value, i) => {
          const piece = partsOf(value, siteOf(pieces[i]?.node as Node, scope.module));
          const first = piece[0];
          if (first?.kind === "literal" && first.text.startsWith("/")) parts = [];
          const last = parts[parts.length - 1];
          if (parts.length > 0 && !(last?.kind === "literal" && last.text.endsWith("/"))) parts.push({ kind: "literal", text: "/", loc: value.loc });
          parts.push(...piece);
        });
        return textValue(parts, loc);
      },
    );
  }

  private methodCall(callee: Node, args: readonly Argument[], scope: Scope, loc: Location, qualified: string | undefined): RValue {
    const method = callee.childForFieldName("attribute")?.text ?? "";
    const provenance = callProvenance(qualified, method);
    if (provenance?.kind === "file-read" && this.readsProgramAsset(callee, scope, qualified)) return unknownValue("a file shipped with the program", loc);
    if (provenance && (provenance.kind === "secret-manager" || provenance.kind === "sanitized" || provenance.kind === "file-read")) {
      return unknownValue(`the result of ${method}()`, loc, provenance);
    }
    if (qualified) return unknownValue(`the result of ${qualified}()`, loc);
    const objectNode = callee.childForFieldName("object");
    if (!objectNode) return unknownValue("the result of a call", loc);
    const receiver = this.evaluate(objectNode, scope);
    return mapAlternatives(receiver, loc, (value) => namedAfterCall(this.valueMethod(value, method, args, scope, loc), callee));
  }

  /** `(Path(__file__).parent / "system.md").read_text()`, `importlib.resources.read_text(__package__, "x.md")`. */
  private readsProgramAsset(callee: Node, scope: Scope, qualified: string | undefined): boolean {
    if (qualified) return callee.parent !== null && isPackageResourceRead(qualified, callee.parent, scope);
    const receiver = callee.childForFieldName("object");
    return receiver !== null && isProgramAssetPath(receiver, scope, this);
  }

  /** Methods of known values (`str.split`, `.format`, `.join`, `.copy`); results of unknown ones keep provenance. */
  private valueMethod(receiver: ConcreteValue, method: string, args: readonly Argument[], scope: Scope, loc: Location): RValue {
    const first = args[0]?.kind === "positional" ? args[0].value : undefined;
    if (receiver.kind === "unknown") {
      if (receiver.provenance?.kind === "env" && receiver.provenance.name === "*") {
        if (method === "copy") return receiver;
        if (method === "get" && first) return this.environmentLookup(first, args[1]?.kind === "positional" ? args[1].value : undefined, scope, loc);
      }
      const lookup = method === "get" ? this.mappingDefault(receiver, args, scope, loc) : undefined;
      return lookup ?? derived(receiver, `the result of ${method}()`, loc, method);
    }
    // A dataclass or pydantic model as a dict of its fields (`config.model_dump()`, `config.dict()`).
    if (receiver.kind === "object" && (method === "model_dump" || method === "dict") && args.length === 0) return receiver;
    if (receiver.kind === "object" && method === "get" && first) {
      const key = this.evaluate(first, scope);
      const entry = key.kind === "string" ? receiver.entries.find((e) => e.key === key.value) : undefined;
      if (entry) return entry.value;
      const second = args[1]?.kind === "positional" ? args[1].value : undefined;
      if (key.kind === "string" && !receiver.open) return second ? this.evaluate(second, scope) : { kind: "null", loc };
      if (key.kind === "unknown" && !receiver.open && receiver.entries.length > 0) {
        // `ROLES.get(role, DEFAULT)` with a key only known at run time: each entry, or the default.
        const name = short(first);
        // Without a default the missing key gives None; left unknown so that no rule reports on a key callers may never miss.
        const fallback: RValue = second ? this.evaluate(second, scope) : unknownValue("a missing item", loc);
        return oneOf([...receiver.entries.map((e) => ({ value: e.value, when: `${name} is "${e.key}"` })), { value: fallback, when: `${name} is another value` }], loc);
      }
      return unknownValue(`the result of ${method}()`, loc);
    }
    if (receiver.kind === "string") {
      switch (method) {
        case "split": {
          const separator = first ? this.evaluate(first, scope) : undefined;
          if (separator && separator.kind !== "string") return unknownValue("a split string", loc);
          const pieces = separator ? receiver.value.split(separator.value) : receiver.value.trim().split(/\s+/).filter(Boolean);
          return { kind: "array", elements: pieces.map((text) => ({ kind: "string", value: text, loc: receiver.loc })), open: false, loc };
        }
        case "strip":
        case "lower":
        case "upper": {
          const text = method === "strip" ? receiver.value.trim() : method === "lower" ? receiver.value.toLowerCase() : receiver.value.toUpperCase();
          return { kind: "string", value: text, loc: receiver.loc };
        }
        case "format":
          return this.formatWith(receiver, bracePieces(receiver.value), args, scope, loc);
        case "join":
          return first ? this.joinWith(receiver.value, this.evaluate(first, scope), loc) : unknownValue("a joined string", loc);
      }
    }
    if (receiver.kind === "text" && method === "strip") return receiver;
    if ((receiver.kind === "array" || receiver.kind === "object") && method === "copy") return receiver;
    return unknownValue(`the result of ${method}()`, loc);
  }

  /** `sep.join(items)`; items a list may hold beyond the known ones become one unknown part at the end. */
  private joinWith(separator: string, list: RValue, loc: Location): RValue {
    return mapAlternatives(list, loc, (value) => {
      if (value.kind !== "array" || (value.open && value.elements.length === 0)) return derived(value, "a joined string", loc);
      return combine(value.elements, loc, (elements) => {
        const parts: TextPart[] = [];
        elements.forEach((element, i) => {
          if (i > 0) parts.push({ kind: "literal", text: separator, loc });
          parts.push(...partsOf(element, { expression: "an item", loc: element.loc }));
        });
        if (value.open) parts.push({ kind: "hole", provenance: { kind: "unknown" }, expression: "further items", loc });
        return textValue(parts, loc);
      });
    });
  }

  private formatWith(template: Extract<RValue, { kind: "string" }>, pieces: FormatPiece[] | undefined, args: readonly Argument[], scope: Scope, loc: Location): RValue {
    if (!pieces) return unknownValue("a formatted string", loc);
    const positional = args.flatMap((a) => (a.kind === "positional" ? [a.value] : []));
    const keywords = new Map(args.flatMap((a) => (a.kind === "keyword" ? [[a.name.text, a.value] as const] : [])));
    const splat = args.find((a) => a.kind === "dict-splat");
    const splatValue = splat ? this.evaluate(splat.value, scope) : undefined;
    const fields = pieces.map((piece) => {
      if (piece.kind === "literal") return { node: undefined, value: { kind: "string", value: piece.text, loc: template.loc } as RValue };
      const argument = typeof piece.ref === "number" ? positional[piece.ref] : keywords.get(piece.ref);
      if (argument) return { node: argument, value: this.evaluate(argument, scope) };
      if (typeof piece.ref === "string" && splatValue) return { node: splat?.value, key: piece.ref, value: this.item(splatValue as ConcreteValue, { kind: "string", value: piece.ref, loc }, splat?.value as Node, loc) };
      return { node: undefined, value: unknownValue("a format argument", loc) };
    });
    return combine(
      fields.map((f) => f.value),
      loc,
      (values) =>
        textValue(
          values.flatMap((value, i) => {
            const field = fields[i];
            return insertedParts(value, field?.node ? siteOf(field.node, scope.module) : { expression: "a format argument", loc: value.loc }, field?.key ?? readKeyName(field?.node));
          }),
          loc,
        ),
    );
  }

  private functionResult(fn: Node, module: PyModule, args: readonly Argument[], caller: Scope, loc: Location): RValue {
    const facts = this.factsOf(fn, module);
    // Calling a generator function returns the generator, not what its body returns.
    if (facts.generator) return unknownValue("a generator", loc);
    if (this.calls >= BUDGET.calls) {
      this.budget.cut("calls");
      this.memo.dependOnContext();
      return unknownValue(this.budget.reason("calls"), loc);
    }
    const bound = this.bindParameters(fn, module, args, caller);
    const scope: Scope = { module, fn, args: bound, argumentTexts: argumentTexts(fn, args, takesReceiver(fn), facts.rebound) };
    // The same function with the same bound values returns the same: its branches are remembered.
    const branches = this.memo.value(
      `returns|${this.frameKey(scope)}`,
      () => {
        this.calls++;
        try {
          return this.returnBranches(fn, facts, scope);
        } finally {
          this.calls--;
        }
      },
      (): Branch[] => [{ value: unknownValue("a recursive call", loc), when: "" }],
    );
    if (branches.length === 0) return { kind: "null", loc };
    if (branches.length === 1 && branches[0]) return branches[0].value;
    return oneOf(branches, loc);
  }

  private factsOf(fn: Node, module: PyModule): FunctionFacts {
    const key = `${module.path}:${fn.id}`;
    let facts = this.functionFacts.get(key);
    if (!facts) {
      const own = (node: Node | null): node is Node => node !== null && enclosingFunction(node)?.id === fn.id;
      facts = {
        generator: fn.descendantsOfType("yield").some(own),
        returns: fn.descendantsOfType("return_statement").filter(own),
        rebound: reboundNames(fn),
      };
      this.functionFacts.set(key, facts);
    }
    return facts;
  }

  /** The values a call's `return` statements give, each with the condition that leads to it. */
  private returnBranches(fn: Node, facts: FunctionFacts, scope: Scope): Branch[] {
    const branches: Branch[] = [];
    for (const statement of facts.returns) {
      // With the arguments known, a guard may decide which `return` runs: `tools_for(False)`.
      const reach = this.reachability(statement, fn, scope);
      if (reach === "never") continue;
      const expression = statement.namedChild(0);
      const value = expression ? this.evaluate(expression, scope) : ({ kind: "null", loc: scope.module.locations.of(statement) } as const);
      if (reach === "always") {
        // Reached whenever no earlier `return` ran: the last alternative, and nothing after it runs.
        branches.push({ value, when: branches.length === 0 ? "" : returnCondition(statement, fn, scope.argumentTexts) });
        break;
      }
      branches.push({ value, when: returnCondition(statement, fn, scope.argumentTexts) });
    }
    return branches;
  }

  /**
   * Whether the `if`/`elif`/`else` guards around a `return` always, never or maybe let it run,
   * judged with the values the call bound. Loops may not run at all: "maybe".
   */
  private reachability(statement: Node, fn: Node, scope: Scope): "always" | "never" | "maybe" {
    let reach: "always" | "maybe" = "always";
    const truthOf = (condition: Node | null): boolean | undefined => {
      if (!condition) return undefined;
      const value = this.evaluate(condition, scope);
      return value.kind === "oneOf" ? undefined : truthiness(value);
    };
    for (let current: Node | null = statement; current && current.id !== fn.id; current = current.parent) {
      const parent: Node | null = current.parent;
      if (!parent) break;
      if (parent.type === "for_statement" || parent.type === "while_statement") reach = "maybe";
      const guards: Array<{ condition: Node | null; holds: boolean }> = [];
      if (parent.type === "if_statement" && parent.childForFieldName("consequence")?.id === current.id) {
        guards.push({ condition: parent.childForFieldName("condition"), holds: true });
      } else if (parent.type === "elif_clause" && parent.childForFieldName("consequence")?.id === current.id) {
        guards.push({ condition: parent.childForFieldName("condition"), holds: true });
        for (const earlier of earlierConditions(parent)) guards.push({ condition: earlier, holds: false });
      } else if (parent.type === "else_clause") {
        for (const earlier of earlierConditions(parent)) guards.push({ condition: earlier, holds: false });
      } else if (parent.type === "case_clause" && parent.childForFieldName("consequence")?.id === current.id) {
        const runs = this.caseRuns(parent, scope);
        if (runs === "never") return "never";
        if (runs === "maybe") reach = "maybe";
      }
      for (const guard of guards) {
        const truth = truthOf(guard.condition);
        if (truth === undefined) reach = "maybe";
        else if (truth !== guard.holds) return "never";
      }
    }
    return reach;
  }

  /**
   * Whether a `case` runs, judged on a subject the call made known: a case listing literals
   * runs when one equals it, a catch-all when no earlier case does. Anything else: maybe.
   */
  private caseRuns(clause: Node, scope: Scope): "always" | "never" | "maybe" {
    const statement = clause.parent?.parent;
    const subjectNode = statement?.type === "match_statement" ? statement.childForFieldName("subject") : null;
    if (!statement || !subjectNode) return "maybe";
    const subject = this.evaluate(subjectNode, scope);
    const text = subject.kind === "string" ? JSON.stringify(subject.value) : subject.kind === "number" ? String(subject.value) : undefined;
    if (text === undefined) return "maybe";
    const matches = (candidate: Node): boolean | undefined => (isCatchAllCase(candidate) ? true : caseLiterals(candidate)?.includes(text));
    for (const earlier of matchCases(statement)) {
      if (earlier.id === clause.id) break;
      const earlierMatches = matches(earlier);
      if (earlierMatches === undefined) return "maybe";
      if (earlierMatches && !earlier.childForFieldName("guard")) return "never";
    }
    const own = matches(clause);
    if (own === undefined) return "maybe";
    return own ? (clause.childForFieldName("guard") ? "maybe" : "always") : "never";
  }

  private bindParameters(fn: Node, module: PyModule, args: readonly Argument[], caller: Scope): Map<string, RValue> {
    const bound = new Map<string, RValue>();
    const parameters = fn.childForFieldName("parameters")?.namedChildren.filter((p): p is Node => p !== null) ?? [];
    const positional = args.flatMap((a) => (a.kind === "positional" ? [a.value] : []));
    const keywords = new Map(args.flatMap((a) => (a.kind === "keyword" ? [[a.name.text, a.value] as const] : [])));
    const unresolvable = args.some((a) => a.kind === "dict-splat" || a.kind === "list-splat");
    let index = takesReceiver(fn) ? -1 : 0;
    for (const parameter of parameters) {
      const name = parameterName(parameter);
      if (!name || parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern") continue;
      const position = index++;
      if (position < 0 || unresolvable) continue;
      const argument = keywords.get(name) ?? positional[position];
      if (argument) bound.set(name, this.evaluate(argument, caller));
      else {
        const fallback = parameter.childForFieldName("value");
        if (fallback) bound.set(name, this.evaluate(fallback, { module, fn: null }));
      }
    }
    return bound;
  }

  /** A dataclass (or pydantic/NamedTuple-like class) instance: an object of its fields. */
  private instance(classNode: Node, module: PyModule, args: readonly Argument[], scope: Scope, loc: Location): RValue {
    const fields = classFields(classNode);
    if (fields.length === 0) return unknownValue("an instance", loc);
    const builder = new ObjectBuilder(loc);
    const classScope: Scope = { module, fn: null };
    const given = new Set(args.flatMap((a, i) => (a.kind === "keyword" ? [a.name.text] : a.kind === "positional" ? [fields[i]?.name ?? ""] : [])));
    for (const field of fields) {
      if (field.fallback && !given.has(field.name)) builder.set({ key: field.name, keyLoc: module.locations.of(field.nameNode), value: this.fieldDefaultValue(field.fallback, module) ?? this.evaluate(field.fallback, classScope), written: writtenExpression(field.fallback, module.locations) });
    }
    this.applyArguments(builder, args, fields.map((f) => f.name), scope);
    return builder.build();
  }

  // ── uses of project functions and classes (see adapters.ts) ────────────────

  /**
   * The project function or class a call names: `build(...)`, `Adapter(...)`, `agents.build(...)`
   * with `agents` an imported module. Other callees (methods of values) are not looked into.
   */
  callTarget(callee: Node, scope: Scope): CallTarget | undefined {
    if (callee.type === "attribute" && callee.childForFieldName("object")?.type !== "identifier") return undefined;
    if (callee.type !== "identifier" && callee.type !== "attribute") return undefined;
    return this.budget.query(
      () => {
        const target = this.target(callee, scope);
        return target.kind === "def" || target.kind === "class" ? { kind: target.kind, node: target.node, module: target.module } : undefined;
      },
      () => undefined,
    );
  }

  /**
   * The scope of `fn` inside a target as one call gives it: a function's parameters bound to the
   * call's arguments, or for a method of a class, its receiver constructed with them.
   */
  useScope(target: CallTarget, fn: Node, args: readonly Argument[], caller: Scope): Scope | undefined {
    if (target.kind === "def") {
      const facts = this.factsOf(fn, target.module);
      return { module: target.module, fn, args: this.bindParameters(fn, target.module, args, caller), argumentTexts: argumentTexts(fn, args, takesReceiver(fn), facts.rebound) };
    }
    const constructed = this.construction(target.node, target.module, args, caller);
    return constructed ? { module: target.module, fn, constructed } : undefined;
  }

  /** What a call of a class gives its instance: its (or a base class's) `__init__` arguments, or its fields. */
  private construction(classNode: Node, module: PyModule, args: readonly Argument[], caller: Scope): Construction | undefined {
    let cls: Node | undefined = classNode;
    let clsModule = module;
    for (let depth = 0; cls && depth <= MAX_CLASS_DEPTH; depth++) {
      const init = methodsOf(cls).get("__init__");
      if (init) return { init, values: this.bindParameters(init, clsModule, args, caller) };
      if (hasConstructorFields(cls)) {
        if (cls.id !== classNode.id || args.some((a) => a.kind === "dict-splat" || a.kind === "list-splat")) return undefined;
        const fields = classFields(cls).map((field) => field.name);
        const values = new Map<string, RValue>();
        let position = 0;
        for (const argument of args) {
          if (argument.kind === "keyword") values.set(argument.name.text, this.evaluate(argument.value, caller));
          else if (argument.kind === "positional") {
            const field = fields[position++];
            if (field) values.set(field, this.evaluate(argument.value, caller));
          }
        }
        return { init: undefined, values };
      }
      const base: Node | undefined = superclassesOf(cls)[0];
      const target: Target | undefined = base ? this.target(base, { module: clsModule, fn: null }) : undefined;
      cls = target?.kind === "class" ? target.node : undefined;
      clsModule = target?.kind === "class" ? target.module : clsModule;
    }
    return undefined;
  }

  // ── SDK constructions ───────────────────────────────────────────────────────

  /** The SDK class a `functools.partial` bound to `callee` constructs (`make = partial(ClaudeAgentOptions, ...)`). */
  partialSymbol(callee: Node, scope: Scope): string | undefined {
    if (callee.type !== "identifier" && callee.type !== "attribute") return undefined;
    return this.budget.query(
      () => {
        const target = this.target(callee, scope);
        return target.kind === "partial" ? this.partialConstructor(target) : undefined;
      },
      () => undefined,
    );
  }

  private partialConstructor(target: Extract<Target, { kind: "partial" }>): string | undefined {
    const inner = callArguments(target.call)[0];
    const symbol = inner?.kind === "positional" ? sdkSymbolOf(this.qualified(inner.value, target.scope)) : undefined;
    return symbol && SDK_CONSTRUCTORS[symbol] ? symbol : undefined;
  }

  /** A call of a partial SDK constructor: the partial's arguments, then the call's. */
  private partialCall(target: Extract<Target, { kind: "partial" }>, args: readonly Argument[], scope: Scope, loc: Location): RValue {
    const symbol = this.partialConstructor(target);
    if (!symbol) return unknownValue("the result of a partial function", loc);
    const fields = SDK_CONSTRUCTORS[symbol] ?? [];
    const bound = callArguments(target.call).slice(1);
    const builder = new ObjectBuilder(loc);
    this.applyArguments(builder, bound, fields, target.scope);
    this.applyArguments(builder, args, fields.slice(bound.filter((a) => a.kind === "positional").length), scope);
    const value = builder.build();
    this.registerSdkObjects(value, symbol === "AgentDefinition" ? "definition" : "options");
    return value;
  }

  private sdkConstruction(symbol: string, node: Node, args: readonly Argument[], scope: Scope, loc: Location): RValue {
    const builder = new ObjectBuilder(loc);
    this.applyArguments(builder, args, SDK_CONSTRUCTORS[symbol] ?? [], scope);
    const value = builder.build();
    this.registerSdkObjects(value, symbol === "AgentDefinition" ? "definition" : "options");
    return value;
  }

  private registerSdkObjects(value: RValue, kind: "options" | "definition"): void {
    for (const alt of alternatives(value)) {
      if (alt.value.kind === "object") this.sdkObjects.set(sdkObjectKey(alt.value.loc), kind);
    }
  }

  private applyArguments(builder: ObjectBuilder, args: readonly Argument[], fieldOrder: readonly string[], scope: Scope): void {
    let position = 0;
    for (const argument of args) {
      if (argument.kind === "keyword") {
        builder.set({ key: argument.name.text, keyLoc: scope.module.locations.of(argument.name), value: this.evaluate(argument.value, scope), written: writtenExpression(argument.value, scope.module.locations) });
      } else if (argument.kind === "dict-splat") {
        builder.spread(this.evaluate(argument.value, scope));
      } else if (argument.kind === "positional") {
        const field = fieldOrder[position++];
        if (field) builder.set({ key: field, keyLoc: scope.module.locations.of(argument.value), value: this.evaluate(argument.value, scope), written: writtenExpression(argument.value, scope.module.locations) });
        else builder.markOpen();
      } else builder.markOpen();
    }
  }

  // ── mutations after construction ────────────────────────────────────────────

  /**
   * Applies `x.attr = v`, `x["k"] = v`, `x.update(...)`, `x.append(v)` written after `x` was
   * bound. A mutation in a `for` loop over a known iterable is applied once per item; one in
   * a loop the analysis cannot unroll leaves the value open.
   */
  withMutations(value: RValue, name: string, scope: Scope, from: number, to: number): RValue {
    return this.budget.query(
      () => this.mutated(value, name, scope, from, to),
      (reason) => unknownValue(reason, value.loc),
    );
  }

  private mutated(value: RValue, name: string, scope: Scope, from: number, to: number): RValue {
    const scopeNode = scope.fn ?? scope.module.root;
    const mutations = scope.module.mutations(scopeNode, name).filter((m) => m.start > from && m.start < to);
    let current = value;
    for (const mutation of mutations) {
      if (enclosingLoops(mutation.node, scopeNode).length === 0) {
        current = this.applyMutation(current, mutation, scope, mutation.kind === "set" ? mutation.when : undefined);
        continue;
      }
      current = this.repeated(current, mutation.node, scope, (before, iteration) => this.applyMutation(before, mutation, iteration, undefined));
    }
    return current;
  }

  /**
   * Runs `step` once per iteration of the loops around `node`, in order, where the `if`
   * conditions guarding `node` hold for that item. Where the analysis cannot follow the loops
   * or a condition, the step runs once with what is known and the list or dict is left open,
   * as it may change fewer or more times.
   */
  private repeated(value: RValue, node: Node, scope: Scope, step: (before: RValue, iteration: Scope) => RValue): RValue {
    const iterations = this.iterations(node, scope);
    const guards = guardsOf(node, scope.fn ?? scope.module.root);
    const open = (before: RValue, iteration: Scope): RValue => opened(step(before, iteration));
    if (!iterations || !guards) return open(value, scope);
    let current = value;
    for (const iteration of iterations) {
      const verdicts = guards.map((guard) => {
        const test = this.evaluate(guard.condition, iteration);
        const truth = test.kind === "oneOf" ? undefined : truthiness(test);
        return truth === undefined ? undefined : truth === guard.holds;
      });
      if (verdicts.includes(false)) continue;
      current = verdicts.includes(undefined) ? open(current, iteration) : step(current, iteration);
    }
    return current;
  }

  /** One scope per iteration of the `for` loops around `node` (loop variables bound); undefined when they cannot be unrolled. */
  private iterations(node: Node, scope: Scope): Scope[] | undefined {
    let scopes: Scope[] = [scope];
    for (const loop of enclosingLoops(node, scope.fn ?? scope.module.root)) {
      const target = loop.childForFieldName("left");
      const iterable = loop.childForFieldName("right");
      if (loop.type !== "for_statement" || !target || !iterable || skipsItems(loop)) return undefined;
      const next: Scope[] = [];
      for (const outer of scopes) {
        const items = this.loopItems(iterable, outer);
        if (!items) return undefined;
        for (const item of items) {
          const args = new Map(outer.args ?? []);
          if (!bindLoopTarget(target, item, args)) return undefined;
          next.push({ ...outer, args });
        }
        if (next.length > MAX_COMPREHENSION_ITEMS) return undefined;
      }
      scopes = next;
    }
    return scopes;
  }

  /** The items a `for` loop visits: a known list, the keys, values or items of a known dict, `enumerate(...)` of a list. */
  private loopItems(iterable: Node, scope: Scope): RValue[] | undefined {
    const loc = scope.module.locations.of(iterable);
    const callee = iterable.type === "call" ? iterable.childForFieldName("function") : null;
    const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
    const receiver = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
    const noArguments = (iterable.childForFieldName("arguments")?.namedChildCount ?? 0) === 0;
    if (receiver && noArguments && (method === "items" || method === "keys" || method === "values")) {
      const dict = this.evaluate(receiver, scope);
      if (dict.kind !== "object" || dict.open || (dict.unknownSpreads?.length ?? 0) > 0) return undefined;
      return dict.entries.map((entry): RValue => {
        const key: RValue = { kind: "string", value: entry.key, loc: entry.keyLoc };
        if (method === "keys") return key;
        if (method === "values") return entry.value;
        return { kind: "array", elements: [key, entry.value], open: false, loc };
      });
    }
    const first = iterable.type === "call" ? iterable.childForFieldName("arguments")?.namedChild(0) : null;
    if (callee && first && this.qualified(callee, scope) === "enumerate" && iterable.childForFieldName("arguments")?.namedChildCount === 1) {
      const list = this.evaluate(first, scope);
      if (list.kind !== "array" || list.open) return undefined;
      return list.elements.map((element, i): RValue => ({ kind: "array", elements: [{ kind: "number", value: i, loc }, element], open: false, loc }));
    }
    const value = this.evaluate(iterable, scope);
    if (value.kind === "array") return value.open ? undefined : [...value.elements];
    if (value.kind === "object" && !value.open && (value.unknownSpreads?.length ?? 0) === 0) return value.entries.map((e): RValue => ({ kind: "string", value: e.key, loc: e.keyLoc }));
    return undefined;
  }

  private applyMutation(current: RValue, mutation: Mutation, scope: Scope, when: string | undefined): RValue {
    const loc = scope.module.locations.of(mutation.node);
    return mapAlternatives(current, current.loc, (target) => {
      if (mutation.kind === "set" && target.kind === "object") {
        // `x.name = v` names its key; `x[name] = v` reads it from the variable.
        const key = mutation.key.parent?.type === "attribute" ? mutation.key.text : knownKey(this.evaluate(mutation.key, scope));
        const builder = new ObjectBuilder(target.loc);
        builder.spread(target);
        if (key === undefined) builder.markOpen();
        else {
          const assigned = this.evaluate(mutation.value, scope);
          builder.set({ key, keyLoc: scope.module.locations.of(mutation.key), value: when ? oneOf([{ value: assigned, when }, ...keptWhenSkipped(mutation, target, key)], loc) : assigned });
        }
        return builder.build();
      }
      if (mutation.kind === "update" && target.kind === "object") {
        const builder = new ObjectBuilder(target.loc);
        builder.spread(target);
        this.applyArguments(builder, callArguments(mutation.node).map((a) => (a.kind === "positional" ? { kind: "dict-splat", value: a.value } : a)), [], scope);
        return builder.build();
      }
      if ((mutation.kind === "append" || mutation.kind === "extend") && target.kind === "array") {
        const added = mutation.value ? this.evaluate(mutation.value, scope) : unknownValue("an element", loc);
        if (mutation.kind === "append") return { ...target, elements: [...target.elements, added] };
        return added.kind === "array" ? { ...target, elements: [...target.elements, ...added.elements], open: target.open || added.open } : { ...target, open: true };
      }
      return target;
    });
  }

  // ── operators ───────────────────────────────────────────────────────────────

  private binary(node: Node, scope: Scope, loc: Location): RValue {
    const leftNode = node.childForFieldName("left");
    const rightNode = node.childForFieldName("right");
    const operator = node.childForFieldName("operator")?.text;
    if (!leftNode || !rightNode) return unknownValue("an expression", loc);
    const left = this.evaluate(leftNode, scope);
    const right = this.evaluate(rightNode, scope);
    if (operator === "+") return this.add(left, right, loc, scope.module, rightNode, leftNode);
    if (operator === "%") return mapAlternatives(left, loc, (template) => (template.kind === "string" ? this.percentFormat(template, right, rightNode, loc, scope.module) : derived(template, "a formatted string", loc)));
    if (operator === "/") return this.pathJoin(left, right, loc, scope.module, leftNode, rightNode);
    if (operator === "|") return this.union(left, right, loc);
    return unknownValue("the result of an operator", loc);
  }

  /** `BASE | {"max_turns": 5}`: the dict union, right-hand keys winning. */
  private union(left: RValue, right: RValue, loc: Location): RValue {
    return combine([left, right], loc, ([a, b]) => {
      if (a?.kind !== "object" || b?.kind !== "object") return unknownValue("the result of an operator", loc);
      const builder = new ObjectBuilder(loc);
      builder.spread(a);
      builder.spread(b);
      return builder.build();
    });
  }

  /** `left + right`; `left` is a node, or for `name += right` the name added to. */
  private add(left: RValue, right: RValue, loc: Location, module: PyModule, rightNode: Node, leftNode?: Node | string): RValue {
    return combine([left, right], loc, ([a, b]) => {
      if (!a || !b) return unknownValue("a sum", loc);
      if (a.kind === "array" && b.kind === "array") return { kind: "array", elements: [...a.elements, ...b.elements], open: a.open || b.open, loc };
      if (a.kind === "number" && b.kind === "number") return { kind: "number", value: a.value + b.value, loc };
      // A number never joins a string in Python (TypeError): this is arithmetic on an unknown.
      if (a.kind === "number" || b.kind === "number") return unknownValue("a sum", loc);
      const leftSite = typeof leftNode === "object" ? siteOf(leftNode, module) : { expression: leftNode ?? "a value", loc: a.loc };
      const leftKey = typeof leftNode === "object" ? readKeyName(leftNode) : undefined;
      return textValue([...insertedParts(a, leftSite, leftKey), ...insertedParts(b, siteOf(rightNode, module), readKeyName(rightNode))], loc);
    });
  }

  /** `Path.home() / ".ssh"`: a path joined with a separator. */
  private pathJoin(left: RValue, right: RValue, loc: Location, module: PyModule, leftNode: Node, rightNode: Node): RValue {
    return combine([left, right], loc, ([a, b]) => {
      if (!a || !b) return unknownValue("a path", loc);
      const separator: TextPart = { kind: "literal", text: "/", loc };
      return textValue([...partsOf(a, siteOf(leftNode, module)), separator, ...partsOf(b, siteOf(rightNode, module))], loc);
    });
  }

  private percentFormat(template: Extract<RValue, { kind: "string" }>, right: RValue, rightNode: Node, loc: Location, module: PyModule): RValue {
    const pieces = percentPieces(template.value);
    if (!pieces) return unknownValue("a formatted string", loc);
    return mapAlternatives(right, loc, (argument) => {
      const fields = pieces.map((piece): RValue => {
        if (piece.kind === "literal") return { kind: "string", value: piece.text, loc: template.loc };
        if (typeof piece.ref === "string") return this.item(argument, { kind: "string", value: piece.ref, loc }, rightNode, loc);
        if (argument.kind === "array") return argument.elements[piece.ref] ?? unknownValue("a format argument", loc);
        return piece.ref === 0 ? argument : unknownValue("a format argument", loc);
      });
      const keyAt = (i: number): string | undefined => {
        const piece = pieces[i];
        if (!piece || piece.kind === "literal") return undefined;
        return typeof piece.ref === "string" ? piece.ref : readKeyName(rightNode);
      };
      return combine(fields, loc, (values) => textValue(values.flatMap((value, i) => insertedParts(value, siteOf(rightNode, module), keyAt(i))), loc));
    });
  }

  private conditional(node: Node, scope: Scope, loc: Location): RValue {
    const [whenTrue, condition, whenFalse] = node.namedChildren;
    if (!whenTrue || !condition || !whenFalse) return unknownValue("a conditional expression", loc);
    const test = this.evaluate(condition, scope);
    const truth = test.kind === "oneOf" ? undefined : truthiness(test);
    if (truth === true) return this.evaluate(whenTrue, scope);
    if (truth === false) return this.evaluate(whenFalse, scope);
    return oneOf(
      [
        { value: this.evaluate(whenTrue, scope), when: conditionWhen(condition, true, scope.argumentTexts) },
        { value: this.evaluate(whenFalse, scope), when: conditionWhen(condition, false, scope.argumentTexts) },
      ],
      loc,
    );
  }

  /** `x is None`, `x is not None`, `x == "a"`, `x != 1` on known scalars; anything else stays unknown. */
  private comparison(node: Node, scope: Scope, loc: Location): RValue {
    const [leftNode, rightNode] = node.namedChildren;
    const operator = node.children.filter((c) => c !== null && !c.isNamed).map((c) => c?.text).join(" ");
    if (node.namedChildCount !== 2 || !leftNode || !rightNode || !["is", "is not", "==", "!="].includes(operator)) return unknownValue("a comparison", loc);
    const left = this.evaluate(leftNode, scope);
    const right = this.evaluate(rightNode, scope);
    if (left.kind === "oneOf" || right.kind === "oneOf") return unknownValue("a comparison", loc);
    const equal = operator === "is" || operator === "is not" ? identical(left, right) : scalarEqual(left, right);
    if (equal === undefined) return unknownValue("a comparison", loc);
    return { kind: "boolean", value: operator === "is not" || operator === "!=" ? !equal : equal, loc };
  }

  /** An item of a list the analysis cannot see into: unknown, an item of a third-party API's list (a comment of `issue.get_comments()`) kept as such. */
  private elementOf(iterable: RValue, reason: string, loc: Location): RValue {
    return mapAlternatives(iterable, loc, (value) => (value.kind === "unknown" && value.provenance?.kind === "third-party" ? derived(value, reason, loc) : unknownValue(reason, loc)));
  }

  /**
   * `[c.body for c in issue.get_comments()]` over a third-party API's list: one unknown that
   * keeps the provenance of what the body reads from an item (the comments' text).
   */
  private unknownItemsComprehension(iterable: Extract<RValue, { kind: "unknown" }>, variable: string, body: Node, scope: Scope, kind: string, loc: Location): RValue {
    const args = new Map(scope.args ?? []);
    args.set(variable, derived(iterable, "an item", loc));
    const produced = this.evaluate(body, { ...scope, args });
    const provenance = produced.kind === "unknown" ? produced.provenance : thirdPartyTextIn(produced);
    return unknownValue(kind, loc, provenance);
  }

  /**
   * `[f"mcp__db__{t}" for t in TOOLS]`, `{f"agent-{n}": make(n) for n in NAMES}`: one loop
   * variable over a known list (or the keys of a known dict) builds one element per item.
   * An item whose `if` the analysis cannot decide is left out and the result marked open.
   */
  private comprehension(node: Node, scope: Scope, loc: Location): RValue {
    const kind = node.type === "dictionary_comprehension" ? "a dict comprehension" : "a list comprehension";
    const body = node.childForFieldName("body");
    const [loop, ...filters] = node.namedChildren.filter((c): c is Node => c !== null && c.id !== body?.id);
    const variable = loop?.childForFieldName("left");
    const source = loop?.childForFieldName("right");
    if (!body || loop?.type !== "for_in_clause" || variable?.type !== "identifier" || !source || filters.some((f) => f.type !== "if_clause")) return unknownValue(kind, loc);
    return mapAlternatives(this.evaluate(source, scope), loc, (iterable) => {
      if (iterable.kind === "unknown" && iterable.provenance?.kind === "third-party" && body.type !== "pair") return this.unknownItemsComprehension(iterable, variable.text, body, scope, kind, loc);
      const items = iterable.kind === "array" ? iterable.elements : iterable.kind === "object" ? iterable.entries.map((e): RValue => ({ kind: "string", value: e.key, loc: e.keyLoc })) : undefined;
      if (!items || items.length > MAX_COMPREHENSION_ITEMS) return unknownValue(kind, loc);
      let open = iterable.kind === "array" ? iterable.open : iterable.kind === "object" && (iterable.open || (iterable.unknownSpreads?.length ?? 0) > 0);
      const produced: RValue[] = [];
      const builder = new ObjectBuilder(loc);
      for (const item of items) {
        const args = new Map(scope.args ?? []);
        args.set(variable.text, item);
        const itemScope: Scope = { ...scope, args };
        const verdicts = filters.map((filter) => {
          const condition = filter.namedChild(0);
          const value = condition ? this.evaluate(condition, itemScope) : undefined;
          return value && value.kind !== "oneOf" ? truthiness(value) : undefined;
        });
        if (verdicts.includes(false)) continue;
        if (!verdicts.every((verdict) => verdict === true)) {
          open = true;
          continue;
        }
        if (body.type !== "pair") {
          produced.push(this.evaluate(body, itemScope));
          continue;
        }
        const keyNode = body.childForFieldName("key");
        const valueNode = body.childForFieldName("value");
        const key = keyNode ? knownString(this.evaluate(keyNode, itemScope)) : undefined;
        if (key === undefined || !keyNode || !valueNode) builder.markOpen();
        else builder.set({ key, keyLoc: scope.module.locations.of(keyNode), value: this.evaluate(valueNode, itemScope) });
      }
      if (body.type === "pair") {
        if (open) builder.markOpen();
        return builder.build();
      }
      return { kind: "array", elements: produced, open, loc };
    });
  }

  /**
   * `{k: v for k, v in d.items() if v is not None}`: a filter of a known dict keeps the
   * entries its condition admits; an entry the condition cannot decide is left out and
   * the result marked open.
   */
  private dictionaryFilter(node: Node, scope: Scope, loc: Location): RValue {
    const body = node.childForFieldName("body");
    const [loop, ...filters] = node.namedChildren.filter((c): c is Node => c !== null && c.id !== body?.id);
    const names = loop?.childForFieldName("left")?.namedChildren ?? [];
    const [keyName, valueName] = names.map((n) => (n?.type === "identifier" ? n.text : undefined));
    const source = itemsReceiver(loop?.childForFieldName("right") ?? null);
    const copiesPairs = body?.type === "pair" && names.length === 2 && keyName !== undefined && body.childForFieldName("key")?.text === keyName && body.childForFieldName("value")?.text === valueName;
    if (loop?.type !== "for_in_clause" || !source || !copiesPairs || !valueName || filters.some((f) => f.type !== "if_clause")) return unknownValue("a dict comprehension", loc);
    return mapAlternatives(this.evaluate(source, scope), loc, (dict) => {
      if (dict.kind !== "object") return unknownValue("a dict comprehension", loc);
      const builder = new ObjectBuilder(loc);
      for (const spread of dict.unknownSpreads ?? []) builder.spread(spread);
      if (dict.open) builder.markOpen();
      for (const entry of dict.entries) {
        // Judged per alternative of the value; an alternative the filter drops becomes None,
        // which an SDK options dataclass treats like an absent keyword.
        const kept = alternatives(entry.value).map((alt) => {
          const args = new Map(scope.args ?? []);
          args.set(keyName, { kind: "string", value: entry.key, loc: entry.keyLoc });
          args.set(valueName, alt.value);
          const verdicts = filters.map((filter) => {
            const condition = filter.namedChild(0);
            const value = condition ? this.evaluate(condition, { ...scope, args }) : undefined;
            return value && value.kind !== "oneOf" ? truthiness(value) : undefined;
          });
          const admitted = verdicts.includes(false) ? false : verdicts.every((verdict) => verdict === true) ? true : undefined;
          return { alt, admitted };
        });
        // A filter that cannot be decided keeps or drops the key; either way no other key
        // appears, so the dict stays closed and only this value becomes unknown.
        if (kept.some((k) => k.admitted === undefined)) builder.set({ ...entry, value: unknownValue(`${entry.key}, kept or dropped by the comprehension's filter`, entry.value.loc) });
        else if (kept.every((k) => k.admitted)) builder.set(entry);
        else if (kept.some((k) => k.admitted)) {
          const branches = kept.map(({ alt, admitted }) => ({ value: admitted ? alt.value : ({ kind: "null", loc: alt.value.loc } as RValue), when: alt.when }));
          builder.set({ ...entry, value: oneOf(branches, entry.value.loc) });
        }
      }
      return builder.build();
    });
  }

  private booleanOperator(node: Node, scope: Scope, loc: Location): RValue {
    const leftNode = node.childForFieldName("left");
    const rightNode = node.childForFieldName("right");
    const operator = node.childForFieldName("operator")?.text;
    if (!leftNode || !rightNode) return unknownValue("a boolean expression", loc);
    const left = this.evaluate(leftNode, scope);
    const branches: Branch[] = [];
    let rightWhen: string | undefined;
    for (const alt of alternatives(left)) {
      const truth = truthiness(alt.value);
      const keepsLeft = operator === "or" ? truth === true : truth === false;
      const takesRight = operator === "or" ? truth === false : truth === true;
      const name = variableNameOf(alt.value) ?? short(leftNode);
      if (keepsLeft) branches.push({ value: alt.value, when: alt.when });
      else if (takesRight) rightWhen = alt.when || rightWhen || `${name} is unset`;
      else {
        branches.push({ value: alt.value, when: alt.when || `${name} is set` });
        rightWhen = rightWhen ?? (alt.when ? `${alt.when.replace(/ is set$/, "")} is empty` : `${name} is unset`);
      }
    }
    if (rightWhen !== undefined) branches.push({ value: this.evaluate(rightNode, scope), when: rightWhen });
    return oneOf(branches, loc);
  }

  /** The SDK kind of an object value, when an SDK constructor (or a replace of one) built it. */
  sdkKindOf(value: RValue): "options" | "definition" | undefined {
    return this.sdkObjects.get(sdkObjectKey(value.loc));
  }
}

/**
 * The variable or config key an unknown value was read from, which names a condition on it
 * better than the expression (`API_URL is set`). A parameter's name is not used: the
 * expression may be an attribute of it (`config.tools is set`).
 */
function variableNameOf(value: RValue): string | undefined {
  if (value.kind !== "unknown" || !value.provenance) return undefined;
  return "name" in value.provenance && value.provenance.kind !== "parameter" ? value.provenance.name : undefined;
}

/**
 * Collects object entries; the last write of a key wins, spreads of unknown values open it.
 * Spreading a one-of of objects (`**CONFIGS[role]`) forks the object: each alternative
 * becomes its own object with its condition (object-level alternatives).
 */
class ObjectBuilder {
  private forks: Fork[] = [{ entries: new Map(), open: false, unknownSpreads: [], when: "" }];

  constructor(private readonly loc: Location) {}

  set(entry: ObjectEntry): void {
    for (const fork of this.forks) setEntry(fork, entry);
  }

  markOpen(): void {
    for (const fork of this.forks) fork.open = true;
  }

  spread(value: RValue): void {
    const alts = alternatives(value);
    if (alts.length === 1 && alts[0]) {
      for (const fork of this.forks) spreadInto(fork, alts[0].value);
      return;
    }
    if (this.forks.length * alts.length > MAX_FORKS) {
      this.markOpen();
      return;
    }
    this.forks = this.forks.flatMap((fork) =>
      alts.map((alt) => {
        const copy: Fork = { entries: new Map(fork.entries), open: fork.open, unknownSpreads: [...fork.unknownSpreads], when: joinWhen(fork.when, alt.when) };
        spreadInto(copy, alt.value);
        return copy;
      }),
    );
  }

  build(): RValue {
    const objects = this.forks.map((fork) => ({ value: objectOf(fork, this.loc), when: fork.when }));
    return oneOf(objects, this.loc);
  }
}

const MAX_FORKS = 16;

interface Fork {
  entries: Map<string, ObjectEntry>;
  open: boolean;
  unknownSpreads: RValue[];
  when: string;
}

function setEntry(fork: Fork, entry: ObjectEntry): void {
  fork.entries.delete(entry.key);
  fork.entries.set(entry.key, entry);
}

function spreadInto(fork: Fork, value: ConcreteValue): void {
  if (value.kind === "object") {
    for (const entry of value.entries) setEntry(fork, entry);
    if (value.open) fork.open = true;
    if (value.unknownSpreads) fork.unknownSpreads.push(...value.unknownSpreads);
    return;
  }
  fork.open = true;
  if (value.kind === "unknown") fork.unknownSpreads.push(value);
}

function objectOf(fork: Fork, loc: Location): ObjectValue {
  const base = { kind: "object" as const, entries: [...fork.entries.values()], open: fork.open, loc };
  return fork.unknownSpreads.length > 0 ? { ...base, unknownSpreads: fork.unknownSpreads } : base;
}

/** A list or dict changed an unknown number of times: it may hold more or fewer items than those known. */
/** The module a `importlib.import_module("pkg")` or `__import__("pkg")` call names literally. */
function dynamicImportOf(call: Node): string[] {
  const callee = call.childForFieldName("function")?.text;
  if (callee !== "importlib.import_module" && callee !== "import_module" && callee !== "__import__") return [];
  const first = call.childForFieldName("arguments")?.namedChild(0);
  const content = first?.type === "string" ? first.namedChildren.filter((p) => p?.type === "string_content") : [];
  return first?.namedChildren.length === 3 && content.length === 1 && content[0] ? [content[0].text] : [];
}

function opened(value: RValue): RValue {
  return mapAlternatives(value, value.loc, (target) => (target.kind === "array" || target.kind === "object" ? { ...target, open: true } : target));
}

/** A value the caller may give or leave to its default: each is one outcome. */
function givenOrDefault(given: RValue, name: string, fallback: RValue, loc: Location): RValue {
  return oneOf([{ value: given, when: `${name} is set` }, { value: fallback, when: `${name} is unset` }], loc);
}

function siteOf(node: Node, module: PyModule): InsertionSite {
  return { expression: short(node), loc: module.locations.of(node) };
}

/** A binding is in effect after its statement: `kw = {... for k, v in kw.items()}` reads the previous `kw`. */
/** `d.items()` → `d`. */
function itemsReceiver(node: Node | null): Node | undefined {
  const callee = node?.type === "call" ? node.childForFieldName("function") : null;
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "items") return undefined;
  if ((node?.childForFieldName("arguments")?.namedChildCount ?? 0) > 0) return undefined;
  return callee.childForFieldName("object") ?? undefined;
}

/** Python `is` between known values: decidable only where one side is None or a bool. */
function identical(a: RValue, b: RValue): boolean | undefined {
  if (a.kind === "unknown" || b.kind === "unknown") return undefined;
  if (a.kind === "null" || b.kind === "null") return a.kind === b.kind;
  if (a.kind === "boolean" && b.kind === "boolean") return a.value === b.value;
  return undefined;
}

function scalarEqual(a: RValue, b: RValue): boolean | undefined {
  const scalar = (v: RValue) => v.kind === "string" || v.kind === "number" || v.kind === "boolean" || v.kind === "null";
  if (!scalar(a) || !scalar(b)) return undefined;
  // `1 == True` holds in Python: leave mixed numbers and booleans undecided.
  if (a.kind !== b.kind && [a.kind, b.kind].every((kind) => kind === "number" || kind === "boolean")) return undefined;
  return a.kind === b.kind && ("value" in a ? a.value : null) === ("value" in b ? b.value : null);
}

function knownKey(value: RValue): string | undefined {
  return value.kind === "string" ? value.value : undefined;
}

function keywordValue(args: readonly Argument[], name: string): Node | undefined {
  for (const argument of args) if (argument.kind === "keyword" && argument.name.text === name) return argument.value;
  return undefined;
}

/** An object of a third-party API is named after the call that returned it (`repo.get_issue`); text keeps its origin. */
function namedAfterCall(value: RValue, callee: Node): RValue {
  const provenance = value.kind === "unknown" ? value.provenance : undefined;
  if (value.kind !== "unknown" || provenance?.kind !== "third-party" || provenance.field !== undefined) return value;
  return { ...value, provenance: { ...provenance, api: short(callee) } };
}

function enclosingFunction(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "function_definition") return current;
  }
  return null;
}

function parameterName(parameter: Node): string | undefined {
  if (parameter.type === "identifier") return parameter.text;
  const name = parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c?.type === "identifier");
  return name?.text;
}

function parameterNamed(fn: Node, name: string): Node | undefined {
  const parameters = fn.childForFieldName("parameters")?.namedChildren ?? [];
  return parameters.find((p): p is Node => p !== null && parameterName(p) === name) ?? undefined;
}

/** A request object or a pydantic body of a web route: data the client sent. */
function isRouteBody(parameter: Node, module: PyModule): boolean {
  const annotation = parameter.childForFieldName("type")?.text;
  if (!annotation) return false;
  const fn = parameter.parent?.parent;
  const decorated = fn?.parent?.type === "decorated_definition" ? fn.parent : undefined;
  const isRoute = decorated?.namedChildren.some((d) => d?.type === "decorator" && /\.(get|post|put|patch|delete|route|api_route|websocket)\s*\(/.test(d.text)) ?? false;
  if (!isRoute) return false;
  const modelClass = module.bindings(module.root, annotation).find((b) => b.kind === "class");
  return modelClass?.kind === "class" && (modelClass.node.childForFieldName("superclasses")?.text.includes("BaseModel") ?? false);
}

/**
 * What a key holds when an `if` without `else` that sets it does not run: its earlier value, or
 * nothing (`None`, the SDK's default) on an object with no unknown parts.
 */
function keptWhenSkipped(mutation: Mutation, target: Extract<RValue, { kind: "object" }>, key: string): Branch[] {
  if (mutation.kind !== "set" || !mutation.skipped) return [];
  const earlier = target.entries.find((entry) => entry.key === key)?.value;
  // An elif chain adds its branches one by one: the earlier ones stay side by side, not "otherwise and …".
  if (earlier?.kind === "oneOf" && mutation.skipped === "otherwise") return [...earlier.options];
  if (earlier) return [{ value: earlier, when: mutation.skipped }];
  const closed = !target.open && (target.unknownSpreads?.length ?? 0) === 0;
  return [{ value: closed ? { kind: "null", loc: target.loc } : unknownValue(`${key} before the if statement`, target.loc), when: mutation.skipped }];
}

interface ClassField {
  readonly name: string;
  readonly nameNode: Node;
  readonly fallback: Node | undefined;
}

function classFields(classNode: Node): ClassField[] {
  const body = classNode.childForFieldName("body");
  if (!body) return [];
  return body.namedChildren.flatMap((statement) => {
    const assignment = statement?.type === "expression_statement" ? statement.namedChild(0) : null;
    if (assignment?.type !== "assignment" || !assignment.childForFieldName("type")) return [];
    const left = assignment.childForFieldName("left");
    if (left?.type !== "identifier") return [];
    const fallback = assignment.childForFieldName("right") ?? undefined;
    return [{ name: left.text, nameNode: left, fallback: fallback ?? undefined }];
  });
}

function countBranches(bindings: readonly Binding[], ifId: number): number {
  return new Set(bindings.flatMap((b) => (b.kind === "assign" && b.place?.ifId === ifId ? [b.place.branch] : []))).size;
}

/** The conditions of the `if` and the `elif`s before `clause` in its if statement. */
function earlierConditions(clause: Node): Array<Node | null> {
  const statement = clause.parent;
  if (statement?.type !== "if_statement") return [];
  const conditions: Array<Node | null> = [statement.childForFieldName("condition")];
  for (const sibling of statement.namedChildren) {
    if (!sibling || sibling.id === clause.id) break;
    if (sibling.type === "elif_clause") conditions.push(sibling.childForFieldName("condition"));
  }
  return conditions;
}

function returnCondition(statement: Node, fn: Node, callerTexts: ReadonlyMap<string, string> | undefined): string {
  for (let current: Node | null = statement; current && current.id !== fn.id; current = current.parent) {
    const parent: Node | null = current.parent;
    if (parent?.type === "if_statement") {
      const condition = parent.childForFieldName("condition");
      if (condition) return conditionWhen(condition, parent.childForFieldName("consequence")?.id === current.id, callerTexts);
    }
    if (parent?.type === "elif_clause") {
      const condition = parent.childForFieldName("condition");
      if (condition) return conditionWhen(condition, true, callerTexts);
    }
    const subject = parent?.type === "case_clause" ? parent.parent?.parent?.childForFieldName("subject") : undefined;
    if (parent && subject) return caseWhen(subject, parent, callerTexts);
  }
  return "otherwise";
}

/**
 * Parameter name → the caller's argument text, for parameters bound by a plain positional or
 * keyword argument and never rebound in the body (otherwise the name no longer means the argument).
 */
function argumentTexts(fn: Node, args: readonly Argument[], hasReceiver: boolean, rebound: ReadonlySet<string>): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  if (args.some((a) => a.kind === "dict-splat" || a.kind === "list-splat")) return texts;
  const parameters = fn.childForFieldName("parameters")?.namedChildren.filter((p): p is Node => p !== null) ?? [];
  const names = parameters
    .flatMap((p) => (p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern" ? [] : [parameterName(p) ?? []].flat()))
    .slice(hasReceiver ? 1 : 0);
  const positional = args.flatMap((a) => (a.kind === "positional" ? [a.value] : []));
  names.forEach((name, i) => {
    const keyword = args.find((a) => a.kind === "keyword" && a.name.text === name);
    const argument = keyword?.kind === "keyword" ? keyword.value : positional[i];
    // A literal argument would read as `False is true`; only a named value says something.
    if (argument && NAMED_ARGUMENT.has(argument.type) && !rebound.has(name)) texts.set(name, short(argument));
  });
  return texts;
}

const NAMED_ARGUMENT = new Set(["identifier", "attribute", "subscript", "call"]);

function reboundNames(fn: Node): Set<string> {
  const names = new Set<string>();
  const body = fn.childForFieldName("body");
  for (const statement of body?.descendantsOfType(["assignment", "augmented_assignment", "named_expression", "for_statement", "for_in_clause"]) ?? []) {
    const target = statement?.childForFieldName(statement.type === "named_expression" ? "name" : "left");
    if (!target) continue;
    names.add(target.text);
    for (const identifier of target.descendantsOfType("identifier")) if (identifier) names.add(identifier.text);
  }
  return names;
}
