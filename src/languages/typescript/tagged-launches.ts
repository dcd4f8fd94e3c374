/**
 * Programs started by a template tag: zx and Bun Shell (`` $`claude -p ${task}` ``) hand the
 * template to a shell, quoting each interpolated value as one word (a list as several);
 * execa (`` $`…` ``, `` execa`…` ``) splits the literal text on whitespace itself and passes
 * each interpolated value as one argument. The tag is recognised from its import (zx's
 * global `$` only in a zx script), never from its name alone.
 */
import type { Location } from "../../core/types.js";
import type { CliInvocation } from "../../model/file-model.js";
import { alternatives, joinWhen, type RValue } from "../../model/value.js";
import { concatenate } from "./composites.js";
import type { Evaluator } from "./evaluator.js";
import {
  Node,
  type Expression,
  type NoSubstitutionTemplateLiteral,
  type SourceFile as MorphSourceFile,
  type TaggedTemplateExpression,
  type TemplateHead,
  type TemplateLiteral,
  type TemplateMiddle,
  type TemplateTail,
} from "./morph.js";
import { declarationOf } from "./scope.js";
import { moduleSpecifierOf } from "./symbols.js";
import { mapAlternatives, oneOf, scalarText, unknownValue } from "./values.js";

type TemplateForm = "shell" | "argv";
type TemplateLiteralPart = NoSubstitutionTemplateLiteral | TemplateHead | TemplateMiddle | TemplateTail;

const FORM_BY_MODULE_TAG: Readonly<Record<string, Readonly<Record<string, TemplateForm>>>> = {
  zx: { $: "shell" },
  "zx/core": { $: "shell" },
  bun: { $: "shell" },
  execa: { $: "argv", execa: "argv", execaSync: "argv", execaNode: "argv" },
};
/** `$.sync`, `$.s`: the same tag, run synchronously. */
const SYNC_MEMBERS = new Set(["sync", "s"]);
const MAX_UNWRAP = 4;

export function taggedInvocation(evaluator: Evaluator, node: TaggedTemplateExpression): CliInvocation | undefined {
  const launcher = launcherOf(evaluator, node.getTag());
  if (!launcher) return undefined;
  const template = node.getTemplate();
  const base = { loc: evaluator.loc(node), api: launcher.api };
  if (launcher.form === "shell") return { ...base, command: shellLine(evaluator, template), line: true };
  return { ...base, command: argumentVector(evaluator, template), line: false };
}

function launcherOf(evaluator: Evaluator, tag: Node): { api: string; form: TemplateForm } | undefined {
  let current: Node = tag;
  // `$({ cwd })` and `$.sync` return a tag of the same kind.
  for (let hops = 0; hops < MAX_UNWRAP; hops++) {
    if (Node.isCallExpression(current)) current = current.getExpression();
    else if (Node.isPropertyAccessExpression(current) && SYNC_MEMBERS.has(current.getName())) current = current.getExpression();
    else break;
  }
  const qualified = evaluator.qualify(current);
  if (qualified?.module) {
    const tagName = qualified.names.join(".");
    const form = FORM_BY_MODULE_TAG[qualified.module]?.[tagName];
    return form ? { api: `${qualified.module}.${tagName}`, form } : undefined;
  }
  if (Node.isIdentifier(current) && current.getText() === "$" && !declarationOf(current) && isZxScript(current.getSourceFile())) {
    return { api: "zx.$", form: "shell" };
  }
  if (Node.isPropertyAccessExpression(current) && current.getText() === "Bun.$") {
    const runtime = current.getExpression();
    if (Node.isIdentifier(runtime) && !declarationOf(runtime)) return { api: "Bun.$", form: "shell" };
  }
  return undefined;
}

/** A script run by zx (shebang) or one that loads its globals (`import "zx/globals"`). */
function isZxScript(file: MorphSourceFile): boolean {
  const firstLine = file.getFullText().split("\n", 1)[0] ?? "";
  if (firstLine.startsWith("#!") && /\bzx\b/.test(firstLine)) return true;
  return file.getImportDeclarations().some((declaration) => moduleSpecifierOf(declaration) === "zx/globals");
}

