import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Report } from "../src/core/types.js";
import type { AgentSpec } from "../src/model/agent.js";
import { mcpServers } from "../src/model/mcp.js";
import {
  optionSpelling,
  settingsPermissionEntries,
  toolListAlternatives,
  type ToolEntry,
} from "../src/model/permissions.js";
import {
  closestToolName,
  coversWholeTool,
  hasIgnoredAllowGlob,
  isKnownToolName,
  LEGACY_TOOL_NAMES,
  parameterRule,
  PRIMARY_PARAMETERS,
  UNCONSULTED_SCOPED_TOOLS,
} from "../src/model/tools.js";

type ListKind = "allow" | "deny" | "available";

interface ListedEntry {
  readonly entry: ToolEntry;
  readonly list: string;
  readonly kind: ListKind;
}

export default defineRule({
  id: "valid-tool-rules",
  severity: "warn",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.settings, INPUT.claudeMarkdown],
  docs: {
    description: "Enforce tool names and permission rules that the SDK recognises and applies.",
    securitySeverity: 4.0,
  },
  messages: {
    malformed: '"{{rule}}" in `{{list}}` is not a valid tool rule: {{reason}}. The SDK will not apply it as intended; write it as `Tool` or `Tool(specifier)`{{when}}.',
    unknown: '"{{rule}}" in `{{list}}` is not a tool the SDK knows, so the entry has no effect. Did you mean "{{suggestion}}"{{when}}?',
    unknownNoSuggestion: '"{{rule}}" in `{{list}}` is not a tool the SDK knows, so the entry has no effect. Use a built-in name or `mcp__<server>__<tool>`{{when}}.',
    bareMcpTool:
      '"{{rule}}" in `{{list}}` is not a built-in tool; tools of in-process MCP servers are named `mcp__<server>__<tool>`, so this entry matches nothing. Write "{{suggestion}}"{{when}}.',
    legacy: '"{{rule}}" in `{{list}}` uses the old tool name "{{name}}", which current SDKs may no longer match. Use "{{replacement}}"{{when}}.',
    ignoredGlob:
      '"{{rule}}" in `{{list}}` is ignored: allow rules may not use a wildcard in the tool name (only after a literal `mcp__<server>__`). List the tools by name{{when}}.',
    unconsulted:
      '"{{rule}}" in `{{list}}` is never consulted: path rules for {{name}} are read from `{{governing}}(...)` rules. Write "{{governing}}({{specifier}})" instead{{when}}.',
    parameterInAllow:
      '"{{rule}}" in `{{list}}` is a parameter rule, which the SDK only applies in deny and ask lists; in an allow list it is ignored. Scope the command instead, e.g. "Bash(git diff:*)"{{when}}.',
    primaryParameter:
      '"{{rule}}" in `{{list}}` targets the primary field `{{parameter}}`, which parameter rules cannot match, so the SDK ignores it. Write "{{name}}({{value}})" instead{{when}}.',
  },
  defaultOptions: {},
  check(context) {
    for (const agent of context.model.agents) {
      const seen = new Set<string>();
      for (const listed of listedEntries(agent)) {
        const problem = problemOf(agent, listed);
        if (!problem) continue;
        const placement = context.locate(agent, listed.entry.loc, listed.entry.anchor);
        const key = `${problem.messageId}:${placement.loc.start}:${listed.entry.text}:${listed.entry.when}`;
        if (seen.has(key)) continue;
        seen.add(key);
        context.report({
          agent,
          when: listed.entry.when,
          messageId: problem.messageId,
          ...placement,
          data: { ...problem.data, rule: listed.entry.text, list: listed.list },
        });
      }
    }
  },
});

type Problem = Pick<Report, "messageId"> & { readonly data: Readonly<Record<string, string>> };

function listedEntries(agent: AgentSpec): ListedEntry[] {
  const listed: ListedEntry[] = [];
  const fromOption = (name: "tools" | "allowedTools" | "disallowedTools" | "askTools", kind: ListKind): void => {
    for (const { list, when } of toolListAlternatives(agent, name)) {
      if (list.kind !== "list") continue;
      for (const entry of list.entries) {
        listed.push({ entry: { ...entry, when: [when, entry.when].filter(Boolean).join(" and ") }, list: optionSpelling(agent, name), kind });
      }
    }
  };
  fromOption("tools", "available");
  fromOption("allowedTools", "allow");
  fromOption("disallowedTools", "deny");
  fromOption("askTools", "deny");
  for (const [list, kind] of [["allow", "allow"], ["deny", "deny"], ["ask", "deny"]] as const) {
    for (const entry of settingsPermissionEntries(agent, list)) listed.push({ entry, list: `settings.permissions.${list}`, kind });
  }
  return listed;
}

function problemOf(agent: AgentSpec, { entry, kind }: ListedEntry): Problem | undefined {
  const rule = entry.rule;
  if (rule.kind === "malformed") return { messageId: "malformed", data: { reason: rule.reason } };
  if (rule.kind === "mcp") {
    return kind === "allow" && hasIgnoredAllowGlob(rule) ? { messageId: "ignoredGlob", data: {} } : undefined;
  }
  if (rule.name.includes("*")) return kind === "allow" ? { messageId: "ignoredGlob", data: {} } : undefined;
  const replacement = LEGACY_TOOL_NAMES.get(rule.name);
  if (replacement) return { messageId: "legacy", data: { name: rule.name, replacement } };
  if (!isKnownToolName(rule.name)) return unknownName(agent, rule.name);
  if (rule.specifier === undefined || coversWholeTool(rule)) return undefined;
  const governing = UNCONSULTED_SCOPED_TOOLS.get(rule.name);
  if (governing) return { messageId: "unconsulted", data: { name: rule.name, governing, specifier: rule.specifier } };
  const parameter = parameterRule(rule);
  if (!parameter) return undefined;
  if (PRIMARY_PARAMETERS.has(parameter.parameter)) {
    return { messageId: "primaryParameter", data: { parameter: parameter.parameter, name: rule.name, value: parameter.value } };
  }
  return kind === "allow" ? { messageId: "parameterInAllow", data: {} } : undefined;
}

function unknownName(agent: AgentSpec, name: string): Problem {
  const inProcess = inProcessServers(agent);
  const closest = closestToolName(name);
  if (!closest && inProcess.length === 1 && inProcess[0]) {
    return { messageId: "bareMcpTool", data: { suggestion: `mcp__${inProcess[0]}__${name}` } };
  }
  if (closest) return { messageId: "unknown", data: { suggestion: closest } };
  if (inProcess.length > 1) return { messageId: "bareMcpTool", data: { suggestion: `mcp__${inProcess[0] ?? "<server>"}__${name}` } };
  return { messageId: "unknownNoSuggestion", data: {} };
}

/**
 * Servers that may run in process: `type: "sdk"`, or a config the analysis cannot see into
 * (what `createSdkMcpServer()` / `create_sdk_mcp_server()` return).
 */
function inProcessServers(agent: AgentSpec): string[] {
  const servers = [...mcpServers(agent), ...(agent.parent ? mcpServers(agent.parent) : [])];
  return [...new Set(servers.filter((server) => server.transport === "sdk" || server.transport === "unknown").map((server) => server.name))];
}
