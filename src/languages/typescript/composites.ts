/**
 * Values built from parts: object and array literals (with spreads), template literals and
 * string concatenation (text with provenance holes), and the conditional operators that
 * turn into one-of values.
 */
import {
  Node,
  SyntaxKind,
  type ArrayLiteralExpression,
  type BinaryExpression,
  type ConditionalExpression,
  type Expression,
  type ObjectLiteralExpression,
  type TemplateExpression,
} from "./morph.js";
import type { Location } from "../../core/types.js";
import { alternatives, knownString, type ObjectEntry, type RValue, type TextPart, type WrittenExpression } from "../../model/value.js";
import { describeCondition, negate, sourceText, subjectName } from "./conditions.js";
import { propertyKeyText, type Evaluator, type Frame } from "./evaluator.js";
import { copyDraft, emptyDraft, finishDraft, foldSpreadAlternatives, spreadInto, type ObjectDraft } from "./object-ops.js";
import { narrowByCondition } from "./narrowing.js";
import { memberPath } from "./scope.js";
import { mapAlternatives, MAX_ALTERNATIVES, mergeParts, oneOf, scalarText, truthiness, unknownValue } from "./values.js";

interface Conditional<T> {
  readonly item: T;
  readonly when: string;
}

function joinConditions(a: string, b: string): string {
  return a && b ? `${a} and ${b}` : a || b;
}

/** Every combination of the current alternatives with the new ones, or undefined beyond the cap. */
function combine<T, U>(current: ReadonlyArray<Conditional<T>>, next: ReadonlyArray<Conditional<U>>, merge: (a: T, b: U) => T): Array<Conditional<T>> | undefined {
  if (current.length * next.length > MAX_ALTERNATIVES) return undefined;
  return current.flatMap((a) => next.map((b) => ({ item: merge(a.item, b.item), when: joinConditions(a.when, b.when) })));
}

function asValue<T>(items: ReadonlyArray<Conditional<T>>, build: (item: T) => RValue, loc: Location): RValue {
  if (items.length === 1 && items[0]) return build(items[0].item);
  return oneOf(items.map(({ item, when }) => ({ value: build(item), when })), loc);
}

export function evaluateObject(evaluator: Evaluator, node: ObjectLiteralExpression, frame: Frame): RValue {
  const loc = evaluator.loc(node);
  let drafts: Array<Conditional<ObjectDraft>> = [{ item: emptyDraft(), when: "" }];
  const setEntry = (entry: ObjectEntry): void => {
    for (const draft of drafts) draft.item.entries.set(entry.key, entry);
  };
  for (const property of node.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      const spread = evaluator.evaluate(property.getExpression(), frame);
      evaluator.noteSpread(spread);
      const spreadAlternatives = alternatives(spread).map(({ value, when }) => ({ item: value as RValue, when }));
      const combined = combine(drafts, spreadAlternatives, (draft, value) => {
        const next = copyDraft(draft);
        spreadInto(next, value);
        return next;
      });
      if (combined) drafts = combined;
      else {
        const spreadLoc = evaluator.loc(property);
        for (const draft of drafts) {
          if (!foldSpreadAlternatives(draft.item, alternatives(spread), spreadLoc)) spreadInto(draft.item, unknownValue("too many alternatives", spreadLoc));
        }
      }
      continue;
    }
    const nameNode = property.getNameNode();
    let key = propertyKeyText(nameNode);
    if (key === undefined && Node.isComputedPropertyName(nameNode)) {
      key = knownString(evaluator.evaluate(nameNode.getExpression(), frame));
    }
    if (key === undefined) {
      for (const draft of drafts) draft.item.open = true;
      continue;
    }
    const keyLoc = evaluator.loc(nameNode);
    if (Node.isPropertyAssignment(property)) {
      const initializer = property.getInitializerOrThrow();
      setEntry({ key, keyLoc, value: evaluator.evaluate(initializer, frame), written: writtenExpression(evaluator, initializer) });
    } else if (Node.isShorthandPropertyAssignment(property)) {
      setEntry({ key, keyLoc, value: evaluator.identifierValue(property.getNameNode(), frame), written: writtenExpression(evaluator, property.getNameNode()) });
    } else {
      setEntry({ key, keyLoc, value: { kind: "function", loc: evaluator.loc(property) } });
    }
  }
  return asValue(drafts, (draft) => finishDraft(draft, loc), loc);
}

/** The expression an object entry was written with, named when it is a name (`MAX_TURNS`, `config.turns`, `ROLES[role]`). */
function writtenExpression(evaluator: Evaluator, expression: Node): WrittenExpression {
  const name = nameOf(expression);
  return { loc: evaluator.loc(expression), ...(name !== undefined && { name }) };
}

function nameOf(expression: Node): string | undefined {
  let inner = expression;
  while (Node.isParenthesizedExpression(inner) || Node.isAsExpression(inner) || Node.isSatisfiesExpression(inner) || Node.isNonNullExpression(inner)) inner = inner.getExpression();
  if (Node.isElementAccessExpression(inner)) {
    const base = memberPath(inner.getExpression());
    const key = inner.getArgumentExpression();
    const simpleKey = key && (Node.isIdentifier(key) || Node.isStringLiteral(key) || Node.isNumericLiteral(key));
    return base && simpleKey ? `${base.join(".")}[${key.getText()}]` : undefined;
  }
  return memberPath(inner)?.join(".");
}

