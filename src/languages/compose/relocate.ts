/** A value written in another file, every location replaced by the place in the analysed file that brings it in. */
import type { Location } from "../../core/types.js";
import type { RValue, TextPart } from "../../model/value.js";

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
