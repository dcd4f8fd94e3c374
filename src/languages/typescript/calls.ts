/**
 * Calls: known sources (their result is unknown with a provenance), path helpers, string and
 * array methods on known values, `Object.assign`, and functions the analysis can see into
 * (builders), whose returns are evaluated with the call's arguments bound to the parameters.
 */
import path from "node:path";
import { Node, SyntaxKind, type CallExpression, type Expression, type NewExpression, type PropertyAccessExpression, type ts } from "./morph.js";
import type { Location } from "../../core/types.js";
import { isThirdPartyText, thirdPartyMember, thirdPartyOutput, thirdPartyTextIn } from "../../model/third-party.js";
import { knownString, type ObjectEntry, type Provenance, type RValue, type ThirdPartyProvenance } from "../../model/value.js";
import { cliInvocationsOf } from "./cli-invocations.js";
import { concatenate } from "./composites.js";
import { sourceText } from "./conditions.js";
import type { Evaluator, Frame } from "./evaluator.js";
import { extendFrame } from "./frames.js";
import type { FunctionLike } from "./flow.js";
import { mergeInto } from "./object-ops.js";
import { isProgramAssetPath } from "./program-assets.js";
import { declarationOf } from "./scope.js";
import { callProvenance, OS_MODULES, type QualifiedName } from "./sources.js";
import { isSdkModule } from "./symbols.js";
import { homeValue, mapAlternatives, scalarText, truthiness, unknownValue } from "./values.js";

const PATH_MODULES = new Set(["path", "node:path", "path/posix", "node:path/posix"]);
const PASS_THROUGH_GLOBALS = new Set(["String", "JSON.parse", "JSON.stringify", "Buffer.from", "decodeURIComponent", "encodeURIComponent", "Object.freeze", "structuredClone"]);
const STRING_IDENTITY_METHODS = new Set(["trim", "trimStart", "trimEnd", "toString", "valueOf", "normalize"]);

export function evaluateCall(evaluator: Evaluator, node: CallExpression, frame: Frame): RValue {
  const loc = evaluator.loc(node);
  const callee = node.getExpression();
  const args = node.getArguments() as Expression[];
  const qualified = evaluator.qualify(callee);
  if (qualified) {
    const special = qualifiedCall(evaluator, qualified, args, frame, loc);
    if (special) return special;
  }
  const invoked = invokeVisibleFunction(evaluator, callee, args, frame, loc);
  if (invoked) return invoked;
  const output = launchedProgramOutput(evaluator, node);
  if (output) return unknownValue(`the output of ${output.api}`, loc, output);
  if (Node.isPropertyAccessExpression(callee)) {
    const receiver = evaluator.evaluate(callee.getExpression(), frame);
    return methodResult(evaluator, receiver, callee, args, frame, loc);
  }
  return unknownValue(`the result of ${callee.getText()}()`, loc);
}

export function evaluateNew(evaluator: Evaluator, node: NewExpression, frame: Frame): RValue {
  const loc = evaluator.loc(node);
  const qualified = evaluator.qualify(node.getExpression());
  const provenance = qualified ? callProvenance(qualified) : undefined;
  if (provenance?.kind === "secret-manager") return unknownValue(`a ${provenance.api} client`, loc, provenance);
  if (provenance?.kind === "third-party") return unknownValue(`a ${provenance.api}`, loc, provenance);
  const args = node.getArguments() as Expression[];
  const constructor = qualified && !qualified.module ? qualified.names.join(".") : undefined;
  if (constructor === "String" && args[0]) return evaluator.evaluate(args[0], frame);
  if (constructor === "Map" && args[0]) return mapOfEntries(evaluator, evaluator.evaluate(args[0], frame), loc);
  return unknownValue(`a new ${node.getExpression().getText()}`, loc);
}

/**
 * `new Map([["admin", tools], …])`: read as an object keyed by the entries' keys, so that a
 * lookup (`ROLE_TOOLS.get(role)`) has one alternative per key. Entries it cannot list make it unknown.
 */
function mapOfEntries(evaluator: Evaluator, entries: RValue, loc: Location): RValue {
  if (entries.kind !== "array" || entries.open) return unknownValue("a Map of entries the analysis cannot list", loc);
  const object: ObjectEntry[] = [];
  for (const entry of entries.elements) {
    const [key, value] = entry.kind === "array" && !entry.open && entry.elements.length === 2 ? entry.elements : [];
    const name = key ? scalarText(key) : undefined;
    if (!key || !value || name === undefined) return unknownValue("a Map of entries the analysis cannot list", loc);
    const existing = object.findIndex((candidate) => candidate.key === name);
    if (existing >= 0) object.splice(existing, 1);
    object.push({ key: name, keyLoc: key.loc, value });
  }
  return { kind: "object", entries: object, open: false, loc };
}

