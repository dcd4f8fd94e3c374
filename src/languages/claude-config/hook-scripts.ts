/**
 * The command hooks of a configuration file with their commands parsed as shell, each word
 * located where it is written: in a JSON string (escapes mapped back to the source), or in a
 * YAML scalar of front matter (plain or quoted; a scalar whose text the source does not hold
 * verbatim, a folded block for instance, maps every character to the whole scalar).
 *
 * Parsing needs the shell grammar, which the front end prepares only for files that may hold a
 * command hook (language.ts); without it the hooks are listed unparsed.
 */
import type { Location, SourceFile } from "../../core/types.js";
import type { AgentSpec } from "../../model/agent.js";
import { hookCommands, type HookCommand } from "../../model/hook-commands.js";
import type { OffsetLocations } from "../../util/offset-locations.js";
import { isShellReady, jsonStringText, MappedText, parseShellText, type HostLocator } from "../shell/index.js";

export function parsedHookCommands(agents: readonly AgentSpec[], file: SourceFile, locations: OffsetLocations): HookCommand[] {
  const hooks = agents.flatMap(hookCommands).filter((hook) => hook.loc.file === file.path);
  if (!isShellReady()) return hooks;
  const host: HostLocator = (start, end) => locations.range(start, end);
  return hooks.map((hook) => ({ ...hook, script: parseShellText(commandText(hook, file.text, host)).script }));
}

/** The command's text, mapped to where each character is written. */
function commandText(hook: HookCommand, fileText: string, host: HostLocator): MappedText {
  const { loc, command } = hook;
  const raw = fileText.slice(loc.start, loc.end);
  if (raw === command) return MappedText.verbatim(command, loc.start, host);
  if (raw.startsWith('"') && decodesTo(raw, command)) return jsonStringText(raw, loc.start, host);
  if (raw.startsWith("'") && raw.endsWith("'") && raw.slice(1, -1).replaceAll("''", "'") === command) return singleQuoted(raw, loc.start, host);
  return wholeScalar(command, loc);
}

function decodesTo(raw: string, command: string): boolean {
  try {
    return JSON.parse(raw) === command;
  } catch {
    return false;
  }
}

/** A YAML single-quoted scalar: `''` stands for one quote. */
function singleQuoted(raw: string, start: number, host: HostLocator): MappedText {
  let text = "";
  const origins: number[] = [];
  const originEnds: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    text += raw[index] as string;
    origins.push(start + index);
    const doubled = raw[index] === "'" && raw[index + 1] === "'";
    originEnds.push(start + index + (doubled ? 2 : 1));
    if (doubled) index++;
  }
  return MappedText.fromOrigins(text, origins, originEnds, start + raw.length - 1, host);
}

/** Text the source does not spell verbatim: every character stands for the whole scalar. */
function wholeScalar(command: string, loc: Location): MappedText {
  const origins = Array.from({ length: command.length }, () => loc.start);
  const ends = Array.from({ length: command.length }, () => loc.end);
  return MappedText.fromOrigins(command, origins, ends, loc.end, () => loc);
}
