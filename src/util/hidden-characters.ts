/**
 * Invisible or direction-changing characters that let text say something other than what a
 * reviewer sees: zero-width characters, bidi controls and Unicode tag characters (which can
 * spell out a whole hidden ASCII message). Legitimate uses are left alone: a zero-width
 * joiner inside an emoji sequence, joiners between letters of scripts that need them
 * (Persian, Indic), and the tag sequences of subdivision flags (🏴 + tags + cancel tag).
 */
export type HiddenKind = "zero-width" | "bidi" | "tag";

export interface HiddenRun {
  /** 0-based UTF-16 offsets of the run in the text; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly HiddenKind[];
  /** Distinct code points, as `U+200B`. */
  readonly codePoints: readonly string[];
  readonly count: number;
  /** The ASCII that tag characters in the run spell, if any. */
  readonly tagText: string;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const JOINERS = new Set([0x200c, 0x200d]);
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

function kindOf(codePoint: number): HiddenKind | undefined {
  if (ZERO_WIDTH.has(codePoint)) return "zero-width";
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return "bidi";
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return "tag";
  return undefined;
}

interface Char {
  readonly codePoint: number;
  readonly start: number;
  readonly end: number;
}

function charsOf(text: string): Char[] {
  const chars: Char[] = [];
  let offset = 0;
  for (const char of text) {
    chars.push({ codePoint: char.codePointAt(0) ?? 0, start: offset, end: offset + char.length });
    offset += char.length;
  }
  return chars;
}

const ANY_HIDDEN = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u{e0000}-\u{e007f}]/u;

/** A cheap test (one scan, no allocation): false when the text holds no candidate character. */
export function mayHoldHiddenCharacters(text: string): boolean {
  return ANY_HIDDEN.test(text);
}

export function findHiddenCharacters(text: string): HiddenRun[] {
  if (!ANY_HIDDEN.test(text)) return [];
  const chars = charsOf(text);
  const hidden = chars.map((char, index) => kindOf(char.codePoint) !== undefined && !isLegitimate(chars, index));
  markFlagTags(chars, hidden);
  const runs: HiddenRun[] = [];
  for (let index = 0; index < chars.length; index++) {
    if (!hidden[index]) continue;
    let last = index;
    while (hidden[last + 1]) last++;
    runs.push(runOf(chars.slice(index, last + 1)));
    index = last;
  }
  return runs;
}

function runOf(chars: readonly Char[]): HiddenRun {
  const kinds = new Set<HiddenKind>();
  const codePoints = new Set<string>();
  let tagText = "";
  for (const char of chars) {
    const kind = kindOf(char.codePoint);
    if (kind) kinds.add(kind);
    codePoints.add(`U+${char.codePoint.toString(16).toUpperCase().padStart(4, "0")}`);
    if (char.codePoint >= 0xe0020 && char.codePoint <= 0xe007e) tagText += String.fromCharCode(char.codePoint - 0xe0000);
  }
  return {
    start: chars[0]?.start ?? 0,
    end: chars[chars.length - 1]?.end ?? 0,
    kinds: [...kinds],
    codePoints: [...codePoints],
    count: chars.length,
    tagText,
  };
}

/** A joiner between two emoji, or between two letters of a script that shapes with joiners. */
function isLegitimate(chars: readonly Char[], index: number): boolean {
  const char = chars[index];
  if (!char || !JOINERS.has(char.codePoint)) return false;
  const before = chars[index - 1];
  const after = chars[index + 1];
  if (!before || !after) return false;
  const previous = String.fromCodePoint(before.codePoint);
  const next = String.fromCodePoint(after.codePoint);
  if (char.codePoint === 0x200d && /[\p{Extended_Pictographic}\u{fe0f}\u{1f3fb}-\u{1f3ff}]/u.test(previous) && /\p{Extended_Pictographic}/u.test(next)) {
    return true;
  }
  const shapedLetter = /^(?![\p{Script=Latin}\p{Script=Common}])[\p{L}\p{M}]$/u;
  return shapedLetter.test(previous) && shapedLetter.test(next);
}

/** Tag characters of a subdivision flag (🏴 followed by tag letters and a cancel tag) are visible as the flag. */
function markFlagTags(chars: readonly Char[], hidden: boolean[]): void {
  for (let index = 0; index < chars.length; index++) {
    if (chars[index]?.codePoint !== BLACK_FLAG) continue;
    let last = index + 1;
    while (last < chars.length && (chars[last]?.codePoint ?? 0) >= 0xe0020 && (chars[last]?.codePoint ?? 0) <= 0xe007e) last++;
    if (last > index + 1 && chars[last]?.codePoint === CANCEL_TAG) {
      for (let tag = index + 1; tag <= last; tag++) hidden[tag] = false;
      index = last;
    }
  }
}
