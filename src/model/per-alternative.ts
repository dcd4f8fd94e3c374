/**
 * Reporting over option alternatives: a rule judges every alternative of an agent and a
 * finding that holds in all of them is reported once, without conditions; one that holds
 * only in some names each alternative it holds in.
 */
export interface AlternativeFinding<T> {
  /** Identifies the same finding across alternatives (location, message, data). */
  readonly key: string;
  /** Index of the alternative it was found in. */
  readonly alternative: number;
  readonly item: T;
}

export interface CollapsedFinding<T> {
  readonly item: T;
  /** Index of the alternative whose conditions to name, or undefined when it holds in all. */
  readonly alternative: number | undefined;
}

export function collapseAlternatives<T>(alternativeCount: number, found: readonly AlternativeFinding<T>[]): CollapsedFinding<T>[] {
  const groups = new Map<string, AlternativeFinding<T>[]>();
  for (const finding of found) {
    const group = groups.get(finding.key) ?? [];
    group.push(finding);
    groups.set(finding.key, group);
  }
  const collapsed: CollapsedFinding<T>[] = [];
  for (const group of groups.values()) {
    const alternativesHit = new Set(group.map((finding) => finding.alternative));
    const first = group[0];
    if (!first) continue;
    if (alternativesHit.size === alternativeCount) {
      collapsed.push({ item: first.item, alternative: undefined });
      continue;
    }
    for (const index of [...alternativesHit].sort((a, b) => a - b)) {
      const finding = group.find((candidate) => candidate.alternative === index);
      if (finding) collapsed.push({ item: finding.item, alternative: index });
    }
  }
  return collapsed;
}

/**
 * The candidate to name in a finding: one written in the analysed file and unconditional if
 * possible, so that the same element is chosen in every alternative and findings collapse.
 */
export function preferredCandidate<T extends { readonly loc: { readonly file: string }; readonly when: string }>(
  candidates: readonly T[],
  file: string,
): T | undefined {
  const rank = (candidate: T): number => (candidate.loc.file === file ? 0 : 2) + (candidate.when ? 1 : 0);
  let best: T | undefined;
  for (const candidate of candidates) if (!best || rank(candidate) < rank(best)) best = candidate;
  return best;
}
