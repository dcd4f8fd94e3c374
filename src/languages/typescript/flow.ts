/**
 * Control flow the evaluator follows, kept simple on purpose: what a function returns (each
 * `return` under the conditions that lead to it) and what a variable holds at a use after
 * the writes between its declaration and that use (`opts.env = …`, `opts.tools.push(…)`,
 * `Object.assign(opts, …)`, reassignments in `if` branches).
 */
import {
  Node,
  SyntaxKind,
  ts,
  type ArrowFunction,
  type Expression,
  type FunctionDeclaration,
  type FunctionExpression,
  type GetAccessorDeclaration,
  type Identifier,
  type MethodDeclaration,
  type ReturnStatement,
  type Statement,
  type StatementedNode,
  type VariableDeclaration,
} from "./morph.js";
import type { Location } from "../../core/types.js";
import { sharedCondition, simplifyConditions } from "../../core/condition-terms.js";
import { alternatives, joinWhen, type Branch, type RValue } from "../../model/value.js";
import { describeCondition, negate, sourceText, subjectName } from "./conditions.js";
import { concatenate } from "./composites.js";
import type { Evaluator, Frame } from "./evaluator.js";
import { childrenOf } from "./children.js";
import { extendFrame } from "./frames.js";
import { appendAt, markOpen, mergeInto, setPath, type PathStep } from "./object-ops.js";
import { morphNodeOf } from "./project.js";
import { declarationOf, isFunction, memberPath } from "./scope.js";
import { MAX_ALTERNATIVES, oneOf, scalarText, truthiness, unknownValue } from "./values.js";

export type FunctionLike = FunctionDeclaration | ArrowFunction | FunctionExpression | MethodDeclaration | GetAccessorDeclaration;

type Condition =
  | { readonly kind: "test"; readonly expression: Expression; readonly holds: boolean }
  /** A `case` (label set) or the `default` clause (label unset, `others` are the case labels). */
  | { readonly kind: "case"; readonly subject: Expression; readonly label: Expression | undefined; readonly others: readonly Expression[] };

/** What a call of `target` returns: one branch per reachable `return`, with its conditions. */
export function functionReturns(evaluator: Evaluator, target: FunctionLike, frame: Frame): RValue {
  const body = target.getBody();
  const loc = evaluator.loc(target);
  if (!body) return unknownValue("a function without a body", loc);
  if (!Node.isBlock(body)) return evaluator.evaluate(body, frame);
  const branches: Branch[] = [];
  for (const { statement, conditions } of returnPathsOf(body)) {
    const whens: string[] = [];
    let definite = true;
    let reachable = true;
    for (const condition of conditions) {
      const truth = conditionTruth(evaluator, condition, frame);
      if (truth === undefined) {
        definite = false;
        whens.push(describe(condition));
      } else if (!truth) {
        reachable = false;
      }
    }
    if (!reachable) continue;
    const expression = statement.getExpression();
    branches.push({ value: expression ? evaluator.evaluate(expression, frame) : { kind: "null", loc: evaluator.loc(statement) }, when: whens.join(" and ") });
    if (definite) break;
  }
  if (branches.length === 0) return { kind: "null", loc };
  return oneOf(branches, loc);
}

interface ReturnPath {
  readonly statement: ReturnStatement;
  /** The conditions under which the statement runs. */
  readonly conditions: readonly Condition[];
}

/** Syntax only, the same for every call: worked out once per function body. */
const returnPaths = new WeakMap<ts.Node, readonly ReturnPath[]>();

function returnPathsOf(body: Node): readonly ReturnPath[] {
  let paths = returnPaths.get(body.compilerNode);
  if (!paths) {
    paths = returnsOf(body).map((statement) => ({ statement, conditions: conditionsOf(statement, body) }));
    returnPaths.set(body.compilerNode, paths);
  }
  return paths;
}

