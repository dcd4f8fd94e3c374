import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-drop-capabilities";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports a Kubernetes container that drops nothing at its name, and one that drops only some at the key", () => {
    const missing = pod();
    expect(findingsOf(RULE, missing, { filename: "pod.yaml" })).toEqual([
      {
        messageId: "missing",
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 17,
        severity: "warn",
        message:
          'Container "main" of Pod "agent" keeps the engine\'s default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, …), which a compromised agent can use to take over files it does not own, switch users or forge network packets. Set `securityContext.capabilities.drop: ["ALL"]` and add back only what it needs with `capabilities.add`.',
      },
    ]);
    const partial = pod("securityContext:\n  capabilities:\n    drop: [NET_RAW, MKNOD]");
    expect(at(partial, "pod.yaml")).toEqual([[11, "drop"]]);
    expect(findingsOf(RULE, partial, { filename: "pod.yaml" })[0]?.message).toContain("drops only some capabilities (`securityContext.capabilities.drop: [NET_RAW, MKNOD]`)");
  });

  it("accepts ALL in any case, with or without other names", () => {
    expect(at(pod('securityContext:\n  capabilities:\n    drop: ["ALL"]'), "pod.yaml")).toEqual([]);
    expect(at(pod("securityContext:\n  capabilities:\n    drop: [all, NET_RAW]"), "pod.yaml")).toEqual([]);
  });

  it("stays silent on a container whose settings may come from elsewhere", () => {
    expect(at("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: main\n      resources: {}\n", "pod.yaml")).toEqual([]);
  });

  it("reports docker run without --cap-drop ALL at the subcommand, and --cap-drop of some at the flag", () => {
    const code = `${CP}spawn("docker", ["run", "--rm", "agent:1"]);
spawn("docker", ["run", "--cap-drop", "NET_RAW", "agent:1"]);
spawn("docker", ["run", "--cap-drop=ALL", "--cap-add", "NET_BIND_SERVICE", "agent:1"]);
execSync("docker run --cap-drop all agent:1");
export function open(extra: string[]) { spawn("docker", ["run", ...extra, "agent:1"]); }
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"run"'],
      [3, '"--cap-drop"'],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[0]?.message).toContain("Add `--cap-drop ALL` and add back only what it needs with `--cap-add`.");
  });

  it("reports a compose service without cap_drop in compose's spelling, never a Dockerfile", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n");
    expect(findingsOnModel(RULE, file.model([file.compose("agent")])).map(([line, column, , message]) => [line, column, message.endsWith("Add `cap_drop: [ALL]` and add back only what it needs with `cap_add`.")])).toEqual([
      [2, 3, true],
    ]);
    const dockerfile = new SpecFile("Dockerfile", "dockerfile", "FROM node:20\nUSER node\n");
    expect(findingsOnModel(RULE, dockerfile.model([dockerfile.dockerfileStage()]))).toEqual([]);
  });
});
