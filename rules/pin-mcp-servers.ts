import { defineRule, type Placement } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location, SourceFile } from "../src/core/types.js";
import type { AgentSpec } from "../src/model/agent.js";
import { isImageReference, parseImageReference } from "../src/model/image-reference.js";
import { mcpServerContainers } from "../src/model/mcp-containers.js";
import { mcpServers, type McpServer } from "../src/model/mcp.js";
import { simpleCommands } from "../src/model/shell-words.js";
import { alternatives, joinWhen, knownString, textParts, type RValue } from "../src/model/value.js";
import { locationInLiteral } from "../src/util/literal-location.js";

/** One command-line word: its text when known, and the value it came from (for the location). */
interface Word {
  readonly text: string | undefined;
  readonly value: RValue;
  /** Set when the word was split out of a shell script string: that string's text. */
  readonly script?: string;
}

/** Shells whose `-c` script is the command that runs (`bash -lc "npx -y pkg"`). */
const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh"]);
/** Scripts inside scripts are followed this deep. */
const MAX_SHELL_DEPTH = 2;

interface Launcher {
  /** Words after the runner that select the subcommand: `pnpm dlx`, `pipx run`. */
  readonly subcommand: readonly string[];
  readonly ecosystem: "npm" | "python";
}

const LAUNCHERS: Readonly<Record<string, Launcher>> = {
  npx: { subcommand: [], ecosystem: "npm" },
  bunx: { subcommand: [], ecosystem: "npm" },
  pnpx: { subcommand: [], ecosystem: "npm" },
  pnpm: { subcommand: ["dlx"], ecosystem: "npm" },
  yarn: { subcommand: ["dlx"], ecosystem: "npm" },
  npm: { subcommand: ["exec"], ecosystem: "npm" },
  uvx: { subcommand: [], ecosystem: "python" },
  uv: { subcommand: ["tool", "run"], ecosystem: "python" },
  pipx: { subcommand: ["run"], ecosystem: "python" },
};

/** Options whose value names the package to run, per ecosystem. */
const PACKAGE_OPTIONS: Readonly<Record<Launcher["ecosystem"], ReadonlySet<string>>> = {
  npm: new Set(["-p", "--package"]),
  python: new Set(["--from", "--spec"]),
};
/** Options that take a separate value; every other option is a switch. */
const VALUE_OPTIONS: Readonly<Record<Launcher["ecosystem"], ReadonlySet<string>>> = {
  npm: new Set(["-c", "--call", "-w", "--workspace", "--registry", "--cache", "--userconfig", "--loglevel"]),
  python: new Set(["--with", "--python", "-p", "--index-url", "--index", "--extra-index-url", "--pip-args", "--constraints", "-c"]),
};

const EXACT_VERSION = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

interface Unpinned extends Placement {
  readonly messageId: "package" | "image";
  readonly data: Record<string, string>;
  readonly when: string;
}

export default defineRule({
  id: "pin-mcp-servers",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.mcpJson, INPUT.settings, INPUT.subagentFiles],
  docs: {
    description: "Require MCP servers started through package runners or `docker run` to pin an exact version.",
    securitySeverity: 5.5,
  },
  messages: {
    package:
      "MCP server \"{{server}}\" runs `{{package}}` through {{runner}} {{state}}, so every start installs whatever the registry serves at that moment, and a hijacked or broken release runs with the agent's access. Pin an exact version, e.g. `{{example}}`{{when}}.",
    image:
      "MCP server \"{{server}}\" runs the image `{{image}}` {{state}}, so every pull can bring a different image with the agent's access. Pin a version tag or a digest (`@sha256:…`){{when}}.",
  },
  defaultOptions: {},
  check(context) {
    function judgeAgent(agent: AgentSpec): Unpinned[] {
      return mcpServers(agent).flatMap((server) => [
        ...judgeServer(server).map((found) => ({ ...found, ...context.locate(agent, narrowed(found, context.model.file.text), server.loc), when: server.when ?? "" })),
        ...judgeImages(server, context.locate(agent, server.loc).loc, context.model.file),
      ]);
    }

    for (const agent of context.model.agents) {
      for (const item of judgeAgent(agent)) {
        context.report({ agent, when: item.when, messageId: item.messageId, loc: item.loc, ...(item.origin && { origin: item.origin }), data: item.data });
      }
    }
  },
});

interface Judged extends Omit<Unpinned, "when"> {
  /** The target word, to narrow the location to it inside a script string. */
  readonly word: Word;
}

function judgeServer(server: McpServer): Judged[] {
  if (server.transport !== "stdio" || !server.command) return [];
  const words = commandLine(server.command, server.args);
  return words ? judgeWords(server, words, 0) : [];
}

function judgeWords(server: McpServer, words: readonly Word[], depth: number): Judged[] {
  const runnerName = words[0]?.text?.split(/[\\/]/).pop()?.replace(/\.(cmd|exe)$/i, "");
  if (runnerName === undefined) return [];
  if (depth < MAX_SHELL_DEPTH) {
    // `cmd /c npx -y pkg` (Windows configs) runs the words after `/c`.
    if (runnerName.toLowerCase() === "cmd" && /^\/[ck]$/i.test(words[1]?.text ?? "")) return judgeWords(server, words.slice(2), depth + 1);
    const script = SHELLS.has(runnerName) ? scriptOf(words) : undefined;
    if (script) return simpleCommands([{ kind: "literal", text: script.text, loc: script.value.loc }]).flatMap((command) => judgeWords(server, command.map((word) => ({ text: word.text, value: script.value, script: script.text })), depth + 1));
  }
  const found = judgeLaunch(server, runnerName, words);
  return found ? [found] : [];
}

