/**
 * The shell front end, for other front ends that find shell inside their files (Dockerfile
 * `RUN`/`CMD`/`ENTRYPOINT`, hook commands, compose commands run by `sh -c`): parse text mapped to
 * its host file into the shell model (src/model/shell.ts). Call `prepareShell` once, from the
 * host front end's `prepare`, before parsing.
 */
import { isShellParserReady, prepareShellParser } from "./parser.js";

export { jsonStringText } from "./json-string.js";
export { MappedText, type HostLocator } from "./mapped-text.js";
export { commandScript, parseShellText, type ParsedShell, type ShellComment } from "./script.js";

/** Loads web-tree-sitter and the bash grammar; safe to call many times. */
export function prepareShell(): Promise<void> {
  return prepareShellParser();
}

/**
 * True when the bash grammar is loaded. A front end for which shell is optional (hook commands
 * in settings) parses only then: a synchronous caller that did not prepare gets no shell model
 * rather than an error.
 */
export function isShellReady(): boolean {
  return isShellParserReady();
}
