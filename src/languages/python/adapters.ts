/**
 * Adapters: a project function or class that builds SDK options from what its caller passes
 * (`ClaudeAdapter(max_turns=100000)`, whose `__init__` stores what a method later hands to
 * `ClaudeAgentOptions`; `run_agent({"permission_mode": ...})`). Where the adapter is used is
 * where those options are decided, so each use is an agent of its own: the SDK calls inside,
 * evaluated with the adapter's parameters (or its instance's construction) bound to the
 * arguments of that use.
 */
import type { Node } from "web-tree-sitter";
import { classOfMethod } from "./classes.js";
import type { CallTarget, Evaluator, Scope } from "./evaluate.js";

/** An SDK call inside an adapter, and the function (the adapter, or a method of it) it is made in. */
export interface InnerSdkCall {
  readonly node: Node;
  readonly symbol: string;
  readonly fn: Node;
}

/** The SDK names whose calls carry an agent's options. */
const OPTION_CARRIERS = new Set(["ClaudeAgentOptions", "ClaudeCodeOptions", "query", "ClaudeSDKClient"]);

export class Adapters {
  private readonly inner = new Map<string, readonly InnerSdkCall[]>();

  /** `sdkSymbolOf` names the SDK name a call calls in a scope, if any. */
  constructor(
    private readonly evaluator: Evaluator,
    private readonly sdkSymbolOf: (call: Node, scope: Scope) => string | undefined,
  ) {}

  /** The SDK calls made directly in a function, or in the methods of a class. */
  innerCalls(target: CallTarget): readonly InnerSdkCall[] {
    const key = `${target.module.absolutePath}:${target.node.id}`;
    let found = this.inner.get(key);
    if (!found) {
      const calls: InnerSdkCall[] = [];
      // Most functions and classes name no SDK call: their text says so before any node is visited.
      const text = target.node.text;
      const names = [...OPTION_CARRIERS].some((name) => text.includes(name));
      for (const node of names ? target.node.descendantsOfType("call") : []) {
        if (!node || this.evaluator.exhausted) continue;
        const fn = target.module.enclosingFunction(node);
        const owned = target.kind === "def" ? fn?.id === target.node.id : fn !== null && classOfMethod(fn)?.id === target.node.id;
        if (!fn || !owned) continue;
        const symbol = this.sdkSymbolOf(node, { module: target.module, fn });
        if (symbol && OPTION_CARRIERS.has(symbol)) calls.push({ node, symbol, fn });
      }
      found = calls;
      this.inner.set(key, found);
    }
    return found;
  }
}