function returnsOf(body: Node): ReturnStatement[] {
  const found: ReturnStatement[] = [];
  const visit = (node: Node): void => {
    if (Node.isReturnStatement(node)) found.push(node);
    if (isFunction(node) || Node.isClassDeclaration(node) || Node.isClassExpression(node)) return;
    node.forEachChild(visit);
  };
  body.forEachChild(visit);
  return found;
}

function conditionsOf(statement: Node, body: Node): Condition[] {
  const conditions: Condition[] = [];
  let child: Node = statement;
  for (let parent = child.getParent(); parent && child !== body; child = parent, parent = parent.getParent()) {
    if (Node.isIfStatement(parent)) {
      if (child === parent.getThenStatement()) conditions.unshift({ kind: "test", expression: parent.getExpression(), holds: true });
      else if (child === parent.getElseStatement()) conditions.unshift({ kind: "test", expression: parent.getExpression(), holds: false });
    } else if (Node.isCaseClause(parent) || Node.isDefaultClause(parent)) {
      const switchStatement = parent.getParentOrThrow().getParentOrThrow();
      if (Node.isSwitchStatement(switchStatement)) {
        const others = switchStatement.getClauses().flatMap((clause) => (Node.isCaseClause(clause) ? [clause.getExpression()] : []));
        conditions.unshift({ kind: "case", subject: switchStatement.getExpression(), label: Node.isCaseClause(parent) ? parent.getExpression() : undefined, others });
      }
    }
    if (Node.isBlock(parent) || Node.isSourceFile(parent)) {
      for (const sibling of parent.getStatements()) {
        if (sibling === child) break;
        if (Node.isIfStatement(sibling) && !sibling.getElseStatement() && alwaysLeaves(sibling.getThenStatement())) {
          conditions.unshift({ kind: "test", expression: sibling.getExpression(), holds: false });
        }
      }
    }
  }
  return conditions;
}

function alwaysLeaves(statement: Statement | undefined): boolean {
  if (!statement) return false;
  if (Node.isReturnStatement(statement) || Node.isThrowStatement(statement)) return true;
  if (Node.isBlock(statement)) {
    const statements = statement.getStatements();
    return alwaysLeaves(statements[statements.length - 1]);
  }
  if (Node.isIfStatement(statement)) return alwaysLeaves(statement.getThenStatement()) && alwaysLeaves(statement.getElseStatement());
  return false;
}

function conditionTruth(evaluator: Evaluator, condition: Condition, frame: Frame): boolean | undefined {
  if (condition.kind === "test") {
    const value = evaluator.evaluate(condition.expression, frame);
    const truth = value.kind === "oneOf" ? undefined : truthiness(value);
    return truth === undefined ? undefined : truth === condition.holds;
  }
  const subject = scalarText(evaluator.evaluate(condition.subject, frame));
  if (subject === undefined) return undefined;
  const labels = (condition.label ? [condition.label] : condition.others).map((label) => scalarText(evaluator.evaluate(label, frame)));
  if (labels.some((label) => label === undefined)) return undefined;
  return condition.label ? labels[0] === subject : !labels.includes(subject);
}

function describe(condition: Condition): string {
  if (condition.kind === "test") {
    const text = describeCondition(condition.expression);
    return condition.holds ? text : negate(text);
  }
  const subject = subjectName(condition.subject);
  if (condition.label) return `${subject} is ${sourceText(condition.label)}`;
  return `${subject} is not ${condition.others.map((label) => sourceText(label)).join(" or ") || "matched"}`;
}

/**
 * When every alternative of `branches` is a list: one open list of every item any of them holds,
 * in order, each under the conditions of the alternatives that hold it (`args.push("--flag")`
 * under `if (flag)` is the item "--flag" when flag). An item held only sometimes is a one-of
 * with an unknown for the other cases, so nothing reads its absence as a fact. Undefined when
 * one alternative is not a list, or the items cannot be kept in one order.
 */
