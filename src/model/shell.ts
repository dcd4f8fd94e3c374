/**
 * The shell model: a POSIX shell script (a Dockerfile `RUN`, a `CMD` in shell form, a settings
 * hook command, a compose `command` run by `sh -c`) parsed into what rules judge — simple
 * commands with their argument words, pipelines, substitutions, here-documents and the
 * scripts that `sh -c "…"` runs — with every word located in the file it was written in.
 *
 * Nothing is expanded: a word that takes any text from a variable, a substitution or an
 * arithmetic expansion is unknown (`text` undefined), and judgments on it give nothing.
 *
 * The judgments here (which program a command runs once wrappers such as `sudo` are peeled
 * off, whether an interpreter runs its standard input, whether a command downloads to standard
 * output) are shared by the front ends and the rules.
 */
import type { Location } from "../core/types.js";

export interface ShellWord {
  /** The word after quote removal; undefined when part of it is expanded at run time. */
  readonly text: string | undefined;
  readonly loc: Location;
  /** The `$(…)`, `` `…` ``, `<(…)` and `>(…)` inside the word, each a script of its own. */
  readonly substitutions: readonly ShellSubstitution[];
}

export interface ShellSubstitution {
  /** `command`: `$(…)` or backticks; `process`: `<(…)` or `>(…)`, a file name the shell makes up. */
  readonly kind: "command" | "process";
  readonly script: ShellScript;
  readonly loc: Location;
}

/** A here-document (`<<EOF … EOF`). */
export interface ShellHeredoc {
  /** The body as written (expansions not performed). */
  readonly body: string;
  readonly loc: Location;
  /** The body parsed as shell, when the command reading it is a shell that runs its input. */
  readonly script?: ShellScript;
}

export interface ShellRedirect {
  /** `<`, `>`, `>>`, `<&`, `>&`, `&>`, `<<`, `<<-`, `<<<`, … */
  readonly operator: string;
  /** The file, descriptor or here-string word; absent for a here-document. */
  readonly target?: ShellWord;
  readonly heredoc?: ShellHeredoc;
  readonly loc: Location;
}

export interface ShellCommand {
  /** The argument vector, program first (`NAME=value` prefixes are in `assignments`). */
  readonly words: readonly ShellWord[];
  readonly assignments: readonly ShellWord[];
  readonly redirects: readonly ShellRedirect[];
  readonly loc: Location;
  /**
   * The script this command runs from an argument, parsed: `sh -c "…"`, `bash -lc '…'`,
   * `eval "…"`, `su -c "…"`. Absent when the argument is not known text.
   */
  readonly inlineScript?: ShellScript;
}

/**
 * A pipeline `a | b | c`; a command on its own is a pipeline of one stage. A stage holds every
 * simple command of a compound stage (`curl … | (cd /tmp && sh)`).
 */
export interface ShellPipeline {
  readonly stages: ReadonlyArray<readonly ShellCommand[]>;
  readonly loc: Location;
}

export interface ShellScript {
  /** Every pipeline of the script, in order, through lists, groups, conditionals, loops and functions. */
  readonly pipelines: readonly ShellPipeline[];
  readonly loc: Location;
  /** True when part of the script was not parsed (a syntax error, or a nesting or size cap was reached). */
  readonly incomplete: boolean;
}

/** A script and how it is reached from the script it appears in. */
export interface NestedScript {
  readonly script: ShellScript;
  readonly via: "top" | "command-substitution" | "process-substitution" | "heredoc" | "inline";
}

/** The script itself and every script inside it (substitutions, here-documents, `sh -c` bodies), depth first. */
export function allScripts(script: ShellScript): NestedScript[] {
  const found: NestedScript[] = [];
  const visit = (current: ShellScript, via: NestedScript["via"]): void => {
    found.push({ script: current, via });
    for (const command of commandsIn(current)) {
      for (const word of [...command.assignments, ...command.words]) {
        for (const substitution of word.substitutions) visit(substitution.script, substitution.kind === "command" ? "command-substitution" : "process-substitution");
      }
      for (const redirect of command.redirects) {
        for (const substitution of redirect.target?.substitutions ?? []) visit(substitution.script, substitution.kind === "command" ? "command-substitution" : "process-substitution");
        if (redirect.heredoc?.script) visit(redirect.heredoc.script, "heredoc");
      }
      if (command.inlineScript) visit(command.inlineScript, "inline");
    }
  };
  visit(script, "top");
  return found;
}