function qualifiedCall(evaluator: Evaluator, callee: QualifiedName, args: readonly Expression[], frame: Frame, loc: Location): RValue | undefined {
  const name = callee.names.join(".");
  const last = callee.names[callee.names.length - 1];
  if (callee.module && OS_MODULES.has(callee.module) && last === "homedir") return homeValue(loc);
  if (callee.module && PATH_MODULES.has(callee.module) && (last === "join" || last === "resolve")) {
    return joinPath(evaluator, args, frame, loc, last === "resolve");
  }
  if (!callee.module && name === "Object.assign") return assign(evaluator, args, frame, loc);
  if (callee.module && isSdkModule(callee.module)) return sdkHelperCall(evaluator, name, args, frame, loc);
  const provenance = callProvenance(callee);
  if (provenance?.kind === "sanitized") return sanitized(evaluator, args[0], frame, provenance, loc);
  if (provenance?.kind === "file-read" && args[0] && isProgramAssetPath(args[0])) {
    return unknownValue("a file shipped with the program", loc);
  }
  if (provenance) return unknownValue(`the result of ${name || callee.module}()`, loc, provenance);
  if (!callee.module && PASS_THROUGH_GLOBALS.has(name)) {
    const first = args[0];
    return first ? evaluator.evaluate(first, frame) : unknownValue(`the result of ${name}()`, loc);
  }
  return undefined;
}

/**
 * What a sanitiser returns: literal text stays as it is (so a credential written into it is
 * still seen), and every hole in it, or the whole unknown value, becomes sanitized content.
 */
function sanitized(evaluator: Evaluator, argument: Expression | undefined, frame: Frame, provenance: Provenance, loc: Location): RValue {
  const reason = `the result of ${"api" in provenance ? provenance.api : "a sanitiser"}()`;
  if (!argument) return unknownValue(reason, loc, provenance);
  return mapAlternatives(evaluator.evaluate(argument, frame), (concrete) => {
    if (concrete.kind === "string") return concrete;
    if (concrete.kind === "text") {
      return { ...concrete, parts: concrete.parts.map((part) => (part.kind === "hole" ? { ...part, provenance } : part)) };
    }
    return unknownValue(reason, loc, provenance);
  });
}

/**
 * `createSdkMcpServer({ name, tools })` is an in-process server (`type: "sdk"`);
 * `tool(name, description, …)` names an in-process tool. Other SDK calls are opaque.
 */
function sdkHelperCall(evaluator: Evaluator, name: string, args: readonly Expression[], frame: Frame, loc: Location): RValue | undefined {
  const [first, second] = args;
  if (name === "createSdkMcpServer" && first) {
    const config = evaluator.evaluate(first, frame);
    return mergeInto(config, [{ kind: "object", entries: [{ key: "type", keyLoc: loc, value: { kind: "string", value: "sdk", loc } }], open: false, loc }]);
  }
  if (name === "tool" && first) {
    const entries = [{ key: "name", keyLoc: evaluator.loc(first), value: evaluator.evaluate(first, frame) }];
    if (second) entries.push({ key: "description", keyLoc: evaluator.loc(second), value: evaluator.evaluate(second, frame) });
    return { kind: "object", entries, open: true, loc };
  }
  return undefined;
}

/** `path.join(a, b)`: known parts joined with "/", holes kept (the home directory first). */
function joinPath(evaluator: Evaluator, args: readonly Expression[], frame: Frame, loc: Location, resolve: boolean): RValue {
  const values = args.map((arg) => evaluator.evaluate(arg, frame));
  const texts = values.map((value) => (value.kind === "string" ? value.value : undefined));
  if (texts.every((text): text is string => text !== undefined)) {
    const joined = path.posix.join(...texts);
    if (!resolve || path.posix.isAbsolute(joined)) return { kind: "string", value: resolve ? path.posix.resolve(joined) : joined, loc };
    return unknownValue("a path resolved against the working directory", loc);
  }
  const pieces: Array<{ value: RValue; expression: Node } | { kind: "literal"; text: string; loc: Location }> = [];
  args.forEach((arg, index) => {
    if (index > 0) pieces.push({ kind: "literal", text: "/", loc });
    pieces.push({ value: values[index]!, expression: arg });
  });
  return concatenate(evaluator, pieces, loc);
}

