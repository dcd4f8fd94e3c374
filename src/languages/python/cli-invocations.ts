/**
 * Programs started from Python code: `subprocess` (`run`, `Popen`, `call`, `check_call`,
 * `check_output`, with or without `shell=True`, `getoutput`), `asyncio.create_subprocess_exec`
 * and `_shell`, `os.system`, `os.popen`, the `os.exec*` family and `pexpect`. The function
 * is recognised from its import, never from its name alone; the arguments are resolved.
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import type { CliInvocation } from "../../model/file-model.js";
import { alternatives, type RValue } from "../../model/value.js";
import { calleeName, callArguments, type Argument } from "./arguments.js";
import type { Evaluator, Scope } from "./evaluate.js";
import type { PyModule } from "./module.js";
import { mapAlternatives, truthiness } from "./values.js";

type LaunchForm =
  /** `subprocess.run(args, shell=…)`: an argument vector, or a command line with `shell=True`. */
  | "subprocess"
  /** `os.system(command)`: a command line. */
  | "line"
  /** `create_subprocess_exec(program, *args)`. */
  | "program-then-args"
  /** `os.execvp(file, argv)`: argv[0] names the program again. */
  | "file-then-argv"
  /** `os.execlp(file, arg0, *args)`. */
  | "file-then-arg0-and-args"
  /** `pexpect.spawn(command, args=[…])`: a command line unless `args` is given. */
  | "pexpect";

const FORM_BY_FUNCTION: Readonly<Record<string, LaunchForm>> = {
  "subprocess.run": "subprocess",
  "subprocess.Popen": "subprocess",
  "subprocess.call": "subprocess",
  "subprocess.check_call": "subprocess",
  "subprocess.check_output": "subprocess",
  "subprocess.getoutput": "line",
  "subprocess.getstatusoutput": "line",
  "asyncio.create_subprocess_exec": "program-then-args",
  "asyncio.create_subprocess_shell": "line",
  "os.system": "line",
  "os.popen": "line",
  "os.execv": "file-then-argv",
  "os.execve": "file-then-argv",
  "os.execvp": "file-then-argv",
  "os.execvpe": "file-then-argv",
  "os.execl": "file-then-arg0-and-args",
  "os.execlp": "file-then-arg0-and-args",
  "pexpect.spawn": "pexpect",
  "pexpect.run": "line",
};
const FUNCTION_NAMES = new Set(Object.keys(FORM_BY_FUNCTION).map((name) => name.slice(name.lastIndexOf(".") + 1)));

/** `calls` holds every call node of the module, in source order. */
export function extractCliInvocations(module: PyModule, evaluator: Evaluator, calls: readonly Node[]): CliInvocation[] {
  return calls.flatMap((call): CliInvocation[] => {
    if (evaluator.exhausted) return [];
    const name = calleeName(call);
    const callee = call.childForFieldName("function");
    // A bare name may be an import under another name (`from subprocess import run as sh`).
    if (!name || !callee || (callee.type !== "identifier" && !FUNCTION_NAMES.has(name))) return [];
    const scope = evaluator.scopeOf(module, call);
    const api = evaluator.qualified(callee, scope);
    const invocation = api ? invocationOf(api, call, scope, evaluator, module.locations.of(call)) : undefined;
    return invocation ? [invocation] : [];
  });
}

/** The program `call` starts, when `api` (its resolved callee) is a launching function. */
export function invocationOf(api: string, call: Node, scope: Scope, evaluator: Evaluator, loc: Location): CliInvocation | undefined {
  const form = FORM_BY_FUNCTION[api];
  const launch = form ? launchOf(form, callArguments(call), scope, evaluator, loc) : undefined;
  return launch ? { loc, api, ...launch } : undefined;
}

type Launch = Omit<CliInvocation, "loc" | "api">;

function launchOf(form: LaunchForm, args: readonly Argument[], scope: Scope, evaluator: Evaluator, loc: Location): Launch | undefined {
  const positional = args.filter((argument) => argument.kind === "positional").map((argument) => argument.value);
  const value = (node: Node | undefined): RValue | undefined => (node ? evaluator.evaluate(node, scope) : undefined);
  const keyword = (name: string): Node | undefined =>
    args.find((argument): argument is Extract<Argument, { kind: "keyword" }> => argument.kind === "keyword" && argument.name.text === name)?.value;
  switch (form) {
    case "subprocess": {
      const command = value(positional[0] ?? keyword("args"));
      if (!command) return undefined;
      const shell = value(keyword("shell"));
      return { command, line: shell !== undefined && alwaysTrue(shell) };
    }
    case "line": {
      const command = value(positional[0] ?? keyword("cmd") ?? keyword("command"));
      return command ? { command, line: true } : undefined;
    }
    case "program-then-args": {
      const [first, ...rest] = args;
      const command = first?.kind === "positional" ? value(first.value) : undefined;
      return command ? { command, args: argumentArray(rest, scope, evaluator, loc), line: false } : undefined;
    }
    case "file-then-argv": {
      const command = value(positional[0]);
      const argv = value(positional[1]);
      if (!command || !argv) return undefined;
      return { command, args: mapAlternatives(argv, loc, (list) => (list.kind === "array" ? { ...list, elements: list.elements.slice(1) } : list)), line: false };
    }
    case "file-then-arg0-and-args": {
      const [first, , ...rest] = args;
      const command = first?.kind === "positional" ? value(first.value) : undefined;
      return command ? { command, args: argumentArray(rest, scope, evaluator, loc), line: false } : undefined;
    }
    case "pexpect": {
      const command = value(positional[0] ?? keyword("command"));
      if (!command) return undefined;
      const argv = value(positional[1] ?? keyword("args"));
      return argv ? { command, args: argv, line: false } : { command, line: true };
    }
  }
}

/** The positional and `*spread` arguments as one array value; an unknown spread leaves it open. */
function argumentArray(args: readonly Argument[], scope: Scope, evaluator: Evaluator, loc: Location): RValue {
  const elements: RValue[] = [];
  let open = false;
  for (const argument of args) {
    if (argument.kind === "positional") elements.push(evaluator.evaluate(argument.value, scope));
    if (argument.kind !== "list-splat") continue;
    const spread = evaluator.evaluate(argument.value, scope);
    if (spread.kind === "array") {
      elements.push(...spread.elements);
      open ||= spread.open;
    } else open = true;
  }
  return { kind: "array", elements, open, loc };
}

function alwaysTrue(value: RValue): boolean {
  return alternatives(value).every(({ value: concrete }) => truthiness(concrete) === true);
}