/** The simple commands of one script level, in order (not those of nested scripts). */
export function commandsIn(script: ShellScript): ShellCommand[] {
  return script.pipelines.flatMap((pipeline) => pipeline.stages.flat());
}

/** Every simple command of the script and of every script inside it. */
export function allCommands(script: ShellScript): ShellCommand[] {
  return allScripts(script).flatMap(({ script: nested }) => commandsIn(nested));
}

/** The program a command runs once wrappers are peeled off, and its arguments. */
export interface ProgramCall {
  /** The program's base name (`/usr/bin/curl` → `curl`), undefined when not known. */
  readonly name: string | undefined;
  readonly program: ShellWord;
  readonly args: readonly ShellWord[];
}

/**
 * Wrappers that run the command after their own options, with the options that take a value.
 * `env` also skips `NAME=value` words.
 */
const WRAPPERS: Readonly<Record<string, ReadonlySet<string>>> = {
  sudo: new Set(["-u", "-g", "-C", "-h", "-p", "-U", "-r", "-t", "-D", "-R", "-T", "--user", "--group", "--host", "--prompt", "--other-user", "--role", "--type", "--chdir", "--chroot", "--command-timeout", "--close-from"]),
  doas: new Set(["-u", "-C"]),
  env: new Set(["-u", "-C", "-S", "--unset", "--chdir", "--split-string"]),
  nohup: new Set(),
  exec: new Set(["-a"]),
  command: new Set(),
  builtin: new Set(),
  time: new Set(["-f", "-o", "--format", "--output"]),
  nice: new Set(["-n", "--adjustment"]),
  ionice: new Set(["-c", "-n", "-p", "--class", "--classdata", "--pid"]),
  setsid: new Set(),
  stdbuf: new Set(["-i", "-o", "-e", "--input", "--output", "--error"]),
  chronic: new Set(),
  unbuffer: new Set(),
  tini: new Set(["-p", "-e"]),
  "dumb-init": new Set(["-r", "--rewrite"]),
};
/** Wrappers whose first operand is not the command (`timeout 30 cmd`, `chroot /root cmd`, `gosu app cmd`). */
const WRAPPER_OPERANDS: Readonly<Record<string, number>> = { timeout: 1, chroot: 1, gosu: 1, "su-exec": 1 };
/** `timeout -s KILL 30 cmd`, `timeout -k 5 30 cmd`. */
const OPERAND_WRAPPER_OPTIONS: ReadonlySet<string> = new Set(["-s", "-k", "--signal", "--kill-after"]);
const MAX_WRAPPERS = 8;

export function programOf(command: ShellCommand): ProgramCall | undefined {
  let words = command.words;
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const program = words[0];
    if (!program) return undefined;
    const name = program.text === undefined ? undefined : baseNameOf(program.text);
    const rest = words.slice(1);
    if (name === undefined) return { name, program, args: rest };
    if (name === "busybox" && rest[0]?.text !== undefined && !rest[0].text.startsWith("-")) {
      words = rest;
      continue;
    }
    const valued = WRAPPERS[name];
    const operands = WRAPPER_OPERANDS[name];
    if (valued === undefined && operands === undefined) return { name, program, args: rest };
    const start = commandStart(rest, valued ?? OPERAND_WRAPPER_OPTIONS, name === "env", operands ?? 0);
    if (start === undefined) return { name, program, args: rest };
    words = rest.slice(start);
  }
  return undefined;
}

/** Where the wrapped command starts in a wrapper's arguments; undefined when it cannot be told. */
function commandStart(args: readonly ShellWord[], valued: ReadonlySet<string>, assignments: boolean, operands: number): number | undefined {
  let optionsDone = false;
  let skipped = 0;
  for (let index = 0; index < args.length; index++) {
    const text = args[index]?.text;
    if (text === undefined) return undefined;
    if (!optionsDone && text === "--") {
      optionsDone = true;
      continue;
    }
    if (!optionsDone && text.startsWith("-") && text.length > 1) {
      if (valued.has(text)) index++;
      continue;
    }
    if (assignments && ASSIGNMENT.test(text)) continue;
    if (skipped < operands) {
      skipped++;
      continue;
    }
    return index;
  }
  return undefined;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** `curl` for `curl`, `/usr/bin/curl`, `./curl`. */
export function baseNameOf(text: string): string {
  return text.slice(text.lastIndexOf("/") + 1);
}

export const SHELLS: ReadonlySet<string> = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "yash", "fish"]);

