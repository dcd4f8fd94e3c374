import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/discover/decode.js";

const bytes = (text: string, encoding: BufferEncoding = "utf8") => new Uint8Array(Buffer.from(text, encoding));

describe("decodeSource", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    expect(decodeSource(bytes("\uFEFFconst é = 1;"), "typescript")).toEqual({ text: "const é = 1;" });
  });

  it("calls text with a NUL byte in the first 8 KiB binary", () => {
    expect(decodeSource(new Uint8Array([0x63, 0x00, 0x64]), "typescript")).toMatchObject({ problem: "binary" });
  });

  it("does not look for NUL bytes past the first 8 KiB", () => {
    const text = `${"a".repeat(9000)}\u0000`;
    expect(decodeSource(bytes(text), "typescript")).toEqual({ text });
  });

  it("reports invalid UTF-8", () => {
    expect(decodeSource(bytes("caf\xe9", "latin1"), "typescript")).toMatchObject({ problem: "not-utf8", detail: "it is not valid UTF-8 text" });
  });

  it("honours a Python coding cookie on the first two lines", () => {
    const source = "#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n";
    expect(decodeSource(bytes(source, "latin1"), "python")).toEqual({ text: source });
  });

  it("ignores a coding cookie after code, and in non-Python files", () => {
    const late = "x = 1\n# coding: latin-1\ny = 'caf\xe9'\n";
    expect(decodeSource(bytes(late, "latin1"), "python")).toMatchObject({ problem: "not-utf8" });
    expect(decodeSource(bytes("// coding: latin-1\n'caf\xe9'", "latin1"), "typescript")).toMatchObject({ problem: "not-utf8" });
  });

  it("reports a cookie naming an encoding Node cannot decode", () => {
    expect(decodeSource(bytes("# coding: klingon-8\nx = 1\n"), "python")).toMatchObject({ problem: "not-utf8", detail: expect.stringContaining("klingon-8") });
  });
});
