/**
 * The MCP servers an agent starts or connects to, read from its `mcpServers`/`mcp_servers`
 * option (an object of name → config; for an AgentDefinition also an array mixing such
 * objects with names of the parent's servers, which are read on the parent).
 */
import type { Location } from "../core/types.js";
import { isLoopbackHost, urlTarget } from "../util/url-host.js";
import type { AgentSpec } from "./agent.js";
import { option } from "./agent.js";
import { alternatives, entryOf, joinWhen, knownString, type RValue } from "./value.js";

export type McpTransport = "stdio" | "http" | "sse" | "ws" | "sdk" | "unknown";

export interface McpServer {
  readonly name: string;
  readonly transport: McpTransport;
  readonly command?: RValue;
  readonly args?: RValue;
  /** The URL when it is a known string. */
  readonly url?: string;
  readonly urlValue?: RValue;
  readonly env?: RValue;
  readonly headers?: RValue;
  /** A network server (http/sse/ws) whose host is not loopback, or not known. */
  readonly remote: boolean;
  /** The server's name in the config (its key), where findings about the whole server point. */
  readonly loc: Location;
  /** Set when this server config holds only in one alternative, e.g. `env is "prod"`. */
  readonly when?: string;
  /** For a server of a configuration layer (`.mcp.json`): where it is and why it applies. */
  readonly origin?: string;
}

const NETWORK_TRANSPORTS: ReadonlySet<McpTransport> = new Set(["http", "sse", "ws"]);
const KNOWN_TRANSPORTS: ReadonlySet<string> = new Set(["stdio", "http", "sse", "ws", "sdk"]);

/**
 * The servers a session of this agent connects: its own and those of the configuration layers
 * it loads (`.mcp.json`). Rules about a server's own configuration read `mcpServers` instead,
 * and judge layer servers in their own file.
 */
export function sessionMcpServers(agent: AgentSpec): McpServer[] {
  const fromLayers = (agent.layers ?? [])
    .filter((layer) => layer.effects.mcpServers)
    .flatMap((layer) => mcpServers(layer.agent).map((server) => ({ ...server, origin: `${server.loc.file}:${server.loc.line}, ${layer.reason}` })));
  return [...mcpServers(agent), ...fromLayers];
}

export function mcpServers(agent: AgentSpec): McpServer[] {
  const entry = option(agent, "mcpServers");
  if (!entry) return [];
  return alternatives(entry.value).flatMap(({ value, when }) => {
    if (value.kind === "object") return serversOf(value, when);
    if (value.kind === "array") {
      return value.elements.flatMap((element) =>
        alternatives(element, when).flatMap((item) => (item.value.kind === "object" ? serversOf(item.value, item.when) : [])),
      );
    }
    return [];
  });
}

function serversOf(servers: Extract<RValue, { kind: "object" }>, outerWhen: string): McpServer[] {
  return servers.entries.flatMap((server) =>
    alternatives(server.value).map(({ value, when }) => serverOf(server.key, server.keyLoc, value, joinWhen(outerWhen, when))),
  );
}

function serverOf(name: string, loc: Location, config: RValue, when: string): McpServer {
  const transport = transportOf(config);
  const urlValue = entryOf(config, "url")?.value;
  const url = urlValue ? knownString(urlValue) : undefined;
  const command = entryOf(config, "command")?.value;
  const args = entryOf(config, "args")?.value;
  const env = entryOf(config, "env")?.value;
  const headers = entryOf(config, "headers")?.value;
  return {
    name,
    transport,
    loc,
    remote: isRemote(transport, urlValue),
    ...(command && { command }),
    ...(args && { args }),
    ...(urlValue && { urlValue }),
    ...(url !== undefined && { url }),
    ...(env && { env }),
    ...(headers && { headers }),
    ...(when && { when }),
  };
}

function transportOf(config: RValue): McpTransport {
  if (config.kind !== "object") return "unknown";
  const type = entryOf(config, "type");
  if (!type || type.value.kind === "null") return config.open && !entryOf(config, "command") ? "unknown" : "stdio";
  const name = knownString(type.value);
  return name !== undefined && KNOWN_TRANSPORTS.has(name) ? (name as McpTransport) : "unknown";
}

function isRemote(transport: McpTransport, urlValue: RValue | undefined): boolean {
  if (!NETWORK_TRANSPORTS.has(transport)) return false;
  const host = urlValue ? urlTarget(urlValue)?.host : undefined;
  return host === undefined || !isLoopbackHost(host);
}
