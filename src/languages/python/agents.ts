/**
 * Finds the agents a Python module builds with the Claude Agent SDK (or the legacy
 * `claude_code_sdk`): options constructions, `query()` and `ClaudeSDKClient` calls, and
 * subagents (`AgentDefinition(...)`, `agents={...}`).
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import { option, type AgentKind, type AgentSpec } from "../../model/agent.js";
import { alternatives, type RValue } from "../../model/value.js";
import { useView } from "../adapter-view.js";
import { addsKnownValues, knownValues } from "../known-values.js";
import { Adapters, type InnerSdkCall } from "./adapters.js";
import { callArguments, calleeName, keywordArgument, positionalArgument } from "./arguments.js";
import { sdkObjectKey, type Evaluator, type Scope } from "./evaluate.js";
import { sdkSymbolOf } from "./sdk-names.js";
import type { Binding, PyModule } from "./module.js";

type ObjectValue = Extract<RValue, { kind: "object" }>;

/** Callee names worth resolving; everything else is skipped cheaply. */
const INTERESTING = new Set(["ClaudeAgentOptions", "ClaudeCodeOptions", "AgentDefinition", "replace", "query", "ClaudeSDKClient"]);

interface AgentDraft {
  readonly kind: AgentKind;
  readonly loc: Location;
  readonly options: ObjectValue;
  readonly when: string;
  name?: string | undefined;
  parent?: AgentDraft;
  readonly queryPrompts: RValue[];
  readonly runtimePermissionModes: RValue[];
}

interface SdkCall {
  readonly node: Node;
  readonly scope: Scope;
  readonly symbol: string;
}

/** `calls` holds every call node of the module, in source order. */
export function extractAgents(module: PyModule, evaluator: Evaluator, calls: readonly Node[]): AgentSpec[] {
  // Calls of a `functools.partial` of an SDK class have names of their own, found by resolving them.
  const mayCallPartial = module.text.includes("partial(");
  const sdkCalls = calls.flatMap((node): SdkCall[] => {
    if (evaluator.exhausted) return [];
    const scope = evaluator.scopeOf(module, node);
    const symbol = sdkSymbolOfCall(node, scope, evaluator, mayCallPartial);
    return symbol ? [{ node, scope, symbol }] : [];
  });

  const drafts = new Map<string, AgentDraft[]>();
  const order: AgentDraft[] = [];
  const addDrafts = (kind: AgentKind, value: RValue, loc: Location): AgentDraft[] => {
    const created = alternatives(value).flatMap((alt): AgentDraft[] =>
      alt.value.kind === "object" ? [{ kind, loc, options: alt.value, when: alt.when, queryPrompts: [], runtimePermissionModes: [] }] : [],
    );
    drafts.set(sdkObjectKey(loc), created);
    order.push(...created);
    return created;
  };

  for (const { node, scope, symbol } of sdkCalls) {
    if (symbol !== "ClaudeAgentOptions" && symbol !== "ClaudeCodeOptions" && symbol !== "replace") continue;
    const value = evaluator.evaluate(node, scope);
    if (symbol === "replace" && !alternatives(value).some((alt) => evaluator.sdkKindOf(alt.value) === "options")) continue;
    addDrafts("sdk-options", afterMutations(node, value, scope, evaluator), module.locations.of(node));
  }

  for (const { node, scope, symbol } of sdkCalls) {
    if (symbol !== "query" && symbol !== "ClaudeSDKClient") continue;
    const optionsNode = keywordArgument(node, "options") ?? positionalArgument(node, symbol === "query" ? 1 : 0);
    const options = optionsNode ? evaluator.evaluate(optionsNode, scope) : undefined;
    const targets = !options || options.kind === "null" ? addDrafts("sdk-options", { kind: "object", entries: [], open: false, loc: module.locations.of(node) }, module.locations.of(node)) : draftsFor(options, drafts);
    if (symbol === "query") {
      const prompt = keywordArgument(node, "prompt") ?? positionalArgument(node, 0);
      if (prompt) for (const draft of targets) draft.queryPrompts.push(evaluator.evaluate(prompt, scope));
      continue;
    }
    const client = clientName(node);
    if (!client) continue;
    for (const use of calls) {
      const method = clientMethod(use, client);
      if (!method || evaluator.scopeOf(module, use).fn?.id !== scope.fn?.id) continue;
      const argument = positionalArgument(use, 0) ?? keywordArgument(use, method === "query" ? "prompt" : "mode");
      if (!argument) continue;
      const value = evaluator.evaluate(argument, evaluator.scopeOf(module, use));
      for (const draft of targets) (method === "query" ? draft.queryPrompts : draft.runtimePermissionModes).push(value);
    }
  }

  for (const { node, scope, symbol } of sdkCalls) {
    if (symbol === "AgentDefinition") addDrafts("agent-definition", evaluator.evaluate(node, scope), module.locations.of(node));
  }
  linkSubagents(order, drafts, evaluator, module, addDrafts);
  order.push(...adapterUses(module, evaluator, calls, new Set(sdkCalls.map((call) => call.node.id)), mayCallPartial));

  const specs = new Map<AgentDraft, AgentSpec>();
  const toSpec = (draft: AgentDraft): AgentSpec => {
    const existing = specs.get(draft);
    if (existing) return existing;
    const parent = draft.parent ? toSpec(draft.parent) : undefined;
    const spec: AgentSpec = {
      kind: draft.kind,
      language: "python",
      file: module.path,
      loc: draft.loc,
      options: draft.options,
      queryPrompts: draft.queryPrompts,
      runtimePermissionModes: draft.runtimePermissionModes,
      ...(draft.name !== undefined ? { name: draft.name } : {}),
      ...(draft.when ? { when: draft.when } : {}),
      ...(parent ? { parent } : {}),
    };
    specs.set(draft, spec);
    return spec;
  };
  return [...order].sort((a, b) => a.loc.start - b.loc.start || (a.kind === b.kind ? 0 : a.kind === "sdk-options" ? -1 : 1)).map(toSpec);
}

