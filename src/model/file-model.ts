/**
 * Everything the extractors learned about one file: the models rules read.
 * A language module fills in what its format can express and leaves the rest empty.
 */
import type { FileNotice, Location, SourceFile } from "../core/types.js";
import type { AgentSpec } from "./agent.js";
import type { HookCommand } from "./hook-commands.js";
import type { ContainerSpec } from "./container.js";
import type { Deployment } from "./deployment.js";
import type { ImageBuild } from "./image.js";
import type { InstructionText } from "./instructions.js";
import type { NetworkPolicy } from "./network-policy.js";
import type { SeccompProfile } from "./seccomp.js";
import type { RValue } from "./value.js";

/** A comment in the source, for suppression directives. */
export interface SourceComment {
  /** The comment's text without its delimiters (`//`, `/* *\/`, `#`). */
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
  /** True when code precedes the comment on its first line (a trailing comment). */
  readonly trailing: boolean;
}

/**
 * A path containment check by string prefix on a resolved path:
 * `path.resolve(p).startsWith(root)`, `os.path.realpath(p).startswith(root)`.
 */
export interface PathPrefixCheck {
  readonly loc: Location;
  /** The function that produced the checked path: `path.resolve`, `fs.realpathSync`, `os.path.realpath`, … */
  readonly resolvedWith: string;
  /** The prefix the path is compared with, resolved as far as possible. */
  readonly prefix: RValue;
  /**
   * Set when the prefix is itself a resolved path (`path.resolve(root)`, `realpath(root)`):
   * such paths never end with a separator, whatever the unknown input was.
   */
  readonly prefixResolvedWith?: string;
  /** Source text of the prefix expression, for the message. */
  readonly prefixExpression: string;
}

/**
 * A program started from code: `spawn("claude", args)`, `subprocess.run(["claude", "-p", task])`,
 * `exec(`claude -p …`)`, `os.system(cmd)`. The extractor records the launch as written; which
 * program runs is judged on the resolved values (see cli.ts).
 */
export interface CliInvocation {
  readonly loc: Location;
  /** The launching function, e.g. `child_process.spawn`, `subprocess.run`, `os.system`. */
  readonly api: string;
  /**
   * argv forms: the program (`spawn("claude", args)`) or, when `args` is absent, the whole
   * argument vector with the program first (`subprocess.run(["claude", "-p", task])`).
   * Line forms: the command line.
   */
  readonly command: RValue;
  /** argv forms that pass the program apart: the arguments after it (an array value). */
  readonly args?: RValue;
  /**
   * True when `command` is a command line split into words: by a shell (`exec`, `os.system`,
   * `shell=True`) or by the launcher itself (`execaCommand`, `pexpect.spawn`).
   */
  readonly line: boolean;
}

/**
 * A write into the process's own environment: `process.env.NAME = value`,
 * `Object.assign(process.env, {...})`, `os.environ["NAME"] = value`, `os.environ.setdefault(…)`,
 * `os.environ.update(…)`, `os.putenv(…)`. Every agent or CLI the process starts afterwards
 * inherits it, with every command it runs.
 */
export interface EnvironmentWrite {
  /** The variable written. Writes whose name is not known are not recorded. */
  readonly name: string;
  readonly nameLoc: Location;
  readonly value: RValue;
  /** How it is written, for messages: `process.env`, `os.environ`, `os.environ.setdefault`, … */
  readonly api: string;
  /** Set when the write is one alternative of a mapping written whole (`update(A if x else B)`). */
  readonly when?: string;
}

export interface ParseProblem {
  readonly message: string;
  readonly loc: Location;
}

export interface FileModel {
  readonly file: SourceFile;
  readonly agents: readonly AgentSpec[];
  readonly pathPrefixChecks: readonly PathPrefixCheck[];
  readonly cliInvocations: readonly CliInvocation[];
  readonly environmentWrites: readonly EnvironmentWrite[];
  readonly containers: readonly ContainerSpec[];
  readonly imageBuilds: readonly ImageBuild[];
  readonly seccompProfiles: readonly SeccompProfile[];
  readonly networkPolicies: readonly NetworkPolicy[];
  readonly instructionTexts: readonly InstructionText[];
  /** The shell commands the file's configuration runs as hooks, parsed (settings, front matter). */
  readonly hookCommands: readonly HookCommand[];
  /** The containers this code file is built into (joined at analysis, see src/analysis/deployments.ts). */
  readonly deployments: readonly Deployment[];
  readonly parseProblems: readonly ParseProblem[];
  readonly comments: readonly SourceComment[];
  /**
   * File-level notices from extraction: the analysis was cut short (budget spent), or the file
   * was recognised but deliberately not analysed (a Helm template). Never silent.
   */
  readonly notices: readonly FileNotice[];
}

/** A model with nothing in it; extractors spread it and fill in what their format expresses. */
export function emptyFileModel(file: SourceFile): FileModel {
  return {
    file,
    agents: [],
    pathPrefixChecks: [],
    cliInvocations: [],
    environmentWrites: [],
    containers: [],
    imageBuilds: [],
    seccompProfiles: [],
    networkPolicies: [],
    instructionTexts: [],
    hookCommands: [],
    deployments: [],
    parseProblems: [],
    comments: [],
    notices: [],
  };
}
