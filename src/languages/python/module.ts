/**
 * A parsed Python module and the names its scopes bind. Bindings are indexed once per
 * scope (module or function body), so that lookups stay cheap in large generated files.
 */
import path from "node:path";
import type { Node, Tree } from "web-tree-sitter";
import { caseWhen, conditionWhen, isCatchAllCase } from "./conditions.js";
import { LocationIndex } from "./locations.js";
import type { ParsedModules } from "./parsed-modules.js";
import { parsePython, ParseTimeout, type CommentRange } from "./parser.js";

/** Where an assignment sits when it only runs in one branch of an `if`. */
export interface BranchPlace {
  readonly ifId: number;
  readonly branch: number;
  /** True when the if statement has an else branch (its branches cover every case). */
  readonly exhaustive: boolean;
  readonly when: string;
  /** When the if statement has no else: the condition under which none of its branches runs. */
  readonly skipped?: string;
}

export type Binding =
  | { readonly kind: "assign"; readonly name: string; readonly value: Node; readonly start: number; readonly place?: BranchPlace }
  | { readonly kind: "augment"; readonly name: string; readonly value: Node; readonly operator: string; readonly start: number }
  | { readonly kind: "with"; readonly name: string; readonly value: Node; readonly start: number }
  /** A name bound to what the analysis does not follow; a loop variable notes what it iterates over. */
  | { readonly kind: "opaque"; readonly name: string; readonly reason: string; readonly start: number; readonly iterable?: Node }
  | { readonly kind: "import-module"; readonly name: string; readonly module: string; readonly level: number; readonly start: number }
  | { readonly kind: "import-name"; readonly name: string; readonly module: string; readonly level: number; readonly imported: string; readonly start: number }
  | { readonly kind: "def"; readonly name: string; readonly node: Node; readonly start: number }
  | { readonly kind: "class"; readonly name: string; readonly node: Node; readonly start: number };

/** A change to a bound object after its binding: `x.a = v`, `x["a"] = v`, `x.update(...)`, `x.append(v)`. */
export type Mutation =
  | { readonly kind: "set"; readonly name: string; readonly key: Node; readonly value: Node; readonly node: Node; readonly start: number; readonly when?: string; readonly skipped?: string }
  | { readonly kind: "update"; readonly name: string; readonly node: Node; readonly start: number }
  | { readonly kind: "append" | "extend"; readonly name: string; readonly value: Node | undefined; readonly node: Node; readonly start: number };

interface ScopeIndex {
  readonly bindings: Map<string, Binding[]>;
  readonly mutations: Map<string, Mutation[]>;
}

export class PyModule {
  readonly root: Node;
  readonly locations: LocationIndex;
  private readonly scopes = new Map<number, ScopeIndex>();
  private functions: FunctionIndex | undefined;

  constructor(
    readonly path: string,
    readonly absolutePath: string,
    readonly text: string,
    private readonly tree: Tree,
    /** Comments tree-sitter was not given (see parsePython); the others are nodes of the tree. */
    readonly setAsideComments: readonly CommentRange[] = [],
  ) {
    this.root = tree.rootNode;
    this.locations = new LocationIndex(path, text);
  }

  static parse(relativePath: string, absolutePath: string, text: string, timeLimitMs?: number): PyModule {
    const { tree, setAsideComments } = parsePython(text, timeLimitMs);
    return new PyModule(relativePath, absolutePath, text, tree, setAsideComments);
  }

  /** Bindings of a scope (the module node or a function_definition), in source order. */
  bindings(scope: Node, name: string): readonly Binding[] {
    return this.index(scope).bindings.get(name) ?? [];
  }

