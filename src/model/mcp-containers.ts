/**
 * MCP servers that run as containers: a stdio server whose command is `docker run …` or
 * `podman run …` (the args array, a one-line command, or the same behind `sh -c`) starts a
 * container on the developer's machine or the agent's host, with whatever the arguments give
 * it. Each becomes a ContainerSpec (source `docker-run`, named after the server) so that the
 * container rules judge it like any other `docker run`.
 *
 * Only the servers an agent declares itself are read here, in the file that declares them: the
 * `.mcp.json` servers an SDK agent loads as a layer are judged in `.mcp.json`. Whether the
 * image is pinned is pin-mcp-servers' question (it judges every MCP launcher), so
 * container-pin-images leaves these containers alone.
 */
import type { Location, SourceFile } from "../core/types.js";
import type { ContainerSpec } from "./container.js";
import { dockerRunContainers } from "./docker-run.js";
import type { CliInvocation, FileModel } from "./file-model.js";
import { mcpServers, type McpServer } from "./mcp.js";
import { joinWhen, knownString } from "./value.js";

/** The model with the containers its agents' MCP servers start added; each server once. */
export function withMcpServerContainers(model: FileModel): FileModel {
  const seen = new Set<string>();
  const containers = model.agents.flatMap((agent) =>
    mcpServers(agent).flatMap((server) => {
      const key = [server.loc.file, server.loc.start, agent.when ?? "", server.when ?? ""].join("\u0000");
      if (seen.has(key)) return [];
      seen.add(key);
      const fallback = server.loc.file === model.file.path ? server.loc : agent.loc;
      return mcpServerContainers(server, model.file, fallback, agent.when ?? "");
    }),
  );
  return containers.length === 0 ? model : { ...model, containers: [...model.containers, ...containers] };
}

/**
 * The containers one MCP server starts, located in `file`: a value written elsewhere is
 * reported at `fallback` (the server's key, or the agent). `outerWhen` is the condition the
 * server's agent holds under, if any.
 */
export function mcpServerContainers(server: McpServer, file: SourceFile, fallback: Location, outerWhen = ""): ContainerSpec[] {
  const invocation = serverInvocation(server, fallback);
  if (!invocation) return [];
  const when = joinWhen(outerWhen, server.when ?? "");
  return dockerRunContainers([invocation], file).map((spec) => {
    const joined = joinWhen(when, spec.when ?? "");
    const { when: _ignored, ...rest } = spec;
    return { ...rest, name: `MCP server "${server.name}"`, mcpServer: server.name, ...(joined && { when: joined }) };
  });
}

/** How the server's process is started, as a launch: `command` and `args`, or a one-line `command`. */
function serverInvocation(server: McpServer, loc: CliInvocation["loc"]): CliInvocation | undefined {
  if (server.transport !== "stdio" || !server.command) return undefined;
  const line = knownString(server.command);
  const base = { loc, api: `MCP server "${server.name}"` };
  if (line !== undefined && /\s/.test(line.trim()) && !server.args) return { ...base, command: server.command, line: true };
  return { ...base, command: server.command, ...(server.args && { args: server.args }), line: false };
}
