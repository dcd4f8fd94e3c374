/**
 * Reading a settings file or `.mcp.json` into its configuration layers: shared by the
 * extractor (the file being scanned) and the project join (the files an agent loads).
 */
import type { AgentSpec } from "../../model/agent.js";
import type { ParseProblem } from "../../model/file-model.js";
import { OffsetLocations } from "../../util/offset-locations.js";
import { parseJsonValue } from "./json-values.js";
import { mcpConfigLayer } from "./mcp-json.js";
import { settingsLayers } from "./settings.js";

export type ConfigFileKind = "settings" | "state" | "mcp";

export interface ConfigFile {
  readonly layers: readonly AgentSpec[];
  readonly problem: ParseProblem | undefined;
}

/** `file` is the path findings are reported under; `text` has no BOM. */
export function readConfigFile(file: string, text: string, kind: ConfigFileKind): ConfigFile {
  const locations = new OffsetLocations(file, text);
  const { value, problem } = parseJsonValue(text, locations);
  if (value === undefined) return { layers: [], problem };
  if (value.kind !== "object") {
    return { layers: [], problem: problem ?? { message: "the file's top level is not a JSON object, so Claude Code cannot read it", loc: value.loc } };
  }
  const layers = kind === "mcp" ? [mcpConfigLayer(value, file)] : settingsLayers(value, file, kind === "state");
  return { layers, problem };
}

/** Which configuration file a path is, by its name. */
export function configFileKind(path: string): ConfigFileKind {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === ".mcp.json" || name === "managed-mcp.json") return "mcp";
  return name === ".claude.json" ? "state" : "settings";
}