  /**
   * The innermost function definition around `node` (not `node` itself); null at module level.
   * Looked up in an index of the module's functions: tree-sitter finds a node's parent by
   * walking down from the root, so walking up parents costs the square of the nesting depth.
   */
  enclosingFunction(node: Node): Node | null {
    this.functions ??= indexFunctions(this.root);
    const { nodes, outer } = this.functions;
    let low = 0;
    let high = nodes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((nodes[middle] as Node).startIndex <= node.startIndex) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= 0; index = outer[index] ?? -1) {
      const fn = nodes[index] as Node;
      if (fn.id !== node.id && fn.startIndex <= node.startIndex && node.endIndex <= fn.endIndex) return fn;
    }
    return null;
  }

  /** Mutations of `name` in a scope, in source order. */
  mutations(scope: Node, name: string): readonly Mutation[] {
    return this.index(scope).mutations.get(name) ?? [];
  }

  private index(scope: Node): ScopeIndex {
    let index = this.scopes.get(scope.id);
    if (!index) {
      index = { bindings: new Map(), mutations: new Map() };
      const body = scope.type === "function_definition" ? scope.childForFieldName("body") : scope;
      if (body) collectBindings(body, index, undefined);
      this.scopes.set(scope.id, index);
    }
    return index;
  }

  dispose(): void {
    this.tree.delete();
  }
}

interface FunctionIndex {
  /** The module's function definitions in source order (by start). */
  readonly nodes: readonly Node[];
  /** For each, the position of the function definition around it, or -1. */
  readonly outer: readonly number[];
}

function indexFunctions(root: Node): FunctionIndex {
  const nodes = root.descendantsOfType("function_definition").filter((fn): fn is Node => fn !== null);
  const outer: number[] = [];
  const open: number[] = [];
  nodes.forEach((fn, index) => {
    while (open.length > 0 && (nodes[open[open.length - 1] as number] as Node).endIndex <= fn.startIndex) open.pop();
    outer.push(open[open.length - 1] ?? -1);
    open.push(index);
  });
  return { nodes, outer };
}

function add(index: ScopeIndex, binding: Binding): void {
  push(index.bindings, binding);
}

function push<T extends { readonly name: string }>(map: Map<string, T[]>, item: T): void {
  const list = map.get(item.name);
  if (list) list.push(item);
  else map.set(item.name, [item]);
}

/** Walks the statements of one scope, not entering nested functions or classes. */
function collectBindings(block: Node, index: ScopeIndex, place: BranchPlace | undefined): void {
  for (const statement of block.namedChildren) {
    if (statement) collectStatement(statement, index, place);
  }
}

function collectStatement(statement: Node, index: ScopeIndex, place: BranchPlace | undefined): void {
  switch (statement.type) {
    case "expression_statement":
      for (const child of statement.namedChildren) if (child) collectAssignment(child, index, place);
      return;
    case "decorated_definition": {
      const definition = statement.childForFieldName("definition");
      if (definition) collectStatement(definition, index, place);
      return;
    }
    case "function_definition":
    case "class_definition": {
      const name = statement.childForFieldName("name");
      if (name) add(index, { kind: statement.type === "function_definition" ? "def" : "class", name: name.text, node: statement, start: statement.startIndex });
      return;
    }
    case "import_statement":
    case "import_from_statement":
      collectImport(statement, index);
      return;
    case "if_statement":
      collectIf(statement, index, place);
      return;
    case "match_statement":
      collectMatch(statement, index, place);
      return;
    case "with_statement":
      collectWith(statement, index);
      for (const child of statement.namedChildren) if (child?.type === "block") collectBindings(child, index, place);
      return;
    case "for_statement": {
      const left = statement.childForFieldName("left");
      const right = statement.childForFieldName("right");
      const iterable = left?.type === "identifier" && right ? { iterable: right } : {};
      if (left) for (const name of targetNames(left)) add(index, { kind: "opaque", name, reason: "a loop variable", start: statement.startIndex, ...iterable });
      collectBlocks(statement, index, place);
      return;
    }
    case "try_statement":
      collectTry(statement, index, place);
      return;
    case "while_statement":
    case "except_clause":
    case "finally_clause":
    case "else_clause":
    case "block":
      collectBlocks(statement, index, place);
      return;
    default:
      return;
  }
}

