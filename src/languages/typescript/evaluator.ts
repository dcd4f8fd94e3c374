/**
 * Resolves expressions to values of the lattice (see model/value.ts): literals, names through
 * scopes and imports, property reads, composites, calls into visible functions and known
 * sources. Whatever cannot be seen into is unknown with a reason (and a provenance when the
 * origin is known). Values are remembered per node and frame (see memo.ts); work is bounded
 * by the file's budget (see budget.ts), and cycles through names being resolved are cut.
 */
import { Node, SyntaxKind, ts, type BindingElement, type EnumDeclaration, type ParameterDeclaration, type Expression, type Identifier, type PrefixUnaryExpression, type TaggedTemplateExpression, type VariableDeclaration } from "./morph.js";
import type { Location } from "../../core/types.js";
import { BUDGET, type AnalysisBudget } from "../budget.js";
import { fingerprint, identityOf, Memo } from "../memo.js";
import { alternatives, joinWhen, type Branch, type RValue } from "../../model/value.js";
import { argumentsFromCallSites } from "./call-sites.js";
import { evaluateCall, evaluateNew } from "./calls.js";
import { evaluateArray, evaluateBinary, evaluateConditional, evaluateObject, evaluateTemplate } from "./composites.js";
import { environmentVariableName, isProcessEnv, subjectName } from "./conditions.js";
import { functionReturns, statementsBefore, valueAfterWrites, type FunctionLike } from "./flow.js";
import { originOf } from "./frames.js";
import { declarationOf, memberPath } from "./scope.js";
import { memberProvenance } from "../../model/provenance.js";
import { environmentProvenance, handlerParameterProvenance, propertyProvenance, type QualifiedName } from "./sources.js";
import type { Meaning, Symbols } from "./symbols.js";
import { environmentValue, homeValue, mapAlternatives, oneOf, scalarText, truthiness, unknownValue } from "./values.js";
import type { Workspace } from "./workspace.js";

/** Values bound to the parameters of the function being evaluated (keyed by parameter node). */
export interface Frame {
  readonly bindings: ReadonlyMap<ts.Node, RValue>;
  /** How many project functions the evaluation is inside. */
  readonly calls: number;
}

const TEXT_PRESERVING_TAGS = new Set(["dedent", "outdent", "stripIndent", "stripIndents", "oneLine", "oneLineTrim", "codeBlock", "String.raw"]);

export const TOP_FRAME: Frame = { bindings: new Map(), calls: 0 };
const MAX_ALIAS_HOPS = 8;

export class Evaluator {
  /** Expressions being evaluated inside one another. */
  private depth = 0;
  /** Values of nodes in frames, of declarations and of calls, remembered for the file. */
  private readonly memo = new Memo();
  private readonly frameKeys = new WeakMap<Frame, string>();
  private readonly qualifiedNames = new Map<ts.Node, QualifiedName | undefined>();
  /** Objects spread into or assigned onto other objects (`...defaults`), by location. */
  private readonly spreadSources = new Set<string>();

  constructor(
    readonly workspace: Workspace,
    readonly symbols: Symbols,
    private readonly budget: AnalysisBudget,
  ) {}

  /** True once the file's budget is spent: every query gives unknown, so scans over candidates can stop. */
  get exhausted(): boolean {
    return this.budget.spent;
  }

  noteSpread(value: RValue): void {
    for (const { value: concrete } of alternatives(value)) {
      if (concrete.kind === "object") this.spreadSources.add(locationKey(concrete.loc));
    }
  }

  wasSpread(loc: Location): boolean {
    return this.spreadSources.has(locationKey(loc));
  }

  loc(node: Node): Location {
    return this.workspace.locationOf(node);
  }

  evaluate(node: Node, frame: Frame = TOP_FRAME): RValue {
    return this.query(node, () =>
      this.memo.value(`${identityOf(node.compilerNode)}|${this.frameKey(frame)}`, () => this.evaluateFresh(node, frame), () => unknownValue("a value defined in terms of itself", this.loc(node))),
    );
  }

