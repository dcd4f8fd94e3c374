import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-resource-limits";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports a Kubernetes container without a memory limit at its name", () => {
    expect(findingsOf(RULE, pod("resources:\n  requests:\n    memory: 1Gi"), { filename: "pod.yaml" })).toEqual([
      {
        messageId: "missing",
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 17,
        severity: "warn",
        message:
          'Container "main" of Pod "agent" has no memory limit, so a runaway or compromised agent can use up the host\'s memory and take down everything else running on it. Set `resources.limits.memory`.',
      },
    ]);
    expect(at(pod("resources:\n  limits:\n    memory: 1Gi"), "pod.yaml")).toEqual([]);
  });

  it("reports docker run without --memory or -m", () => {
    const code = `${CP}spawn("docker", ["run", "agent:1"]);
spawn("docker", ["run", "-m", "512m", "agent:1"]);
spawn("docker", ["run", "--memory=2g", "agent:1"]);
execSync("docker run -m1g agent:1");
`;
    expect(at(code, "run.ts")).toEqual([[2, '"run"']]);
  });

  it("reports a limit missing from every alternative of a docker run built in code, not one set in some", () => {
    const sometimes = `${CP}export function run(memory?: string) {
  const limits = memory ? ["--memory", memory] : [];
  spawn("docker", ["run", ...limits, "agent:1"]);
}
`;
    expect(at(sometimes, "run.ts")).toEqual([]);
    const never = `${CP}export function run(interactive: boolean) {
  spawn("docker", ["run", ...(interactive ? ["-it"] : ["-d"]), "agent:1"]);
}
`;
    expect(findingsOf(RULE, never, { filename: "run.ts" }).map((f) => [f.line, f.message.endsWith("`--memory 2g`.")])).toEqual([[3, true]]);
  });

  it("reports a compose service without a limit in compose's spelling, never a Dockerfile", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n  db:\n    image: postgres:16\n    mem_limit: 1g\n");
    const model = file.model([file.compose("agent"), file.compose("db", { memoryLimit: file.setting("mem_limit", "1g") })]);
    expect(findingsOnModel(RULE, model).map(([line, column, , message]) => [line, column, message.endsWith("Set `deploy.resources.limits.memory` (or `mem_limit`).")])).toEqual([[2, 3, true]]);
    const dockerfile = new SpecFile("Dockerfile", "dockerfile", "FROM node:20\n");
    expect(findingsOnModel(RULE, dockerfile.model([dockerfile.dockerfileStage()]))).toEqual([]);
  });
});