/** The script of `sh -c script` / `bash -lc script`, when it is known. */
function scriptOf(words: readonly Word[]): { text: string; value: RValue } | undefined {
  const flag = words.findIndex((word, index) => index > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(word.text ?? ""));
  const script = flag > 0 ? words[flag + 1] : undefined;
  return script?.text !== undefined ? { text: script.text, value: script.value } : undefined;
}

/** The exact place of a package named inside a script string, else the word's value. */
function narrowed(found: Judged, fileText: string): Location {
  const { word } = found;
  if (word.script === undefined || word.text === undefined || word.value.loc !== found.loc) return found.loc;
  const start = word.script.indexOf(word.text);
  if (start < 0 || word.script.indexOf(word.text, start + 1) >= 0) return found.loc;
  return locationInLiteral(fileText, found.loc, word.script, start, start + word.text.length) ?? found.loc;
}

/**
 * The images of the containers a `docker run` / `podman run` server starts (read like any
 * `docker run`, see mcp-containers.ts): with no tag or at `latest`.
 */
function judgeImages(server: McpServer, fallback: Location, file: SourceFile): Unpinned[] {
  return mcpServerContainers(server, file, fallback).flatMap((spec) =>
    alternatives(spec.image?.value ?? { kind: "null", loc: spec.loc }).flatMap(({ value, when }): Unpinned[] => {
      const image = knownString(value)?.trim();
      if (image === undefined || !isImageReference(image)) return [];
      const { tag, digest } = parseImageReference(image);
      if (digest !== undefined || (tag !== undefined && tag !== "latest")) return [];
      const state = tag === undefined ? "with no tag" : "at the `latest` tag";
      return [{ messageId: "image", loc: value.loc, data: { server: server.name, image, state }, when: joinWhen(spec.when ?? "", when) }];
    }),
  );
}

function judgeLaunch(server: McpServer, runnerName: string, words: readonly Word[]): Judged | undefined {
  const launcher = LAUNCHERS[runnerName];
  if (!launcher) return undefined;
  const afterRunner = words.slice(1);
  if (!launcher.subcommand.every((expected, index) => afterRunner[index]?.text === expected)) return undefined;
  const target = targetOf(afterRunner.slice(launcher.subcommand.length), launcher.ecosystem);
  if (!target?.text) return undefined;
  const runner = [runnerName, ...launcher.subcommand].join(" ");
  const judged = launcher.ecosystem === "npm" ? npmPackageState(target.text) : pythonPackageState(target.text);
  if (!judged) return undefined;
  return { messageId: "package", loc: target.value.loc, word: target, data: { server: server.name, package: target.text, runner: `\`${runner}\``, state: judged.state, example: judged.example } };
}

/** The command and its arguments as words; undefined when the argument list is not fixed. */
function commandLine(command: RValue, args: RValue | undefined): Word[] | undefined {
  const parts = textParts(command);
  if (knownString(command) === undefined || !parts) return undefined;
  // A command written as one line (`"npx -y pkg"`) is read with the shell's word rules.
  const line = knownString(command);
  const words: Word[] = (simpleCommands(parts)[0] ?? []).map((word) => ({ text: word.text, value: command, ...(line !== undefined && { script: line }) }));
  if (!args) return words;
  if (args.kind !== "array") return undefined;
  return [...words, ...args.elements.map((value) => ({ text: knownString(value), value }))];
}

/** The package or image argument: the value of a package option, else the first operand. */
function targetOf(words: readonly Word[], ecosystem: Launcher["ecosystem"]): Word | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word || word.text === undefined) return undefined;
    const text = word.text;
    if (text === "--") return words[index + 1];
    if (!text.startsWith("-")) return word;
    const [flag, inlineValue] = text.split(/=(.*)/s, 2) as [string, string | undefined];
    // `npx --prefix dir pkg` runs the copy installed under dir: its lockfile pins the version.
    if (ecosystem === "npm" && flag === "--prefix") return undefined;
    if (PACKAGE_OPTIONS[ecosystem].has(flag)) {
      return inlineValue !== undefined ? { ...word, text: inlineValue } : words[index + 1];
    }
    if (VALUE_OPTIONS[ecosystem].has(flag) && inlineValue === undefined) index++;
  }
  return undefined;
}

function isLocalOrUrl(spec: string): boolean {
  return /^(?:\.{0,2}\/|~|[A-Za-z]:[\\/]|file:|git[+:]|https?:|github:)/.test(spec) || /\.(?:tgz|whl|tar\.gz)$/.test(spec);
}

function npmPackageState(spec: string): { state: string; example: string } | undefined {
  if (isLocalOrUrl(spec)) return undefined;
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  const name = at < 0 ? spec : spec.slice(0, at);
  const version = at < 0 ? undefined : spec.slice(at + 1);
  if (version !== undefined && EXACT_VERSION.test(version)) return undefined;
  return { state: versionState(version), example: `${name}@1.2.3` };
}

function pythonPackageState(spec: string): { state: string; example: string } | undefined {
  if (isLocalOrUrl(spec)) return undefined;
  const match = /^(?<name>[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)(?:(?<operator>==|@|>=|<=|~=|>|<|!=)(?<version>.*))?$/.exec(spec);
  const name = match?.groups?.["name"];
  if (!name) return undefined;
  const operator = match.groups?.["operator"];
  const version = match.groups?.["version"];
  if ((operator === "==" || operator === "@") && version !== undefined && EXACT_VERSION.test(version)) return undefined;
  return { state: operator && operator !== "@" && operator !== "==" ? `with the range \`${operator}${version ?? ""}\`` : versionState(version), example: `${name}==1.2.3` };
}

function versionState(version: string | undefined): string {
  if (version === undefined || version === "") return "with no version";
  return version === "latest" ? "at `@latest`" : `at \`@${version}\`, not an exact version`;
}
