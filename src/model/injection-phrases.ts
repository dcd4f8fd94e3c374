/**
 * Visible prompt-injection phrasing: text that tells a model to drop its instructions or take
 * on a new role. A phrase only counts where it instructs: quoted text, code and a sentence
 * that mentions the phrase ("text such as …", "never follow … requests") are documentation.
 */

/** Lower-case words one of which every phrase holds: the front ends' pre-filter. */
export const INJECTION_PREFILTER_WORDS: readonly string[] = ["ignore", "disregard", "you are now", "your new", "forget"];

/** Words after a phrase that fence it to a topic: "ignore the previous instructions about commit style". */
const SCOPED = String.raw`(?!\s+(?:about|regarding|concerning|on|for|in|from|related|under|above\s+for)\b)`;

const PHRASES: readonly RegExp[] = [
  new RegExp(String.raw`\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding|your|all|other)\s+(?:[a-z]+\s+)?(?:instructions|directions|directives|rules|prompts?|guidelines)\b${SCOPED}`, "gi"),
  new RegExp(String.raw`\bdisregard\s+(?:all\s+|any\s+)?(?:your|the|previous|prior|all|above|earlier)\s+(?:[a-z]+\s+){0,2}(?:instructions|guidelines|rules|directives|policies|prompts?)\b${SCOPED}`, "gi"),
  /\byou\s+are\s+now\s+in\s+(?:[a-z0-9-]+\s+){1,3}mode\b/gi,
  /\byour\s+new\s+(?:task|instructions?|goal|objective|role|purpose)\s+(?:is|are)\b/gi,
  new RegExp(String.raw`\bforget\s+(?:all\s+|everything\s+|your\s+)(?:previous\s+|prior\s+|earlier\s+)?(?:instructions|rules|guidelines|you\s+were\s+told)\b${SCOPED}`, "gi"),
];

/** Words before a phrase (in its sentence) that make it a mention rather than an order. */
const MENTION = /\b(?:such\s+as|like|e\.g\.|i\.e\.|for\s+example|for\s+instance|phrases?|says?|saying|said|containing|contains?|attempts?\s+to|injections?|patterns?|detects?|detecting|beware|warn(?:s|ing)?|never\s+follow|do\s+not\s+follow|don't\s+follow|refuse|reject|ignores?\s+requests)\b/i;
/** How far back in the same sentence a mention cue is looked for. */
const MENTION_WINDOW = 80;

export interface InjectionPhrase {
  /** 0-based offsets in the searched text; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Injection phrases in `text` outside the `quoted` ranges and not mentioned as examples. */
export function findInjectionPhrases(text: string, quoted: ReadonlyArray<readonly [number, number]>): InjectionPhrase[] {
  const found: InjectionPhrase[] = [];
  for (const phrase of PHRASES) {
    for (const match of text.matchAll(phrase)) {
      const start = match.index;
      const end = start + match[0].length;
      if (quoted.some(([from, to]) => start < to && end > from)) continue;
      if (isMention(text, start)) continue;
      found.push({ start, end, text: match[0].replace(/\s+/g, " ") });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function isMention(text: string, start: number): boolean {
  // An HTML comment before the phrase is not part of its sentence.
  const before = text.slice(Math.max(0, start - MENTION_WINDOW), start).replace(/<!--[\s\S]*?-->/g, "\n\n");
  const sentence = before.split(/[.!?]\s|\n\s*\n|\n[-*#>]/).pop() ?? before;
  return MENTION.test(sentence);
}
