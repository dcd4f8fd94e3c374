/**
 * Fixture expectations written as comments on the line before the target (semgrep's
 * convention): `// ruleid: <id>` marks a line where a finding of <id> starts, `// ok: <id>`
 * a look-alike that must not be flagged. `#` comments serve Python, YAML and Dockerfiles,
 * `//` JSON with comments (settings, `.mcp.json`), `<!-- … -->` markdown.
 */

export interface Annotations {
  /** Lines (1-based) where a finding of the rule must start. */
  readonly expected: ReadonlySet<number>;
  /** Lines (1-based) where no finding of the rule may start. */
  readonly forbidden: ReadonlySet<number>;
}

const ANNOTATION = /^\s*(?:\/\/|#|\/\*|<!--)\s*(ruleid|ok)\s*:\s*([\w\s,/-]+?)\s*(?:\*\/|-->)?\s*$/;

export function annotationsOf(text: string, ruleId: string): Annotations {
  const lines = text.split(/\r?\n/);
  const expected = new Set<number>();
  const forbidden = new Set<number>();
  lines.forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    if (!match) return;
    const ids = (match[2] ?? "").split(/[\s,]+/).filter(Boolean);
    if (!ids.includes(ruleId)) return;
    const target = targetLine(lines, index);
    (match[1] === "ruleid" ? expected : forbidden).add(target);
  });
  return { expected, forbidden };
}

/** The first line after `index` that is not itself an annotation (annotations may stack). */
function targetLine(lines: readonly string[], index: number): number {
  let next = index + 1;
  while (next < lines.length && ANNOTATION.test(lines[next] ?? "")) next += 1;
  return next + 1;
}
