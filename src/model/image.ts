/**
 * What a Dockerfile does while the image is built, for the image rules (`image-*`): the shell
 * run by `RUN` (parsed as shell, heredocs and continuations included; see shell.ts) and the
 * files `COPY`/`ADD` put into it. The container the image starts as (its final stage's USER,
 * ENV, CMD) is a ContainerSpec (container.ts).
 */
import type { Location } from "../core/types.js";
import type { ContainerSetting, EnvironmentEntry } from "./container.js";
import type { ShellScript } from "./shell.js";

/** One `RUN` instruction. */
export interface ShellRun {
  /** The `RUN` instruction. */
  readonly loc: Location;
  /** `shell`: `RUN cmd …` (here-documents included); `exec`: `RUN ["cmd", "…"]`. */
  readonly form: "shell" | "exec";
  /**
   * What the instruction runs, as shell. Absent when the stage's `SHELL` is not a POSIX shell
   * (PowerShell, cmd) or a here-document names another interpreter (`#!/usr/bin/env python3`).
   */
  readonly script?: ShellScript;
}

/** One source of a `COPY` or `ADD`. */
export interface CopiedSource {
  readonly instruction: "COPY" | "ADD";
  /** The source with ARG/ENV values substituted when they are known (a path, glob or URL); as written otherwise. */
  readonly source: string;
  /** False when the source names a variable with no known value: `source` is then the text as written. */
  readonly resolved: boolean;
  readonly loc: Location;
  /** `--from=stage`: copied from another stage or image, not from the build context. */
  readonly fromStage?: string;
  /** `ADD --checksum=…`. */
  readonly checksum?: string;
  /** `--chmod=…`: the mode the copied files get. */
  readonly chmod?: { readonly mode: string; readonly loc: Location };
}

export interface ImageBuild {
  readonly file: string;
  /**
   * The image of every `FROM` that names an image (ARG defaults resolved; `scratch` and earlier
   * stage names are not images). Pinning is judged here for Dockerfiles, not on the container.
   */
  readonly baseImages: readonly ContainerSetting[];
  readonly runs: readonly ShellRun[];
  readonly copies: readonly CopiedSource[];
  /**
   * Every `ENV` value and `ARG` default written in the Dockerfile, in every stage (global ARGs
   * included), each once where it is written: values baked into an image, its history or the
   * build cache. The container's environment (the final stage's, inherited ENV included) is
   * ContainerSpec.environment, a view of some of the same entries.
   */
  readonly variables: readonly BuildVariable[];
}

export interface BuildVariable extends EnvironmentEntry {
  /** How messages name the stage it is written in (`stage "build"`, `stage 2`); absent for an ARG before the first `FROM`. */
  readonly stage?: string;
  /**
   * True when the value ends up in the final image: an ENV or ARG of the final stage or of a
   * stage it is built `FROM`. Others stay in the build cache and in images built `--target`
   * their stage.
   */
  readonly inFinalImage: boolean;
}
