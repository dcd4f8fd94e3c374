/**
 * Text assembled from pieces of a host file — a `RUN` with its line continuations and comment
 * lines removed, the body of `sh -c '…'` with its quotes and escapes removed — that remembers
 * where each of its characters was written, so that anything found in it is reported at the
 * exact place in the host file. A character decoded from an escape (`\"`, `\u0041`) stands for
 * the whole escape.
 */
import type { Location } from "../../core/types.js";

/** The Location of a range of host-file offsets (`end` exclusive). */
export type HostLocator = (start: number, end: number) => Location;

export class MappedText {
  private constructor(
    readonly text: string,
    /** The host offset where each character of `text` is written. */
    private readonly origins: readonly number[],
    /** The host offset just past what each character is written as (past its escape). */
    private readonly originEnds: readonly number[],
    /** The host offset just after the text, for empty ranges at its end. */
    private readonly endOrigin: number,
    private readonly host: HostLocator,
  ) {}

  /** Text written verbatim in the host file at `hostStart`. */
  static verbatim(text: string, hostStart: number, host: HostLocator): MappedText {
    return MappedText.fromPieces([{ text, hostStart }], host);
  }

  /** Text joined from pieces written verbatim at their host offsets. */
  static fromPieces(pieces: ReadonlyArray<{ readonly text: string; readonly hostStart: number }>, host: HostLocator): MappedText {
    const origins: number[] = [];
    let text = "";
    let endOrigin = pieces[0]?.hostStart ?? 0;
    for (const piece of pieces) {
      text += piece.text;
      for (let index = 0; index < piece.text.length; index++) origins.push(piece.hostStart + index);
      endOrigin = piece.hostStart + piece.text.length;
    }
    return new MappedText(text, origins, origins.map((origin) => origin + 1), endOrigin, host);
  }

  /**
   * Text decoded from a literal: character `i` is written at `origins[i]` up to `originEnds[i]`
   * (an escape spans several characters).
   */
  static fromOrigins(text: string, origins: readonly number[], originEnds: readonly number[], endOrigin: number, host: HostLocator): MappedText {
    return new MappedText(text, origins, originEnds, endOrigin, host);
  }

  /** Other text over the same host file, with the host offset of each of its characters. */
  withText(text: string, origins: readonly number[], endOrigin: number): MappedText {
    return new MappedText(text, origins, origins.map((origin) => origin + 1), endOrigin, this.host);
  }

  /** The host offset of the character at `index` (the end of the text past it). */
  originOf(index: number): number {
    return this.origins[index] ?? this.endOrigin;
  }

  /** The host offset just past the character at `index`. */
  originEndOf(index: number): number {
    return this.originEnds[index] ?? this.endOrigin;
  }

  /** The Location in the host file of `text[start, end)`. */
  locate(start: number, end: number): Location {
    const hostStart = this.originOf(start);
    const hostEnd = end > start ? this.originEndOf(end - 1) : hostStart;
    return this.host(hostStart, Math.max(hostStart, hostEnd));
  }

  /** `text[start, end)` with its mapping. */
  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.origins.slice(start, end), this.originEnds.slice(start, end), this.originOf(end), this.host);
  }

  /**
   * New text whose character `i` stands for this text's character `indexes[i]` (a word after
   * quote removal). `end` is the index just past the last source character.
   */
  derive(text: string, indexes: readonly number[], end: number): MappedText {
    return new MappedText(
      text,
      indexes.map((index) => this.originOf(index)),
      indexes.map((index) => this.originEndOf(index)),
      this.originOf(end),
      this.host,
    );
  }
}
