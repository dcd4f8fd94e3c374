/**
 * Writes into the process's own environment (see EnvironmentWrite): `os.environ["NAME"] = v`,
 * `os.environ.setdefault("NAME", v)`, `os.environ.update({"NAME": v}, OTHER=v)` and
 * `os.putenv("NAME", v)`. Names only known at run time are skipped.
 */
import type { Node } from "web-tree-sitter";
import type { EnvironmentWrite } from "../../model/file-model.js";
import { environmentEntries } from "../environment-entries.js";
import { callArguments, positionalArgument } from "./arguments.js";
import type { Evaluator, Scope } from "./evaluate.js";
import type { PyModule } from "./module.js";

const ONE_VARIABLE = new Set(["os.environ.setdefault", "os.putenv"]);

export function extractEnvironmentWrites(module: PyModule, evaluator: Evaluator, calls: readonly Node[]): EnvironmentWrite[] {
  if (!module.text.includes("environ") && !module.text.includes("putenv")) return [];
  const writes: EnvironmentWrite[] = [];
  for (const call of calls) {
    const callee = call.childForFieldName("function");
    const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
    if (!callee || (method !== "setdefault" && method !== "update" && method !== "putenv") || evaluator.exhausted) continue;
    const scope = evaluator.scopeOf(module, call);
    const api = evaluator.qualified(callee, scope);
    if (api && ONE_VARIABLE.has(api)) {
      const name = positionalArgument(call, 0);
      const value = positionalArgument(call, 1);
      if (name && value) writes.push(...named(evaluator, name, value, scope, api));
    } else if (api === "os.environ.update") {
      for (const argument of callArguments(call)) {
        if (argument.kind === "keyword") writes.push({ name: argument.name.text, nameLoc: module.locations.of(argument.name), value: evaluator.evaluate(argument.value, scope), api });
        else if (argument.kind === "positional" || argument.kind === "dict-splat") writes.push(...environmentEntries(evaluator.evaluate(argument.value, scope), api));
      }
    }
  }
  for (const assignment of module.root.descendantsOfType("assignment")) {
    const left = assignment?.childForFieldName("left");
    const right = assignment?.childForFieldName("right");
    const target = left?.type === "subscript" ? left.childForFieldName("value") : undefined;
    const key = left?.type === "subscript" ? left.childForFieldName("subscript") : undefined;
    if (!assignment || !right || !target || !key || !target.text.includes("environ") || evaluator.exhausted) continue;
    const scope = evaluator.scopeOf(module, assignment);
    if (evaluator.qualified(target, scope) === "os.environ") writes.push(...named(evaluator, key, right, scope, "os.environ"));
  }
  return writes.sort((a, b) => a.nameLoc.start - b.nameLoc.start);
}

function named(evaluator: Evaluator, nameNode: Node, valueNode: Node, scope: Scope, api: string): EnvironmentWrite[] {
  const name = evaluator.evaluate(nameNode, scope);
  if (name.kind !== "string") return [];
  return [{ name: name.value, nameLoc: scope.module.locations.of(nameNode), value: evaluator.evaluate(valueNode, scope), api }];
}