  private evaluateFresh(node: Node, frame: Frame): RValue {
    this.budget.step();
    if (this.depth >= BUDGET.nesting) {
      this.budget.cut("nesting");
      this.memo.dependOnContext();
      return unknownValue(this.budget.reason("nesting"), this.loc(node));
    }
    this.depth++;
    try {
      return this.budget.boundAlternatives(this.dispatch(node, frame), this.loc(node));
    } finally {
      this.depth--;
    }
  }

  /** A query from outside the evaluator (see AnalysisBudget.query): unknown as a whole once the budget is spent. */
  private query(node: Node, compute: () => RValue): RValue {
    return this.budget.query(compute, (reason) => unknownValue(reason, this.loc(node)));
  }

  /**
   * What a value computed in `frame` depends on besides its node: the content of the values it
   * binds — described from its parent frame's name when it extends one, which keeps it short.
   */
  private frameKey(frame: Frame): string {
    let key = this.frameKeys.get(frame);
    if (key === undefined) {
      const origin = originOf(frame);
      const describe = (bindings: Iterable<readonly [ts.Node, RValue]>): string => [...bindings].map(([declaration, value]) => `${identityOf(declaration)}=${fingerprint(value)}`).join(";");
      if (!origin) key = this.memo.frameName(describe(frame.bindings));
      else if (origin.added.length === 0) key = this.frameKey(origin.parent);
      else key = this.memo.frameName(`${this.frameKey(origin.parent)}+${describe(origin.added)}`);
      this.frameKeys.set(frame, key);
    }
    return key;
  }

  /**
   * What a call of `target` returns with `frame` bound, remembered for the same bound values;
   * unknown when the call is nested deeper than the budget follows.
   */
  returnsOf(target: FunctionLike, frame: Frame, loc: Location): RValue {
    return this.query(target, () => {
      if (frame.calls > BUDGET.calls) {
        this.budget.cut("calls");
        this.memo.dependOnContext();
        return unknownValue(this.budget.reason("calls"), loc);
      }
      return this.memo.value(`returns|${identityOf(target.compilerNode)}|${this.frameKey(frame)}`, () => functionReturns(this, target, frame), () => unknownValue("a value defined in terms of itself", loc));
    });
  }

