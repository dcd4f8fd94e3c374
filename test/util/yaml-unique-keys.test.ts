import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { documentErrors } from "../../src/util/yaml-unique-keys.js";

/** What the yaml package itself reports with its own (quadratic) check. */
function packageErrors(text: string): string[] {
  const parsed = parseAllDocuments(text, { merge: true, prettyErrors: false, uniqueKeys: true });
  return (Array.isArray(parsed) ? parsed : []).flatMap((document) => document.errors.map((error) => `${error.code}@${error.pos[0]}`));
}

function linearErrors(text: string): string[] {
  const parsed = parseAllDocuments(text, { merge: true, prettyErrors: false, uniqueKeys: false });
  return (Array.isArray(parsed) ? parsed : []).flatMap((document) => documentErrors(document).map((error) => `${error.code}@${error.pos[0]}`));
}

describe("documentErrors", () => {
  it.each([
    ["a block map", "a: 1\nb: 2\na: 3\n"],
    ["a flow map", "x: {a: 1, a: 2}\n"],
    ["a nested map", "s:\n  web:\n    image: a\n    image: b\n"],
    ["explicit keys", "? a\n: 1\n? a\n: 2\n"],
    ["null keys", "~: 1\nnull: 2\n"],
    ["a second document", "a: 1\n---\nb: 1\nb: 2\n"],
    ["equal numbers written differently", "1: a\n0x1: b\n"],
  ])("reports a repeated key in %s where the package does", (_, text) => {
    const errors = linearErrors(text);
    expect(errors.some((error) => error.startsWith("DUPLICATE_KEY@"))).toBe(true);
    expect(errors).toEqual(packageErrors(text));
  });

  it.each([
    ["a number and a string", '1: a\n"1": b\n'],
    ["the same key in sibling maps", "a: {x: 1}\nb: {x: 2}\n"],
    ["NaN keys", ".nan: a\n.nan: b\n"],
    ["a key and a value", "a: a\n"],
  ])("does not report %s", (_, text) => {
    expect(linearErrors(text)).toEqual([]);
    expect(packageErrors(text)).toEqual([]);
  });

  it("keeps the message the package gives", () => {
    const [document] = parseAllDocuments("a: 1\na: 2\n", { uniqueKeys: false }) as ReturnType<typeof parseAllDocuments> & unknown[];
    expect(documentErrors(document!).map((error) => error.message)).toEqual(["Map keys must be unique"]);
  });

  it("finds the repeat in a map of 50,000 keys (the shape that made the package's check quadratic)", () => {
    const keys = Array.from({ length: 50_000 }, (_, index) => `k${index}: ${index}`);
    const text = `${[...keys, "k7: again"].join("\n")}\n`;
    expect(linearErrors(text)).toEqual([`DUPLICATE_KEY@${text.indexOf("k7: again")}`]);
  });

  const key = fc.constantFrom("a", "b", "1", '"1"', "0x1", "null", "~", "true", "x y", "'a'");
  const scalar = fc.constantFrom("1", "a", "[1, 2]", "{a: 1}", "{a: 1, a: 2}", '"s"');
  const line = fc.tuple(fc.integer({ min: 0, max: 3 }), key, scalar).map(([indent, name, value]) => `${"  ".repeat(indent)}${name}: ${value}`);
  test.prop([fc.array(line, { maxLength: 12 })], { numRuns: 300, seed: 20261205 })("agrees with the package on generated maps", (lines) => {
    const text = `${lines.join("\n")}\n`;
    expect(linearErrors(text)).toEqual(packageErrors(text));
  });
});
