/**
 * Builds the shell model (src/model/shell.ts) from a tree-sitter-bash tree. Scripts inside
 * scripts are read too: `$(…)` and `<(…)` from the same tree, and — parsed again from their
 * text — the argument of `sh -c`/`eval`/`su -c` and a here-document fed to a shell.
 * Nesting and the total text parsed are capped; past the cap a script is marked incomplete.
 */
import type { Node } from "web-tree-sitter";
import type { Location } from "../../core/types.js";
import {
  evaluatedScriptWords,
  interpreterCall,
  type ShellCommand,
  type ShellHeredoc,
  type ShellPipeline,
  type ShellRedirect,
  type ShellScript,
  type ShellSubstitution,
  type ShellWord,
} from "../../model/shell.js";
import type { MappedText } from "./mapped-text.js";
import { parseBash } from "./parser.js";
import { decodeWord } from "./words.js";

/** How deep scripts may nest through `sh -c`, `eval` and here-documents. */
const MAX_REPARSE_DEPTH = 6;
/** Characters that may be parsed for one top-level script, re-parsed text included. */
const MAX_PARSED_CHARACTERS = 512 * 1024;

export interface ShellComment {
  readonly text: string;
  readonly loc: Location;
}

export interface ParsedShell {
  readonly script: ShellScript;
  /** Comments (`# …`) of every script parsed, located in the host file. */
  readonly comments: readonly ShellComment[];
}

interface Budget {
  remaining: number;
  readonly comments: ShellComment[];
}

export function parseShellText(source: MappedText): ParsedShell {
  const budget: Budget = { remaining: MAX_PARSED_CHARACTERS, comments: [] };
  return { script: parseWithin(source, 0, budget), comments: budget.comments };
}

/** A script of one command whose words are given (an exec-form `RUN ["sh", "-c", "…"]`). */
export function commandScript(words: readonly { readonly source: MappedText }[], loc: Location): ParsedShell {
  const budget: Budget = { remaining: MAX_PARSED_CHARACTERS, comments: [] };
  const shellWords: ShellWord[] = words.map(({ source }) => ({ text: source.text, loc: source.locate(0, source.text.length), substitutions: [] }));
  const sources = new Map(shellWords.map((word, index) => [word, words[index]?.source as MappedText]));
  const bare: ShellCommand = { words: shellWords, assignments: [], redirects: [], loc };
  const inline = inlineScriptOf(bare, (word) => sources.get(word), 0, budget);
  const command: ShellCommand = inline ? { ...bare, inlineScript: inline } : bare;
  return { script: { pipelines: [{ stages: [[command]], loc }], loc, incomplete: false }, comments: budget.comments };
}

function parseWithin(source: MappedText, depth: number, budget: Budget): ShellScript {
  const whole = source.locate(0, source.text.length);
  if (source.text.length > budget.remaining) return { pipelines: [], loc: whole, incomplete: true };
  budget.remaining -= source.text.length;
  const tree = parseBash(source.text);
  try {
    return new ScriptBuilder(source, depth, budget).script(tree.rootNode);
  } finally {
    tree.delete();
  }
}

class ScriptBuilder {
  private incomplete = false;

  constructor(
    private readonly source: MappedText,
    private readonly depth: number,
    private readonly budget: Budget,
  ) {}

  script(root: Node): ShellScript {
    const pipelines = this.statements(root);
    return { pipelines, loc: this.source.locate(0, this.source.text.length), incomplete: this.incomplete || root.hasError };
  }

  private locate(node: Node): Location {
    return this.source.locate(node.startIndex, node.endIndex);
  }