function collectBlocks(statement: Node, index: ScopeIndex, place: BranchPlace | undefined): void {
  for (const child of statement.namedChildren) {
    if (!child) continue;
    if (child.type === "block") collectBindings(child, index, place);
    else if (child.type === "except_clause" || child.type === "finally_clause" || child.type === "else_clause") collectBlocks(child, index, place);
  }
}

/**
 * `try: import claude_agent_sdk as sdk` with `except ImportError: sdk = None`: the handler's
 * fallback for a missing optional dependency does not replace the import, because the
 * program worth analysing is the one where the package is installed.
 */
function collectTry(statement: Node, index: ScopeIndex, place: BranchPlace | undefined): void {
  const imported = new Set<string>();
  for (const child of statement.namedChildren) {
    if (!child) continue;
    if (child.type === "block") {
      for (const inner of child.namedChildren) {
        if (inner?.type === "import_statement" || inner?.type === "import_from_statement") {
          const names: ScopeIndex = { bindings: new Map(), mutations: new Map() };
          collectImport(inner, names);
          for (const name of names.bindings.keys()) imported.add(name);
        }
      }
      collectBindings(child, index, place);
    } else if (child.type === "except_clause" && imported.size > 0) {
      const handler: ScopeIndex = { bindings: new Map(), mutations: new Map() };
      collectBlocks(child, handler, place);
      for (const [name, bindings] of handler.bindings) if (!imported.has(name)) for (const binding of bindings) add(index, binding);
      for (const mutations of handler.mutations.values()) for (const mutation of mutations) push(index.mutations, mutation);
    } else if (child.type === "except_clause" || child.type === "finally_clause" || child.type === "else_clause") {
      collectBlocks(child, index, place);
    }
  }
}

function collectIf(statement: Node, index: ScopeIndex, outer: BranchPlace | undefined): void {
  const condition = statement.childForFieldName("condition");
  const consequence = statement.childForFieldName("consequence");
  const alternatives = statement.childrenForFieldName("alternative").filter((n): n is Node => n !== null);
  const exhaustive = alternatives.some((a) => a.type === "else_clause");
  const skipped = exhaustive ? undefined : condition && alternatives.length === 0 ? conditionWhen(condition, false) : "otherwise";
  const branchPlace = (branch: number, when: string): BranchPlace | undefined =>
    outer ?? { ifId: statement.id, branch, exhaustive, when, ...(skipped ? { skipped } : {}) };
  if (condition && consequence) collectBindings(consequence, index, branchPlace(0, conditionWhen(condition, true)));
  alternatives.forEach((alternative, i) => {
    const body = alternative.childForFieldName("consequence") ?? alternative.childForFieldName("body") ?? alternative.namedChildren.find((c) => c?.type === "block");
    const elifCondition = alternative.type === "elif_clause" ? alternative.childForFieldName("condition") : null;
    const when = elifCondition ? conditionWhen(elifCondition, true) : condition ? conditionWhen(condition, false) : "otherwise";
    if (body) collectBindings(body, index, branchPlace(i + 1, alternatives.length > 1 && !elifCondition ? "otherwise" : when));
  });
}

/** `match role:` with its `case` clauses: like an `if`/`elif` chain, exhaustive when a case catches all. */
function collectMatch(statement: Node, index: ScopeIndex, outer: BranchPlace | undefined): void {
  const subject = statement.childForFieldName("subject");
  const clauses = matchCases(statement);
  if (!subject) return;
  const exhaustive = clauses.some(isCatchAllCase);
  clauses.forEach((clause, branch) => {
    const body = clause.childForFieldName("consequence");
    const place = outer ?? { ifId: statement.id, branch, exhaustive, when: caseWhen(subject, clause), ...(exhaustive ? {} : { skipped: "otherwise" }) };
    if (body) collectBindings(body, index, place);
  });
}

