import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-no-unconfined-profiles";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string, strict = false) =>
  pointed(code, findingsOf(RULE, code, { filename, ...(strict && { rules: { [RULE]: { options: { requireSeccompProfile: true } } } }) }));

describe(RULE, () => {
  it("reports seccompProfile.type: Unconfined on the container or the pod, at the value", () => {
    const code = pod("securityContext:\n  seccompProfile:\n    type: Unconfined");
    expect(findingsOf(RULE, code, { filename: "pod.yaml" })).toEqual([
      {
        messageId: "seccomp",
        line: 11,
        column: 17,
        endLine: 11,
        endColumn: 27,
        severity: "error",
        message:
          'Container "main" of Pod "agent" turns seccomp off (`securityContext.seccompProfile.type: Unconfined`), so every system call reaches the host\'s kernel, those that container escapes use (`mount`, `unshare`, `bpf`, `keyctl`) included. Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile that allows only what the agent needs).',
      },
    ]);
    expect(at(pod("", "securityContext:\n  seccompProfile: {type: Unconfined}"), "pod.yaml")).toEqual([[10, "Unconfined"]]);
    expect(at(pod("securityContext:\n  seccompProfile: {type: RuntimeDefault}", "securityContext:\n  seccompProfile: {type: Unconfined}"), "pod.yaml")).toEqual([]);
  });

  it("reports AppArmor unconfined from the field and the annotation, and the legacy seccomp annotations", () => {
    const code = `apiVersion: v1
kind: Pod
metadata:
  name: agent
  annotations:
    container.apparmor.security.beta.kubernetes.io/main: unconfined
    seccomp.security.alpha.kubernetes.io/pod: unconfined
spec:
  containers:
    - name: main
      image: agent:1
    - name: side
      image: side:1
      securityContext:
        appArmorProfile: {type: Unconfined}
        seccompProfile: {type: RuntimeDefault}
`;
    expect(at(code, "pod.yaml")).toEqual([
      [6, "unconfined"],
      [7, "unconfined"],
      [15, "Unconfined"],
    ]);
  });

  it("reports a Kubernetes container with no seccomp profile only with requireSeccompProfile", () => {
    expect(at(pod(), "pod.yaml")).toEqual([]);
    expect(at(pod(), "pod.yaml", true)).toEqual([[7, "main"]]);
    expect(at(pod("", "securityContext:\n  seccompProfile: {type: RuntimeDefault}"), "pod.yaml", true)).toEqual([]);
  });

  it("reports docker run seccomp and AppArmor unconfined in every spelling, not a profile file", () => {
    const code = `${CP}spawn("docker", ["run", "--security-opt", "seccomp=unconfined", "--security-opt=apparmor:unconfined", "a:1"]);
execSync("docker run --security-opt seccomp:unconfined a:1");
spawn("docker", ["run", "--security-opt", "seccomp=/etc/docker/agent.json", "--security-opt", "apparmor=docker-default", "a:1"]);
spawn("docker", ["run", "a:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [2, "unconfined"],
      [2, "unconfined"],
      [3, "unconfined"],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts", rules: { [RULE]: { options: { requireSeccompProfile: true } } } })).toHaveLength(3);
  });

  it("reports compose security_opt entries in the spelling they are written in", () => {
    const code = "services:\n  agent:\n    image: agent:1\n    security_opt:\n      - seccomp:unconfined\n      - apparmor=unconfined\n";
    expect(findingsOf(RULE, code, { filename: "compose.yaml" }).map((finding) => [finding.line, finding.column, finding.message])).toEqual([
      [
        5,
        9,
        'Service "agent" turns seccomp off (`seccomp:unconfined`), so every system call reaches the host\'s kernel, those that container escapes use (`mount`, `unshare`, `bpf`, `keyctl`) included. Remove `seccomp:unconfined` from `security_opt` to keep the engine\'s default profile, or name a profile file that allows only what the agent needs.',
      ],
      [
        6,
        9,
        'Service "agent" turns AppArmor off (`apparmor=unconfined`), so nothing but file permissions limits what a compromised agent can read, write or mount in the container. Remove `apparmor=unconfined` from `security_opt` to keep the engine\'s default profile.',
      ],
    ]);
  });
});