/** `Object.assign(target, ...sources)`: the target with every source's entries. */
function assign(evaluator: Evaluator, args: readonly Expression[], frame: Frame, loc: Location): RValue {
  const [first, ...rest] = args;
  if (!first) return unknownValue("Object.assign without arguments", loc);
  const target = evaluator.evaluate(first, frame);
  const sources = rest.map((arg) => evaluator.evaluate(arg, frame));
  for (const source of sources) evaluator.noteSpread(source);
  return mergeInto(target, sources);
}

/** Evaluates a call to a function declared in the project, when the callee names one. */
function invokeVisibleFunction(evaluator: Evaluator, callee: Expression, args: readonly Expression[], frame: Frame, loc: Location): RValue | undefined {
  const target = visibleFunction(evaluator, callee);
  if (!target) return undefined;
  if (!Node.isArrowFunction(target) && !Node.isGetAccessorDeclaration(target) && target.isGenerator()) return unknownValue(`the messages ${callee.getText()}() yields`, loc);
  return evaluator.guarded(target.compilerNode, loc, () => {
    const bound: Array<readonly [ts.Node, RValue]> = [];
    target.getParameters().forEach((parameter, index) => {
      if (parameter.isRestParameter()) return;
      const arg = args[index];
      const initializer = parameter.getInitializer();
      if (arg) bound.push([parameter.compilerNode, evaluator.evaluate(arg, frame)]);
      else if (initializer) bound.push([parameter.compilerNode, evaluator.evaluate(initializer, frame)]);
      else bound.push([parameter.compilerNode, { kind: "null", loc }]);
    });
    return evaluator.returnsOf(target, extendFrame(frame, bound, frame.calls + 1), loc);
  });
}

/** The function declaration or expression a callee names, if the project holds it. */
export function visibleFunction(evaluator: Evaluator, callee: Expression): FunctionLike | undefined {
  if (Node.isArrowFunction(callee) || Node.isFunctionExpression(callee)) return callee;
  if (Node.isParenthesizedExpression(callee)) return visibleFunction(evaluator, callee.getExpression());
  if (Node.isPropertyAccessExpression(callee)) {
    if (callee.getExpression().getKind() === SyntaxKind.ThisKeyword) {
      const owner = callee.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
      if (owner && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner))) {
        const method = owner.getMethod(callee.getName());
        if (method?.getBody()) return method;
      }
      return undefined;
    }
    const namespace = evaluator.namespaceMeaning(callee.getExpression());
    const member = namespace ? evaluator.symbols.memberOf(namespace, callee.getName()) : undefined;
    if (member?.kind === "declaration") return functionOfDeclaration(member.name.getParent());
    if (member?.kind === "expression") return visibleFunction(evaluator, member.expression);
    return objectMethod(evaluator, callee.getExpression(), callee.getName());
  }
  if (!Node.isIdentifier(callee)) return undefined;
  const declaring = declarationOf(callee);
  if (!declaring) return undefined;
  let meaning = evaluator.symbols.meaningOfDeclaration(declaring, 0);
  // `const build = require("./build")` where the module exports one function.
  if (meaning.kind === "module") meaning = evaluator.symbols.memberOf(meaning, "default") ?? meaning;
  if (meaning.kind === "expression") {
    const expression = meaning.expression;
    return Node.isArrowFunction(expression) || Node.isFunctionExpression(expression) ? expression : undefined;
  }
  if (meaning.kind !== "declaration") return undefined;
  return functionOfDeclaration(meaning.name.getParent());
}

/** `factory.build` where `factory` is declared as an object literal holding that function. */
function objectMethod(evaluator: Evaluator, receiver: Expression, name: string): FunctionLike | undefined {
  if (!Node.isIdentifier(receiver)) return undefined;
  const declaring = declarationOf(receiver);
  if (!declaring) return undefined;
  const meaning = evaluator.symbols.meaningOfDeclaration(declaring, 0);
  const declaration = meaning.kind === "declaration" ? meaning.name.getParent() : undefined;
  let initializer = Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  while (initializer && (Node.isAsExpression(initializer) || Node.isSatisfiesExpression(initializer) || Node.isParenthesizedExpression(initializer))) {
    initializer = initializer.getExpression();
  }
  if (!initializer || !Node.isObjectLiteralExpression(initializer)) return undefined;
  const property = initializer.getProperty(name);
  if (Node.isMethodDeclaration(property)) return property.getBody() ? property : undefined;
  const value = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
  return value && (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) ? value : undefined;
}

