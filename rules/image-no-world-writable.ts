import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { allCommands, programOf, subcommands, type ShellCommand, type ShellWord } from "../src/model/shell.js";

/** Programs that set a mode, and the options that take it. */
const MODE_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  mkdir: new Set(["-m", "--mode"]),
  install: new Set(["-m", "--mode"]),
};
/** chmod options that take a value (the mode is the first operand). */
const CHMOD_VALUED = new Set(["--reference"]);

export default defineRule({
  id: "image-no-world-writable",
  severity: "warn",
  category: "container",
  inputs: [INPUT.dockerfiles],
  docs: {
    description: "Disallow making files world-writable in an image (`chmod 777`, `a+w`, `o+w`, `COPY --chmod=777`).",
    securitySeverity: 5.0,
  },
  messages: {
    writable:
      "`{{command}}` makes {{target}} writable by every user in the container: any process, whichever user it runs as, can change those files and the programs in them. Give write access to the owner only (e.g. `chmod 755`, or `chown` to the user that needs it).",
  },
  defaultOptions: {},
  check(context) {
    for (const build of context.model.imageBuilds) {
      for (const run of build.runs) {
        if (!run.script) continue;
        for (const command of allCommands(run.script)) {
          for (const found of [command, ...subcommands(command)].flatMap(worldWritableModes)) {
            context.report({ messageId: "writable", loc: found.loc, data: { command: found.command, target: found.target } });
          }
        }
      }
      const reported = new Set<number>();
      for (const copy of build.copies) {
        if (!copy.chmod || !grantsOthersWrite(copy.chmod.mode) || reported.has(copy.chmod.loc.start)) continue;
        reported.add(copy.chmod.loc.start);
        context.report({ messageId: "writable", loc: copy.chmod.loc, data: { command: `${copy.instruction} --chmod=${copy.chmod.mode}`, target: "the copied files" } });
      }
    }
  },
});

interface WritableMode {
  readonly loc: Location;
  readonly command: string;
  readonly target: string;
}

function worldWritableModes(command: ShellCommand): WritableMode[] {
  const call = programOf(command);
  if (!call?.name) return [];
  const found = (mode: ShellWord, operands: readonly ShellWord[]): WritableMode[] => {
    if (mode.text === undefined || !grantsOthersWrite(mode.text)) return [];
    const path = operands.find((word) => word.text !== undefined && !word.text.startsWith("-"))?.text;
    return [{ loc: mode.loc, command: `${call.name} ${mode.text}`, target: path === undefined ? "the files" : `\`${path}\`` }];
  };
  if (call.name === "chmod") {
    const index = call.args.findIndex((word, at) => word.text !== undefined && !isOption(word.text) && !CHMOD_VALUED.has(call.args[at - 1]?.text ?? ""));
    const mode = call.args[index];
    return mode ? found(mode, call.args.slice(index + 1)) : [];
  }
  const options = MODE_OPTIONS[call.name];
  if (!options) return [];
  for (const [index, word] of call.args.entries()) {
    const text = word.text ?? "";
    if (options.has(text)) {
      const mode = call.args[index + 1];
      return mode ? found(mode, call.args.slice(index + 2)) : [];
    }
    const inline = text.startsWith("--mode=") ? text.slice("--mode=".length) : text.startsWith("-m") && text.length > 2 ? text.slice(2) : undefined;
    if (inline !== undefined) return found({ ...word, text: inline }, call.args.slice(index + 1));
  }
  return [];
}

/** `-R`, `--recursive`, but not a symbolic mode such as `-w` or `-x` taken away. */
function isOption(text: string): boolean {
  return text.startsWith("-") && !/^-[rwxXst]+$/.test(text);
}

/**
 * Whether a mode gives others write access: octal with the write bit in the last digit
 * (sticky `1777`, as for `/tmp`, excepted), or a symbolic clause adding `w` for `o` or `a`.
 */
export function grantsOthersWrite(mode: string): boolean {
  if (/^[0-7]{1,4}$/.test(mode)) {
    const digits = mode.padStart(4, "0");
    const others = Number(digits[3]);
    const special = Number(digits[0]);
    return (others & 2) !== 0 && (special & 1) === 0;
  }
  return mode.split(",").some((clause) => {
    const match = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (!match) return false;
    const who = match[1] ?? "";
    if (!who.includes("o") && !who.includes("a")) return false;
    return [...(match[2] ?? "").matchAll(/([-+=])([rwxXstugo]*)/g)].some(([, operator, permissions]) => operator !== "-" && (permissions ?? "").includes("w"));
  });
}