/**
 * Each use of an adapter (see adapters.ts) whose arguments change the options of an SDK call
 * inside: one agent per use and options object, at the use.
 */
function adapterUses(module: PyModule, evaluator: Evaluator, calls: readonly Node[], sdkCallIds: ReadonlySet<number>, mayCallPartial: boolean): AgentDraft[] {
  const adapters = new Adapters(evaluator, (call, scope) => sdkSymbolOfCall(call, scope, evaluator, mayCallPartial));
  const found: AgentDraft[] = [];
  for (const node of calls) {
    if (evaluator.exhausted) break;
    const callee = node.childForFieldName("function");
    if (!callee || sdkCallIds.has(node.id) || !mayNameDefinition(module, callee)) continue;
    const args = callArguments(node);
    if (!args.some((argument) => mayPassKnownValues(module, argument.value))) continue;
    const scope = evaluator.scopeOf(module, node);
    const target = evaluator.callTarget(callee, scope);
    const inner = target ? adapters.innerCalls(target) : [];
    // A use that passes nothing known (`Manager(self.paths)`) decides nothing a rule could judge.
    if (!target || inner.length === 0 || !args.some((argument) => knownValues(evaluator.evaluate(argument.value, scope)).size > 0)) continue;
    const loc = module.locations.of(node);
    const byObject = new Map<string, AgentDraft[]>();
    for (const call of inner) {
      const used = evaluator.useScope(target, call.fn, args, scope);
      if (!used) continue;
      const usedOptions = innerOptions(call, used, evaluator);
      const unbound = innerOptions(call, { module: target.module, fn: call.fn }, evaluator);
      if (!addsKnownValues(usedOptions, unbound)) continue;
      const options = useView(usedOptions, unbound);
      const prompt = call.symbol === "query" ? (keywordArgument(call.node, "prompt") ?? positionalArgument(call.node, 0)) : undefined;
      for (const alt of alternatives(options)) {
        if (alt.value.kind !== "object") continue;
        const key = `${sdkObjectKey(alt.value.loc)}|${alt.when}`;
        let targets = byObject.get(key);
        if (!targets) {
          targets = [{ kind: "sdk-options", loc, options: alt.value, when: alt.when, queryPrompts: [], runtimePermissionModes: [] }];
          byObject.set(key, targets);
          found.push(...targets);
        }
        if (prompt) for (const draft of targets) draft.queryPrompts.push(evaluator.evaluate(prompt, used));
      }
    }
  }
  return found;
}

