import { describe, expect, it } from "vitest";
import { fingerprint, identityOf, Memo } from "../../src/languages/memo.js";

describe("remembered values", () => {
  it("computes a key's value once", () => {
    const memo = new Memo();
    let computed = 0;
    const value = () => memo.value("k", () => ++computed, () => -1);
    expect(value()).toBe(1);
    expect(value()).toBe(1);
    expect(computed).toBe(1);
  });

  it("cuts a cycle, remembers the value where it closes, and not the partial ones inside it", () => {
    const memo = new Memo();
    const computed: string[] = [];
    // a needs b, b needs a: while a is open, b sees a cut (partial); a itself is whole.
    const a = (): string => memo.value("a", () => (computed.push("a"), `a(${b()})`), () => "cut");
    const b = (): string => memo.value("b", () => (computed.push("b"), `b(${a()})`), () => "cut");
    expect(a()).toBe("a(b(cut))");
    expect(a()).toBe("a(b(cut))");
    // b was not remembered from inside a's cycle: asked on its own, it is computed again (on a's whole value).
    expect(b()).toBe("b(a(b(cut)))");
    expect(computed).toEqual(["a", "b", "b"]);
  });

  it("remembers values computed beside a cycle that closed below them", () => {
    const memo = new Memo();
    let outer = 0;
    const self = (): string => memo.value("self", () => `self(${self()})`, () => "cut");
    const top = (): string => memo.value("top", () => (outer++, `top(${self()})`), () => "cut");
    expect(top()).toBe("top(self(cut))");
    expect(top()).toBe("top(self(cut))");
    expect(outer).toBe(1);
  });

  it("remembers nothing that was open when a depth limit cut a value", () => {
    const memo = new Memo();
    let computed = 0;
    let limited = true;
    const inner = (): string => memo.value("inner", () => (limited ? (memo.dependOnContext(), "cut by depth") : "whole"), () => "cycle");
    const outer = (): string => memo.value("outer", () => (computed++, `outer(${inner()})`), () => "cycle");
    expect(outer()).toBe("outer(cut by depth)");
    limited = false;
    expect(outer()).toBe("outer(whole)");
    expect(computed).toBe(2);
  });

  it("never remembers guards, but cuts cycles through them", () => {
    const memo = new Memo();
    let runs = 0;
    const guarded = (): string => memo.guard("g", () => (runs++, `g(${memo.guard("g", () => "inner", () => "cut")})`), () => "cut");
    expect(guarded()).toBe("g(cut)");
    expect(guarded()).toBe("g(cut)");
    expect(runs).toBe(2);
  });

  it("forgets nothing and holds nothing open after a computation throws", () => {
    const memo = new Memo();
    expect(() =>
      memo.value(
        "k",
        () => {
          throw new Error("stop");
        },
        () => "cut",
      ),
    ).toThrow("stop");
    expect(memo.value("k", () => "later", () => "cut")).toBe("later");
  });

  it("names equal frame descriptions alike, and different ones apart", () => {
    const memo = new Memo();
    expect(memo.frameName("x=1;y=2")).toBe(memo.frameName("x=1;y=2"));
    expect(memo.frameName("x=1;y=2")).not.toBe(memo.frameName("x=1;y=3"));
  });
});

describe("fingerprints", () => {
  const loc = (start: number) => ({ file: "a.py", line: 1, column: start + 1, endLine: 1, endColumn: start + 2, start, end: start + 1 });

  it("are equal for values equal in every field, locations included", () => {
    expect(fingerprint({ kind: "string", value: "Bash", loc: loc(3) })).toBe(fingerprint({ kind: "string", value: "Bash", loc: loc(3) }));
    expect(fingerprint({ kind: "string", value: "Bash", loc: loc(3) })).not.toBe(fingerprint({ kind: "string", value: "Bash", loc: loc(4) }));
    expect(fingerprint({ kind: "string", value: "1", loc: loc(3) })).not.toBe(fingerprint({ kind: "number", value: 1, loc: loc(3) }));
  });

  it("stay short for large values and tell them apart", () => {
    const big = (last: string) => ({ kind: "array", elements: Array.from({ length: 500 }, (_, i) => ({ kind: "string", value: i === 499 ? last : `tool-${i}`, loc: loc(i) })), open: false, loc: loc(0) });
    expect(JSON.stringify(big("x")).length).toBeGreaterThan(50_000);
    expect(fingerprint(big("x")).length).toBeLessThan(1000);
    expect(fingerprint(big("x"))).toBe(fingerprint(big("x")));
    expect(fingerprint(big("x"))).not.toBe(fingerprint(big("y")));
  });

  it("name objects by identity for as long as they live", () => {
    const a = {};
    const b = {};
    expect(identityOf(a)).toBe(identityOf(a));
    expect(identityOf(a)).not.toBe(identityOf(b));
  });
});
