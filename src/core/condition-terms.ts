/**
 * Fewer, shorter conditions for one finding. A finding that holds under `a and x` and under
 * `a and not x` holds under `a`; one that holds under `f is called on line 3` and `f is called
 * on line 9`, the only two values of `f` among the alternatives, holds whatever `f` is. Real
 * agent code assigns options under several independent `if`s, and without this step each
 * combination of them would repeat the same finding.
 */

/**
 * The conditions (`a and b` conjunctions) that `when`s reduce to; `""` means unconditionally.
 * `alternatives` are the conditions of every alternative there is: a subject's values count
 * as all of its values only when they are read from there, never from the `when`s alone.
 */
export function simplifyConditions(whens: readonly string[], alternatives: readonly string[]): string[] {
  const universe = new Set(alternatives.flatMap(atomsOf));
  let terms = uniqueTerms(whens.map(atomsOf));
  for (let merged = mergeOnce(terms, universe); merged; merged = mergeOnce(terms, universe)) terms = merged;
  return terms.map((atoms) => atoms.join(" and "));
}

/** One merge step, or undefined when no two terms combine any more. */
function mergeOnce(terms: readonly string[][], universe: ReadonlySet<string>): string[][] | undefined {
  for (const [index, term] of terms.entries()) {
    for (const atom of term) {
      const rest = term.filter((other) => other !== atom);
      const partners = complementTerms(atom, rest, terms, universe);
      if (!partners) continue;
      const absorbed = new Set([index, ...partners]);
      const next = terms.filter((_, position) => !absorbed.has(position));
      next.splice(Math.min(...absorbed), 0, rest);
      return uniqueTerms(next);
    }
  }
  return undefined;
}

/**
 * Positions of the terms `rest and c` for every complement `c` of `atom`, when they all are
 * present: the negation of `atom`, or every other value of the subject `atom` tests.
 */
function complementTerms(atom: string, rest: readonly string[], terms: readonly string[][], universe: ReadonlySet<string>): number[] | undefined {
  const find = (complement: string): number => terms.findIndex((term) => sameAtoms(term, [...rest, complement]));
  for (const candidate of terms) {
    if (candidate.length !== rest.length + 1) continue;
    const extra = candidate.filter((other) => !rest.includes(other));
    if (extra.length === 1 && areNegations(atom, extra[0]!)) return [find(extra[0]!)];
  }
  const siblings = valuesOfSameSubject(atom, universe);
  if (siblings.length === 0) return undefined;
  const positions = siblings.map(find);
  return positions.every((position) => position >= 0) ? positions : undefined;
}

/** `role is "user"` and `role is "guest"` for `role is "admin"`: the other values tested. */
function valuesOfSameSubject(atom: string, universe: ReadonlySet<string>): string[] {
  const subject = subjectOf(atom);
  if (subject === undefined) return [];
  return [...universe].filter((other) => other !== atom && subjectOf(other) === subject);
}

function subjectOf(atom: string): string | undefined {
  if (atom.startsWith("not ")) return undefined;
  const match = /^(\S+) is (?!not )\S/.exec(atom);
  return match?.[1];
}

function areNegations(a: string, b: string): boolean {
  return negationOf(a) === b || negationOf(b) === a;
}

function negationOf(atom: string): string {
  if (atom.startsWith("not (") && atom.endsWith(")")) return atom.slice(5, -1);
  if (atom.startsWith("not ")) return atom.slice(4);
  if (atom.endsWith(" is set")) return atom.slice(0, -4) + " unset";
  if (atom.endsWith(" is unset")) return atom.slice(0, -6) + " set";
  if (/^\S+ is not /.test(atom)) return atom.replace(" is not ", " is ");
  if (/^\S+ is /.test(atom)) return atom.replace(" is ", " is not ");
  return /\s/.test(atom) ? `not (${atom})` : `not ${atom}`;
}

/** The conjuncts of a condition; a condition with a top-level `or` stays whole. */
function atomsOf(when: string): string[] {
  if (!when) return [];
  const parts = splitTopLevel(when, " and ");
  return parts.some((part) => splitTopLevel(part, " or ").length > 1) ? [when] : [...new Set(parts)];
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") {
      quote = char;
    } else if (char === "(" || char === "[" || char === "{") {
      depth++;
    } else if (char === ")" || char === "]" || char === "}") {
      depth--;
    } else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      start = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Drops repeated terms and terms implied by a shorter one (`a` makes `a and b` redundant). */
function uniqueTerms(terms: readonly string[][]): string[][] {
  return terms.filter(
    (term, index) =>
      !terms.some((other, position) => position !== index && isSubset(other, term) && (other.length < term.length || position < index)),
  );
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.every((atom) => large.includes(atom));
}

function sameAtoms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && isSubset(a, b);
}

/**
 * Whether a conjunction can never hold: `x and not x`, `TOOLS is set and TOOLS is unset`, or
 * one subject tested for two different literal values (`role is "a" and role is "b"`). Values
 * drawn from the same lookup key are correlated, so such combinations are not real.
 */
export function isContradictory(when: string): boolean {
  const atoms = atomsOf(when);
  const tested = new Map<string, string>();
  for (const [index, atom] of atoms.entries()) {
    if (atoms.slice(index + 1).some((other) => areNegations(atom, other))) return true;
    const match = LITERAL_TEST.exec(atom);
    if (!match) continue;
    const [, subject = "", value = ""] = match;
    const previous = tested.get(subject);
    if (previous !== undefined && previous !== value) return true;
    tested.set(subject, value);
  }
  return false;
}

const LITERAL_TEST = /^(\S+) is ("[^"]*"|'[^']*'|-?\d[\d.]*|true|false|null|None|undefined)$/;

/**
 * What every one of `whens` requires: the conjunction of the atoms they share (`b` for `a and b`
 * and `not a and b and c`); `""` when they share none. Weaker than their disjunction, so it only
 * names a condition that must hold, never one that suffices.
 */
export function sharedCondition(whens: readonly string[]): string {
  const [first, ...others] = whens.map(atomsOf);
  if (!first) return "";
  return first.filter((atom) => others.every((atoms) => atoms.includes(atom))).join(" and ");
}
