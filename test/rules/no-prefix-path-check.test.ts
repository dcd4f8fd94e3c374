import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers/lint-source.js";

const RULE = "no-prefix-path-check";
const HEADER = `import path from "node:path";
import fs from "node:fs";
`;

describe(RULE, () => {
  it("reports a literal root without a trailing separator", () => {
    const code = `${HEADER}const ROOT = "/srv/app";
export const inside = (p: string) => path.resolve(p).startsWith(ROOT);
`;
    expect(findingsOf(RULE, code)).toEqual([
      {
        messageId: "noSeparator",
        line: 4,
        column: 38,
        endLine: 4,
        endColumn: 70,
        severity: "warn",
        message:
          "This containment check compares a path from path.resolve with `ROOT`, which does not end with a separator: `/srv/app-evil` passes a check for `/srv/app`. Compare with the root plus a separator, or use `path.relative()` (Python: `Path.is_relative_to`, `os.path.commonpath`).",
      },
    ]);
  });

  it("reports a root that was itself resolved", () => {
    const code = `${HEADER}export const inside = (root: string, p: string) => fs.realpathSync(p).startsWith(path.resolve(root));\n`;
    const findings = findingsOf(RULE, code);
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([["resolvedPrefix", 3, 52, 101]]);
  });

  it("resolves a root from another file", () => {
    const files = { "config.ts": `export const WORKSPACE = "/srv/workspace";\n` };
    const code = `${HEADER}import { WORKSPACE } from "./config.js";\nexport const inside = (p: string) => path.resolve(p).startsWith(WORKSPACE);\n`;
    expect(findingsOf(RULE, code, { files }).map((f) => [f.line, f.column])).toEqual([[4, 38]]);
  });

  it("reads a root a test's setup callback assigns, but not a check a test only expects", () => {
    const code = `${HEADER}let allowedDir: string;
beforeEach(() => { allowedDir = path.join("/tmp", "allowed"); });
export const inside = (p: string) => path.resolve(p).startsWith(allowedDir);
it("is fooled by a sibling", () => { expect(path.join("/tmp", "allowed-evil").startsWith(allowedDir)).toBe(true); });
`;
    expect(findingsOf(RULE, code).map((f) => [f.line, f.column])).toEqual([[5, 38]]);
  });

  it.each([
    ["a root plus path.sep", 'path.resolve(p).startsWith("/srv/app" + path.sep)'],
    ["a root plus a slash", 'path.resolve(p).startsWith(ROOT + "/")'],
    ["a template ending in a slash", "path.resolve(p).startsWith(`${ROOT}/`)"],
    ["a literal root with a trailing slash", 'path.resolve(p).startsWith("/srv/app/")'],
    ["a root of unknown origin", "path.resolve(p).startsWith(root)"],
    ["a relative() check", '!path.relative(ROOT, path.resolve(p)).startsWith("..")'],
  ])("does not report %s", (_label, check) => {
    const code = `${HEADER}const ROOT = "/srv/app";\nexport const inside = (p: string, root: string) => ${check};\n`;
    expect(findingsOf(RULE, code)).toEqual([]);
  });
});
