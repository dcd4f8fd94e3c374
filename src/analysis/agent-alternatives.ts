/**
 * Reports about agents, once per problem. An options object whose top level has
 * alternatives (a conditional spread, `ROLES[role]`, a builder with several returns)
 * becomes several AgentSpecs that differ only by their `when`. A problem found in every
 * alternative holds unconditionally and is reported once without a condition; one found in
 * only some is reported once, under the fewest conditions that cover those alternatives
 * (condition-terms.ts), joined by "or". Rules therefore judge each AgentSpec on its own and
 * leave the `{{when}}` placeholder to this step.
 */
import type { AgentSpec } from "../model/agent.js";
import { whenSuffix } from "../model/value.js";
import { isContradictory, simplifyConditions } from "../core/condition-terms.js";
import type { RuleReport } from "../core/define-rule.js";
import type { Report } from "../core/types.js";

export function collapseAgentAlternatives(reports: readonly RuleReport[], agents: readonly AgentSpec[]): Report[] {
  const groupOf = alternativeGroups(agents);
  const byProblem = new Map<string, { report: RuleReport; hits: Map<AgentSpec, Set<string>>; among: Set<string>; group: readonly AgentSpec[] }>();
  const collapsed: Report[] = [];
  for (const report of reports) {
    const { agent, when: _when, among: _among, ...plain } = report;
    if (!agent) {
      collapsed.push(plain);
      continue;
    }
    const group = groupOf.get(agent) ?? [agent];
    const key = problemKey(report, group);
    const problem = byProblem.get(key) ?? { report, hits: new Map<AgentSpec, Set<string>>(), among: new Set<string>(), group };
    const conditions = problem.hits.get(agent) ?? new Set<string>();
    conditions.add(report.when ?? "");
    for (const condition of report.among ?? []) problem.among.add(condition);
    problem.hits.set(agent, conditions);
    byProblem.set(key, problem);
  }
  for (const { report, hits, among, group } of byProblem.values()) {
    const { agent: _agent, when: _when, among: _among, ...plain } = report;
    const inner = new Map([...hits].map(([agent, conditions]) => [agent, anyOf(conditions, among)]));
    const shared = new Set(inner.values());
    const only = shared.size === 1 ? [...shared][0]! : undefined;
    if (group.length > 1 && hits.size === group.length && only !== undefined) {
      if (!isContradictory(only)) collapsed.push(withWhen(plain, whenSuffix(only)));
      continue;
    }
    const holds = [...hits]
      .flatMap(([agent, conditions]) =>
        inner.get(agent) === "" ? [agent.when ?? ""] : [...conditions].map((condition) => [agent.when, condition].filter(Boolean).join(" and ")),
      )
      .filter((condition) => !isContradictory(condition));
    if (holds.length === 0) continue;
    const alternatives = [...group.map((agent) => agent.when ?? ""), ...among];
    collapsed.push(withWhen(plain, whenSuffix(simplifyConditions(holds, alternatives).join(" or "))));
  }
  return collapsed;
}

/**
 * The same problem found under several conditions of one agent (a prompt alternative per
 * role, say) is one finding that holds when any of them does; unconditional wins.
 */
function anyOf(conditions: ReadonlySet<string>, among: ReadonlySet<string>): string {
  if (conditions.has("")) return "";
  if (among.size > 0 && [...among].every((condition) => conditions.has(condition))) return "";
  // `x or not x` (the same entry in both branches of an `if`) holds unconditionally; a subject's
  // values count as all of them only when `among` lists them.
  const simplified = simplifyConditions([...conditions], [...among]);
  return simplified.includes("") ? "" : simplified.join(" or ");
}

function withWhen(report: Report, when: string): Report {
  return { ...report, data: { ...(report.data ?? {}), when } };
}

/** The same problem: message, place and data, within one group of alternatives. */
function problemKey(report: RuleReport, group: readonly AgentSpec[]): string {
  const { when: _dataWhen, ...data } = report.data ?? {};
  return [
    report.messageId,
    report.loc.start,
    report.loc.end,
    report.origin ? `${report.origin.loc.file}:${report.origin.loc.start}` : "",
    JSON.stringify(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    group.map((agent) => agent.when ?? "").join("\u0001"),
    groupKey(group[0]!),
  ].join("\u0000");
}

/** Agents built from the same options (same place, kind and name) differ only by their condition. */
function alternativeGroups(agents: readonly AgentSpec[]): Map<AgentSpec, readonly AgentSpec[]> {
  const groups = new Map<string, AgentSpec[]>();
  for (const agent of agents) {
    const key = groupKey(agent);
    const group = groups.get(key) ?? [];
    group.push(agent);
    groups.set(key, group);
  }
  const byAgent = new Map<AgentSpec, readonly AgentSpec[]>();
  for (const group of groups.values()) for (const agent of group) byAgent.set(agent, group);
  return byAgent;
}

function groupKey(agent: AgentSpec): string {
  return [agent.kind, agent.name ?? "", agent.loc.file, agent.loc.start, agent.loc.end, agent.parent?.loc.start ?? ""].join("\u0000");
}