function functionOfDeclaration(node: Node | undefined): FunctionLike | undefined {
  if (!node) return undefined;
  if (Node.isFunctionDeclaration(node)) return node.getBody() ? node : undefined;
  if (Node.isVariableDeclaration(node)) {
    let initializer = node.getInitializer();
    while (initializer && (Node.isParenthesizedExpression(initializer) || Node.isAsExpression(initializer) || Node.isSatisfiesExpression(initializer))) {
      initializer = initializer.getExpression();
    }
    if (initializer && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer))) return initializer;
  }
  return undefined;
}

/** String and array methods on known values; unknown receivers keep their provenance. */
function methodResult(evaluator: Evaluator, receiver: RValue, callee: PropertyAccessExpression, args: readonly Expression[], frame: Frame, loc: Location): RValue {
  const method = callee.getName();
  return mapAlternatives(receiver, (concrete) => {
    switch (concrete.kind) {
      case "string":
        return stringMethod(evaluator, concrete, method, args, frame, loc);
      case "text":
        return STRING_IDENTITY_METHODS.has(method) || method === "toLowerCase" || method === "toUpperCase"
          ? concrete
          : unknownValue(`the result of ${method}() on text`, loc);
      case "array":
        return arrayMethod(evaluator, concrete, method, args, frame, loc);
      case "object":
        return method === "get" && args.length === 1 && args[0] ? evaluator.lookup(concrete, args[0], frame, loc) : unknownValue(`the result of ${method}()`, loc);
      case "unknown":
        if (concrete.provenance?.kind === "third-party") return thirdPartyMethodResult(evaluator, concrete.provenance, callee, args, frame, loc);
        return concrete.provenance ? unknownValue(concrete.reason, loc, concrete.provenance) : unknownValue(`the result of ${method}()`, loc);
      default:
        return unknownValue(`the result of ${method}()`, loc);
    }
  });
}

/**
 * A method of an issue tracker's, chat's or mail API object: `octokit.rest.issues.get(…)`
 * reaches an issue; `octokit.paginate(octokit.rest.issues.listComments, …)` the comments its
 * first argument lists; `comments.map((c) => c.body)` the text its callback reads.
 */
function thirdPartyMethodResult(evaluator: Evaluator, receiver: ThirdPartyProvenance, callee: PropertyAccessExpression, args: readonly Expression[], frame: Frame, loc: Location): RValue {
  const method = callee.getName();
  const [first] = args;
  if (method === "paginate" && first) {
    const listed = evaluator.evaluate(first, frame);
    if (listed.kind !== "unknown" || listed.provenance?.kind !== "third-party") return unknownValue(`the result of ${method}()`, loc);
    return unknownValue(`the result of ${method}()`, loc, { ...listed.provenance, api: sourceText(first) });
  }
  if ((method === "map" || method === "flatMap") && first && !isThirdPartyText(receiver)) {
    const mapped = applyCallback(evaluator, first, unknownValue("an element of a list", loc, receiver), frame, loc);
    const text = thirdPartyTextIn(mapped);
    return text ? unknownValue(`the result of ${method}()`, loc, text) : unknownValue(`the result of ${method}()`, loc);
  }
  const result = thirdPartyMember(receiver, method);
  if (!result) return unknownValue(`the result of ${method}()`, loc);
  // An object is named after the call that returned it (`octokit.rest.issues.get`); text keeps its origin.
  return unknownValue(`the result of ${method}()`, loc, isThirdPartyText(result) ? result : { ...result, api: sourceText(callee) });
}

/** What a program started here prints, when third parties wrote it: `gh issue view 12 --json body`. */
function launchedProgramOutput(evaluator: Evaluator, node: CallExpression): ThirdPartyProvenance | undefined {
  const [invocation] = cliInvocationsOf([node], evaluator);
  return invocation ? thirdPartyOutput(invocation) : undefined;
}

