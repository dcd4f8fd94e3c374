import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "seccomp-no-default-allow";

beforeAll(async () => {
  await prepareLanguages();
});

const profile = (defaultAction: string) => `{\n  "defaultAction": "${defaultAction}",\n  "syscalls": [{ "names": ["ptrace"], "action": "SCMP_ACT_ERRNO" }]\n}\n`;

describe(RULE, () => {
  it("reports a profile that allows by default, at the default action", () => {
    expect(findingsOf(RULE, profile("SCMP_ACT_ALLOW"), { filename: "seccomp/agent.json" })).toEqual([
      {
        messageId: "defaultAllow",
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 36,
        severity: "error",
        message:
          'This seccomp profile allows every system call it does not list (`"defaultAction": "SCMP_ACT_ALLOW"`), so calls it forgets — the ones container escapes use included — reach the host\'s kernel. Deny by default (`"defaultAction": "SCMP_ACT_ERRNO"`) and allow the calls the agent needs with `SCMP_ACT_ALLOW` rules.',
      },
    ]);
    expect(findingsOf(RULE, profile("SCMP_ACT_LOG"), { filename: "seccomp/agent.json" }).map((f) => f.line)).toEqual([2]);
  });

  it("accepts profiles that deny, kill or trap by default, and JSON that is not a profile", () => {
    for (const action of ["SCMP_ACT_ERRNO", "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_TRAP"]) {
      expect(findingsOf(RULE, profile(action), { filename: "seccomp/agent.json" })).toEqual([]);
    }
    const notAProfile = '{ "example": { "defaultAction": "SCMP_ACT_ALLOW", "syscalls": [] }, "defaultAction": "SCMP_ACT_ALLOW" }';
    expect(findingsOf(RULE, notAProfile, { filename: "notes.json" })).toEqual([]);
  });
});