/** Options of script interpreters that take the next word as their value (not a script file). */
const VALUED_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  shell: new Set(["-o", "-O", "+o", "+O", "--rcfile", "--init-file"]),
  python: new Set(["-W", "-X", "-Q"]),
  node: new Set(["-r", "--require", "--import", "--loader", "--experimental-loader", "--input-type", "--env-file", "--conditions", "-C", "--inspect-port", "--title"]),
  perl: new Set(["-I", "-M", "-m", "-x"]),
  ruby: new Set(["-I", "-r", "-C", "-E", "--encoding"]),
  php: new Set(["-c", "-d", "-z"]),
};
/** Options that give the program text (or a module) on the command line instead of stdin or a file. */
const INLINE_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  shell: new Set(["-c"]),
  python: new Set(["-c", "-m"]),
  node: new Set(["-e", "--eval", "-p", "--print"]),
  perl: new Set(["-e", "-E"]),
  ruby: new Set(["-e"]),
  php: new Set(["-r"]),
};

/** The family of a script interpreter, by its program name; undefined for other programs. */
export function interpreterFamily(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (SHELLS.has(name)) return "shell";
  if (/^python(\d+(\.\d+)*)?$/.test(name) || name === "pypy" || name === "pypy3") return "python";
  if (name === "node" || name === "nodejs") return "node";
  if (name === "perl") return "perl";
  if (name === "ruby") return "ruby";
  if (/^php(\d+(\.\d+)*)?$/.test(name)) return "php";
  return undefined;
}

/** How an interpreter gets its program: from standard input, inline (`-c`), a module, or a file. */
export type InterpreterInput =
  | { readonly from: "stdin" }
  /** `sh -c SCRIPT`, `python -c CODE`, `node -e CODE`; `script` is undefined when the text is inside the option word. */
  | { readonly from: "inline"; readonly script: ShellWord | undefined }
  /** `python -m module`. */
  | { readonly from: "module" }
  | { readonly from: "file"; readonly file: ShellWord };

export interface InterpreterCall extends ProgramCall {
  readonly family: string;
  readonly input: InterpreterInput;
}

/**
 * The interpreter a command runs and where it reads its program; undefined for other commands
 * and when the options cannot be read (an unknown word among them).
 */
export function interpreterCall(command: ShellCommand): InterpreterCall | undefined {
  const call = programOf(command);
  const family = interpreterFamily(call?.name);
  if (!call || family === undefined) return undefined;
  const input = interpreterInput(call.args, family);
  return input && { ...call, family, input };
}

function interpreterInput(args: readonly ShellWord[], family: string): InterpreterInput | undefined {
  const valued = VALUED_OPTIONS[family] ?? new Set<string>();
  const inline = INLINE_OPTIONS[family] ?? new Set<string>();
  const shell = family === "shell";
  // A shell's `-c` takes its script from the first operand, after any other options.
  let shellInline = false;
  let readsStdin = false;
  const operand = (word: ShellWord | undefined): InterpreterInput => {
    if (shellInline) return { from: "inline", script: word };
    if (readsStdin || !word || word.text === "-") return { from: "stdin" };
    return { from: "file", file: word };
  };
  for (let index = 0; index < args.length; index++) {
    const word = args[index] as ShellWord;
    const text = word.text;
    // An unknown word: the script when `-c` came first, an argument of the script with `-s`.
    if (text === undefined) return shellInline || readsStdin ? operand(word) : undefined;
    if (text === "--") return operand(args[index + 1]);
    const isOption = (text.startsWith("-") || (shell && text.startsWith("+"))) && text.length > 1;
    if (!isOption) return operand(word);
    if (text.startsWith("--")) {
      const [name = text, inlineValue] = splitLongOption(text);
      if (inline.has(name)) return { from: "inline", script: inlineValue === undefined ? args[index + 1] : undefined };
      if (valued.has(name) && inlineValue === undefined) index++;
      continue;
    }
    for (let position = 1; position < text.length; position++) {
      const option = `${text[0]}${text[position]}`;
      const last = position === text.length - 1;
      if (shell && option === "-s") readsStdin = true;
      if (shell && option === "-c") {
        shellInline = true;
        continue;
      }
      if (inline.has(option)) {
        if (family === "python" && option === "-m") return { from: "module" };
        return { from: "inline", script: last ? args[index + 1] : undefined };
      }
      if (valued.has(option)) {
        if (last) index++;
        break;
      }
    }
  }
  return shellInline ? { from: "inline", script: undefined } : { from: "stdin" };
}

