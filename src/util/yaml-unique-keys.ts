/**
 * The `yaml` package's duplicate-key check, in linear time. The package compares each new key
 * with every key before it in the map (`uniqueKeys: true`), so a map with tens of thousands of
 * keys took seconds to compose: a fuzzed 2 MB compose file spent 1.3 s there. Parsers here
 * compose with `uniqueKeys: false` and add the same errors with `documentErrors`.
 *
 * Keys are duplicates exactly when the package's default check says so: the same node, or two
 * scalars whose values are `===` (so `1` and `"1"` differ, and NaN never repeats).
 */
import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node, type YAMLError } from "yaml";

/** The package's message for a repeated key, kept so that reports read as before. */
const DUPLICATE_KEY_MESSAGE = "Map keys must be unique";

/** The document's errors and its repeated keys, in the order of their positions. */
export function documentErrors(document: Document.Parsed | Document): YAMLError[] {
  const duplicates = duplicateKeyErrors(document);
  if (duplicates.length === 0) return document.errors;
  // A stable sort: errors at the same position keep the package's order, its own first.
  return [...document.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
}

function duplicateKeyErrors(document: Document.Parsed | Document): YAMLError[] {
  const errors: YAMLError[] = [];
  // An explicit stack: nesting is as deep as the input makes it.
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        const identity = isScalar(key) ? key.value : key;
        if (seen.has(identity) && !Number.isNaN(identity)) errors.push(duplicateKeyError(key));
        else seen.add(identity);
      }
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        pending.push(pair?.value, pair?.key);
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]);
    } else if (isPair(node)) {
      pending.push(node.value, node.key);
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

function duplicateKeyError(key: unknown): YAMLError {
  const start = (key as Node | null)?.range?.[0] ?? 0;
  return new YAMLParseError([start, start + 1], "DUPLICATE_KEY", DUPLICATE_KEY_MESSAGE);
}
