/**
 * Text assembled from pieces of a host file — a `RUN` with its line continuations and comment
 * lines removed, the body of `sh -c '…'` with its quotes and escapes removed — that remembers
 * where each of its characters was written, so that anything found in it is reported at the
 * exact place in the host file.
 */
import type { Location } from "../../core/types.js";

/** The Location of a range of host-file offsets (`end` exclusive). */
export type HostLocator = (start: number, end: number) => Location;

export class MappedText {
  private constructor(
    readonly text: string,
    /** The host offset of each character of `text`. */
    private readonly origins: readonly number[],
    /** The host offset just after the text, for empty ranges at its end. */
    private readonly endOrigin: number,
    private readonly host: HostLocator,
  ) {}

  /** Text written verbatim in the host file at `hostStart`. */
  static verbatim(text: string, hostStart: number, host: HostLocator): MappedText {
    return new MappedText(
      text,
      Array.from({ length: text.length }, (_, index) => hostStart + index),
      hostStart + text.length,
      host,
    );
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
    return new MappedText(text, origins, endOrigin, host);
  }

  /** Text whose characters come from single characters of the host file (a decoded string literal). */
  static fromOrigins(text: string, origins: readonly number[], endOrigin: number, host: HostLocator): MappedText {
    return new MappedText(text, origins, endOrigin, host);
  }

  /** Other text over the same host file, with the host offset of each of its characters. */
  withText(text: string, origins: readonly number[], endOrigin: number): MappedText {
    return new MappedText(text, origins, endOrigin, this.host);
  }

  /** The host offset of the character at `index` (the end of the text past it). */
  originOf(index: number): number {
    return this.origins[index] ?? this.endOrigin;
  }

  /** The Location in the host file of `text[start, end)`. */
  locate(start: number, end: number): Location {
    const hostStart = this.originOf(start);
    const hostEnd = end > start ? this.originOf(end - 1) + 1 : hostStart;
    return this.host(hostStart, Math.max(hostStart, hostEnd));
  }

  /** `text[start, end)` with its mapping. */
  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.origins.slice(start, end), this.originOf(end), this.host);
  }

  /**
   * New text whose character `i` stands for this text's character `indexes[i]` (a word after
   * quote removal). `end` is the index just past the last source character.
   */
  derive(text: string, indexes: readonly number[], end: number): MappedText {
    return new MappedText(
      text,
      indexes.map((index) => this.originOf(index)),
      this.originOf(end),
      this.host,
    );
  }
}