function stringMethod(evaluator: Evaluator, receiver: Extract<RValue, { kind: "string" }>, method: string, args: readonly Expression[], frame: Frame, loc: Location): RValue {
  const text = receiver.value;
  const argument = (index: number): string | undefined => {
    const arg = args[index];
    return arg ? knownString(evaluator.evaluate(arg, frame)) : undefined;
  };
  const string = (value: string): RValue => ({ kind: "string", value, loc: receiver.loc });
  switch (method) {
    case "split": {
      const separator = argument(0);
      if (separator === undefined) return unknownValue("a string split by an unknown separator", loc);
      return { kind: "array", elements: text.split(separator).map(string), open: false, loc: receiver.loc };
    }
    case "trim":
      return string(text.trim());
    case "trimStart":
      return string(text.trimStart());
    case "trimEnd":
      return string(text.trimEnd());
    case "toLowerCase":
      return string(text.toLowerCase());
    case "toUpperCase":
      return string(text.toUpperCase());
    case "toString":
    case "valueOf":
      return receiver;
    case "replace":
    case "replaceAll": {
      const [pattern, replacement] = [argument(0), argument(1)];
      if (pattern === undefined || replacement === undefined) return unknownValue(`the result of ${method}()`, loc);
      return string(method === "replace" ? text.replace(pattern, () => replacement) : text.split(pattern).join(replacement));
    }
    case "concat": {
      const parts = args.map((_, index) => argument(index));
      return parts.every((part): part is string => part !== undefined) ? string(text + parts.join("")) : unknownValue("a concatenation", loc);
    }
    case "startsWith":
    case "endsWith":
    case "includes": {
      const other = argument(0);
      if (other === undefined) return unknownValue(`the result of ${method}()`, loc);
      const value = method === "startsWith" ? text.startsWith(other) : method === "endsWith" ? text.endsWith(other) : text.includes(other);
      return { kind: "boolean", value, loc };
    }
    default:
      return unknownValue(`the result of ${method}() on a string`, loc);
  }
}

function arrayMethod(evaluator: Evaluator, receiver: Extract<RValue, { kind: "array" }>, method: string, args: readonly Expression[], frame: Frame, loc: Location): RValue {
  const callback = args[0];
  switch (method) {
    case "map": {
      if (!callback) return unknownValue("map without a callback", loc);
      const elements = receiver.elements.map((element) => applyCallback(evaluator, callback, element, frame, loc));
      return { ...receiver, elements };
    }
    case "filter": {
      if (!callback) return receiver;
      const elements = receiver.elements.filter((element) => truthiness(applyCallback(evaluator, callback, element, frame, loc)) !== false);
      return { ...receiver, elements };
    }
    case "concat": {
      let result: RValue = receiver;
      for (const arg of args) {
        const value = evaluator.evaluate(arg, frame);
        result = mapAlternatives(result, (current) => {
          if (current.kind !== "array") return current;
          if (value.kind === "array") return { ...current, elements: [...current.elements, ...value.elements], open: current.open || value.open };
          if (value.kind === "oneOf" || value.kind === "unknown") return { ...current, open: true };
          return { ...current, elements: [...current.elements, value] };
        });
      }
      return result;
    }
    case "slice":
      return args.length === 0 ? receiver : unknownValue("a slice of an array", loc);
    case "includes": {
      const wanted = callback ? scalarText(evaluator.evaluate(callback, frame)) : undefined;
      const texts = receiver.elements.map(scalarText);
      if (wanted === undefined) return unknownValue("includes() of an unknown value", loc);
      if (texts.includes(wanted)) return { kind: "boolean", value: true, loc };
      if (receiver.open || texts.includes(undefined)) return unknownValue("includes() on a partly known array", loc);
      return { kind: "boolean", value: false, loc };
    }
    case "join": {
      const separatorArg = args[0];
      const separator = separatorArg ? knownString(evaluator.evaluate(separatorArg, frame)) : ",";
      const texts = receiver.elements.map(scalarText);
      if (separator === undefined || receiver.open || !texts.every((text): text is string => text !== undefined)) {
        return unknownValue("a joined array", loc);
      }
      return { kind: "string", value: texts.join(separator), loc: receiver.loc };
    }
    case "flat":
      return {
        ...receiver,
        elements: receiver.elements.flatMap((element) => (element.kind === "array" ? element.elements : [element])),
      };
    default:
      return unknownValue(`the result of ${method}() on an array`, loc);
  }
}

/** The callback's result for one element: `Boolean`, `s => s.trim()`, a named function. */
function applyCallback(evaluator: Evaluator, callback: Expression, element: RValue, frame: Frame, loc: Location): RValue {
  if (Node.isIdentifier(callback) && callback.getText() === "Boolean" && !declarationOf(callback)) {
    const truth = truthiness(element);
    return truth === undefined ? unknownValue("Boolean() of an unknown value", loc) : { kind: "boolean", value: truth, loc };
  }
  const target = visibleFunction(evaluator, callback);
  if (!target) return unknownValue(`the result of ${callback.getText()}`, loc);
  const parameter = target.getParameters()[0];
  return evaluator.returnsOf(target, extendFrame(frame, parameter ? [[parameter.compilerNode, element]] : [], frame.calls + 1), loc);
}
