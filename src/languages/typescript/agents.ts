/**
 * Finds the agents a file builds: `query()` calls, V2 session functions, objects typed
 * `Options` / `AgentDefinition` (annotations, `satisfies`, `as`, return types, class fields),
 * their `agents` subagents, and `setPermissionMode` calls on a query. Object-level
 * alternatives become one AgentSpec each; one options object used twice is one agent.
 */
import { Node, ts, type CallExpression, type Expression, type NewExpression, type TypeNode } from "./morph.js";
import type { Location } from "../../core/types.js";
import { option, type AgentApi, type AgentKind, type AgentLanguage, type AgentSpec } from "../../model/agent.js";
import { alternatives, type RValue } from "../../model/value.js";
import type { Candidates } from "./candidates.js";
import { TOP_FRAME, type Evaluator, type Frame } from "./evaluator.js";
import { useView } from "../adapter-view.js";
import { addsKnownValues } from "../known-values.js";
import { Adapters } from "./adapters.js";
import { morphNodeOf } from "./project.js";
import { declarationOf } from "./scope.js";
import { hasSdkSpecificOptionKey, type SdkRecognizer } from "./sdk.js";
import type { ObjectValue } from "./values.js";

/** Where each SDK entry point takes its prompt and options (argument indexes), and which API it is. */
const ENTRY_POINTS: Readonly<Record<string, { prompt?: number; options?: number; params?: number; api: AgentApi }>> = {
  query: { params: 0, api: "query" },
  unstable_v2_createSession: { options: 0, api: "session" },
  unstable_v2_resumeSession: { options: 1, api: "session" },
  unstable_v2_prompt: { prompt: 0, options: 1, api: "session" },
};

/** Methods on a query or V2 session that change the agent after it started. */
const RUNTIME_METHODS = new Set(["setPermissionMode", "send"]);

/** Method names worth a closer look: SDK entry points reached through a namespace, and runtime methods. */
export const CANDIDATE_METHODS: ReadonlySet<string> = new Set([...Object.keys(ENTRY_POINTS), ...RUNTIME_METHODS]);

interface Draft {
  readonly kind: AgentKind;
  readonly loc: Location;
  /** The latest resolution wins: a use sees the writes made before it. */
  options: ObjectValue;
  /** Found through a type annotation only (no `query()` uses it yet). */
  typed: boolean;
  /** The entry points that use it; more than one leaves the API unknown. */
  readonly apis: Set<AgentApi>;
  readonly when: string;
  readonly name?: string;
  readonly prompts: RValue[];
  readonly runtimeModes: RValue[];
}

export class AgentFinder {
  private readonly drafts = new Map<string, Draft>();
  private readonly byCall = new Map<CallExpression, Draft[]>();
  private readonly adapters: Adapters;

  constructor(
    private readonly evaluator: Evaluator,
    private readonly sdk: SdkRecognizer,
    private readonly language: AgentLanguage,
  ) {
    this.adapters = new Adapters(evaluator, CANDIDATE_METHODS, (call) => this.isEntryPoint(call));
  }

  find(candidates: Candidates): AgentSpec[] {
    const runtimeCalls: CallExpression[] = [];
    for (const node of candidates.typed) this.typedObject(node);
    const uses: Array<CallExpression | NewExpression> = [];
    for (const node of candidates.calls) {
      if (!Node.isCallExpression(node)) continue;
      const callee = node.getExpression();
      if (Node.isPropertyAccessExpression(callee) && RUNTIME_METHODS.has(callee.getName())) runtimeCalls.push(node);
      else if (!this.entryPointCall(node) && Node.isIdentifier(callee)) uses.push(node);
    }
    for (const call of runtimeCalls) this.runtimeCall(call);
    for (const node of candidates.constructions) if (Node.isNewExpression(node)) uses.push(node);
    for (const use of uses.sort((a, b) => a.getStart() - b.getStart())) {
      if (this.evaluator.exhausted) break;
      this.adapterUse(use);
    }
    return this.finish();
  }