/**
 * Whether a callee may name a project function or class: a name (or `module.name`) every
 * binding of which is a definition or an import. Variables are not followed: evaluating them
 * for every call of a module costs more than the uses they could reveal.
 */
function mayNameDefinition(module: PyModule, callee: Node): boolean {
  const name = callee.type === "identifier" ? callee : callee.type === "attribute" ? callee.childForFieldName("object") : null;
  if (name?.type !== "identifier") return false;
  const kinds = callee.type === "identifier" ? DEFINITIONS : IMPORTS;
  const definedInModule = module.bindings(module.root, name.text);
  if (definedInModule.length === 0 || !allOfKinds(definedInModule, kinds)) return false;
  for (let fn = module.enclosingFunction(callee); fn; fn = module.enclosingFunction(fn)) {
    if (!allOfKinds(module.bindings(fn, name.text), kinds)) return false;
  }
  return true;
}

const kindChecks = new WeakMap<readonly Binding[], Map<ReadonlySet<string>, boolean>>();

/**
 * Whether every binding in the list is of one of `kinds`; remembered per list, as every call
 * of a name asks it again (a generated module binds one name thousands of times).
 */
function allOfKinds(bindings: readonly Binding[], kinds: ReadonlySet<string>): boolean {
  let answers = kindChecks.get(bindings);
  if (!answers) kindChecks.set(bindings, (answers = new Map()));
  let answer = answers.get(kinds);
  if (answer === undefined) {
    answer = bindings.every((binding) => kinds.has(binding.kind));
    answers.set(kinds, answer);
  }
  return answer;
}

/**
 * A literal, or a name bound only by assignments (`options = SessionOptions(max_turns=3)`): a
 * use passing neither is checked no further.
 */
function mayPassKnownValues(module: PyModule, argument: Node): boolean {
  if (LITERALS.has(argument.type)) return true;
  if (argument.type !== "identifier") return false;
  const scope = module.enclosingFunction(argument) ?? module.root;
  const local = module.bindings(scope, argument.text);
  const bindings = local.length > 0 ? local : module.bindings(module.root, argument.text);
  return bindings.length > 0 && allOfKinds(bindings, ASSIGNMENTS);
}

/** Argument forms that may pass known values. */
const LITERALS: ReadonlySet<string> = new Set(["string", "concatenated_string", "integer", "float", "true", "false", "none", "list", "tuple", "set", "dictionary", "binary_operator"]);

const DEFINITIONS: ReadonlySet<string> = new Set(["def", "class", "import-name"]);
const IMPORTS: ReadonlySet<string> = new Set(["import-module", "import-name"]);
const ASSIGNMENTS: ReadonlySet<string> = new Set(["assign"]);

/** The options an SDK call inside an adapter carries, evaluated in `scope`. */
function innerOptions(call: InnerSdkCall, scope: Scope, evaluator: Evaluator): RValue {
  if (call.symbol !== "query" && call.symbol !== "ClaudeSDKClient") return afterMutations(call.node, evaluator.evaluate(call.node, scope), scope, evaluator);
  const options = keywordArgument(call.node, "options") ?? positionalArgument(call.node, call.symbol === "query" ? 1 : 0);
  return options ? evaluator.evaluate(options, scope) : { kind: "null", loc: scope.module.locations.of(call.node) };
}

/** The SDK name a call calls (`ClaudeAgentOptions`, `query`, `replace` for `dataclasses.replace`), if any. */
function sdkSymbolOfCall(node: Node, scope: Scope, evaluator: Evaluator, mayCallPartial: boolean): string | undefined {
  const name = calleeName(node);
  const callee = node.childForFieldName("function");
  if (!name || !callee) return undefined;
  if (!(INTERESTING.has(name) || importedFromSdk(scope.module, callee))) {
    return mayCallPartial ? evaluator.partialSymbol(callee, scope) : undefined;
  }
  const qualified = evaluator.qualified(callee, scope);
  if (qualified === "dataclasses.replace") return "replace";
  return sdkSymbolOf(qualified) ?? (qualified === "query" && passesSdkOptions(node, scope, evaluator) ? "query" : undefined);
}

