import { defineRule, type Placement } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { option, type AgentSpec } from "../src/model/agent.js";
import { mcpServers } from "../src/model/mcp.js";
import { alternatives, joinWhen, knownString, type RValue } from "../src/model/value.js";

interface UnsafeDirectory extends Placement {
  readonly data: Record<string, string>;
  readonly when: string;
}

/** Directories whose whole tree holds system files or every credential of a user. */
const UNSAFE_DIRECTORIES = new Set(["/", "~", "$HOME", "${HOME}", "/etc", "/root", "/usr", "/var", "/home", "/Users"]);
const DRIVE_ROOT = /^[A-Za-z]:[\\/]*$/;
const FILESYSTEM_SERVER = /^@modelcontextprotocol\/server-filesystem(@.*)?$/;

export default defineRule({
  id: "no-unsafe-cwd",
  severity: "error",
  category: "agent",
  inputs: [INPUT.typescriptAgents, INPUT.pythonAgents, INPUT.settings, INPUT.mcpJson],
  docs: {
    description: "Disallow working directories, added directories and MCP filesystem roots that expose the file system root, a home directory or system directories.",
    securitySeverity: 7.5,
  },
  messages: {
    unsafe:
      "{{where}} is {{path}}, so the agent's file tools reach everything below it, including credentials (~/.ssh, ~/.aws, .env files) and system files. Use the project directory or a dedicated temporary directory instead{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    function judge(agent: AgentSpec, where: string, value: RValue, fallback?: Location): UnsafeDirectory[] {
      return alternatives(value).flatMap(({ value: directory, when }) => {
        const path = unsafeDirectory(directory);
        if (path === undefined) return [];
        return [{ ...context.locate(agent, directory.loc, fallback), data: { where, path }, when }];
      });
    }

    function judgeAgent(agent: AgentSpec): UnsafeDirectory[] {
      const found: UnsafeDirectory[] = [];
      // With `tools: []` no built-in tool reads or writes files, so its directories expose nothing.
      const fileToolsOff = noBuiltInTools(agent);
      const cwd = option(agent, "cwd");
      if (cwd && !fileToolsOff) found.push(...judge(agent, `\`${cwd.key}\``, cwd.value, cwd.keyLoc));
      const added = option(agent, "additionalDirectories");
      if (added && !fileToolsOff) {
        for (const { value: list, when } of alternatives(added.value)) {
          if (list.kind !== "array") continue;
          for (const element of list.elements) {
            found.push(...judge(agent, `An entry of \`${added.key}\``, element, added.keyLoc).map((item) => ({ ...item, when: joinWhen(when, item.when) })));
          }
        }
      }
      for (const server of mcpServers(agent)) {
        for (const root of filesystemRoots(server.args)) {
          found.push(
            ...judge(agent, `A root of the MCP filesystem server "${server.name}"`, root, server.loc).map((item) => ({
              ...item,
              when: joinWhen(server.when ?? "", item.when),
            })),
          );
        }
      }
      return found;
    }

    for (const agent of context.model.agents) {
      for (const item of judgeAgent(agent)) {
        context.report({ agent, when: item.when, messageId: "unsafe", loc: item.loc, ...(item.origin && { origin: item.origin }), data: item.data });
      }
    }
  },
});

/** How an unsafe directory is named in the message, or undefined for a safe or unknown one. */
function unsafeDirectory(value: RValue): string | undefined {
  if (value.kind === "unknown" && isHome(value)) return "the home directory";
  if (value.kind === "text") {
    const [first, ...rest] = value.parts;
    const restIsSeparator = rest.every((part) => part.kind === "literal" && /^[\\/]*$/.test(part.text));
    if (first?.kind === "hole" && first.provenance.kind === "env" && first.provenance.name === "HOME" && restIsSeparator) {
      return "the home directory";
    }
  }
  const path = knownString(value)?.trim();
  if (path === undefined || path === "") return undefined;
  const normalized = path.length > 1 ? path.replace(/[\\/]+$/, "") : path;
  if (UNSAFE_DIRECTORIES.has(normalized) || DRIVE_ROOT.test(path)) return `\`${path}\``;
  return undefined;
}

function isHome(value: Extract<RValue, { kind: "unknown" }>): boolean {
  return value.provenance?.kind === "env" && value.provenance.name === "HOME";
}

/** The directory arguments after `@modelcontextprotocol/server-filesystem` in a server's args. */
function filesystemRoots(args: RValue | undefined): RValue[] {
  if (!args || args.kind !== "array") return [];
  const packageIndex = args.elements.findIndex((element) => FILESYSTEM_SERVER.test(knownString(element) ?? ""));
  if (packageIndex < 0) return [];
  return args.elements.slice(packageIndex + 1).filter((element) => !(knownString(element) ?? "").startsWith("-"));
}

function noBuiltInTools(agent: AgentSpec): boolean {
  const tools = option(agent, "tools")?.value;
  return tools?.kind === "array" && tools.elements.length === 0 && !tools.open;
}