  private typedObject(node: Node): void {
    if (Node.isVariableDeclaration(node) || Node.isPropertyDeclaration(node)) {
      const initializer = node.getInitializer();
      const type = this.sdk.typeOf(node.getTypeNode() ?? jsDocType(node));
      const name = node.getNameNode();
      if (!type || !initializer) return;
      const value = Node.isVariableDeclaration(node) && Node.isIdentifier(name) ? this.evaluator.declarationValue(name, undefined, TOP_FRAME) : this.evaluator.evaluate(initializer);
      this.addTyped(type, initializer, value);
    } else if (Node.isSatisfiesExpression(node) || Node.isAsExpression(node)) {
      const type = this.sdk.typeOf(node.getTypeNode());
      if (type) this.addTyped(type, node.getExpression(), this.evaluator.evaluate(node.getExpression()));
    } else if (Node.isFunctionDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node)) {
      const returnType = node.getReturnTypeNode();
      const type = this.sdk.typeOf(Node.isTypeReference(returnType) && returnType.getTypeName().getText() === "Promise" ? returnType.getTypeArguments()[0] : returnType);
      if (type !== "options") return;
      const value = this.evaluator.returnsOf(node, TOP_FRAME, this.evaluator.loc(node));
      this.addAgents("sdk-options", value, this.evaluator.loc((Node.isArrowFunction(node) ? undefined : node.getNameNode()) ?? node), { typed: true });
    }
  }

  private addTyped(type: "options" | "agent-definition" | "agent-definitions", expression: Expression, value: RValue): void {
    let inner: Node = expression;
    while (Node.isAsExpression(inner) || Node.isSatisfiesExpression(inner) || Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
    const anchor = this.evaluator.loc(inner);
    if (type === "agent-definitions") {
      for (const { value: map, when } of alternatives(value)) {
        if (map.kind !== "object") continue;
        for (const entry of map.entries) this.addAgents("agent-definition", entry.value, this.inFile(entry.keyLoc, anchor), { typed: true, outerWhen: when, name: entry.key });
      }
      return;
    }
    this.addAgents(type === "options" ? "sdk-options" : "agent-definition", value, anchor, { typed: true });
  }

  /** Whether a call is an SDK entry point, by its callee (what it passes is not looked at). */
  isEntryPoint(call: CallExpression): boolean {
    const exported = this.sdk.exportOf(call.getExpression());
    return ENTRY_POINTS[exported ?? ""] !== undefined || (exported === undefined && this.sdk.isUnresolvedQuery(call.getExpression()));
  }

  /** An SDK entry-point call; false when the call is not one. */
  private entryPointCall(call: CallExpression): boolean {
    const found = this.entryValues(call, TOP_FRAME);
    if (!found) return false;
    const drafts = this.addAgents("sdk-options", found.options, found.optionsAnchor, { typed: false });
    for (const draft of drafts) draft.apis.add(found.api);
    if (found.prompt) for (const draft of drafts) draft.prompts.push(found.prompt);
    this.byCall.set(call, drafts);
    return true;
  }

  /** The options and prompt an SDK entry-point call passes, evaluated in `frame`; undefined when the call is not one. */
  private entryValues(call: CallExpression, frame: Frame): { options: RValue; optionsAnchor: Location; prompt: RValue | undefined; api: AgentApi } | undefined {
    const exported = this.sdk.exportOf(call.getExpression());
    const unresolved = exported === undefined && this.sdk.isUnresolvedQuery(call.getExpression());
    const entry = ENTRY_POINTS[unresolved ? "query" : (exported ?? "")];
    if (!entry) return undefined;
    const args = call.getArguments() as Expression[];
    const callLoc = this.evaluator.loc(call);
    if (entry.params !== undefined) {
      const params = args[entry.params];
      const found = params ? this.queryParams(params, callLoc, frame) : { options: { kind: "null", loc: callLoc } as const, optionsAnchor: callLoc, prompt: undefined };
      if (unresolved && (!found.prompt || !hasSdkSpecificOptionKey(found.options))) return undefined;
      return { ...found, api: entry.api };
    }
    const optionsArg = entry.options === undefined ? undefined : args[entry.options];
    const promptArg = entry.prompt === undefined ? undefined : args[entry.prompt];
    return {
      options: optionsArg ? this.evaluator.evaluate(optionsArg, frame) : { kind: "null", loc: callLoc },
      optionsAnchor: optionsArg ? this.evaluator.loc(optionsArg) : callLoc,
      prompt: promptArg ? this.evaluator.evaluate(promptArg, frame) : undefined,
      api: entry.api,
    };
  }

  /**
   * A use of an adapter (see adapters.ts) is an agent of its own when what it passes changes the
   * options of an SDK call inside: reported at the use, with the options that use gives.
   */
  private adapterUse(site: CallExpression | NewExpression): void {
    const adapter = this.adapters.adapterOf(site);
    if (!adapter || adapter.parameters.length === 0 || site.getArguments().length === 0) return;
    const frame = this.adapters.frameOf(adapter, site);
    const siteLoc = this.evaluator.loc(site);
    for (const call of adapter.calls) {
      const used = this.entryValues(call, frame);
      const unbound = this.entryValues(call, TOP_FRAME);
      if (!used || !unbound || !addsKnownValues(used.options, unbound.options)) continue;
      const drafts = this.addAgents("sdk-options", useView(used.options, unbound.options), siteLoc, { typed: false, at: siteLoc });
      for (const draft of drafts) draft.apis.add(used.api);
      if (used.prompt) for (const draft of drafts) draft.prompts.push(used.prompt);
    }
  }

  /** `query({ prompt, options })`: the options value, where to anchor it, and the prompt. */
  private queryParams(params: Expression, callLoc: Location, frame: Frame): { options: RValue; optionsAnchor: Location; prompt: RValue | undefined } {
    if (Node.isObjectLiteralExpression(params) && !params.getProperties().some((property) => Node.isSpreadAssignment(property))) {
      const optionsProperty = params.getProperty("options");
      const promptProperty = params.getProperty("prompt");
      return {
        options: optionsProperty ? this.propertyValue(optionsProperty, frame) : { kind: "null", loc: callLoc },
        optionsAnchor: optionsProperty ? this.evaluator.loc(optionsProperty) : callLoc,
        prompt: promptProperty ? this.propertyValue(promptProperty, frame) : undefined,
      };
    }
    const value = this.evaluator.evaluate(params, frame);
    const anchor = this.evaluator.loc(params);
    const prompt = this.evaluator.readProperty(value, "prompt", anchor);
    return { options: this.evaluator.readProperty(value, "options", anchor), optionsAnchor: anchor, prompt: prompt.kind === "null" ? undefined : prompt };
  }

  private propertyValue(property: Node, frame: Frame): RValue {
    if (Node.isPropertyAssignment(property)) return this.evaluator.evaluate(property.getInitializerOrThrow(), frame);
    if (Node.isShorthandPropertyAssignment(property)) return this.evaluator.identifierValue(property.getNameNode(), frame);
    return { kind: "function", loc: this.evaluator.loc(property) };
  }

  /** `q.setPermissionMode(mode)` and V2 `session.send(prompt)` where `q` holds an entry point's result. */
  private runtimeCall(call: CallExpression): void {
    const callee = call.getExpression();
    const argument = call.getArguments()[0];
    if (!Node.isPropertyAccessExpression(callee) || !argument) return;
    let receiver: Node = callee.getExpression();
    if (Node.isIdentifier(receiver)) {
      const declaring = declarationOf(receiver);
      const declaration = declaring?.getParent();
      if (!Node.isVariableDeclaration(declaration)) return;
      const initializer = declaration.getInitializer();
      if (!initializer) return;
      receiver = initializer;
    }
    while (Node.isAwaitExpression(receiver) || Node.isParenthesizedExpression(receiver)) receiver = receiver.getExpression();
    if (!Node.isCallExpression(receiver)) return;
    const drafts = this.byCall.get(receiver);
    if (!drafts) return;
    const value = this.evaluator.evaluate(argument);
    for (const draft of drafts) (callee.getName() === "send" ? draft.prompts : draft.runtimeModes).push(value);
  }

  /** One draft per object-level alternative of `value`; merged with an earlier draft at the same place. */
  private addAgents(kind: AgentKind, value: RValue, fallback: Location, how: { typed: boolean; outerWhen?: string; name?: string; at?: Location }): Draft[] {
    const drafts: Draft[] = [];
    const name = how.name;
    for (const { value: concrete, when } of alternatives(value, how.outerWhen ?? "")) {
      const options = asOptions(concrete, fallback);
      const loc = how.at ?? this.inFile(options.loc, fallback);
      const key = `${kind}|${loc.start}|${loc.end}|${when}|${name ?? ""}`;
      let draft = this.drafts.get(key);
      if (!draft) {
        draft = { kind, loc, options, typed: how.typed, apis: new Set(), when, prompts: [], runtimeModes: [], ...(name === undefined ? {} : { name }) };
        this.drafts.set(key, draft);
      } else if (!how.typed) {
        draft.options = options;
        draft.typed = false;
      }
      drafts.push(draft);
    }
    return drafts;
  }

  private inFile(loc: Location, fallback: Location): Location {
    return loc.file === fallback.file ? loc : fallback;
  }

  private finish(): AgentSpec[] {
    const specs: AgentSpec[] = [];
    const drafts = [...this.drafts.values()];
    const used = drafts.filter((draft) => !draft.typed).map((draft) => draft.loc);
    // A typed fragment spread into other options (`...defaults`) is part of that agent, not one
    // of its own; a typed object a `query()` uses is reported once, as resolved at that use.
    const redundant = (draft: Draft): boolean =>
      this.evaluator.wasSpread(draft.options.loc) ||
      used.some((loc) => loc.start <= draft.loc.start && draft.loc.end <= loc.end && (draft.kind === "sdk-options" || loc.start === draft.loc.start));
    const kept = drafts.filter((draft) => !draft.typed || !redundant(draft));
    // One subagent declared once is one agent, whichever alternatives of its parent hold it.
    const subagentKeys = new Set<string>();
    const subagentSpans = new Set<string>();
    for (const draft of kept.filter((candidate) => candidate.kind === "sdk-options")) {
      const spec = this.spec(draft);
      specs.push(spec);
      for (const definition of this.subagents(spec)) {
        const key = `${definition.name ?? ""}|${spanKey(definition.loc)}|${definition.when ?? ""}`;
        if (subagentKeys.has(key)) continue;
        subagentKeys.add(key);
        subagentSpans.add(spanKey(definition.loc));
        specs.push(definition);
      }
    }
    for (const draft of kept.filter((candidate) => candidate.kind === "agent-definition")) {
      if (!subagentSpans.has(spanKey(draft.loc))) specs.push(this.spec(draft));
    }
    return specs;
  }

  private spec(draft: Draft, parent?: AgentSpec): AgentSpec {
    const [api, ...others] = draft.apis;
    return {
      kind: draft.kind,
      language: this.language,
      ...(api && others.length === 0 ? { api } : {}),
      file: draft.loc.file,
      loc: draft.loc,
      options: draft.options,
      queryPrompts: draft.prompts,
      runtimePermissionModes: draft.runtimeModes,
      ...(draft.name === undefined ? {} : { name: draft.name }),
      ...(draft.when ? { when: draft.when } : {}),
      ...(parent ? { parent } : {}),
    };
  }

  /** The `agents: { name: AgentDefinition }` entries of an options spec. */
  private subagents(parent: AgentSpec): AgentSpec[] {
    const agents = option(parent, "agents");
    if (!agents) return [];
    const specs: AgentSpec[] = [];
    for (const { value: map, when: mapWhen } of alternatives(agents.value)) {
      if (map.kind !== "object") continue;
      for (const entry of map.entries) {
        const anchor = this.inFile(entry.keyLoc, this.inFile(agents.keyLoc, parent.loc));
        for (const { value, when } of alternatives(entry.value, mapWhen)) {
          const options = asOptions(value, anchor);
          const draft: Draft = { kind: "agent-definition", loc: this.inFile(options.loc, anchor), options, typed: false, apis: new Set(), when, name: entry.key, prompts: [], runtimeModes: [] };
          specs.push(this.spec(draft, parent));
        }
      }
    }
    return specs;
  }
}

function spanKey(loc: Location): string {
  return `${loc.start}|${loc.end}`;
}

/** The type a JSDoc `@type` tag gives a declaration in a JavaScript file. */
function jsDocType(node: Node): TypeNode | undefined {
  const tagged = ts.getJSDocType(node.compilerNode);
  const type = tagged ? morphNodeOf(node.getSourceFile(), tagged) : undefined;
  return type && Node.isTypeNode(type) ? type : undefined;
}

/** The options object of one alternative: unknown values are open (anything may be set), anchored where they are used. */
function asOptions(value: RValue, fallback: Location): ObjectValue {
  if (value.kind === "object") return value;
  if (value.kind === "null") return { kind: "object", entries: [], open: false, loc: fallback };
  return { kind: "object", entries: [], open: true, loc: fallback };
}