/** An alias of an SDK name: `from claude_agent_sdk import ClaudeAgentOptions as Opts`. */
function importedFromSdk(module: PyModule, callee: Node): boolean {
  if (callee.type !== "identifier") return false;
  return module.bindings(module.root, callee.text).some((b) => b.kind === "import-name" && sdkSymbolOf(`${b.module}.${b.imported}`) !== undefined);
}

/**
 * A `query(prompt=..., options=opts)` whose `query` nothing in the module binds (a snippet that
 * leaves its imports out) is the SDK's when the options it passes are SDK options.
 */
function passesSdkOptions(call: Node, scope: Scope, evaluator: Evaluator): boolean {
  const options = keywordArgument(call, "options") ?? positionalArgument(call, 1);
  return options !== undefined && alternatives(evaluator.evaluate(options, scope)).some((alt) => evaluator.sdkKindOf(alt.value) === "options");
}

/** `options = ClaudeAgentOptions(...)` followed by `options.allowed_tools = [...]`. */
function afterMutations(call: Node, value: RValue, scope: Scope, evaluator: Evaluator): RValue {
  const assignment = call.parent;
  const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
  if (left?.type !== "identifier") return value;
  const scopeNode = scope.fn ?? scope.module.root;
  return evaluator.withMutations(value, left.text, scope, call.startIndex, scopeNode.endIndex);
}

function draftsFor(options: RValue, drafts: ReadonlyMap<string, AgentDraft[]>): AgentDraft[] {
  return alternatives(options).flatMap((alt) => drafts.get(sdkObjectKey(alt.value.loc)) ?? []);
}

/** The variable a client is bound to: `client = ClaudeSDKClient(...)` or `async with ClaudeSDKClient(...) as client`. */
function clientName(call: Node): string | undefined {
  const parent = call.parent;
  if (parent?.type === "assignment" && parent.childForFieldName("left")?.type === "identifier") return parent.childForFieldName("left")?.text;
  if (parent?.type === "as_pattern") {
    const alias = parent.childForFieldName("alias");
    const target = alias?.namedChild(0) ?? alias;
    if (target?.type === "identifier") return target.text;
  }
  return undefined;
}

function clientMethod(call: Node, client: string): "query" | "set_permission_mode" | undefined {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute" || callee.childForFieldName("object")?.text !== client) return undefined;
  const method = callee.childForFieldName("attribute")?.text;
  return method === "query" || method === "set_permission_mode" ? method : undefined;
}

/** Names subagents after their key in a parent's `agents`, and adds subagents written as dicts. */
function linkSubagents(
  order: readonly AgentDraft[],
  drafts: ReadonlyMap<string, AgentDraft[]>,
  evaluator: Evaluator,
  module: PyModule,
  addDrafts: (kind: AgentKind, value: RValue, loc: Location) => AgentDraft[],
): void {
  for (const parent of order.filter((d) => d.kind === "sdk-options")) {
    const agents = option(parent, "agents");
    if (!agents) continue;
    for (const map of alternatives(agents.value)) {
      if (map.value.kind !== "object") continue;
      for (const entry of map.value.entries) {
        for (const definition of alternatives(entry.value)) {
          if (definition.value.kind !== "object") continue;
          const known = evaluator.sdkKindOf(definition.value) === "definition" ? drafts.get(sdkObjectKey(definition.value.loc)) : undefined;
          const targets = known ?? (definition.value.loc.file === module.path && !drafts.has(sdkObjectKey(definition.value.loc)) ? addDrafts("agent-definition", definition.value, definition.value.loc) : []);
          for (const target of targets) {
            if (target.parent && target.parent !== parent) continue;
            // One definition built for several keys (`{k: make(k) for k in NAMES}`) has no single name.
            target.name = target.parent && target.name !== entry.key ? undefined : entry.key;
            target.parent = parent;
          }
        }
      }
    }
  }
}
