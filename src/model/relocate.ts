/**
 * Values written in another file, seen from the analysed one: every finding is reported in the
 * analysed file, so a value resolved from elsewhere is located at the place here that brings
 * it in (a compose `build` key, the call that passes an imported options object).
 */
import type { Location } from "../core/types.js";
import type { RValue, TextPart } from "./value.js";

/** The value with every location replaced by `loc`. */
export function relocate(value: RValue, loc: Location): RValue {
  switch (value.kind) {
    case "text":
      return { ...value, loc, parts: value.parts.map((part): TextPart => ({ ...part, loc })) };
    case "array":
      return { ...value, loc, elements: value.elements.map((element) => relocate(element, loc)) };
    case "object":
      return { ...value, loc, entries: value.entries.map((entry) => ({ ...entry, keyLoc: loc, value: relocate(entry.value, loc) })) };
    case "oneOf":
      return { ...value, loc, options: value.options.map((branch) => ({ ...branch, value: relocate(branch.value, loc) })) };
    default:
      return { ...value, loc };
  }
}

/** The value with the parts written outside `file` relocated to `loc`; parts written in `file` keep their places. */
export function keepInFile(value: RValue, file: string, loc: Location): RValue {
  if (value.loc.file !== file) return relocate(value, loc);
  switch (value.kind) {
    case "text":
      return { ...value, parts: value.parts.map((part): TextPart => (part.loc.file === file ? part : { ...part, loc })) };
    case "array":
      return { ...value, elements: value.elements.map((element) => keepInFile(element, file, loc)) };
    case "object":
      return { ...value, entries: value.entries.map((entry) => ({ ...entry, keyLoc: entry.keyLoc.file === file ? entry.keyLoc : loc, value: keepInFile(entry.value, file, loc) })) };
    case "oneOf":
      return { ...value, options: value.options.map((branch) => ({ ...branch, value: keepInFile(branch.value, file, loc) })) };
    default:
      return value;
  }
}
