/**
 * Writes into the process's own environment (see EnvironmentWrite): `process.env.NAME = v`,
 * `process.env["NAME"] = v`, `process.env.NAME ??= v`, `process.env = { ...process.env, NAME: v }`
 * and `Object.assign(process.env, { NAME: v })`. Names only known at run time are skipped.
 */
import type { EnvironmentWrite } from "../../model/file-model.js";
import { environmentEntries } from "../environment-entries.js";
import { environmentVariableName, isProcessEnv } from "./conditions.js";
import type { Evaluator } from "./evaluator.js";
import { Node, SyntaxKind } from "./morph.js";

export function environmentWritesOf(nodes: readonly Node[], evaluator: Evaluator): EnvironmentWrite[] {
  return nodes.flatMap((node): EnvironmentWrite[] => {
    if (Node.isCallExpression(node)) {
      return node.getArguments().slice(1).flatMap((source) => environmentEntries(evaluator.evaluate(source), "Object.assign(process.env)"));
    }
    if (!Node.isBinaryExpression(node)) return [];
    const target = node.getLeft();
    const operator = node.getOperatorToken().getKind();
    const defaults = operator === SyntaxKind.QuestionQuestionEqualsToken || operator === SyntaxKind.BarBarEqualsToken;
    if (operator !== SyntaxKind.EqualsToken && !defaults) return [];
    const value = evaluator.evaluate(node.getRight());
    if (isProcessEnv(target)) return environmentEntries(value, "process.env");
    const name = environmentVariableName(target);
    if (!name) return [];
    const nameNode = Node.isPropertyAccessExpression(target) ? target.getNameNode() : Node.isElementAccessExpression(target) ? target.getArgumentExpression() : undefined;
    return [{ name, nameLoc: evaluator.loc(nameNode ?? target), value, api: "process.env" }];
  });
}