function conditionalItems(branches: readonly Branch[], loc: Location): RValue | undefined {
  const lists = branches.flatMap((branch) => alternatives(branch.value, branch.when));
  const order: RValue[] = [];
  const holders = new Map<RValue, string[]>();
  let open = false;
  for (const { value, when } of lists) {
    if (value.kind !== "array") return undefined;
    open ||= value.open;
    let previous = -1;
    for (const element of value.elements) {
      // An item an earlier merge made conditional counts as that item under its conditions.
      for (const held of heldItems(element)) {
        let position = order.indexOf(held.item);
        if (position === -1) {
          order.splice(previous + 1, 0, held.item);
          position = previous + 1;
        }
        // The same items in another order: no one list says where each stands.
        if (position < previous) return undefined;
        previous = position;
        holders.set(held.item, [...(holders.get(held.item) ?? []), joinWhen(when, held.when)]);
      }
    }
  }
  const universe = [...holders.values()].flat();
  const always = lists.map((list) => list.when);
  const elements = order.map((item): RValue => {
    const held = [...new Set(holders.get(item) ?? [])];
    const simplest = always.every((when) => held.includes(when)) ? [""] : simplifyConditions(held, universe);
    if (simplest.includes("")) return item;
    // Several ways to hold it (nested `if`s the cover did not merge): name what they all require.
    const shared = simplest.length > 1 ? sharedCondition(simplest) : "";
    const conditions = shared ? [shared] : simplest;
    const absent = unknownValue("an item only some conditions add", item.loc);
    const wrapper: RValue = { kind: "oneOf", options: [...conditions.map((condition) => ({ value: item, when: condition })), { value: absent, when: "otherwise" }], loc: item.loc };
    conditionalWrappers.add(wrapper);
    return wrapper;
  });
  return { kind: "array", elements, open: open || elements.some((element) => conditionalWrappers.has(element)), loc: lists[0]?.value.loc ?? loc };
}

/** The items conditionalItems wrapped, told apart from one-of values the code itself computes. */
const conditionalWrappers = new WeakSet<RValue>();

function heldItems(element: RValue): Array<{ item: RValue; when: string }> {
  if (element.kind !== "oneOf" || !conditionalWrappers.has(element)) return [{ item: element, when: "" }];
  return element.options.filter((option) => option.when !== "otherwise").map((option) => ({ item: option.value, when: option.when }));
}

/**
 * When every alternative of `values` is a list: the items at the start they all hold, in a list
 * open to the rest (some alternatives hold more). Undefined when one is not a list.
 */
function sharedItems(values: readonly RValue[]): RValue | undefined {
  const lists = values.flatMap((value) => alternatives(value).map((alternative) => alternative.value));
  const [first, ...others] = lists;
  if (first?.kind !== "array" || others.some((other) => other.kind !== "array")) return undefined;
  let length = 0;
  while (length < first.elements.length && others.every((other) => other.kind === "array" && other.elements[length] === first.elements[length])) length++;
  return { kind: "array", elements: first.elements.slice(0, length), open: true, loc: first.loc };
}

/** The statements after a variable's declaration that run before `use` (all of them without a use). */
export function statementsBefore(declaration: VariableDeclaration, use: Node | undefined): Statement[] {
  const statement = declaration.getVariableStatement();
  const container = statement?.getParent();
  if (!statement || !container || !Node.isStatemented(container)) return [];
  // A use inside a function defined here runs when the function is called, usually after
  // every write at this level; a use elsewhere sees the writes before it.
  const deferred = !use || use.getSourceFile() !== declaration.getSourceFile() || runsLater(use, container);
  const useStart = deferred ? Number.POSITIVE_INFINITY : use.getStart();
  // Only a statement that names the variable can write to it: the others are skipped unread.
  const nameNode = declaration.getNameNode();
  const name = Node.isIdentifier(nameNode) ? nameNode.getText() : undefined;
  const candidates = name !== undefined ? statementsNaming(container, name) : container.getStatements();
  const declared = statement.getEnd();
  const following: Statement[] = [];
  for (const candidate of candidates) {
    if (candidate.getPos() < declared) continue;
    if (candidate.getEnd() > useStart) break;
    // A later declaration of the name starts another variable's story (or, for `var`, one the
    // scope resolves to instead): a generated file redeclaring a name thousands of times made
    // each declaration read every statement after it.
    if (name !== undefined && redeclares(candidate, name)) break;
    if (use && candidate.containsRange(use.getPos(), use.getEnd())) continue;
    following.push(candidate);
  }
  return following;
}

