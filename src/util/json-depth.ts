/**
 * A depth check for JSON (with comments) before it is parsed. jsonc-parser descends
 * recursively, so deep enough nesting overflows the call stack, and where that happens depends
 * on the stack left and on how the engine has compiled the parser by then: the same file could
 * parse in one run and overflow in the next. Refusing nesting past a fixed depth first makes the
 * outcome the file's own.
 */
import { createScanner } from "jsonc-parser";

/** Deeper nesting is no configuration anyone writes; refusing it keeps recursion bounded. */
export const MAX_JSON_DEPTH = 256;

/** The offset of the first bracket past MAX_JSON_DEPTH, found with the scanner (no recursion). */
export function firstTooDeepOffset(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== 17; token = scanner.scan()) {
    // SyntaxKind (a const enum in the declarations): 1 `{`, 3 `[`, 2 `}`, 4 `]`, 17 end of file.
    if (token === 1 || token === 3) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return scanner.getTokenOffset();
    } else if (token === 2 || token === 4) {
      depth -= 1;
    }
  }
  return undefined;
}

export function tooDeepMessage(): string {
  return `values are nested more than ${MAX_JSON_DEPTH} levels deep`;
}