/** The `case` clauses of a match statement, in order. */
export function matchCases(statement: Node): Node[] {
  return (statement.childForFieldName("body")?.namedChildren ?? []).filter((child): child is Node => child?.type === "case_clause");
}

function collectWith(statement: Node, index: ScopeIndex): void {
  for (const item of statement.descendantsOfType("with_item")) {
    if (!item || item.parent?.parent?.id !== statement.id) continue;
    const value = item.childForFieldName("value");
    if (value?.type !== "as_pattern") continue;
    const context = value.namedChild(0);
    const alias = value.childForFieldName("alias") ?? value.namedChildren.find((c) => c?.type === "as_pattern_target");
    const target = alias?.namedChild(0) ?? alias;
    if (context && target?.type === "identifier") add(index, { kind: "with", name: target.text, value: context, start: statement.startIndex });
  }
}

function collectAssignment(node: Node, index: ScopeIndex, place: BranchPlace | undefined): void {
  if (node.type === "assignment") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left) return;
    if (left.type === "identifier" && right) {
      if (right.type === "assignment") collectAssignment(right, index, place);
      const value = right.type === "assignment" ? finalValue(right) : right;
      if (value) add(index, { kind: "assign", name: left.text, value, start: node.startIndex, ...(place ? { place } : {}) });
      return;
    }
    if (right && collectMutation(left, right, node, index, place)) return;
    for (const name of targetNames(left)) add(index, { kind: "opaque", name, reason: "an unpacked value", start: node.startIndex });
    return;
  }
  if (node.type === "call") collectMethodMutation(node, index);
  if (node.type === "augmented_assignment") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const operator = node.childForFieldName("operator")?.text ?? "";
    if (left?.type === "identifier" && right) add(index, { kind: "augment", name: left.text, value: right, operator, start: node.startIndex });
  }
}

function collectMutation(left: Node, right: Node, node: Node, index: ScopeIndex, place: BranchPlace | undefined): boolean {
  const object = left.type === "attribute" ? left.childForFieldName("object") : left.type === "subscript" ? left.childForFieldName("value") : null;
  const key = left.type === "attribute" ? left.childForFieldName("attribute") : left.type === "subscript" ? left.childForFieldName("subscript") : null;
  if (object?.type !== "identifier" || !key) return false;
  push(index.mutations, { kind: "set", name: object.text, key, value: right, node, start: node.startIndex, ...(place ? { when: place.when, ...(place.skipped ? { skipped: place.skipped } : {}) } : {}) });
  return true;
}

function collectMethodMutation(call: Node, index: ScopeIndex): void {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return;
  const object = callee.childForFieldName("object");
  const method = callee.childForFieldName("attribute")?.text;
  if (object?.type !== "identifier") return;
  const first = call.childForFieldName("arguments")?.namedChild(0) ?? undefined;
  if (method === "update") push(index.mutations, { kind: "update", name: object.text, node: call, start: call.startIndex });
  else if (method === "append" || method === "extend") push(index.mutations, { kind: method, name: object.text, value: first, node: call, start: call.startIndex });
}

function finalValue(assignment: Node): Node | null {
  const right = assignment.childForFieldName("right");
  return right?.type === "assignment" ? finalValue(right) : right;
}

function targetNames(target: Node): string[] {
  if (target.type === "identifier") return [target.text];
  return target.descendantsOfType("identifier").flatMap((n) => (n && n.parent?.type !== "attribute" && n.parent?.type !== "subscript" ? [n.text] : []));
}

