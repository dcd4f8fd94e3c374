/**
 * Fuzz inputs for one kind, as bytes: a seed file mutated one to three times, or a generated
 * text (tokens of the kind's seeds recombined, random Unicode). Mutations are the ways real
 * files go wrong or get hostile: truncation, byte and line edits, duplicated slices, inserted
 * Unicode (bidi controls, zero-width and tag characters, lone surrogates), and one slice
 * repeated thousands of times.
 */
import fc from "fast-check";
import type { Seed } from "./corpus.js";

export interface FuzzInput {
  readonly absolutePath: string;
  readonly bytes: Uint8Array;
  /** How the input was made, for reports. */
  readonly recipe: string;
}

export interface InputLimits {
  /** Upper bound for the bytes one repetition mutation may add. */
  readonly maxRepetitionBytes: number;
}

const SPECIAL_CHARACTERS = [
  "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", // bidi controls
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", // zero-width
  "\u{e0001}", "\u{e0041}", "\u{e007f}", // tag characters
  "\ud800", "\udfff", // lone surrogates (encoded as U+FFFD)
  "\u0000", "\r", "\r\n", "\t", "\u2028", "\u00a0", "👩‍💻", "é", "\\", "`", "${", "'''", '"""', "{", "}", "(", ")", "[", "]", ":", "#", "//", "/*",
];

type Mutation = (bytes: Uint8Array) => Uint8Array;

function mutations(seeds: readonly Seed[], limits: InputLimits): fc.Arbitrary<{ mutate: Mutation; name: string }> {
  const position = fc.double({ min: 0, max: 1, noNaN: true });
  const at = (bytes: Uint8Array, fraction: number) => Math.min(bytes.length, Math.floor(fraction * (bytes.length + 1)));
  const unicode = fc.oneof(fc.constantFrom(...SPECIAL_CHARACTERS), fc.string({ unit: "grapheme", maxLength: 6 }), fc.string({ unit: "binary", maxLength: 6 }));
  return fc.oneof(
    position.map((cut) => ({ name: "truncate", mutate: (bytes: Uint8Array) => bytes.subarray(0, at(bytes, cut)) })),
    fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "delete")), { minLength: 1, maxLength: 8 }).map((edits) => ({
      name: "bytes",
      mutate: (bytes: Uint8Array) => edits.reduce((current, [where, value, how]) => editByte(current, at(current, where), value, how), bytes),
    })),
    fc.array(fc.tuple(position, position, fc.constantFrom("delete", "duplicate", "swap", "move")), { minLength: 1, maxLength: 6 }).map((edits) => ({
      name: "lines",
      mutate: (bytes: Uint8Array) => edits.reduce((current, [first, second, how]) => editLines(current, first, second, how), bytes),
    })),
    fc.tuple(position, position, fc.integer({ min: 2, max: 8 })).map(([from, to, times]) => ({
      name: "duplicate",
      mutate: (bytes: Uint8Array) => spliceRepeated(bytes, at(bytes, Math.min(from, to)), at(bytes, Math.max(from, to)), times, limits.maxRepetitionBytes),
    })),
    fc.array(fc.tuple(position, unicode), { minLength: 1, maxLength: 5 }).map((inserts) => ({
      name: "unicode",
      mutate: (bytes: Uint8Array) => inserts.reduce((current, [where, text]) => insert(current, at(current, where), Buffer.from(text, "utf8")), bytes),
    })),
    fc.tuple(position, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 100, max: 100_000 })).map(([from, length, times]) => ({
      name: "repeat",
      mutate: (bytes: Uint8Array) => {
        const start = at(bytes, from);
        return spliceRepeated(bytes, start, Math.min(bytes.length, start + length), times, limits.maxRepetitionBytes);
      },
    })),
    fc.constantFrom(...(seeds.length > 0 ? seeds : [{ absolutePath: "", bytes: new Uint8Array() }])).map((other) => ({
      name: "splice-seed",
      mutate: (bytes: Uint8Array) => insert(bytes, Math.floor(bytes.length / 2), other.bytes),
    })),
  );
}

export function fuzzInputs(seeds: readonly Seed[], samplePath: string, limits: InputLimits): fc.Arbitrary<FuzzInput> {
  const mutated =
    seeds.length === 0
      ? undefined
      : fc.tuple(fc.constantFrom(...seeds), fc.array(mutations(seeds, limits), { minLength: 1, maxLength: 3 })).map(([seed, steps]) => ({
          absolutePath: seed.absolutePath,
          bytes: steps.reduce((bytes, step) => step.mutate(bytes), seed.bytes),
          recipe: `${seed.absolutePath.slice(seed.absolutePath.lastIndexOf("/") + 1)}: ${steps.map((step) => step.name).join(", ")}`,
        }));
  const tokens = tokensOf(seeds);
  const soup = fc
    .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_CHARACTERS) }), { maxLength: 400 })
    .map((parts) => ({ absolutePath: samplePath, bytes: Buffer.from(parts.join(""), "utf8"), recipe: "generated: token soup" }));
  const noise = fc
    .oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")))
    .map((text) => ({ absolutePath: samplePath, bytes: Buffer.from(text, "utf8"), recipe: "generated: random text" }));
  return mutated ? fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 3, arbitrary: soup }, { weight: 1, arbitrary: noise }) : fc.oneof(soup, noise);
}

/** Identifiers, literals, punctuation and line breaks of the seeds, as they appear. */
function tokensOf(seeds: readonly Seed[]): string[] {
  const tokens = new Set<string>(["\n", " ", "  ", "\t"]);
  for (const seed of seeds) {
    for (const token of Buffer.from(seed.bytes).toString("utf8").match(/\s+|\w+|"[^"\n]*"|'[^'\n]*'|[^\w\s]/g) ?? []) tokens.add(token);
  }
  return [...tokens].sort();
}

function editByte(bytes: Uint8Array, index: number, value: number, how: "set" | "insert" | "delete"): Uint8Array {
  if (how === "insert") return insert(bytes, index, Uint8Array.of(value));
  if (index >= bytes.length) return bytes;
  if (how === "delete") return Buffer.concat([bytes.subarray(0, index), bytes.subarray(index + 1)]);
  const copy = Uint8Array.from(bytes);
  copy[index] = value;
  return copy;
}

function editLines(bytes: Uint8Array, first: number, second: number, how: "delete" | "duplicate" | "swap" | "move"): Uint8Array {
  const lines = Buffer.from(bytes).toString("latin1").split("\n");
  const a = Math.min(lines.length - 1, Math.floor(first * lines.length));
  const b = Math.min(lines.length - 1, Math.floor(second * lines.length));
  const line = lines[a] ?? "";
  if (how === "delete") lines.splice(a, 1);
  else if (how === "duplicate") lines.splice(b, 0, line);
  else if (how === "swap") [lines[a], lines[b]] = [lines[b] ?? "", line];
  else lines.splice(b, 0, ...lines.splice(a, 1));
  return Buffer.from(lines.join("\n"), "latin1");
}

function insert(bytes: Uint8Array, index: number, addition: Uint8Array): Uint8Array {
  return Buffer.concat([bytes.subarray(0, index), addition, bytes.subarray(index)]);
}

function spliceRepeated(bytes: Uint8Array, start: number, end: number, times: number, maxBytes: number): Uint8Array {
  const slice = bytes.subarray(start, end);
  if (slice.length === 0) return bytes;
  const count = Math.max(1, Math.min(times, Math.floor(maxBytes / slice.length)));
  return Buffer.concat([bytes.subarray(0, end), Buffer.alloc(slice.length * count).fill(slice), bytes.subarray(end)]);
}
