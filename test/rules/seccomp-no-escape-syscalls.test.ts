import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { pointed } from "../helpers/manifests.js";

const RULE = "seccomp-no-escape-syscalls";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string) => pointed(code, findingsOf(RULE, code, { filename: "seccomp/agent.json" }));

describe(RULE, () => {
  it("reports each escape syscall an allow rule grants with no condition, at its name", () => {
    const code = `{
  "defaultAction": "SCMP_ACT_ERRNO",
  "syscalls": [
    { "names": ["read", "write", "mount", "unshare"], "action": "SCMP_ACT_ALLOW" },
    { "name": "keyctl", "action": "SCMP_ACT_LOG" },
    { "names": ["bpf"], "action": "SCMP_ACT_ALLOW", "includes": { "minKernel": "4.8", "arches": ["amd64"] } },
    { "names": ["setns"], "action": "SCMP_ACT_ALLOW", "excludes": { "caps": ["CAP_SYS_ADMIN"] } }
  ]
}
`;
    expect(at(code)).toEqual([
      [4, '"mount"'],
      [4, '"unshare"'],
      [5, '"keyctl"'],
      [6, '"bpf"'],
      [7, '"setns"'],
    ]);
    expect(findingsOf(RULE, code, { filename: "seccomp/agent.json" })[0]?.message).toBe(
      "This seccomp profile allows `mount` with no condition (action `SCMP_ACT_ALLOW`), which lets a compromised agent enter or create namespaces and mount file systems, the building blocks of container escapes; Docker's default profile denies it or grants it only with a capability. Remove it from the allowed names, or restrict it with `args` or `includes.caps`.",
    );
  });

  it("accepts escape syscalls that are denied, filtered by args or granted only with a capability, as Docker's profile does", () => {
    const code = `{
  "defaultAction": "SCMP_ACT_ERRNO",
  "syscalls": [
    { "names": ["mount", "umount2", "setns", "unshare"], "action": "SCMP_ACT_ALLOW", "includes": { "caps": ["CAP_SYS_ADMIN"] } },
    { "names": ["unshare"], "action": "SCMP_ACT_ALLOW", "args": [{ "index": 0, "value": 268435456, "op": "SCMP_CMP_MASKED_EQ", "valueTwo": 0 }] },
    { "names": ["kexec_load", "init_module"], "action": "SCMP_ACT_ERRNO" },
    { "names": ["io_uring_setup"], "action": "SCMP_ACT_KILL" },
    { "names": ["read", "clone", "ptrace"], "action": "SCMP_ACT_ALLOW" }
  ]
}
`;
    expect(at(code)).toEqual([]);
  });
});