  private dispatch(node: Node, frame: Frame): RValue {
    if (
      Node.isParenthesizedExpression(node) ||
      Node.isAsExpression(node) ||
      Node.isSatisfiesExpression(node) ||
      Node.isNonNullExpression(node) ||
      Node.isTypeAssertion(node) ||
      Node.isAwaitExpression(node)
    ) {
      return this.evaluate(node.getExpression(), frame);
    }
    const loc = this.loc(node);
    if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) {
      return { kind: "string", value: node.getLiteralValue(), loc };
    }
    if (Node.isNumericLiteral(node)) return { kind: "number", value: node.getLiteralValue(), loc };
    if (Node.isTrueLiteral(node) || Node.isFalseLiteral(node)) return { kind: "boolean", value: node.getLiteralValue(), loc };
    if (Node.isNullLiteral(node)) return { kind: "null", loc };
    if (Node.isIdentifier(node)) return this.identifierValue(node, frame);
    if (Node.isPrefixUnaryExpression(node)) return this.prefixValue(node, frame);
    if (Node.isTemplateExpression(node)) return evaluateTemplate(this, node, frame);
    if (Node.isBinaryExpression(node)) return evaluateBinary(this, node, frame);
    if (Node.isConditionalExpression(node)) return evaluateConditional(this, node, frame);
    if (Node.isPropertyAccessExpression(node)) return this.propertyAccessValue(node, frame);
    if (Node.isElementAccessExpression(node)) return this.elementAccessValue(node, frame);
    if (Node.isObjectLiteralExpression(node)) return evaluateObject(this, node, frame);
    if (Node.isArrayLiteralExpression(node)) return evaluateArray(this, node, frame);
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node)) {
      return { kind: "function", loc };
    }
    if (Node.isCallExpression(node)) return evaluateCall(this, node, frame);
    if (Node.isNewExpression(node)) return evaluateNew(this, node, frame);
    if (Node.isVoidExpression(node)) return { kind: "null", loc };
    if (Node.isTaggedTemplateExpression(node)) return this.taggedTemplateValue(node, frame);
    return unknownValue(`an expression the analysis does not evaluate (${node.getKindName()})`, loc);
  }

  /** Tags that only re-indent their text keep its value; any other tag's result is unknown. */
  private taggedTemplateValue(node: TaggedTemplateExpression, frame: Frame): RValue {
    const tag = memberPath(node.getTag())?.join(".");
    if (tag && TEXT_PRESERVING_TAGS.has(tag)) return this.evaluate(node.getTemplate(), frame);
    return unknownValue(`the result of the template tag ${node.getTag().getText()}`, this.loc(node));
  }

  private prefixValue(node: PrefixUnaryExpression, frame: Frame): RValue {
    const operand = this.evaluate(node.getOperand(), frame);
    const loc = this.loc(node);
    const operator = node.getOperatorToken();
    if (operator === SyntaxKind.MinusToken && operand.kind === "number") return { kind: "number", value: -operand.value, loc };
    if (operator === SyntaxKind.PlusToken && operand.kind === "number") return operand;
    if (operator === SyntaxKind.ExclamationToken) {
      return mapAlternatives(operand, (concrete) => {
        const truth = truthiness(concrete);
        return truth === undefined ? unknownValue("a negated unknown value", loc) : { kind: "boolean", value: !truth, loc };
      });
    }
    return unknownValue("the result of a unary operator", loc);
  }

  identifierValue(node: Identifier, frame: Frame): RValue {
    return this.query(node, () => {
      const declaring = declarationOf(node);
      if (!declaring) return this.globalValue(node);
      return this.meaningValue(this.symbols.meaningOfDeclaration(declaring, 0), node, frame);
    });
  }

  private globalValue(node: Identifier): RValue {
    const loc = this.loc(node);
    const name = node.getText();
    if (name === "undefined") return { kind: "null", loc };
    if (name === "NaN" || name === "Infinity") return { kind: "number", value: Number(name), loc };
    return unknownValue(`the global ${name}`, loc);
  }

  meaningValue(meaning: Meaning, use: Node, frame: Frame): RValue {
    const loc = this.loc(use);
    switch (meaning.kind) {
      case "declaration":
        return this.declarationValue(meaning.name, use, frame);
      case "expression":
        return this.guarded(meaning.expression.compilerNode, loc, () => this.evaluate(meaning.expression, TOP_FRAME));
      case "package":
        return unknownValue(`${meaning.name === "*" ? "the module" : meaning.name} from ${meaning.module}`, loc);
      case "module":
        return unknownValue("a module namespace", loc);
      case "global":
        return unknownValue(`the global ${meaning.name}`, loc);
      case "missing":
        return unknownValue("an import that does not resolve to a project file", loc);
    }
  }

  /** The value a declared name holds at `use` (after every write when there is no use). */
  declarationValue(declaring: Identifier, use: Node | undefined, frame: Frame): RValue {
    return this.query(declaring, () => this.declarationValueNow(declaring, use, frame));
  }

  private declarationValueNow(declaring: Identifier, use: Node | undefined, frame: Frame): RValue {
    const parent = declaring.getParent();
    const loc = this.loc(declaring);
    if (Node.isParameterDeclaration(parent)) return this.parameterValue(parent, frame);
    if (Node.isFunctionDeclaration(parent)) return { kind: "function", loc: this.loc(parent) };
    if (Node.isClassDeclaration(parent) || Node.isClassExpression(parent)) return unknownValue("a class", loc);
    if (Node.isEnumDeclaration(parent)) return this.guarded(parent.compilerNode, loc, () => this.enumValue(parent));
    if (Node.isVariableDeclaration(parent)) {
      const current = frame.bindings.get(parent.compilerNode);
      if (current) return current;
      const statements = statementsBefore(parent, use);
      // The value depends only on the writes it sees and the frame: every use that sees the same writes shares it.
      return this.memo.value(
        `declaration|${identityOf(parent.compilerNode)}|${writesKey(statements)}|${this.frameKey(frame)}`,
        () =>
          this.guarded(parent.compilerNode, loc, () => {
            const initial = this.initialValue(parent, frame);
            return valueAfterWrites(this, declaring, initial, statements, frame);
          }),
        () => unknownValue("a value defined in terms of itself", loc),
      );
    }
    if (Node.isBindingElement(parent)) return frame.bindings.get(parent.compilerNode) ?? this.guarded(parent.compilerNode, loc, () => this.bindingValue(parent, frame));
    return unknownValue(`${declaring.getText()} (${parent.getKindName()})`, loc);
  }

  private parameterValue(parameter: ParameterDeclaration, frame: Frame): RValue {
    const bound = frame.bindings.get(parameter.compilerNode);
    if (bound) return bound;
    const loc = this.loc(parameter);
    const name = parameter.getName();
    // A framework passes a handler its own objects: a probot context, a Slack message.
    const handled = handlerParameterProvenance(parameter, { valueOf: (node) => this.evaluate(node, frame), qualify: (node) => this.qualify(node) });
    if (handled) return unknownValue(`the parameter ${name}`, loc, handled);
    const unseen = (): RValue => unknownValue(`the parameter ${name}`, loc, { kind: "parameter", name });
    const value = this.guarded(parameter.compilerNode, loc, () => argumentsFromCallSites(this, parameter) ?? unseen());
    const initializer = parameter.getInitializer();
    if (!initializer) return value;
    // An object default (`opts = {}`) only matters through the keys read from it, whose own
    // destructuring defaults name the branch; a scalar default is a branch of its own.
    const scalarDefault = !Node.isObjectLiteralExpression(initializer) && !Node.isArrayLiteralExpression(initializer);
    const fallback = (): RValue => this.evaluate(initializer, frame);
    return scalarDefault ? this.withDefault(value, name, fallback, loc) : mapAlternatives(value, (concrete) => (concrete.kind === "null" ? fallback() : concrete));
  }

  /**
   * A default (`{ mode = "x" } = opts`, `mode = "x"`) applies when the value is undefined; when
   * the value is unknown, the caller may leave it out, so the default is one of the outcomes.
   */
  private withDefault(value: RValue, subject: string, fallback: () => RValue, loc: Location): RValue {
    return mapAlternatives(value, (concrete) => {
      if (concrete.kind === "null") return fallback();
      if (concrete.kind !== "unknown") return concrete;
      return oneOf([
        { value: concrete, when: `${subject} is set` },
        { value: fallback(), when: `${subject} is unset` },
      ], loc);
    });
  }

  /**
   * What a declaration holds before any write: its initializer, `undefined` for a plain
   * `let x;`, each element of a known list for a `for…of` variable.
   */
  private initialValue(declaration: VariableDeclaration, frame: Frame): RValue {
    const loc = this.loc(declaration);
    const initializer = declaration.getInitializer();
    if (initializer) return this.evaluate(initializer, frame);
    const loop = declaration.getParent().getParent();
    if (Node.isForOfStatement(loop)) return this.loopElement(declaration, loop.getExpression(), frame);
    if (Node.isForInStatement(loop)) return unknownValue("a property name in a loop", loc);
    if (declaration.getVariableStatement()?.hasDeclareKeyword()) return unknownValue("an ambient declaration", loc);
    return { kind: "null", loc };
  }

  /** `for (const x of list)`: one of the list's elements, or unknown (keeping its provenance). */
  private loopElement(declaration: VariableDeclaration, iterable: Expression, frame: Frame): RValue {
    const loc = this.loc(declaration);
    const name = declaration.getName();
    const branches: Branch[] = [];
    for (const { value, when } of alternatives(this.evaluate(iterable, frame))) {
      if (value.kind === "array" && !value.open) {
        for (const element of value.elements) {
          const described = scalarText(element);
          branches.push({ value: element, when: joinWhen(when, described === undefined ? "" : `${name} is ${JSON.stringify(described)}`) });
        }
      } else {
        const provenance = value.kind === "unknown" ? value.provenance : undefined;
        branches.push({ value: unknownValue("an element of a list", loc, provenance), when });
      }
    }
    return oneOf(branches, loc);
  }

  /** `const { a: { b } } = source`: the source's value at the element's path. */
  private bindingValue(element: Node, frame: Frame): RValue {
    const steps: Array<{ key: string | undefined; initializer: Expression | undefined; loc: Location }> = [];
    let current: Node = element;
    while (Node.isBindingElement(current)) {
      const pattern = current.getParentOrThrow();
      steps.unshift({ key: bindingKey(current, pattern), initializer: current.getInitializer(), loc: this.loc(current) });
      current = pattern.getParentOrThrow();
    }
    let value: RValue;
    if (Node.isVariableDeclaration(current)) {
      value = this.initialValue(current, frame);
    } else if (Node.isParameterDeclaration(current)) {
      value = this.parameterValue(current, frame);
    } else {
      return unknownValue("a destructured value", this.loc(element));
    }
    for (const step of steps) {
      if (step.key === undefined) return unknownValue("the rest of a destructured value", step.loc);
      const key = step.key;
      const read = this.readProperty(value, key, step.loc);
      const fallback = step.initializer;
      value = fallback ? this.withDefault(read, key, () => this.evaluate(fallback, frame), step.loc) : read;
    }
    return value;
  }

  /** An enum as an object of its members; members without a literal initializer are unknown. */
  private enumValue(declaration: EnumDeclaration): RValue {
    const entries = declaration.getMembers().map((member) => {
      const initializer = member.getInitializer();
      const keyLoc = this.loc(member.getNameNode());
      const value: RValue = initializer ? this.evaluate(initializer) : unknownValue(`the enum member ${member.getName()}`, keyLoc);
      return { key: member.getName(), keyLoc, value };
    });
    return { kind: "object", entries, open: false, loc: this.loc(declaration) };
  }

  /** Runs `compute` unless the same declaration is already being resolved (a cycle). */
  guarded(key: ts.Node, loc: Location, compute: () => RValue): RValue {
    return this.memo.guard(`guard|${identityOf(key)}`, compute, () => unknownValue("a value defined in terms of itself", loc));
  }

  private propertyAccessValue(node: Node, frame: Frame): RValue {
    if (!Node.isPropertyAccessExpression(node)) return unknownValue("unsupported property access", this.loc(node));
    const loc = this.loc(node);
    const target = node.getExpression();
    const name = node.getName();
    if (isProcessEnv(node)) return environmentValue(loc);
    const environmentName = environmentVariableName(node);
    if (environmentName) return this.environmentVariable(environmentName, loc);
    const provenance = propertyProvenance(this.qualify(target), name);
    if (provenance) return unknownValue(`${node.getText()}`, loc, provenance);
    if (target.getKind() === SyntaxKind.ThisKeyword) return this.thisMemberValue(node, name, frame);
    const namespace = this.namespaceMeaning(target);
    if (namespace) {
      const member = this.symbols.memberOf(namespace, name);
      if (member) return this.meaningValue(member, node, frame);
    }
    return this.readProperty(this.evaluate(target, frame), name, loc);
  }

  private elementAccessValue(node: Node, frame: Frame): RValue {
    if (!Node.isElementAccessExpression(node)) return unknownValue("unsupported element access", this.loc(node));
    const loc = this.loc(node);
    const environmentName = environmentVariableName(node);
    if (environmentName) return this.environmentVariable(environmentName, loc);
    const argument = node.getArgumentExpression();
    const target = this.evaluate(node.getExpression(), frame);
    if (!argument) return unknownValue("an element access without a key", loc);
    return this.lookup(target, argument, frame, loc);
  }

  /**
   * `target[key]` (also a Map's `get(key)`): a known key reads its entry; a key only known at
   * run time gives one alternative per entry of a known object, named after the key expression.
   */
  lookup(target: RValue, argument: Expression, frame: Frame, loc: Location): RValue {
    const key = this.evaluate(argument, frame);
    if (key.kind === "string" || key.kind === "number") return this.readProperty(target, String(key.value), loc);
    const subject = subjectName(argument);
    return mapAlternatives(target, (concrete) => {
      if (concrete.kind !== "object" || concrete.open || concrete.entries.length === 0) {
        return concrete.kind === "unknown" ? concrete : unknownValue(`a lookup with the key ${subject}`, loc);
      }
      const keyAlternatives = knownKeys(key);
      const entries = keyAlternatives
        ? concrete.entries.filter((entry) => keyAlternatives.includes(entry.key))
        : concrete.entries;
      return oneOf(entries.map((entry) => ({ value: entry.value, when: `${subject} is "${entry.key}"` })), loc);
    });
  }

  /** `value.key`, for every alternative of value. */
  readProperty(value: RValue, key: string, loc: Location): RValue {
    return mapAlternatives(value, (concrete) => {
      switch (concrete.kind) {
        case "object": {
          const entry = concrete.entries.find((candidate) => candidate.key === key);
          if (entry) return entry.value;
          return concrete.open ? unknownValue(`the property ${key} of an open object`, loc) : { kind: "null", loc };
        }
        case "array":
          if (key === "length" && !concrete.open) return { kind: "number", value: concrete.elements.length, loc };
          if (/^\d+$/.test(key)) return concrete.elements[Number(key)] ?? (concrete.open ? unknownValue("an array element", loc) : { kind: "null", loc });
          return unknownValue(`the property ${key} of an array`, loc);
        case "string":
          return key === "length" ? { kind: "number", value: concrete.value.length, loc } : unknownValue(`the property ${key} of a string`, loc);
        case "unknown":
          if (concrete.provenance?.kind === "env" && concrete.provenance.name === "*") return this.environmentVariable(key, loc);
          return concrete.provenance ? unknownValue(concrete.reason, loc, memberProvenance(concrete.provenance, key)) : unknownValue(`the property ${key} of ${concrete.reason}`, loc);
        default:
          return unknownValue(`the property ${key} of a ${concrete.kind} value`, loc);
      }
    });
  }

  environmentVariable(name: string, loc: Location): RValue {
    if (name === "HOME") return homeValue(loc);
    return unknownValue(`the environment variable ${name}`, loc, environmentProvenance(name));
  }

  /** `this.name` inside a class: the field's initializer or what the constructor assigns. */
  private thisMemberValue(node: Node, name: string, frame: Frame): RValue {
    const loc = this.loc(node);
    const owner = node.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
    if (!owner || !(Node.isClassDeclaration(owner) || Node.isClassExpression(owner))) return unknownValue(`this.${name}`, loc);
    const property = owner.getProperty(name);
    const initializer = property?.getInitializer();
    if (property && initializer) {
      return this.guarded(property.compilerNode, loc, () => this.evaluate(initializer, TOP_FRAME));
    }
    const getter = owner.getGetAccessor(name);
    if (getter) return this.guarded(getter.compilerNode, loc, () => functionReturns(this, getter, frame));
    const method = owner.getMethod(name);
    if (method) return { kind: "function", loc: this.loc(method) };
    for (const constructor of owner.getConstructors()) {
      // `constructor(private readonly config: Config)`: the field holds the parameter.
      const parameter = constructor.getParameter(name);
      if (parameter?.isParameterProperty()) return this.parameterValue(parameter, frame);
      for (const statement of constructor.getStatements()) {
        if (!Node.isExpressionStatement(statement)) continue;
        const expression = statement.getExpression();
        if (!Node.isBinaryExpression(expression) || expression.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
        const left = expression.getLeft();
        if (Node.isPropertyAccessExpression(left) && left.getExpression().getKind() === SyntaxKind.ThisKeyword && left.getName() === name) {
          return this.guarded(expression.compilerNode, loc, () => this.evaluate(expression.getRight(), frame));
        }
      }
    }
    return unknownValue(`this.${name}`, loc);
  }

  /** The namespace an expression names (`sdk` in `sdk.query`, `config` in `config.OPTIONS`). */
  namespaceMeaning(node: Node): Meaning | undefined {
    if (!Node.isIdentifier(node)) return undefined;
    const declaring = declarationOf(node);
    if (!declaring) return undefined;
    const meaning = this.symbols.meaningOfDeclaration(declaring, 0);
    return meaning.kind === "module" || (meaning.kind === "package" && meaning.name === "*") ? meaning : undefined;
  }

  /** The callee or receiver as a package member path (`fs.promises.readFile`), when it is one. */
  qualify(node: Node): QualifiedName | undefined {
    // Syntax and imports only, whatever the frame: worked out once per node.
    const key = node.compilerNode;
    if (!this.qualifiedNames.has(key)) this.qualifiedNames.set(key, this.qualifyThrough(node, 0));
    return this.qualifiedNames.get(key);
  }

  private qualifyThrough(node: Node, hops: number): QualifiedName | undefined {
    if (hops > MAX_ALIAS_HOPS) return undefined;
    if (Node.isParenthesizedExpression(node) || Node.isAwaitExpression(node) || Node.isNonNullExpression(node)) {
      return this.qualifyThrough(node.getExpression(), hops + 1);
    }
    if (Node.isIdentifier(node)) {
      const declaring = declarationOf(node);
      if (!declaring) return { names: [node.getText()] };
      const meaning = this.symbols.meaningOfDeclaration(declaring, 0);
      if (meaning.kind === "package") {
        return { module: meaning.module, names: meaning.name === "*" || meaning.name === "default" ? [] : [meaning.name] };
      }
      const parent = declaring.getParent();
      if (meaning.kind === "declaration" && Node.isVariableDeclaration(parent)) {
        const initializer = parent.getInitializer();
        if (initializer && (Node.isIdentifier(initializer) || Node.isPropertyAccessExpression(initializer))) {
          return this.qualifyThrough(initializer, hops + 1);
        }
      }
      return { names: [node.getText()] };
    }
    if (Node.isPropertyAccessExpression(node)) {
      const base = this.qualifyThrough(node.getExpression(), hops + 1);
      if (!base) return undefined;
      return base.module ? { module: base.module, names: [...base.names, node.getName()] } : { names: [...base.names, node.getName()] };
    }
    if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      const argument = node.getArguments()[0];
      if (Node.isIdentifier(callee) && callee.getText() === "require" && argument && Node.isStringLiteral(argument)) {
        return { module: argument.getLiteralValue(), names: [] };
      }
      const inner = this.qualifyThrough(callee, hops + 1);
      return inner?.module ? inner : undefined;
    }
    return undefined;
  }
}