interface ArrayDraft {
  readonly elements: RValue[];
  open: boolean;
}

export function evaluateArray(evaluator: Evaluator, node: ArrayLiteralExpression, frame: Frame): RValue {
  const loc = evaluator.loc(node);
  let drafts: Array<Conditional<ArrayDraft>> = [{ item: { elements: [], open: false }, when: "" }];
  for (const element of node.getElements()) {
    if (Node.isSpreadElement(element)) {
      const spread = evaluator.evaluate(element.getExpression(), frame);
      const spreadAlternatives = alternatives(spread).map(({ value, when }) => ({ item: value as RValue, when }));
      const combined = combine(drafts, spreadAlternatives, (draft, value) => {
        const next = { elements: [...draft.elements], open: draft.open };
        if (value.kind === "array") {
          next.elements.push(...value.elements);
          next.open ||= value.open;
        } else {
          next.open = true;
        }
        return next;
      });
      if (combined) drafts = combined;
      else for (const draft of drafts) draft.item.open = true;
      continue;
    }
    const value: RValue = Node.isOmittedExpression(element) ? { kind: "null", loc: evaluator.loc(element) } : evaluator.evaluate(element, frame);
    for (const draft of drafts) draft.item.elements.push(value);
  }
  return asValue(drafts, (draft) => ({ kind: "array", elements: draft.elements, open: draft.open, loc }), loc);
}

/** The text parts a value contributes to a string, for each of its alternatives. */
function textAlternatives(evaluator: Evaluator, value: RValue, expression: Node): Array<Conditional<TextPart[]>> {
  return alternatives(value).map(({ value: concrete, when }) => ({ item: partsOf(evaluator, concrete, expression), when }));
}

function partsOf(evaluator: Evaluator, value: RValue, expression: Node): TextPart[] {
  const scalar = scalarText(value);
  if (scalar !== undefined) return [{ kind: "literal", text: scalar, loc: value.loc }];
  if (value.kind === "text") return [...value.parts];
  if (value.kind === "array" && !value.open) {
    const texts = value.elements.map(scalarText);
    if (texts.every((text): text is string => text !== undefined)) return [{ kind: "literal", text: texts.join(","), loc: value.loc }];
  }
  const provenance = value.kind === "unknown" && value.provenance ? value.provenance : ({ kind: "unknown" } as const);
  return [{ kind: "hole", provenance, expression: sourceText(expression), loc: evaluator.loc(expression) }];
}

/** Beyond these sizes a built string is unknown: resolution must stay cheap on any input. */
const MAX_TEXT_LENGTH = 1_000_000;
const MAX_TEXT_PARTS = 10_000;

function textValue(parts: readonly TextPart[], loc: Location): RValue {
  const length = parts.reduce((sum, part) => sum + (part.kind === "literal" ? part.text.length : 0), 0);
  if (length > MAX_TEXT_LENGTH || parts.length > MAX_TEXT_PARTS) return unknownValue("a string too large to follow", loc);
  const merged = mergeParts(parts);
  if (merged.every((part) => part.kind === "literal")) {
    return { kind: "string", value: merged.map((part) => (part.kind === "literal" ? part.text : "")).join(""), loc };
  }
  return { kind: "text", parts: merged, loc };
}

/** Concatenates several pieces (values with the expression each came from) into text. */
export function concatenate(evaluator: Evaluator, pieces: ReadonlyArray<{ value: RValue; expression: Node } | TextPart>, loc: Location): RValue {
  let combos: Array<Conditional<TextPart[]>> = [{ item: [], when: "" }];
  for (const piece of pieces) {
    const next: Array<Conditional<TextPart[]>> = "kind" in piece ? [{ item: [piece], when: "" }] : textAlternatives(evaluator, piece.value, piece.expression);
    const combined = combine(combos, next, (a, b) => [...a, ...b]);
    if (combined) {
      combos = combined;
    } else {
      const expression = "kind" in piece ? undefined : piece.expression;
      const hole: TextPart = { kind: "hole", provenance: { kind: "unknown" }, expression: expression ? sourceText(expression) : "", loc: expression ? evaluator.loc(expression) : loc };
      combos = combos.map((combo) => ({ item: [...combo.item, hole], when: combo.when }));
    }
  }
  return asValue(combos, (parts) => textValue(parts, loc), loc);
}

export function evaluateTemplate(evaluator: Evaluator, node: TemplateExpression, frame: Frame): RValue {
  const file = node.getSourceFile();
  const head = node.getHead();
  const pieces: Array<{ value: RValue; expression: Node } | TextPart> = [
    { kind: "literal", text: head.getLiteralText(), loc: evaluator.workspace.span(file, head.getStart() + 1, head.getEnd() - 2) },
  ];
  for (const span of node.getTemplateSpans()) {
    const expression = span.getExpression();
    pieces.push({ value: evaluator.evaluate(expression, frame), expression });
    const literal = span.getLiteral();
    const closing = Node.isTemplateTail(literal) ? 1 : 2;
    pieces.push({ kind: "literal", text: literal.getLiteralText(), loc: evaluator.workspace.span(file, literal.getStart() + 1, literal.getEnd() - closing) });
  }
  return concatenate(evaluator, pieces, evaluator.loc(node));
}