/** The command line the shell reads: literal text as written, each value quoted as the tag does. */
function shellLine(evaluator: Evaluator, template: TemplateLiteral): RValue {
  if (Node.isNoSubstitutionTemplateLiteral(template)) return { kind: "string", value: template.getLiteralText(), loc: evaluator.loc(template) };
  const file = template.getSourceFile();
  const head = template.getHead();
  const pieces: Parameters<typeof concatenate>[1][number][] = [{ kind: "literal", text: head.getLiteralText(), loc: evaluator.workspace.span(file, head.getStart() + 1, head.getEnd() - 2) }];
  for (const span of template.getTemplateSpans()) {
    const expression = span.getExpression();
    const loc = evaluator.loc(expression);
    const quoted = mapAlternatives(evaluator.evaluate(expression), (value): RValue => {
      const words = wordsOf(value);
      return words ? { kind: "string", value: words.map(shellQuote).join(" "), loc } : value.kind === "unknown" ? value : unknownValue("an interpolated value", loc);
    });
    pieces.push({ value: quoted, expression });
    const literal = span.getLiteral();
    const closing = Node.isTemplateTail(literal) ? 1 : 2;
    pieces.push({ kind: "literal", text: literal.getLiteralText(), loc: evaluator.workspace.span(file, literal.getStart() + 1, literal.getEnd() - closing) });
  }
  return concatenate(evaluator, pieces, evaluator.loc(template));
}

/** The words a known interpolated value becomes: a scalar is one, a closed list of scalars one each. */
function wordsOf(value: RValue): string[] | undefined {
  const scalar = scalarText(value);
  if (scalar !== undefined) return [scalar];
  if (value.kind !== "array" || value.open) return undefined;
  const texts = value.elements.map(scalarText);
  return texts.every((text): text is string => text !== undefined) ? texts : undefined;
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** execa's argument vector: literal text split on whitespace, each value one argument (a list several). */
function argumentVector(evaluator: Evaluator, template: TemplateLiteral): RValue {
  const loc = evaluator.loc(template);
  const elements: RValue[] = [];
  let word: Array<{ text: string } | { value: RValue; expression: Expression }> = [];
  let wordLoc = loc;
  const flush = (): void => {
    if (word.length === 1 && "value" in word[0]!) elements.push(...spread(word[0].value));
    else if (word.length > 0) elements.push(joined(word, wordLoc));
    word = [];
  };
  const addLiteral = (literal: TemplateLiteralPart): void => {
    const text = literal.getLiteralText();
    // Each word is located exactly when the source spells the text without escapes.
    const textStart = literal.getStart() + 1;
    const exact = literal.getSourceFile().getFullText().startsWith(text, textStart);
    const pattern = /\S+/g;
    let previousEnd = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index > previousEnd) flush();
      previousEnd = match.index + match[0].length;
      if (word.length === 0) {
        wordLoc = exact ? evaluator.workspace.span(literal.getSourceFile(), textStart + match.index, textStart + previousEnd) : evaluator.loc(literal);
      }
      word.push({ text: match[0] });
    }
    if (previousEnd < text.length) flush();
  };
  if (Node.isNoSubstitutionTemplateLiteral(template)) {
    addLiteral(template);
  } else {
    addLiteral(template.getHead());
    for (const span of template.getTemplateSpans()) {
      const expression = span.getExpression();
      if (word.length === 0) wordLoc = evaluator.loc(expression);
      word.push({ value: evaluator.evaluate(expression), expression });
      addLiteral(span.getLiteral());
    }
  }
  flush();
  return { kind: "array", elements, open: false, loc };
}

/** A list interpolated alone passes its elements; any other value is one argument. */
function spread(value: RValue): RValue[] {
  if (value.kind === "array" && !value.open) return [...value.elements];
  if (value.kind === "array" || alternatives(value).some((branch) => branch.value.kind === "array")) {
    return [unknownValue("an interpolated list", value.loc)];
  }
  return [value];
}

/** One argument built from literal text and values written together (`--model=${model}`). */
function joined(pieces: ReadonlyArray<{ text: string } | { value: RValue; expression: Expression }>, loc: Location): RValue {
  let branches = [{ text: "", when: "" }];
  for (const piece of pieces) {
    if ("text" in piece) {
      branches = branches.map((branch) => ({ ...branch, text: branch.text + piece.text }));
      continue;
    }
    const next: Array<{ text: string; when: string }> = [];
    for (const { value, when } of alternatives(piece.value)) {
      const text = scalarText(value);
      if (text === undefined) return unknownValue("an argument built from an unknown value", loc);
      for (const branch of branches) next.push({ text: branch.text + text, when: joinWhen(branch.when, when) });
    }
    branches = next;
  }
  return oneOf(branches.map(({ text, when }) => ({ value: { kind: "string", value: text, loc }, when })), loc);
}
