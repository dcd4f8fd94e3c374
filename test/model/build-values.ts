/** Hand-built values and agents for unit tests of model helpers (no extractor involved). */
import type { Location } from "../../src/core/types.js";
import type { AgentSpec } from "../../src/model/agent.js";
import type { Provenance, RValue, TextPart } from "../../src/model/value.js";

export function at(line: number, column = 1, length = 1): Location {
  return { file: "agent.ts", line, column, endLine: line, endColumn: column + length, start: line * 100 + column, end: line * 100 + column + length };
}

export const str = (value: string, line = 1): RValue => ({ kind: "string", value, loc: at(line) });
export const unknown = (reason = "a call result"): RValue => ({ kind: "unknown", reason, loc: at(1) });
export const arr = (...elements: RValue[]): RValue => ({ kind: "array", elements, open: false, loc: at(1) });
export const oneOf = (...options: Array<[RValue, string]>): RValue => ({
  kind: "oneOf",
  options: options.map(([value, when]) => ({ value, when })),
  loc: at(1),
});

export function obj(entries: Record<string, RValue>, line = 1): Extract<RValue, { kind: "object" }> {
  return {
    kind: "object",
    entries: Object.entries(entries).map(([key, value], index) => ({ key, keyLoc: at(line + index), value })),
    open: false,
    loc: at(line),
  };
}

export const literal = (text: string, line = 1): TextPart => ({ kind: "literal", text, loc: at(line, 1, text.length) });
export const hole = (provenance: Provenance, expression = "x", line = 1): TextPart => ({ kind: "hole", provenance, expression, loc: at(line) });
export const text = (...parts: TextPart[]): RValue => ({ kind: "text", parts, loc: at(1) });

export function agent(options: Record<string, RValue>, extra: Partial<AgentSpec> = {}): AgentSpec {
  return {
    kind: "sdk-options",
    language: "typescript",
    file: "agent.ts",
    loc: at(1),
    options: obj(options),
    queryPrompts: [],
    runtimePermissionModes: [],
    ...extra,
  };
}
