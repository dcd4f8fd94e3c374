/** The seccomp front end: profiles with positions, legacy `name`, conditions, and clear errors for bad JSON. */
import { describe, expect, it } from "vitest";
import { extractSeccomp } from "../../../src/languages/seccomp/index.js";
import type { FileModel } from "../../../src/model/file-model.js";

function extract(text: string): FileModel {
  return extractSeccomp({ path: "seccomp/agent.json", absolutePath: "/p/seccomp/agent.json", text, kind: "seccomp" }, { cwd: "/p", readFile: () => undefined });
}

describe("seccomp profiles", () => {
  it("reads the default action, names (and the legacy name), actions, args and conditions with positions", () => {
    const model = extract(`{
  "defaultAction": "SCMP_ACT_ERRNO",
  "syscalls": [
    { "names": ["read", "write"], "action": "SCMP_ACT_ALLOW" },
    { "name": "mount", "action": "SCMP_ACT_ALLOW", "includes": { "caps": ["CAP_SYS_ADMIN"], "arches": ["amd64"], "minKernel": "4.8" } },
    { "names": ["clone"], "action": "SCMP_ACT_ALLOW", "args": [{ "index": 0, "value": 2114060288, "op": "SCMP_CMP_MASKED_EQ" }], "excludes": { "caps": ["CAP_SYS_ADMIN"] } },
    { "names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [] }
  ]
}
`);
    const [profile] = model.seccompProfiles;
    expect(profile?.defaultAction).toMatchObject({ value: "SCMP_ACT_ERRNO", loc: { line: 2, column: 20 } });
    expect(profile?.syscalls.map((rule) => [rule.names.map((name) => name.name), rule.filtered, rule.includes ?? null, rule.excludes ?? null])).toEqual([
      [["read", "write"], false, null, null],
      [["mount"], false, { caps: ["CAP_SYS_ADMIN"], arches: ["amd64"], minKernel: "4.8" }, null],
      [["clone"], true, null, { caps: ["CAP_SYS_ADMIN"] }],
      [["personality"], false, null, null],
    ]);
    expect(profile?.syscalls[0]?.names[1]?.loc).toMatchObject({ line: 4, column: 25, endColumn: 32 });
  });

  it("reads the profile inside an OCI runtime config at linux.seccomp", () => {
    const model = extract('{ "ociVersion": "1.0.2", "linux": { "seccomp": { "defaultAction": "SCMP_ACT_ALLOW", "syscalls": [] } } }');
    expect(model.seccompProfiles[0]?.defaultAction?.value).toBe("SCMP_ACT_ALLOW");
  });

  it("reads nothing from other JSON that mentions the words", () => {
    expect(extract('{ "docs": "defaultAction and syscalls are seccomp fields" }').seccompProfiles).toEqual([]);
  });

  it("reports malformed JSON as one parse problem at its place, with a sentence", () => {
    const model = extract('{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read"] "action": "SCMP_ACT_ALLOW" }\n  ]\n}\n');
    expect(model.parseProblems).toEqual([{ message: "a comma was expected", loc: expect.objectContaining({ line: 4, column: 25 }) }]);
    expect(model.seccompProfiles).toEqual([]);
  });

  it("refuses absurd nesting at its place before parsing, whatever stack is left", () => {
    const text = `{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const model = extract(text);
    // The first bracket past the limit: the outer object is level 1.
    expect(model.parseProblems).toEqual([{ message: "values are nested more than 256 levels deep", loc: expect.objectContaining({ start: text.indexOf("[") + 255 }) }]);
    // The same answer with little stack left, where the recursive parser would have overflowed.
    const nested = (depth: number): FileModel => (depth === 0 ? extract(text) : nested(depth - 1));
    expect(nested(5_000).parseProblems).toEqual(model.parseProblems);
  });

  it("parses nesting up to the limit", () => {
    const args = `${"[".repeat(200)}${"]".repeat(200)}`;
    const model = extract(`{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW", "args": ${args}}]}`);
    expect(model.parseProblems).toEqual([]);
    expect(model.seccompProfiles[0]?.syscalls.map((rule) => rule.names.map((name) => name.name))).toEqual([["read"]]);
  });

  it("collects comments for suppressions", () => {
    const model = extract('{\n  // agentlint-disable-next-line seccomp-no-default-allow -- audit profile\n  "defaultAction": "SCMP_ACT_LOG", /* note */ "syscalls": []\n}');
    expect(model.comments.map((comment) => [comment.line, comment.text.trim(), comment.trailing])).toEqual([
      [2, "agentlint-disable-next-line seccomp-no-default-allow -- audit profile", false],
      [3, "note", true],
    ]);
  });
});
