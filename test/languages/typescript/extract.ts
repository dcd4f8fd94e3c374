/** Runs the TypeScript extractor on in-memory sources, the way the core would. */
import path from "node:path";
import { extractTypeScript } from "../../../src/languages/typescript/index.js";
import type { FileModel } from "../../../src/model/file-model.js";
import type { AgentSpec } from "../../../src/model/agent.js";
import type { RValue } from "../../../src/model/value.js";
import { virtualReader } from "../../helpers/virtual-files.js";

export const ROOT = path.resolve("/virtual-ts-project");

export function extract(code: string, files: Readonly<Record<string, string>> = {}, filename = "agent.ts"): FileModel {
  return extractTypeScript(
    { path: filename, absolutePath: path.join(ROOT, filename), text: code, kind: /\.[cm]?jsx?$/.test(filename) ? "javascript" : "typescript" },
    { cwd: ROOT, readFile: virtualReader(ROOT, files) },
  );
}

/** A value without locations, for compact assertions. */
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
    case "object": {
      const entries = Object.fromEntries(value.entries.map((entry) => [entry.key, plain(entry.value)]));
      return value.open ? { ...entries, "...": "open" } : entries;
    }
    case "text":
      return value.parts.map((part) => (part.kind === "literal" ? part.text : `\${${part.provenance.kind}${"name" in part.provenance ? ":" + part.provenance.name : ""}}`)).join("");
    case "function":
      return "<function>";
    case "oneOf":
      return { oneOf: value.options.map((branch) => ({ when: branch.when, value: plain(branch.value) })) };
    case "unknown":
      return value.provenance ? `<${value.provenance.kind}${"name" in value.provenance ? ":" + value.provenance.name : "api" in value.provenance ? ":" + value.provenance.api : ""}>` : "<unknown>";
  }
}

export function optionsOf(agent: AgentSpec | undefined): unknown {
  return plain(agent?.options);
}