  /** The pipelines of a statement or of every statement inside a node. */
  private statements(node: Node): ShellPipeline[] {
    switch (node.type) {
      case "command":
      case "declaration_command":
      case "unset_command":
      case "variable_assignment":
      case "variable_assignments":
        return [this.single(this.command(node))];
      case "pipeline":
        return [this.pipeline(node)];
      case "redirected_statement":
        return this.redirected(node);
      case "comment":
        this.budget.comments.push({ text: node.text.replace(/^#/, ""), loc: this.locate(node) });
        return [];
      case "heredoc_body":
      case "heredoc_start":
      case "heredoc_end":
        return [];
      default:
        if (node.type === "ERROR") this.incomplete = true;
        return node.namedChildren.flatMap((child) => (child ? this.statements(child) : []));
    }
  }

  private single(command: ShellCommand): ShellPipeline {
    return { stages: [[command]], loc: command.loc };
  }

  private pipeline(node: Node): ShellPipeline {
    const stages = node.namedChildren
      .filter((child): child is Node => child !== null && child.type !== "comment")
      .map((child) => this.statements(child).flatMap((pipeline) => pipeline.stages.flat()));
    return { stages, loc: this.locate(node) };
  }

  /**
   * `body REDIRECTS`. tree-sitter-bash keeps the rest of a here-document's line inside the
   * redirect (`cat <<EOF | sh`, `bash <<EOF && echo done`): it is put back in its place here.
   */
  private redirected(node: Node): ShellPipeline[] {
    const body = node.childForFieldName("body");
    const pipelines = body ? this.statements(body) : [];
    const redirects: ShellRedirect[] = [];
    const extraArguments: ShellWord[] = [];
    const followingStages: Array<readonly ShellCommand[]> = [];
    const following: ShellPipeline[] = [];
    const heredocNodes: Node[] = [];
    // Where the command's own redirects end (a here-document's body and the rest of its line excluded).
    let end = body?.endIndex ?? node.startIndex;
    for (const redirect of node.childrenForFieldName("redirect")) {
      if (!redirect) continue;
      if (redirect.type !== "heredoc_redirect") {
        redirects.push(...this.redirect(redirect, extraArguments));
        end = Math.max(end, redirect.endIndex);
        continue;
      }
      heredocNodes.push(redirect);
      for (const child of redirect.namedChildren) {
        if (!child) continue;
        if (child.type === "heredoc_start") end = Math.max(end, child.endIndex);
        if (child.type === "pipeline") followingStages.push(...this.pipeline(child).stages);
        else if (child.type === "file_redirect" || child.type === "herestring_redirect") {
          redirects.push(...this.redirect(child, extraArguments));
          end = Math.max(end, child.endIndex);
        }
      }
      const right = redirect.childForFieldName("right");
      if (right) following.push(...this.statements(right));
    }
    const last = pipelines[pipelines.length - 1];
    const lastStage = last?.stages[last.stages.length - 1];
    const target = lastStage?.[lastStage.length - 1];
    if (!last || !lastStage || !target) return [...pipelines, ...following];
    const withArguments: ShellCommand = { ...target, words: [...target.words, ...extraArguments] };
    const heredocs = heredocNodes.map((heredoc) => this.heredocRedirect(heredoc, heredoc.firstChild?.type ?? "<<", withArguments));
    // A command's redirects are part of it: `bash -s < <(curl …)` spans the whole statement.
    const loc = body?.type === "command" ? this.source.locate(body.startIndex, end) : target.loc;
    const updated: ShellCommand = { ...withArguments, loc, redirects: [...withArguments.redirects, ...redirects, ...heredocs] };
    const stages = [...last.stages.slice(0, -1), [...lastStage.slice(0, -1), updated], ...followingStages];
    const tail = followingStages[followingStages.length - 1]?.at(-1)?.loc ?? updated.loc;
    const pipelineLoc = tail.end > last.loc.end ? { ...last.loc, endLine: tail.endLine, endColumn: tail.endColumn, end: tail.end } : last.loc;
    return [...pipelines.slice(0, -1), { stages, loc: pipelineLoc }, ...following];
  }

  private heredocRedirect(node: Node, operator: string, command: ShellCommand): ShellRedirect {
    const body = node.namedChildren.find((child) => child?.type === "heredoc_body");
    const loc = this.locate(node);
    if (!body) return { operator, loc };
    const bodySource = this.source.slice(body.startIndex, body.endIndex);
    const call = interpreterCall(command);
    const runsBody = call?.family === "shell" && call.input.from === "stdin";
    const script = runsBody ? this.nested(bodySource) : undefined;
    const heredoc: ShellHeredoc = { body: bodySource.text, loc: this.locate(body), ...(script && { script }) };
    return { operator, heredoc, loc };
  }

  private redirect(node: Node, extraArguments: ShellWord[]): ShellRedirect[] {
    if (node.type === "herestring_redirect") {
      const word = node.namedChildren.find((child) => child !== null && child.type !== "file_descriptor");
      return [{ operator: "<<<", ...(word && { target: this.word(word) }), loc: this.locate(node) }];
    }
    if (node.type !== "file_redirect") return [];
    const operator = node.children.find((child) => child !== null && !child.isNamed)?.type ?? "";
    const [destination, ...rest] = node.childrenForFieldName("destination").filter((child): child is Node => child !== null);
    // tree-sitter-bash reads words after a redirect as more destinations; the shell reads them as arguments.
    extraArguments.push(...rest.map((word) => this.word(word)));
    return [{ operator, ...(destination && { target: this.word(destination) }), loc: this.locate(node) }];
  }

  private command(node: Node): ShellCommand {
    const words: ShellWord[] = [];
    const assignments: ShellWord[] = [];
    const redirects: ShellRedirect[] = [];
    const extraArguments: ShellWord[] = [];
    if (node.type === "declaration_command" || node.type === "unset_command") {
      const keyword = node.firstChild;
      if (keyword) words.push({ text: keyword.type, loc: this.locate(keyword), substitutions: [] });
    }
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "variable_assignment" && node.type === "command") assignments.push(this.word(child));
      else if (child.type === "file_redirect" || child.type === "herestring_redirect") redirects.push(...this.redirect(child, extraArguments));
      else if (child.type === "variable_assignment" && (node.type === "variable_assignment" || node.type === "variable_assignments")) assignments.push(this.word(child));
      else if (child.type === "subscript" || child.type === "comment") continue;
      else words.push(this.word(child));
    }
    if (node.type === "variable_assignment") assignments.push(this.word(node));
    const bare: ShellCommand = { words: [...words, ...extraArguments], assignments, redirects, loc: this.locate(node) };
    const inlineScript = inlineScriptOf(bare, (word) => this.wordSource(word), this.depth, this.budget);
    return inlineScript ? { ...bare, inlineScript } : bare;
  }

  private readonly wordSources = new Map<ShellWord, MappedText>();

  private word(node: Node): ShellWord {
    const decoded = node.type === "variable_assignment" ? this.assignment(node) : decodeWord(node, this.source.text);
    const word: ShellWord = { text: decoded?.text, loc: this.locate(node), substitutions: this.substitutions(node) };
    if (decoded) this.wordSources.set(word, this.source.derive(decoded.text, decoded.indexes, node.endIndex));
    return word;
  }

  private wordSource(word: ShellWord): MappedText | undefined {
    return this.wordSources.get(word);
  }

  /** `NAME=value` as the word the shell sees. */
  private assignment(node: Node): { text: string; indexes: number[] } | undefined {
    const name = node.childForFieldName("name");
    const value = node.childForFieldName("value");
    if (!name) return undefined;
    const decodedValue = value ? decodeWord(value, this.source.text) : { text: "", indexes: [] };
    if (!decodedValue) return undefined;
    const prefixEnd = value ? value.startIndex : node.endIndex;
    const indexes: number[] = [];
    for (let index = node.startIndex; index < prefixEnd; index++) indexes.push(index);
    return { text: this.source.text.slice(node.startIndex, prefixEnd) + decodedValue.text, indexes: [...indexes, ...decodedValue.indexes] };
  }

  private substitutions(node: Node): ShellSubstitution[] {
    if (node.type === "command_substitution" || node.type === "process_substitution") {
      const inner = new ScriptBuilder(this.source, this.depth, this.budget);
      const pipelines = node.namedChildren.flatMap((child) => (child ? inner.statements(child) : []));
      const script: ShellScript = { pipelines, loc: this.locate(node), incomplete: inner.incomplete };
      return [{ kind: node.type === "command_substitution" ? "command" : "process", script, loc: this.locate(node) }];
    }
    return node.namedChildren.flatMap((child) => (child ? this.substitutions(child) : []));
  }

  private nested(source: MappedText): ShellScript | undefined {
    return parseNested(source, this.depth, this.budget);
  }
}

function parseNested(source: MappedText, depth: number, budget: Budget): ShellScript | undefined {
  if (depth + 1 > MAX_REPARSE_DEPTH) return { pipelines: [], loc: source.locate(0, source.text.length), incomplete: true };
  return parseWithin(source, depth + 1, budget);
}

/** The script a command runs from its arguments (`sh -c`, `eval`, `su -c`), parsed; undefined when not known. */
function inlineScriptOf(command: ShellCommand, sourceOf: (word: ShellWord) => MappedText | undefined, depth: number, budget: Budget): ShellScript | undefined {
  const call = interpreterCall(command);
  if (call?.family === "shell" && call.input.from === "inline") {
    const source = call.input.script && sourceOf(call.input.script);
    return source ? parseNested(source, depth, budget) : undefined;
  }
  const evaluated = evaluatedScriptWords(command);
  if (!evaluated || evaluated.length === 0) return undefined;
  const sources = evaluated.map(sourceOf);
  if (sources.some((source) => source === undefined)) return undefined;
  return parseNested(joinWithSpaces(sources as MappedText[]), depth, budget);
}

/** `eval a b` runs "a b": the words joined by spaces, each space standing where its word ends. */
function joinWithSpaces(sources: readonly MappedText[]): MappedText {
  if (sources.length === 1) return sources[0] as MappedText;
  let text = "";
  const origins: number[] = [];
  let endOrigin = 0;
  for (const [index, source] of sources.entries()) {
    if (index > 0) {
      text += " ";
      origins.push(endOrigin);
    }
    for (let offset = 0; offset < source.text.length; offset++) origins.push(source.originOf(offset));
    text += source.text;
    endOrigin = source.originOf(source.text.length);
  }
  const first = sources[0] as MappedText;
  return first.withText(text, origins, endOrigin);
}
