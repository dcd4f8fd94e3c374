/**
 * Where a finding about one of an agent's values points (RuleContext.locate). Users expect a
 * finding on the option they must change: `max_turns=MAX_TURNS` is reported at `max_turns`,
 * not at `MAX_TURNS = 75` three screens up, and the constant becomes the finding's origin (a
 * related location, named in the message). A value written at its option (`maxTurns: 1000`,
 * or `"max_turns": 100` in a dict spread into the options) is reported where it is written.
 *
 * The option is found by walking the agent's resolved options down to the value: the deepest
 * entry on the way whose key lies in the analysed file is where the value enters the agent.
 * Whether the value was written there is read from the entry's written expression, which the
 * extractors record; an entry without one counts as written in place.
 */
import type { Placement } from "../core/define-rule.js";
import type { Location } from "../core/types.js";
import type { AgentSpec } from "../model/agent.js";
import type { ObjectEntry, RValue } from "../model/value.js";

/** Values visited per search: option trees are small; this only bounds pathological ones. */
const MAX_VISITS = 20_000;

/** Paths already found, per agent: several rules ask about the same values. */
const pathCache = new WeakMap<AgentSpec, Map<string, readonly ObjectEntry[] | undefined>>();

export function placeValue(agent: AgentSpec, file: string, ...candidates: ReadonlyArray<Location | undefined>): Placement {
  // The first place the rule knows is the value; the others are where it is held.
  const [value, ...anchors] = candidates.filter((candidate): candidate is Location => candidate !== undefined);
  if (!value) return { loc: agent.loc };
  const firstInFile = (): Location => [value, ...anchors].find((loc) => loc.file === file) ?? agent.loc;
  const path = pathTo(agent, value, anchors);
  // Not one of the agent's own values (a configuration layer's, say): reported as the rule placed it.
  if (!path) return { loc: firstInFile() };
  const entry = [...path].reverse().find((step) => step.keyLoc.file === file);
  if (value.file === file && (!entry || writtenAt(entry, value))) return { loc: value };
  const name = entry?.written?.name;
  return { loc: entry?.keyLoc ?? firstInFile(), origin: { loc: value, ...(name !== undefined && { name }) } };
}

/** The value (or key) is written at the entry itself, not defined elsewhere and passed to it. */
function writtenAt(entry: ObjectEntry, value: Location): boolean {
  return !entry.written || covers(entry.written.loc, value) || covers(entry.keyLoc, value);
}

/**
 * The entries from the agent's options down to `target` (a value, a text part or a key), or
 * undefined when the target is not among them (a configuration layer's value, say). A path
 * through one of `anchors` (the option the rule judged) is preferred.
 */
function pathTo(agent: AgentSpec, target: Location, anchors: readonly Location[]): readonly ObjectEntry[] | undefined {
  const cache = pathCache.get(agent) ?? new Map<string, readonly ObjectEntry[] | undefined>();
  pathCache.set(agent, cache);
  const key = [target, ...anchors].map((loc) => `${loc.file}:${loc.start}:${loc.end}`).join("|");
  if (!cache.has(key)) cache.set(key, searchPath(agent, target, anchors));
  return cache.get(key);
}

function searchPath(agent: AgentSpec, target: Location, anchors: readonly Location[]): readonly ObjectEntry[] | undefined {
  const found: Array<readonly ObjectEntry[]> = [];
  let visits = 0;
  const visit = (value: RValue, path: readonly ObjectEntry[]): void => {
    if (++visits > MAX_VISITS) return;
    switch (value.kind) {
      case "object":
        if (same(value.loc, target)) found.push(path);
        for (const entry of value.entries) {
          const next = [...path, entry];
          if (covers(entry.keyLoc, target)) found.push(next);
          visit(entry.value, next);
        }
        return;
      case "array":
        if (same(value.loc, target)) found.push(path);
        for (const element of value.elements) visit(element, path);
        return;
      case "oneOf":
        for (const branch of value.options) visit(branch.value, path);
        return;
      case "text":
        if (value.parts.some((part) => covers(part.loc, target)) || covers(value.loc, target)) found.push(path);
        return;
      default:
        if (covers(value.loc, target)) found.push(path);
    }
  };
  visit(agent.options, []);
  for (const prompt of agent.queryPrompts) visit(prompt, []);
  const throughAnchor = found.find((path) => path.some((entry) => anchors.some((anchor) => same(entry.keyLoc, anchor))));
  return throughAnchor ?? found[0];
}

function covers(outer: Location, inner: Location): boolean {
  return outer.file === inner.file && outer.start <= inner.start && inner.end <= outer.end;
}

function same(a: Location, b: Location): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end;
}
