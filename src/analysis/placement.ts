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

/** Values indexed per agent: option trees are small; this only bounds pathological ones. */
const MAX_VISITS = 20_000;

/** Paths already found, per agent: several rules ask about the same values. */
const pathCache = new WeakMap<AgentSpec, Map<string, readonly ObjectEntry[] | undefined>>();
/** Where each agent's values and keys are, indexed once per agent (see AgentSites). */
const siteCache = new WeakMap<AgentSpec, AgentSites>();

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
  const key = [target, ...anchors].map(locationKey).join("|");
  if (!cache.has(key)) cache.set(key, searchPath(agent, target, anchors));
  return cache.get(key);
}

function searchPath(agent: AgentSpec, target: Location, anchors: readonly Location[]): readonly ObjectEntry[] | undefined {
  let sites = siteCache.get(agent);
  if (!sites) siteCache.set(agent, (sites = new AgentSites(agent)));
  const found = sites.matching(target).map((site) => entriesOf(site.path));
  const throughAnchor = found.find((path) => path.some((entry) => anchors.some((anchor) => same(entry.keyLoc, anchor))));
  return throughAnchor ?? found[0];
}

/** A path from the agent's options down to a value, as a list linked towards the root. */
interface PathStep {
  readonly entry: ObjectEntry;
  readonly parent: PathStep | undefined;
}

function entriesOf(step: PathStep | undefined): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  for (let at = step; at; at = at.parent) entries.push(at.entry);
  return entries.reverse();
}

/**
 * A place a target can match: an object or array matches a target at exactly its location;
 * a key, a scalar, a text or a part of one matches any target inside it.
 */
interface Site {
  readonly loc: Location;
  readonly exact: boolean;
  /** The site's rank in a walk of the options (then the query prompts): the first match wins. */
  readonly order: number;
  readonly path: PathStep | undefined;
}

/**
 * Every site of an agent's options, walked once. A rule may report thousands of values of one
 * agent (a settings file with 20,000 `allow` rules): searching the whole tree for each made
 * placement quadratic. Exact sites are looked up by location; enclosing sites are sorted by
 * start, and only those starting within the longest such span before the target can hold it.
 */
class AgentSites {
  private readonly exact = new Map<string, Site[]>();
  private readonly enclosing = new Map<string, { readonly sites: Site[]; longest: number }>();

  constructor(agent: AgentSpec) {
    let visits = 0;
    let order = 0;
    const add = (loc: Location, exact: boolean, path: PathStep | undefined, rank: number): void => {
      const site: Site = { loc, exact, order: rank, path };
      if (exact) {
        const key = locationKey(loc);
        const sites = this.exact.get(key);
        if (sites) sites.push(site);
        else this.exact.set(key, [site]);
        return;
      }
      let file = this.enclosing.get(loc.file);
      if (!file) this.enclosing.set(loc.file, (file = { sites: [], longest: 0 }));
      file.sites.push(site);
      file.longest = Math.max(file.longest, loc.end - loc.start);
    };
    const visit = (value: RValue, path: PathStep | undefined): void => {
      if (++visits > MAX_VISITS) return;
      switch (value.kind) {
        case "object":
          add(value.loc, true, path, order++);
          for (const entry of value.entries) {
            const next: PathStep = { entry, parent: path };
            add(entry.keyLoc, false, next, order++);
            visit(entry.value, next);
          }
          return;
        case "array":
          add(value.loc, true, path, order++);
          for (const element of value.elements) visit(element, path);
          return;
        case "oneOf":
          for (const branch of value.options) visit(branch.value, path);
          return;
        case "text": {
          // One match per text, whichever of its parts holds the target.
          const rank = order++;
          for (const part of value.parts) add(part.loc, false, path, rank);
          add(value.loc, false, path, rank);
          return;
        }
        default:
          add(value.loc, false, path, order++);
      }
    };
    visit(agent.options, undefined);
    for (const prompt of agent.queryPrompts) visit(prompt, undefined);
    for (const file of this.enclosing.values()) file.sites.sort((a, b) => a.loc.start - b.loc.start || a.order - b.order);
  }

  /** The sites matching `target`, one per walk position, in walk order. */
  matching(target: Location): Site[] {
    const matches = new Map<number, Site>();
    for (const site of this.exact.get(locationKey(target)) ?? []) matches.set(site.order, site);
    const file = this.enclosing.get(target.file);
    if (file) {
      const { sites, longest } = file;
      // The last site starting at or before the target, then back while one could still reach it.
      let low = 0;
      let high = sites.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sites[middle] as Site).loc.start <= target.start) low = middle + 1;
        else high = middle;
      }
      for (let index = low - 1; index >= 0; index--) {
        const site = sites[index] as Site;
        if (site.loc.start < target.start - longest) break;
        if (target.end <= site.loc.end && !matches.has(site.order)) matches.set(site.order, site);
      }
    }
    return [...matches.values()].sort((a, b) => a.order - b.order);
  }
}

function locationKey(loc: Location): string {
  return `${loc.file}:${loc.start}:${loc.end}`;
}

function covers(outer: Location, inner: Location): boolean {
  return outer.file === inner.file && outer.start <= inner.start && inner.end <= outer.end;
}

function same(a: Location, b: Location): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end;
}