/**
 * Commands that run their argument as a shell script in the current shell: `eval "…"` joins
 * its arguments; `su -c "…"` and `runuser -c` run one.
 */
export function evaluatedScriptWords(command: ShellCommand): readonly ShellWord[] | undefined {
  const call = programOf(command);
  if (!call) return undefined;
  if (call.name === "eval") return call.args;
  if (call.name === "su" || call.name === "runuser") {
    const index = call.args.findIndex((word) => word.text === "-c" || word.text === "--command");
    const script = index >= 0 ? call.args[index + 1] : undefined;
    return script ? [script] : undefined;
  }
  return undefined;
}

/** A download written to standard output: `curl URL`, `wget -qO- URL`. */
export interface Download {
  readonly call: ProgramCall;
  /** The first URL operand, when known. */
  readonly url?: ShellWord;
}

/** curl's single-letter options that take a value (the rest of a cluster, or the next word). */
const CURL_VALUED_SHORT = new Set("AbcCdDeEFHKmoPQrTtuUwxXyYz".split(""));
const CURL_VALUED_LONG = new Set([
  "--output", "--header", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--data-ascii", "--json", "--form", "--form-string",
  "--user", "--user-agent", "--referer", "--proxy", "--proxy-user", "--cacert", "--capath", "--cert", "--key", "--cert-type", "--key-type",
  "--connect-timeout", "--max-time", "--retry", "--retry-delay", "--retry-max-time", "--write-out", "--request", "--upload-file", "--config",
  "--resolve", "--connect-to", "--interface", "--limit-rate", "--max-filesize", "--cookie", "--cookie-jar", "--range", "--continue-at",
  "--dump-header", "--time-cond", "--proto", "--proto-redir", "--ciphers", "--url", "--output-dir", "--netrc-file", "--oauth2-bearer",
  "--speed-limit", "--speed-time", "--expect100-timeout", "--dns-servers", "--preproxy", "--local-port", "--stderr", "--trace", "--trace-ascii",
  "--pinnedpubkey", "--hostpubsha256", "--variable", "--aws-sigv4", "--happy-eyeballs-timeout-ms", "--max-redirs",
]);
/** wget's single-letter options that take a value. */
const WGET_VALUED_SHORT = new Set("OoaeiBtTwQPUlARDXIn".split(""));
const WGET_VALUED_LONG = new Set([
  "--output-document", "--output-file", "--append-output", "--execute", "--input-file", "--base", "--tries", "--timeout", "--wait",
  "--quota", "--directory-prefix", "--user-agent", "--level", "--accept", "--reject", "--domains", "--exclude-directories",
  "--include-directories", "--header", "--user", "--password", "--http-user", "--http-password", "--post-data", "--post-file",
  "--ca-certificate", "--certificate", "--private-key", "--load-cookies", "--save-cookies", "--referer", "--method", "--body-data",
]);
const STDOUT_FILES = new Set(["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]);

/** The download a command makes to standard output; undefined for other commands or output to a file. */
export function downloadToStdout(command: ShellCommand): Download | undefined {
  const call = programOf(command);
  if (call?.name === "curl") return curlDownload(call);
  if (call?.name === "wget" || call?.name === "wget2") return wgetDownload(call);
  return undefined;
}

function curlDownload(call: ProgramCall): Download | undefined {
  let toStdout = true;
  let url: ShellWord | undefined;
  const args = call.args;
  for (let index = 0; index < args.length; index++) {
    const word = args[index] as ShellWord;
    const text = word.text;
    if (text === undefined) {
      url ??= word;
      continue;
    }
    if (text.startsWith("--")) {
      const [name = text, inlineValue] = splitLongOption(text);
      const value = inlineValue ?? (CURL_VALUED_LONG.has(name) ? args[++index]?.text : undefined);
      if (name === "--output") toStdout = toStdout && value !== undefined && STDOUT_FILES.has(value);
      if (name === "--remote-name" || name === "--remote-name-all") toStdout = false;
      if (name === "--url" && inlineValue === undefined) url ??= args[index];
      continue;
    }
    if (text.startsWith("-") && text.length > 1) {
      for (let position = 1; position < text.length; position++) {
        const letter = text[position] as string;
        if (letter === "O") toStdout = false;
        if (!CURL_VALUED_SHORT.has(letter)) continue;
        const value = position < text.length - 1 ? text.slice(position + 1) : args[++index]?.text;
        if (letter === "o") toStdout = toStdout && value !== undefined && STDOUT_FILES.has(value);
        break;
      }
      continue;
    }
    url ??= word;
  }
  return toStdout ? { call, ...(url && { url }) } : undefined;
}

function wgetDownload(call: ProgramCall): Download | undefined {
  let toStdout = false;
  let url: ShellWord | undefined;
  const args = call.args;
  for (let index = 0; index < args.length; index++) {
    const word = args[index] as ShellWord;
    const text = word.text;
    if (text === undefined) {
      url ??= word;
      continue;
    }
    if (text.startsWith("--")) {
      const [name = text, inlineValue] = splitLongOption(text);
      const value = inlineValue ?? (WGET_VALUED_LONG.has(name) ? args[++index]?.text : undefined);
      if (name === "--output-document") toStdout = value !== undefined && STDOUT_FILES.has(value);
      continue;
    }
    if (text.startsWith("-") && text.length > 1) {
      for (let position = 1; position < text.length; position++) {
        const letter = text[position] as string;
        if (!WGET_VALUED_SHORT.has(letter)) continue;
        const value = position < text.length - 1 ? text.slice(position + 1) : args[++index]?.text;
        if (letter === "O") toStdout = value !== undefined && STDOUT_FILES.has(value);
        break;
      }
      continue;
    }
    url ??= word;
  }
  return toStdout ? { call, ...(url && { url }) } : undefined;
}

function splitLongOption(text: string): [string, string | undefined] {
  const equals = text.indexOf("=");
  return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

/** The first download to standard output anywhere in a script (its nested scripts included). */
export function firstDownload(script: ShellScript): { readonly command: ShellCommand; readonly download: Download } | undefined {
  for (const command of allCommands(script)) {
    const download = downloadToStdout(command);
    if (download) return { command, download };
  }
  return undefined;
}

/** xargs options that take a value. */
const XARGS_VALUED = new Set(["-I", "-i", "-n", "-P", "-d", "-E", "-e", "-L", "-l", "-s", "-a", "--max-args", "--max-procs", "--delimiter", "--arg-file", "--max-lines", "--max-chars", "--replace"]);

/**
 * The commands a command runs with arguments of its own: `find … -exec CMD … {} +` (each
 * `-exec`, `-execdir`, `-ok`, `-okdir`) and `xargs [options] CMD …`.
 */
export function subcommands(command: ShellCommand): ShellCommand[] {
  const call = programOf(command);
  if (!call) return [];
  const derive = (words: readonly ShellWord[]): ShellCommand => ({ words, assignments: [], redirects: [], loc: command.loc });
  if (call.name === "find") {
    const found: ShellCommand[] = [];
    for (let index = 0; index < call.args.length; index++) {
      const text = call.args[index]?.text;
      if (text !== "-exec" && text !== "-execdir" && text !== "-ok" && text !== "-okdir") continue;
      const end = call.args.findIndex((word, at) => at > index && (word.text === ";" || word.text === "+"));
      const words = call.args.slice(index + 1, end < 0 ? undefined : end);
      if (words.length > 0) found.push(derive(words));
      if (end < 0) break;
      index = end;
    }
    return found;
  }
  if (call.name === "xargs") {
    const start = commandStart(call.args, XARGS_VALUED, false, 0);
    return start === undefined ? [] : [derive(call.args.slice(start))];
  }
  return [];
}