function redeclares(statement: Statement, name: string): boolean {
  if (!Node.isVariableStatement(statement)) return false;
  return statement.compilerNode.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name);
}

const namings = new WeakMap<ts.Node, ReadonlyMap<string, Statement[]>>();

/** The statements of `container` in which an identifier `name` occurs, in order; indexed once per block. */
function statementsNaming(container: StatementedNode & Node, name: string): readonly Statement[] {
  let index = namings.get(container.compilerNode);
  if (!index) {
    const byName = new Map<string, Statement[]>();
    for (const statement of container.getStatements()) {
      for (const named of identifierNames(statement.compilerNode)) {
        const list = byName.get(named);
        if (list) list.push(statement);
        else byName.set(named, [statement]);
      }
    }
    index = byName;
    namings.set(container.compilerNode, index);
  }
  return index.get(name) ?? [];
}

function identifierNames(root: ts.Node): Set<string> {
  const names = new Set<string>();
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (ts.isIdentifier(node)) names.add(node.text);
    pending.push(...childrenOf(node));
  }
  return names;
}

function runsLater(use: Node, container: Node): boolean {
  for (let node = use.getParent(); node && node !== container; node = node.getParent()) {
    if (isFunction(node)) return true;
  }
  return false;
}

/** The variable's value after the writes in `statements` (see `statementsBefore`). */
export function valueAfterWrites(evaluator: Evaluator, declaring: Identifier, initial: RValue, statements: readonly Statement[], frame: Frame): RValue {
  const writes = new Writes(evaluator, declaring, declaring.getText(), frame);
  return statements.reduce((value, statement) => writes.applyStatement(value, statement), initial);
}

class Writes {
  constructor(
    private readonly evaluator: Evaluator,
    private readonly declaring: Identifier,
    private readonly name: string,
    private readonly frame: Frame,
  ) {}

  applyStatement(value: RValue, statement: Node): RValue {
    if (!statement.getText().includes(this.name)) return value;
    if (Node.isExpressionStatement(statement)) return this.applyCallbacks(this.applyExpression(value, statement.getExpression(), false), statement);
    if (Node.isBlock(statement)) return statement.getStatements().reduce((current, inner) => this.applyStatement(current, inner), value);
    if (Node.isTryStatement(statement)) return this.applyStatement(value, statement.getTryBlock());
    if (Node.isIfStatement(statement)) return this.applyIf(value, statement);
    if (Node.isReturnStatement(statement) || Node.isFunctionDeclaration(statement)) return value;
    let current = value;
    if (!Node.isVariableStatement(statement)) {
      statement.forEachDescendant((node, traversal) => {
        if (isFunction(node)) {
          traversal.skip();
          return;
        }
        if (Node.isBinaryExpression(node) || Node.isCallExpression(node)) current = this.applyExpression(current, node, true);
      });
    }
    return this.applyCallbacks(current, statement);
  }

  /** The writes of each callback written in `statement` (see `applyCallback`). */
  private applyCallbacks(value: RValue, statement: Node): RValue {
    let current = value;
    for (const callback of callbacksIn(statement)) current = this.applyCallback(current, callback);
    return current;
  }

