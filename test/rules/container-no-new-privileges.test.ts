import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-no-new-privileges";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports a Kubernetes container without allowPrivilegeEscalation: false, and one that allows it", () => {
    expect(at(pod(), "pod.yaml")).toEqual([[7, "main"]]);
    const allowed = pod("securityContext:\n  allowPrivilegeEscalation: true");
    expect(at(allowed, "pod.yaml")).toEqual([[10, "true"]]);
    expect(findingsOf(RULE, allowed, { filename: "pod.yaml" })[0]?.message).toBe(
      'Container "main" of Pod "agent" allows privilege escalation (`securityContext.allowPrivilegeEscalation`), so a compromised agent can become root inside the container with any setuid binary the image ships. Set `securityContext.allowPrivilegeEscalation: false`.',
    );
    expect(at(pod("securityContext:\n  allowPrivilegeEscalation: false"), "pod.yaml")).toEqual([]);
  });

  it("reads every docker run spelling of no-new-privileges", () => {
    const code = `${CP}spawn("docker", ["run", "--security-opt", "no-new-privileges", "a:1"]);
spawn("docker", ["run", "--security-opt=no-new-privileges:true", "a:1"]);
execSync("docker run --security-opt no-new-privileges=true a:1");
spawn("docker", ["run", "--security-opt", "no-new-privileges=false", "a:1"]);
spawn("docker", ["run", "a:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [5, '"no-new-privileges=false"'],
      [6, '"run"'],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[1]?.message).toContain("Add `--security-opt no-new-privileges`.");
  });

  it("reports a compose service without it in compose's spelling, never a Dockerfile", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n");
    expect(findingsOnModel(RULE, file.model([file.compose("agent")]))[0]?.[3]).toContain("Add `no-new-privileges:true` to `security_opt`.");
    const dockerfile = new SpecFile("Dockerfile", "dockerfile", "FROM node:20\n");
    expect(findingsOnModel(RULE, dockerfile.model([dockerfile.dockerfileStage()]))).toEqual([]);
  });
});
