/**
 * The seccomp extractor: a Docker/containerd seccomp profile (a JSON object with
 * `defaultAction` and `syscalls`), also inside an OCI runtime `config.json` at `linux.seccomp`.
 * Positions come from jsonc-parser's offsets.
 */
import { findNodeAtLocation, parseTree, visit, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { Location, SourceFile } from "../../core/types.js";
import { emptyFileModel, type FileModel, type SourceComment } from "../../model/file-model.js";
import type { SeccompProfile, SeccompSyscallRule } from "../../model/seccomp.js";
import { firstTooDeepOffset, tooDeepMessage } from "../../util/json-depth.js";
import { TextLocations } from "../../util/text-locations.js";
import type { ExtractContext } from "../language.js";
import { jsonErrorSentence } from "./json-errors.js";

type Condition = NonNullable<SeccompSyscallRule["includes"]>;

export function extractSeccomp(file: SourceFile, _context: ExtractContext): FileModel {
  const locations = new TextLocations(file.path, file.text);
  const model = emptyFileModel(file);
  // jsonc-parser descends recursively: absurd nesting is refused before it can exhaust the stack.
  const tooDeep = firstTooDeepOffset(file.text);
  if (tooDeep !== undefined) return { ...model, parseProblems: [{ message: tooDeepMessage(), loc: locations.range(tooDeep, tooDeep + 1) }] };
  const errors: ParseError[] = [];
  const root = parseTree(file.text, errors, { allowTrailingComma: true });
  const comments = jsonComments(file.text, locations);
  const firstError = errors[0];
  if (firstError) {
    return { ...model, comments, parseProblems: [{ message: jsonErrorSentence(firstError.error), loc: locations.range(firstError.offset, firstError.offset + firstError.length) }] };
  }
  const profileNode = root && (isProfile(root) ? root : findNodeAtLocation(root, ["linux", "seccomp"]));
  const profile = profileNode && isProfile(profileNode) ? profileOf(profileNode, locations) : undefined;
  return { ...model, comments, seccompProfiles: profile ? [profile] : [] };
}

/** An object with a `defaultAction` and a `syscalls` list, the two fields the pre-filter requires. */
function isProfile(node: JsonNode): boolean {
  return node.type === "object" && property(node, "defaultAction")?.type === "string" && property(node, "syscalls")?.type === "array";
}

function profileOf(node: JsonNode, locations: TextLocations): SeccompProfile {
  const defaultAction = property(node, "defaultAction");
  const syscalls = property(node, "syscalls");
  return {
    file: locations.file,
    loc: locationOf(node, locations),
    ...(defaultAction?.type === "string" && { defaultAction: { value: String(defaultAction.value), loc: locationOf(defaultAction, locations) } }),
    syscalls: syscalls?.type === "array" ? (syscalls.children ?? []).flatMap((rule) => syscallRule(rule, locations) ?? []) : [],
  };
}

function syscallRule(node: JsonNode, locations: TextLocations): SeccompSyscallRule | undefined {
  if (node.type !== "object") return undefined;
  const action = property(node, "action");
  if (action?.type !== "string") return undefined;
  const names = property(node, "names");
  const legacyName = property(node, "name");
  const nameNodes = names?.type === "array" ? (names.children ?? []) : legacyName ? [legacyName] : [];
  const args = property(node, "args");
  const includes = condition(property(node, "includes"));
  const excludes = condition(property(node, "excludes"));
  return {
    names: nameNodes.flatMap((name) => (name.type === "string" ? [{ name: String(name.value), loc: locationOf(name, locations) }] : [])),
    action: String(action.value),
    loc: locationOf(node, locations),
    filtered: args?.type === "array" && (args.children ?? []).length > 0,
    ...(includes && { includes }),
    ...(excludes && { excludes }),
  };
}

/** `includes`/`excludes`: `arches`, `caps` and `minKernel`, as written. */
function condition(node: JsonNode | undefined): Condition | undefined {
  if (node?.type !== "object") return undefined;
  const strings = (key: string): string[] | undefined => {
    const list = property(node, key);
    return list?.type === "array" ? (list.children ?? []).flatMap((item) => (item.type === "string" ? [String(item.value)] : [])) : undefined;
  };
  const arches = strings("arches");
  const caps = strings("caps");
  const minKernel = property(node, "minKernel");
  return {
    ...(arches && { arches }),
    ...(caps && { caps }),
    ...(minKernel?.type === "string" && { minKernel: String(minKernel.value) }),
  };
}

/** The value of an object's property (the last one when a key repeats, as JSON readers do). */
function property(node: JsonNode, key: string): JsonNode | undefined {
  if (node.type !== "object") return undefined;
  let found: JsonNode | undefined;
  for (const entry of node.children ?? []) {
    const [name, value] = entry.children ?? [];
    if (name?.value === key && value) found = value;
  }
  return found;
}

function locationOf(node: JsonNode, locations: TextLocations): Location {
  return locations.range(node.offset, node.offset + node.length);
}

function jsonComments(text: string, locations: TextLocations): SourceComment[] {
  const comments: SourceComment[] = [];
  visit(text, {
    onComment(offset, length) {
      const source = text.slice(offset, offset + length);
      const loc = locations.range(offset, offset + length);
      const body = source.startsWith("//") ? source.slice(2) : source.slice(2, source.endsWith("*/") ? -2 : undefined);
      comments.push({ text: body, line: loc.line, endLine: loc.endLine, trailing: !locations.startsLine(offset) });
    },
  });
  return comments;
}