  /**
   * Writes inside a callback written here (`setTimeout(() => { mode = "x" })`, a promise's
   * executor, a listener): it may have run by the time of the use, or not. An assignment gives
   * both values, each named after the callback; other writes leave the value open.
   */
  private applyCallback(value: RValue, callback: ts.Node): RValue {
    const writes = writesIn(callback).get(this.name);
    if (!writes) return value;
    const file = this.declaring.getSourceFile();
    let current = value;
    for (const write of writes) {
      const node = morphNodeOf(file, write);
      if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
        const after = this.applyAssignment(current, node, false);
        if (after === current) continue;
        const callbackAt = `the callback on line ${file.compilerNode.getLineAndCharacterOfPosition(callback.getStart()).line + 1}`;
        current = oneOf([
          { value: current, when: `${callbackAt} has not run` },
          { value: after, when: `${callbackAt} has run` },
        ], this.evaluator.loc(node));
      } else {
        current = this.applyExpression(current, node, true);
      }
    }
    return current;
  }

  private applyIf(value: RValue, statement: Node): RValue {
    if (!Node.isIfStatement(statement)) return value;
    const thenValue = this.applyStatement(value, statement.getThenStatement());
    const elseStatement = statement.getElseStatement();
    const elseValue = elseStatement ? this.applyStatement(value, elseStatement) : value;
    if (thenValue === value && elseValue === value) return value;
    const condition = this.evaluator.evaluate(statement.getExpression(), this.frame);
    const truth = condition.kind === "oneOf" ? undefined : truthiness(condition);
    if (truth !== undefined) return truth ? thenValue : elseValue;
    const when = describeCondition(statement.getExpression());
    const loc = this.evaluator.loc(statement);
    if (alternatives(thenValue).length + alternatives(elseValue).length > MAX_ALTERNATIVES) {
      // A list grown in many `if`s has more alternatives than a value carries: one list whose
      // items each hold under their own condition, else the items they all hold.
      const merged = conditionalItems([{ value: thenValue, when }, { value: elseValue, when: negate(when) }], loc);
      if (merged) return merged;
      const shared = sharedItems([thenValue, elseValue]);
      if (shared) return shared;
    }
    return oneOf([
      { value: thenValue, when },
      { value: elseValue, when: negate(when) },
    ], loc);
  }

  /** One write; `uncertain` when it may run any number of times (in a loop, a callback). */
  private applyExpression(value: RValue, node: Node, uncertain: boolean): RValue {
    let expression = node;
    while (Node.isParenthesizedExpression(expression) || Node.isAwaitExpression(expression) || Node.isVoidExpression(expression)) {
      expression = expression.getExpression();
    }
    if (Node.isBinaryExpression(expression)) return this.applyAssignment(value, expression, uncertain);
    if (!Node.isCallExpression(expression)) return value;
    const callee = expression.getExpression();
    const args = expression.getArguments();
    if (Node.isPropertyAccessExpression(callee) && (callee.getName() === "push" || callee.getName() === "unshift")) {
      const path = this.pathOf(callee.getExpression());
      if (!path) return value;
      if (path.steps === undefined || uncertain) return appendAt(value, path.steps ?? [], [], true);
      let open = false;
      const items: RValue[] = [];
      for (const arg of args) {
        if (Node.isSpreadElement(arg)) {
          const spread = this.evaluator.evaluate(arg.getExpression(), this.frame);
          if (spread.kind === "array") {
            items.push(...spread.elements);
            open ||= spread.open;
          } else {
            open = true;
          }
        } else {
          items.push(this.evaluator.evaluate(arg, this.frame));
        }
      }
      return appendAt(value, path.steps, items, open);
    }
    if (memberPath(callee)?.join(".") === "Object.assign") {
      const [first, ...sources] = args;
      const path = first ? this.pathOf(first) : undefined;
      if (!path) return value;
      if (path.steps === undefined || path.steps.length > 0 || uncertain) return markOpen(value);
      return mergeInto(value, sources.map((source) => this.evaluator.evaluate(source, this.frame)));
    }
    return value;
  }

  private applyAssignment(value: RValue, expression: Node, uncertain: boolean): RValue {
    if (!Node.isBinaryExpression(expression)) return value;
    const operator = expression.getOperatorToken().getKind();
    if (operator < SyntaxKind.FirstAssignment || operator > SyntaxKind.LastAssignment) return value;
    const path = this.pathOf(expression.getLeft());
    if (!path) return value;
    const loc = this.evaluator.loc(expression);
    if (path.steps === undefined) return markOpen(value);
    const written = (): RValue => {
      if (uncertain) return unknownValue("a value written in a loop or callback", loc);
      // `options = { ...options, x }` reads the value as it is before this write.
      const right = this.evaluator.evaluate(expression.getRight(), extendFrame(this.frame, [[this.declaring.getParentOrThrow().compilerNode, value]]));
      if (operator === SyntaxKind.EqualsToken) return right;
      if (operator === SyntaxKind.PlusEqualsToken && path.steps?.length === 0) {
        return concatenate(this.evaluator, [{ value, expression: expression.getLeft() }, { value: right, expression: expression.getRight() }], loc);
      }
      return unknownValue(`the result of ${expression.getOperatorToken().getText()}`, loc);
    };
    if (path.steps.length === 0) return written();
    return setPath(value, path.steps, written());
  }

  /** `name.a["b"]` → steps a, b (undefined steps when a key is computed); undefined if not this variable. */
  private pathOf(node: Node): { steps: PathStep[] | undefined } | undefined {
    const steps: PathStep[] = [];
    let dynamic = false;
    let current = node;
    while (Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current) || Node.isParenthesizedExpression(current) || Node.isNonNullExpression(current)) {
      if (Node.isPropertyAccessExpression(current)) {
        steps.unshift({ key: current.getName(), loc: this.evaluator.loc(current.getNameNode()) });
      } else if (Node.isElementAccessExpression(current)) {
        const argument = current.getArgumentExpression();
        const key = argument ? scalarText(this.evaluator.evaluate(argument, this.frame)) : undefined;
        if (key === undefined || !argument) dynamic = true;
        else steps.unshift({ key, loc: this.evaluator.loc(argument) });
      }
      current = current.getExpression();
    }
    if (!Node.isIdentifier(current) || current.getText() !== this.name || declarationOf(current) !== this.declaring) return undefined;
    return { steps: dynamic ? undefined : steps };
  }
}

