/**
 * Programs started from TS/JS code: `child_process` (`spawn`, `execFile`, `fork`, their sync
 * forms, `exec`/`execSync`, also through `util.promisify`), `execa`, `cross-spawn`,
 * `Bun.spawn`, `Deno.Command` and `Deno.run`; template tags (zx, Bun Shell, execa) in
 * tagged-launches.ts. The launching function is recognised from its
 * import (or the runtime global), never from its name alone; the arguments are resolved.
 */
import type { CliInvocation } from "../../model/file-model.js";
import { entryOf, type RValue } from "../../model/value.js";
import type { Evaluator } from "./evaluator.js";
import { Node, type Expression } from "./morph.js";
import { declarationOf } from "./scope.js";
import { taggedInvocation } from "./tagged-launches.js";
import { mapAlternatives, truthiness, unknownValue } from "./values.js";

type LaunchForm =
  /** `spawn(program, args?, options?)`: the program and an argument array. */
  | "program"
  /** `exec(commandLine)`: a command line. */
  | "line"
  /** `Bun.spawn([program, ...args])` or `Bun.spawn({ cmd: [...] })`, `Deno.run({ cmd })`. */
  | "vector"
  /** `new Deno.Command(program, { args })`. */
  | "deno-command";

interface Launcher {
  readonly api: string;
  readonly form: LaunchForm;
}

const UTIL = new Set(["util", "node:util"]);
const FORM_BY_MODULE_FUNCTION: Readonly<Record<string, Readonly<Record<string, LaunchForm>>>> = {
  child_process: { spawn: "program", spawnSync: "program", execFile: "program", execFileSync: "program", fork: "program", exec: "line", execSync: "line" },
  execa: { execa: "program", execaSync: "program", execaCommand: "line", execaCommandSync: "line" },
  "cross-spawn": { "": "program", spawn: "program", sync: "program" },
};
const FORM_BY_GLOBAL: Readonly<Record<string, LaunchForm>> = {
  "Bun.spawn": "vector",
  "Bun.spawnSync": "vector",
  "Deno.run": "vector",
  "Deno.Command": "deno-command",
};
const MAX_HOPS = 6;

/** `nodes` are calls, `new` expressions and tagged templates; those that start no program are skipped. */
export function cliInvocationsOf(nodes: readonly Node[], evaluator: Evaluator): CliInvocation[] {
  const invocations: CliInvocation[] = [];
  const seen = new Set<Node>();
  for (const node of nodes) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (Node.isTaggedTemplateExpression(node)) {
      const invocation = taggedInvocation(evaluator, node);
      if (invocation) invocations.push(invocation);
      continue;
    }
    if (!(Node.isCallExpression(node) || Node.isNewExpression(node))) continue;
    const launcher = launcherOf(evaluator, node.getExpression(), 0);
    if (!launcher) continue;
    const args = node.getArguments() as Expression[];
    const invocation = invocationOf(evaluator, launcher, args, node);
    if (invocation) invocations.push(invocation);
  }
  return invocations.sort((a, b) => a.loc.start - b.loc.start);
}

function launcherOf(evaluator: Evaluator, callee: Node, hops: number): Launcher | undefined {
  if (hops > MAX_HOPS) return undefined;
  const qualified = evaluator.qualify(callee);
  if (qualified?.module) {
    const module = qualified.module.replace(/^node:/, "");
    const name = qualified.names.join(".");
    const form = qualified.names.length <= 1 ? FORM_BY_MODULE_FUNCTION[module]?.[name] : undefined;
    return form ? { api: name && name !== module ? `${module}.${name}` : module, form } : undefined;
  }
  const global = qualified && !declaredName(callee) ? qualified.names.join(".") : undefined;
  const globalForm = global ? FORM_BY_GLOBAL[global] : undefined;
  if (global && globalForm) return { api: global, form: globalForm };
  const promisified = promisifiedFunction(evaluator, callee);
  return promisified ? launcherOf(evaluator, promisified, hops + 1) : undefined;
}

/** True when the callee's first name is declared in the program (a local `Bun` is not the runtime). */
function declaredName(callee: Node): boolean {
  let first: Node = callee;
  while (Node.isPropertyAccessExpression(first)) first = first.getExpression();
  return Node.isIdentifier(first) && declarationOf(first) !== undefined;
}

/** `f` in `const run = promisify(f)` / `util.promisify(f)`, for a callee named `run`. */
function promisifiedFunction(evaluator: Evaluator, callee: Node): Node | undefined {
  if (!Node.isIdentifier(callee)) return undefined;
  const declaration = declarationOf(callee)?.getParent();
  const initializer = Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  if (!initializer || !Node.isCallExpression(initializer)) return undefined;
  const wrapper = evaluator.qualify(initializer.getExpression());
  const isPromisify = wrapper?.module !== undefined && UTIL.has(wrapper.module) && wrapper.names.join(".") === "promisify";
  return isPromisify ? initializer.getArguments()[0] : undefined;
}

function invocationOf(evaluator: Evaluator, launcher: Launcher, args: readonly Expression[], node: Node): CliInvocation | undefined {
  const [first, second, third] = args;
  if (!first) return undefined;
  const loc = evaluator.loc(node);
  const base = { loc, api: launcher.api };
  const command = evaluator.evaluate(first);
  switch (launcher.form) {
    case "line":
      return { ...base, command, line: true };
    case "vector":
      return { ...base, command: mapAlternatives(command, (value) => (value.kind === "object" ? entryValue(value, "cmd") : value)), line: false };
    case "deno-command": {
      if (!second) return { ...base, command, line: false };
      const options = evaluator.evaluate(second);
      return { ...base, command, args: mapAlternatives(options, (value) => (value.kind === "object" ? entryValue(value, "args", true) : value)), line: false };
    }
    case "program": {
      if (!second) return { ...base, command, line: false };
      const rest = evaluator.evaluate(second);
      // `spawn("claude -p …", { shell: true })`: the program is a command line.
      const options = rest.kind === "object" ? rest : third ? evaluator.evaluate(third) : undefined;
      if (rest.kind === "object" && options && shellOption(options)) return { ...base, command, line: true };
      return { ...base, command, args: rest, line: false };
    }
  }
}

/** An entry's value. A missing entry is unknown, or — with `absentIsEmpty`, in a closed object — nothing passed. */
function entryValue(value: Extract<RValue, { kind: "object" }>, key: string, absentIsEmpty = false): RValue {
  const entry = entryOf(value, key);
  if (entry) return entry.value;
  if (absentIsEmpty && !value.open) return { kind: "null", loc: value.loc };
  return unknownValue(`the ${key} of an options object`, value.loc);
}

function shellOption(options: RValue): boolean {
  const shell = options.kind === "object" ? entryOf(options, "shell") : undefined;
  return shell !== undefined && truthiness(shell.value) === true;
}
