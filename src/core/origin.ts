/**
 * How a finding names where its value came from, decided once for every front end and format.
 * A finding about `max_turns=MAX_TURNS` points at the option, carries the place of `75` as a
 * related location, and its message ends with ` (value from MAX_TURNS at config.py:3)`.
 *
 * The phrase goes into the message through a placeholder that the core and the ESLint plugin
 * both fill, so the two front ends print the same text.
 */
import type { RelatedLocation, ValueOrigin } from "./types.js";

/** The message placeholder for the origin phrase; the core supplies it for every report. */
export const ORIGIN_PLACEHOLDER = "valueOrigin";

/** Longer names are not worth repeating in a message; the location says enough. */
const MAX_NAME_LENGTH = 60;

export function relatedLocationOf(origin: ValueOrigin): RelatedLocation {
  const { loc, name } = origin;
  const named = name !== undefined && name.length <= MAX_NAME_LENGTH;
  return {
    file: loc.file,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    message: named ? `value from ${name}` : "value set",
  };
}

/**
 * ` (value from MAX_TURNS at config.py:3)`, or "" without related locations. `label` lets a
 * format decorate each related location's message (SARIF links it to the location).
 */
export function originPhrase(related: readonly RelatedLocation[] | undefined, label: (place: RelatedLocation, index: number) => string = (place) => place.message): string {
  if (!related || related.length === 0) return "";
  return ` (${related.map((place, index) => `${label(place, index)} at ${place.file}:${place.line}`).join("; ")})`;
}

/**
 * A message template with the origin placeholder before its final period, else at its end. A
 * trailing note placeholder after that period (`….{{container}}`, a sentence of its own when
 * set) stays after it, so the origin stays in the sentence about the value.
 */
export function withOriginSlot(template: string): string {
  const slot = `{{${ORIGIN_PLACEHOLDER}}}`;
  const sentenceEnd = /\.(\{\{\w+\}\})?$/.exec(template);
  return sentenceEnd ? `${template.slice(0, sentenceEnd.index)}${slot}.${sentenceEnd[1] ?? ""}` : `${template}${slot}`;
}
