import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-read-only-rootfs";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports a Kubernetes container without a read-only root at its name, and one set to false at the value", () => {
    expect(findingsOf(RULE, pod(), { filename: "pod.yaml" })[0]?.message).toBe(
      'Container "main" of Pod "agent" has a writable root file system, so a compromised agent can change its own code and tools or leave files behind for later runs. Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` volume where it must write.',
    );
    expect(at(pod(), "pod.yaml")).toEqual([[7, "main"]]);
    expect(at(pod("securityContext:\n  readOnlyRootFilesystem: false"), "pod.yaml")).toEqual([[10, "false"]]);
    expect(at(pod("securityContext:\n  readOnlyRootFilesystem: true"), "pod.yaml")).toEqual([]);
  });

  it("reports every container of a pod, init containers too", () => {
    const code = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      initContainers:\n        - {name: setup, image: 'busybox:1.36'}\n      containers:\n        - {name: main, image: 'agent:1', securityContext: {readOnlyRootFilesystem: true}}\n        - {name: sidecar, image: 'proxy:2'}\n";
    expect(findingsOf(RULE, code, { filename: "deploy.yaml" }).map((f) => f.message.split(" has ")[0])).toEqual([
      'Init container "setup" of Deployment "agent"',
      'Container "sidecar" of Deployment "agent"',
    ]);
  });

  it("reports docker run without --read-only, not with it", () => {
    const code = `${CP}spawn("docker", ["run", "-i", "agent:1"]);
spawn("docker", ["run", "--read-only", "--tmpfs", "/tmp", "agent:1"]);
spawn("docker", ["run", "--read-only=false", "agent:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"run"'],
      [4, '"--read-only=false"'],
    ]);
  });

  it("reports a compose service without read_only in compose's spelling, never a Dockerfile", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n    read_only: false\n");
    expect(findingsOnModel(RULE, file.model([file.compose("agent", { readOnlyRootFilesystem: file.setting("read_only", false) })]))).toEqual([
      [
        4,
        16,
        21,
        'Service "agent" makes its root file system writable (`read_only: false`), so a compromised agent can change its own code and tools or leave files behind for later runs. Set `read_only: true` and mount a `tmpfs` where it must write.',
      ],
    ]);
    const dockerfile = new SpecFile("Dockerfile", "dockerfile", "FROM node:20\n");
    expect(findingsOnModel(RULE, dockerfile.model([dockerfile.dockerfileStage()]))).toEqual([]);
  });
});
