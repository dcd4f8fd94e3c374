/**
 * Finds the agents a Python module builds with the Claude Agent SDK (or the legacy
 * `claude_code_sdk`): options constructions, `query()` and `ClaudeSDKClient` calls, and
 * subagents (`AgentDefinition(...)`, `agents={...}`).
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import { option, type AgentKind, type AgentSpec } from "../../model/agent.js";
import { alternatives, type RValue } from "../../model/value.js";
import { calleeName, keywordArgument, positionalArgument } from "./arguments.js";
import { sdkObjectKey, type Evaluator, type Scope } from "./evaluate.js";
import { sdkSymbolOf } from "./sdk-names.js";
import type { PyModule } from "./module.js";

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
    const name = calleeName(node);
    const callee = node.childForFieldName("function");
    if (!name || !callee) return [];
    if (!(INTERESTING.has(name) || importedFromSdk(module, callee))) {
      const symbol = mayCallPartial ? evaluator.partialSymbol(callee, evaluator.scopeOf(module, node)) : undefined;
      return symbol ? [{ node, scope: evaluator.scopeOf(module, node), symbol }] : [];
    }
    const scope = evaluator.scopeOf(module, node);
    const qualified = evaluator.qualified(callee, scope);
    const symbol = qualified === "dataclasses.replace" ? "replace" : (sdkSymbolOf(qualified) ?? (qualified === "query" && passesSdkOptions(node, scope, evaluator) ? "query" : undefined));
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
