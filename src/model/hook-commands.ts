/**
 * The shell commands a configuration runs as hooks: every `{ "type": "command", "command": … }`
 * handler under `hooks.<Event>[].hooks[]`, in settings files and in subagent and skill front
 * matter. The Claude Code configuration front end lists them with their commands parsed as
 * shell (FileModel.hookCommands); checks on what a command does (a download piped into a
 * shell) read them there.
 */
import type { Location } from "../core/types.js";
import { option, type AgentKind, type AgentSpec } from "./agent.js";
import type { ShellScript } from "./shell.js";
import { alternatives, entryOf, knownString } from "./value.js";

export interface HookCommand {
  /** The hook event, e.g. `PreToolUse`, `SessionStart`. */
  readonly event: string;
  /** The matcher of the handler's group, when one is written. */
  readonly matcher?: string;
  /** The command line as written. */
  readonly command: string;
  /** The command string's location (quotes included). */
  readonly loc: Location;
  /** What kind of configuration runs it: settings, a subagent, a skill or a command file. */
  readonly owner: AgentKind;
  /** The command parsed as shell, every word located in the file; absent when it was not parsed. */
  readonly script?: ShellScript;
}

export function hookCommands(agent: AgentSpec): HookCommand[] {
  const hooks = option(agent, "hooks");
  if (!hooks) return [];
  const found: HookCommand[] = [];
  for (const { value: events } of alternatives(hooks.value)) {
    if (events.kind !== "object") continue;
    for (const event of events.entries) {
      if (event.value.kind !== "array") continue;
      for (const group of event.value.elements) {
        const matcher = knownString(entryOf(group, "matcher")?.value ?? { kind: "null", loc: group.loc });
        const handlers = entryOf(group, "hooks")?.value;
        if (handlers?.kind !== "array") continue;
        for (const handler of handlers.elements) {
          const type = knownString(entryOf(handler, "type")?.value ?? { kind: "null", loc: handler.loc });
          const command = entryOf(handler, "command")?.value;
          const text = command ? knownString(command) : undefined;
          if (type !== "command" || !command || text === undefined) continue;
          found.push({ event: event.key, command: text, loc: command.loc, owner: agent.kind, ...(matcher !== undefined ? { matcher } : {}) });
        }
      }
    }
  }
  return found;
}
