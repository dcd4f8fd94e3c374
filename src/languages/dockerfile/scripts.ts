/**
 * The shell a `RUN`, `CMD` or `ENTRYPOINT` runs, as BuildKit hands it over: in shell form the
 * instruction's text with line continuations and comment lines removed (here-documents kept),
 * run by the stage's SHELL; in exec form the JSON words, one command. Every character keeps its
 * place in the Dockerfile (see MappedText).
 */
import type { Heredoc, Instruction, JSONInstruction } from "dockerfile-ast";
import { commandScript, jsonStringText, MappedText, parseShellText, type ParsedShell } from "../shell/index.js";
import { SHELLS, baseNameOf } from "../../model/shell.js";
import type { DockerfileDocument } from "./document.js";
import { execFormWords } from "./stages.js";

export interface InstructionShell {
  readonly form: "shell" | "exec";
  /** The parsed script; undefined when the stage's SHELL is not a POSIX shell or a here-document runs another interpreter. */
  readonly parsed?: ParsedShell;
}

export function instructionShell(document: DockerfileDocument, instruction: Instruction, shell: readonly string[]): InstructionShell {
  const loc = document.locate(instruction.getRange());
  if (execFormWords(instruction as JSONInstruction) !== undefined) {
    const host = (from: number, to: number) => document.locateOffsets(from, to);
    const words = (instruction as JSONInstruction).getJSONStrings().map((json) => ({ source: jsonStringText(document.textOf(json.getRange()), document.offsetOf(json.getRange().start), host) }));
    return { form: "exec", parsed: commandScript(words, loc) };
  }
  const program = shell[0];
  if (program === undefined || !SHELLS.has(baseNameOf(program).replace(/\.exe$/i, ""))) return { form: "shell" };
  const first = instruction.getArguments()[0];
  if (!first) return { form: "shell" };
  const start = document.offsetOf(first.getRange().start);
  const end = document.offsetOf(instruction.getRange().end);
  const heredocs = "getHeredocs" in instruction && instruction.getKeyword() === "RUN" ? (instruction as unknown as { getHeredocs(): Heredoc[] }).getHeredocs() : [];
  const source = heredocs.length > 0 ? heredocSource(document, start, end, heredocs) : commandLine(document, start, end).source;
  if (!source) return { form: "shell" };
  return { form: "shell", parsed: parseShellText(source) };
}

/**
 * A script with here-documents. A command line that is only `<<EOF` runs the body itself (a
 * shebang naming another interpreter means it is not shell). Otherwise the shell gets the
 * command line and the bodies; leading `<<EOF` words move after the command, where
 * tree-sitter-bash expects a redirect.
 */
function heredocSource(document: DockerfileDocument, start: number, end: number, heredocs: readonly Heredoc[]): MappedText | undefined {
  const leading: Array<{ start: number; end: number }> = [];
  let cursor = start;
  for (const heredoc of heredocs) {
    const range = heredoc.getStartRange();
    const tokenStart = document.offsetOf(range.start);
    if (document.text.slice(cursor, tokenStart).trim() !== "") break;
    const tokenEnd = document.offsetOf(range.end);
    leading.push({ start: tokenStart, end: tokenEnd });
    cursor = tokenEnd;
  }
  const line = commandLine(document, cursor, end);
  if (line.source.text.trim() === "") {
    const content = heredocs[0]?.getContentRange();
    if (!content) return undefined;
    const bodyStart = document.offsetOf(content.start);
    const body = document.text.slice(bodyStart, document.offsetOf(content.end));
    return runsAsShell(body) ? MappedText.fromPieces(withoutCarriageReturns(body, bodyStart), (from, to) => document.locateOffsets(from, to)) : undefined;
  }
  const pieces = [...line.pieces];
  for (const token of leading) pieces.push({ text: ` ${document.text.slice(token.start, token.end)}`, hostStart: token.start - 1 });
  pieces.push(...withoutCarriageReturns(document.text.slice(line.end, end), line.end));
  return MappedText.fromPieces(pieces, (from, to) => document.locateOffsets(from, to));
}

/** Text written at `hostStart` as pieces without the `\r` of CRLF line ends, which the shell would read as part of a word. */
function withoutCarriageReturns(text: string, hostStart: number): Array<{ text: string; hostStart: number }> {
  const pieces: Array<{ text: string; hostStart: number }> = [];
  let from = 0;
  for (let index = text.indexOf("\r\n"); index >= 0; index = text.indexOf("\r\n", from)) {
    pieces.push({ text: text.slice(from, index), hostStart: hostStart + from });
    from = index + 1;
  }
  pieces.push({ text: text.slice(from), hostStart: hostStart + from });
  return pieces;
}

/** A body's shebang (`#!/usr/bin/env python3`) names the program that runs it; none means the default shell. */
function runsAsShell(body: string): boolean {
  if (!body.startsWith("#!")) return true;
  const words = (body.slice(2).split("\n")[0] ?? "").trim().split(/\s+/);
  const program = words[0] && baseNameOf(words[0]) === "env" ? words.find((word, index) => index > 0 && !word.startsWith("-")) : words[0];
  return program !== undefined && SHELLS.has(baseNameOf(program));
}

interface CommandLine {
  readonly source: MappedText;
  readonly pieces: ReadonlyArray<{ readonly text: string; readonly hostStart: number }>;
  /** The offset just past the command line's last character (before its newline). */
  readonly end: number;
}

/**
 * The command line from `start`: a line ending with the escape character continues on the next
 * (the escape character, trailing blanks and the newline are dropped, as are comment and empty
 * lines inside the continuation).
 */
function commandLine(document: DockerfileDocument, start: number, limit: number): CommandLine {
  const { text, escapeChar } = document;
  const pieces: Array<{ text: string; hostStart: number }> = [];
  let position = start;
  let continued = false;
  let end = start;
  while (position <= limit) {
    const newline = text.indexOf("\n", position);
    const lineEnd = Math.min(newline < 0 ? text.length : newline, limit);
    let content = text.slice(position, lineEnd).replace(/\r$/, "");
    const trimmed = content.trim();
    if (continued && (trimmed === "" || trimmed.startsWith("#"))) {
      if (lineEnd >= limit) break;
      position = lineEnd + 1;
      continue;
    }
    const withoutBlanks = content.replace(/[ \t]+$/, "");
    if (withoutBlanks.endsWith(escapeChar) && lineEnd < limit) {
      content = withoutBlanks.slice(0, -1);
      pieces.push({ text: content, hostStart: position });
      continued = true;
      end = position + content.length;
      position = lineEnd + 1;
      continue;
    }
    pieces.push({ text: content, hostStart: position });
    end = position + content.length;
    break;
  }
  return { source: MappedText.fromPieces(pieces, (from, to) => document.locateOffsets(from, to)), pieces, end };
}
