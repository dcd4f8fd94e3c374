/**
 * Whether a YAML stream with `{{` in it is a template (a Helm chart's, Go text/template) that
 * is not a manifest until rendered, or a manifest that merely holds braces in some values — a
 * Grafana dashboard or alert text in a ConfigMap. A template fails to parse, puts `{{` where
 * YAML structure goes, or refers to Helm's objects (`.Values`, `.Release`, `include`).
 */
import { isMap, isPair, isScalar, isSeq, type Document } from "yaml";

const HELM_REFERENCE = /\{\{-?\s*(?:[^}]*\s)?(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$\.Values|include\s|template\s|tpl\s)/;

export function isTemplate(
  text: string,
  documents: readonly Document.Parsed[],
  commentRanges: ReadonlyArray<readonly [number, number]>,
  failedToParse: boolean,
): boolean {
  if (!text.includes("{{")) return false;
  if (failedToParse || HELM_REFERENCE.test(text)) return true;
  const quoted = [...stringRanges(documents), ...commentRanges].sort((a, b) => a[0] - b[0]);
  for (let at = text.indexOf("{{"); at >= 0; at = text.indexOf("{{", at + 2)) {
    if (!within(quoted, at)) return true;
  }
  return false;
}

/** The ranges of string scalars (keys and values), walked without recursion: nesting may be deep. */
function stringRanges(documents: readonly Document.Parsed[]): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const pending: unknown[] = documents.map((document) => document.contents);
  while (pending.length > 0) {
    const node = pending.pop();
    if (isScalar(node)) {
      if (typeof node.value === "string" && node.range) ranges.push([node.range[0], node.range[1]]);
    } else if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) pending.push(pair.key, pair.value);
    } else if (isSeq(node)) {
      pending.push(...node.items);
    }
  }
  return ranges;
}

/** Whether `offset` lies in one of the sorted ranges. */
function within(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle] as readonly [number, number];
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}