const callbacks = new WeakMap<ts.Node, readonly ts.Node[]>();

/** The outermost functions written in a statement: callbacks it passes or defines. Found once per statement. */
function callbacksIn(statement: Node): readonly ts.Node[] {
  let found = callbacks.get(statement.compilerNode);
  if (!found) {
    const outermost: ts.Node[] = [];
    const pending: ts.Node[] = [...childrenOf(statement.compilerNode)];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (ts.isFunctionLike(node)) outermost.push(node);
      else pending.push(...childrenOf(node));
    }
    found = outermost;
    callbacks.set(statement.compilerNode, found);
  }
  return found;
}

const writesByCallback = new WeakMap<ts.Node, ReadonlyMap<string, readonly ts.Node[]>>();

/**
 * The writes inside a callback, by the name of the variable written: assignments
 * (`name = …`, `name.a = …`) and calls on it (`name.push(…)`, `Object.assign(name, …)`).
 * Indexed once per callback, so that each variable looks up only its own.
 */
function writesIn(callback: ts.Node): ReadonlyMap<string, readonly ts.Node[]> {
  let index = writesByCallback.get(callback);
  if (!index) {
    const byName = new Map<string, ts.Node[]>();
    const add = (name: string | undefined, node: ts.Node): void => {
      if (!name) return;
      const list = byName.get(name);
      if (list) list.push(node);
      else byName.set(name, [node]);
    };
    const pending: ts.Node[] = [callback];
    const found: ts.Node[] = [];
    for (let node = pending.pop(); node; node = pending.pop()) {
      found.push(node);
      pending.push(...childrenOf(node));
    }
    for (const node of found.sort((a, b) => a.pos - b.pos)) {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) add(rootName(node.left), node);
      else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const first = node.arguments[0];
        add(node.expression.name.text === "assign" && first ? rootName(first) : rootName(node.expression.expression), node);
      }
    }
    index = byName;
    writesByCallback.set(callback, index);
  }
  return index;
}

/** The variable at the root of `a.b["c"]`: `a`. */
function rootName(node: ts.Node): string | undefined {
  let current = node;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
  return ts.isIdentifier(current) ? current.text : undefined;
}