function collectImport(statement: Node, index: ScopeIndex): void {
  const start = statement.startIndex;
  if (statement.type === "import_statement") {
    for (const name of statement.childrenForFieldName("name")) {
      if (!name) continue;
      if (name.type === "aliased_import") {
        const module = name.childForFieldName("name")?.text;
        const alias = name.childForFieldName("alias")?.text;
        if (module && alias) add(index, { kind: "import-module", name: alias, module, level: 0, start });
      } else {
        // `import a.b` binds `a`; attribute access then walks down from it.
        const top = name.text.split(".")[0] ?? name.text;
        add(index, { kind: "import-module", name: top, module: top, level: 0, start });
      }
    }
    return;
  }
  const moduleNode = statement.childForFieldName("module_name");
  if (!moduleNode) return;
  const { module, level } = moduleReference(moduleNode);
  for (const name of statement.childrenForFieldName("name")) {
    if (!name) continue;
    const imported = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
    const alias = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
    if (imported && alias) add(index, { kind: "import-name", name: alias, module, level, imported, start });
  }
}

function moduleReference(node: Node): { module: string; level: number } {
  if (node.type !== "relative_import") return { module: node.text, level: 0 };
  const prefix = node.namedChildren.find((c) => c?.type === "import_prefix")?.text ?? "";
  const dotted = node.namedChildren.find((c) => c?.type === "dotted_name")?.text ?? "";
  return { module: dotted, level: prefix.length };
}

const MAX_IMPORT_ROOT_DEPTH = 12;

/**
 * Finds project modules for imports, reading (never executing) files from the project. The
 * parsed modules come from (and go back to) the process's shared ones.
 */
export class ModuleLoader {
  private readonly loaded = new Map<string, PyModule | null>();

  constructor(
    private readonly cwd: string,
    private readonly readFile: (absolutePath: string) => string | undefined,
    private readonly shared: ParsedModules,
  ) {}

  register(module: PyModule): void {
    this.loaded.set(module.absolutePath, module);
  }

  /** The project module `module` (dotted, `level` leading dots) imported from `from`. */
  resolve(from: PyModule, module: string, level: number): PyModule | undefined {
    const parts = module ? module.split(".") : [];
    if (level > 0) {
      let base = path.dirname(from.absolutePath);
      for (let i = 1; i < level; i++) base = path.dirname(base);
      return this.loadCandidates(path.join(base, ...parts));
    }
    if (parts.length === 0) return undefined;
    // The import root is an ancestor of the importing file: within the scan's directory when the
    // file is in it, else any ancestor up to a bounded depth (a file scanned from elsewhere must
    // resolve its imports the same way, whatever directory agentlint runs in).
    const bound = isInside(this.cwd, from.absolutePath) ? this.cwd : undefined;
    let dir = path.dirname(from.absolutePath);
    for (let depth = 0; depth <= MAX_IMPORT_ROOT_DEPTH; depth++) {
      const found = this.loadCandidates(path.join(dir, ...parts));
      if (found) return found;
      const parent = path.dirname(dir);
      if (parent === dir || (bound !== undefined && !isInside(bound, parent))) return undefined;
      dir = parent;
    }
    return undefined;
  }

  private loadCandidates(base: string): PyModule | undefined {
    return this.load(`${base}.py`) ?? this.load(path.join(base, "__init__.py"));
  }

  private load(absolutePath: string): PyModule | undefined {
    const cached = this.loaded.get(absolutePath);
    if (cached !== undefined) return cached ?? undefined;
    const text = this.readFile(absolutePath);
    const module = text === undefined ? null : this.acquire(absolutePath, text.replace(/^\uFEFF/, ""));
    this.loaded.set(absolutePath, module);
    return module ?? undefined;
  }

  /** An imported module, or null when tree-sitter cannot parse it in time (its names are then unknown). */
  private acquire(absolutePath: string, text: string): PyModule | null {
    try {
      return this.shared.acquire(path.relative(this.cwd, absolutePath).split(path.sep).join("/"), absolutePath, text);
    } catch (error) {
      if (error instanceof ParseTimeout) return null;
      throw error;
    }
  }

  /** Gives every module this loader used back to the shared ones. */
  dispose(): void {
    for (const module of this.loaded.values()) if (module) this.shared.release(module);
    this.loaded.clear();
  }
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