export function evaluateBinary(evaluator: Evaluator, node: BinaryExpression, frame: Frame): RValue {
  const operator = node.getOperatorToken().getKind();
  const loc = evaluator.loc(node);
  const left = node.getLeft();
  const right = node.getRight();
  switch (operator) {
    case SyntaxKind.PlusToken:
      return add(evaluator, left, right, frame, loc);
    case SyntaxKind.QuestionQuestionToken:
    case SyntaxKind.BarBarToken:
      return fallback(evaluator, node, frame, operator === SyntaxKind.QuestionQuestionToken);
    case SyntaxKind.AmpersandAmpersandToken:
      return guard(evaluator, node, frame);
    case SyntaxKind.EqualsEqualsEqualsToken:
    case SyntaxKind.EqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsToken:
      return compare(evaluator, node, frame, operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken);
    case SyntaxKind.CommaToken:
      return evaluator.evaluate(right, frame);
    default:
      return unknownValue(`the result of ${node.getOperatorToken().getText()}`, loc);
  }
}

function add(evaluator: Evaluator, left: Expression, right: Expression, frame: Frame, loc: Location): RValue {
  const a = evaluator.evaluate(left, frame);
  const b = evaluator.evaluate(right, frame);
  if (a.kind === "number" && b.kind === "number") return { kind: "number", value: a.value + b.value, loc };
  const textual = (value: RValue): boolean =>
    alternatives(value).some(({ value: concrete }) => concrete.kind === "string" || concrete.kind === "text" || (concrete.kind === "unknown" && concrete.provenance !== undefined));
  if (!textual(a) && !textual(b)) return unknownValue("the result of +", loc);
  return concatenate(evaluator, [{ value: a, expression: left }, { value: b, expression: right }], loc);
}

/** `a ?? b` and `a || b`: the left value when it is set, else the right one. */
function fallback(evaluator: Evaluator, node: BinaryExpression, frame: Frame, nullish: boolean): RValue {
  const left = evaluator.evaluate(node.getLeft(), frame);
  let right: RValue | undefined;
  const rightValue = (): RValue => (right ??= evaluator.evaluate(node.getRight(), frame));
  const subject = subjectName(node.getLeft());
  return mapAlternatives(left, (concrete) => {
    const isSet = nullish ? (concrete.kind === "unknown" ? undefined : concrete.kind !== "null") : truthiness(concrete);
    if (isSet === true) return concrete;
    if (isSet === false) return rightValue();
    return oneOf([
      { value: concrete, when: `${subject} is set` },
      { value: rightValue(), when: `${subject} is unset` },
    ], evaluator.loc(node));
  });
}

/** `cond && value`: the value when the condition holds, else a falsy value (nothing to spread). */
function guard(evaluator: Evaluator, node: BinaryExpression, frame: Frame): RValue {
  const condition = evaluator.evaluate(node.getLeft(), frame);
  const truth = truthiness(condition);
  if (truth === true) return evaluator.evaluate(node.getRight(), frame);
  if (truth === false) return condition;
  const when = describeCondition(node.getLeft());
  const { whenTrue } = narrowByCondition(evaluator, node.getLeft(), frame);
  return oneOf([
    { value: evaluator.evaluate(node.getRight(), whenTrue), when },
    { value: { kind: "boolean", value: false, loc: evaluator.loc(node.getLeft()) }, when: negate(when) },
  ], evaluator.loc(node));
}

function compare(evaluator: Evaluator, node: BinaryExpression, frame: Frame, equal: boolean): RValue {
  const loc = evaluator.loc(node);
  const a = scalarText(evaluator.evaluate(node.getLeft(), frame));
  const b = scalarText(evaluator.evaluate(node.getRight(), frame));
  if (a === undefined || b === undefined) return unknownValue("a comparison with an unknown value", loc);
  return { kind: "boolean", value: (a === b) === equal, loc };
}

export function evaluateConditional(evaluator: Evaluator, node: ConditionalExpression, frame: Frame): RValue {
  const condition = evaluator.evaluate(node.getCondition(), frame);
  const truth = condition.kind === "oneOf" ? undefined : truthiness(condition);
  if (truth === true) return evaluator.evaluate(node.getWhenTrue(), frame);
  if (truth === false) return evaluator.evaluate(node.getWhenFalse(), frame);
  const when = describeCondition(node.getCondition());
  const narrowed = narrowByCondition(evaluator, node.getCondition(), frame);
  return oneOf([
    { value: evaluator.evaluate(node.getWhenTrue(), narrowed.whenTrue), when },
    { value: evaluator.evaluate(node.getWhenFalse(), narrowed.whenFalse), when: negate(when) },
  ], evaluator.loc(node));
}
