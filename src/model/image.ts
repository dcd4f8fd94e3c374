/**
 * What a Dockerfile does while the image is built, for the image rules (`image-*`): the shell
 * run by `RUN` (parsed as shell, heredocs and continuations included) and the files `COPY`/`ADD`
 * put into it. The container the image starts as (its final stage's USER, ENV, CMD) is a
 * ContainerSpec (container.ts).
 */
import type { Location } from "../core/types.js";
import type { ContainerSetting } from "./container.js";

/** One `RUN` instruction's shell script, with a map back to the Dockerfile. */
export interface ShellRun {
  /** The script as the shell sees it (continuations joined, heredoc bodies included). */
  readonly script: string;
  /** The `RUN` instruction. */
  readonly loc: Location;
  /** The location in the Dockerfile of the script's offset `offset` (for exact positions). */
  locate(offset: number, length: number): Location;
}

/** One source of a `COPY` or `ADD`. */
export interface CopiedSource {
  readonly instruction: "COPY" | "ADD";
  /** The source as written (a path, glob or URL). */
  readonly source: string;
  readonly loc: Location;
  /** `--from=stage`: copied from another stage or image, not from the build context. */
  readonly fromStage?: string;
  /** `ADD --checksum=…`. */
  readonly checksum?: string;
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
}
