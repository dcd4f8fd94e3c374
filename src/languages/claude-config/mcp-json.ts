/** `.mcp.json` as a configuration layer (AgentSpec kind "mcp-config") holding its `mcpServers`. */
import type { AgentSpec } from "../../model/agent.js";
import type { RValue } from "../../model/value.js";
import { openingOf } from "./settings.js";

export function mcpConfigLayer(root: Extract<RValue, { kind: "object" }>, file: string): AgentSpec {
  return {
    kind: "mcp-config",
    language: "json",
    file,
    loc: openingOf(root.loc),
    options: { kind: "object", entries: root.entries.filter((entry) => entry.key === "mcpServers"), open: false, loc: root.loc },
    queryPrompts: [],
    runtimePermissionModes: [],
  };
}
