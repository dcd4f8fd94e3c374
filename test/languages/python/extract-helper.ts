/** Runs the Python extractor on in-memory sources (other project files by path relative to the root). */
import path from "node:path";
import { extractPython } from "../../../src/languages/python/index.js";
import type { AgentSpec } from "../../../src/model/agent.js";
import { option, type OptionName } from "../../../src/model/agent.js";
import type { FileModel } from "../../../src/model/file-model.js";
import { alternatives, type RValue } from "../../../src/model/value.js";
import { VIRTUAL_ROOT } from "../../helpers/lint-source.js";
import { virtualReader } from "../../helpers/virtual-files.js";

export function extract(code: string, files: Readonly<Record<string, string>> = {}, filename = "agent.py"): FileModel {
  const all: Record<string, string> = { ...files, [filename]: code };
  return extractPython(
    { path: filename, absolutePath: path.join(VIRTUAL_ROOT, filename), text: code, kind: "python" },
    { cwd: VIRTUAL_ROOT, readFile: virtualReader(VIRTUAL_ROOT, all) },
  );
}

export function agentsOf(code: string, files: Readonly<Record<string, string>> = {}, filename?: string): readonly AgentSpec[] {
  return extract(code, files, filename).agents;
}

/** A value without locations, for compact equality checks. */
export function plain(value: RValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case "string":
    case "number":
    case "boolean":
      return value.value;
    case "null":
      return null;
    case "array":
      return value.open ? { open: value.elements.map(plain) } : value.elements.map(plain);
    case "object":
      return Object.fromEntries([...value.entries.map((e) => [e.key, plain(e.value)]), ...(value.open ? [["…open", true]] : [])]);
    case "text":
      return value.parts.map((p) => (p.kind === "literal" ? p.text : `{${p.provenance.kind}${"name" in p.provenance ? `:${p.provenance.name}` : "api" in p.provenance ? `:${p.provenance.api}` : ""}}`)).join("");
    case "function":
      return "<function>";
    case "oneOf":
      return { oneOf: alternatives(value).map((alt) => [alt.when, plain(alt.value)]) };
    case "unknown":
      return value.provenance ? `<${value.provenance.kind}${"name" in value.provenance ? `:${value.provenance.name}` : "api" in value.provenance ? `:${value.provenance.api}` : ""}>` : "<unknown>";
  }
}

export function optionOf(agent: AgentSpec | undefined, name: OptionName): unknown {
  return agent ? plain(option(agent, name)?.value) : undefined;
}
