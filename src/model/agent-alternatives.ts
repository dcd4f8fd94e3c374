/**
 * Findings judged per agent, reported once per problem. Object-level alternatives of one
 * options object become several AgentSpecs with a `when`; a problem found in every one of
 * them holds unconditionally and is reported without a condition, while one found only in
 * some is reported for each alternative it holds in, naming that alternative.
 */
import type { AgentSpec } from "./agent.js";

export interface AgentFinding<T> {
  /** Identifies the same problem across alternatives: location, message and data without conditions. */
  readonly key: string;
  readonly item: T;
}

export function reportAcrossAlternatives<T>(
  agents: readonly AgentSpec[],
  judge: (agent: AgentSpec) => readonly AgentFinding<T>[],
  emit: (item: T, agent: AgentSpec, agentWhen: string) => void,
): void {
  for (const group of alternativeGroups(agents)) {
    const hits = new Map<string, Array<{ agent: AgentSpec; item: T }>>();
    for (const agent of group) {
      for (const finding of judge(agent)) {
        const list = hits.get(finding.key) ?? [];
        if (!list.some((hit) => hit.agent === agent)) list.push({ agent, item: finding.item });
        hits.set(finding.key, list);
      }
    }
    for (const list of hits.values()) {
      const first = list[0];
      if (!first) continue;
      if (list.length === group.length) emit(first.item, first.agent, "");
      else for (const hit of list) emit(hit.item, hit.agent, hit.agent.when ?? "");
    }
  }
}

/** Agents built from the same options (same place, kind and name) differ only by their condition. */
function alternativeGroups(agents: readonly AgentSpec[]): AgentSpec[][] {
  const groups = new Map<string, AgentSpec[]>();
  for (const agent of agents) {
    const key = [agent.kind, agent.name ?? "", agent.loc.file, agent.loc.start, agent.loc.end, agent.parent?.loc.start ?? ""].join("\u0000");
    const group = groups.get(key) ?? [];
    group.push(agent);
    groups.set(key, group);
  }
  return [...groups.values()];
}