/** The property (or index) a destructuring element reads; undefined for a rest element. */
function bindingKey(element: BindingElement, pattern: Node): string | undefined {
  if (Node.isArrayBindingPattern(pattern)) return String(pattern.getElements().indexOf(element));
  if (element.getDotDotDotToken()) return undefined;
  const propertyName = element.getPropertyNameNode();
  return propertyName ? propertyKeyText(propertyName) : element.getName();
}

/** Identifies which writes a value saw: they are a run of statements with at most one skipped. */
function writesKey(statements: readonly Node[]): string {
  return `${statements.length}:${statements[0]?.getStart() ?? -1}:${statements[statements.length - 1]?.getEnd() ?? -1}`;
}

function locationKey(loc: Location): string {
  return `${loc.file}:${loc.start}:${loc.end}`;
}

function knownKeys(key: RValue): string[] | undefined {
  if (key.kind !== "oneOf") return undefined;
  const keys: string[] = [];
  for (const branch of key.options) {
    if (branch.value.kind !== "string") return undefined;
    keys.push(branch.value.value);
  }
  return keys;
}

export function propertyKeyText(name: Node): string | undefined {
  if (Node.isIdentifier(name) || Node.isPrivateIdentifier(name)) return name.getText();
  if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralValue();
  if (Node.isNumericLiteral(name)) return String(name.getLiteralValue());
  return undefined;
}
