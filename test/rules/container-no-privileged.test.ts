import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod } from "../helpers/manifests.js";

const RULE = "container-no-privileged";

beforeAll(async () => {
  await prepareLanguages();
});

const compact = (code: string, filename: string) => findingsOf(RULE, code, { filename }).map((f) => [f.line, f.column, f.endColumn]);

describe(RULE, () => {
  it("reports a privileged Kubernetes container at the value, with the fix in Kubernetes' spelling", () => {
    const findings = findingsOf(RULE, pod("securityContext:\n  privileged: true"), { filename: "pod.yaml" });
    expect(findings).toEqual([
      {
        messageId: "privileged",
        line: 10,
        column: 21,
        endLine: 10,
        endColumn: 25,
        severity: "error",
        message:
          'Container "main" of Pod "agent" runs privileged (`securityContext.privileged: true`): it has every capability and the host\'s devices, so a compromised agent can take over the host. Remove `securityContext.privileged: true` and add only the capabilities it needs with `securityContext.capabilities.add`.',
      },
    ]);
  });

  it("reads YAML 1.1 booleans as Kubernetes does", () => {
    expect(compact(pod("securityContext:\n  privileged: yes"), "pod.yaml")).toEqual([[10, 21, 24]]);
  });

  it("does not report privileged: false, a missing key or an unknown value", () => {
    expect(compact(pod("securityContext:\n  privileged: false"), "pod.yaml")).toEqual([]);
    expect(compact(pod(), "pod.yaml")).toEqual([]);
    expect(compact(pod('securityContext:\n  privileged: "${PRIVILEGED}"'), "pod.yaml")).toEqual([]);
  });

  it("reports docker run --privileged in argv and command lines, not --privileged=false or the container's own arguments", () => {
    const code = `${CP}spawn("docker", ["run", "--rm", "--privileged", "agent:1"]);
execSync("docker run --privileged=true agent:1");
spawn("docker", ["run", "--privileged=false", "agent:1"]);
spawn("docker", ["run", "agent:1", "--privileged"]);
spawn("sh", ["-c", "podman run --privileged agent:1 && echo ok"]);
`;
    expect(compact(code, "run.ts")).toEqual([
      [2, 33, 47],
      [3, 22, 39],
      [6, 32, 44],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[0]?.message).toBe(
      "`docker run agent:1` runs privileged (`--privileged`): it has every capability and the host's devices, so a compromised agent can take over the host. Remove `--privileged` and add only the capabilities it needs with `--cap-add`.",
    );
  });

  it("reports once when every alternative is privileged, and names the alternative when only one is", () => {
    const always = `${CP}export function run(debug: boolean) { spawn("docker", ["run", "--privileged", debug ? "-it" : "-d", "agent:1"]); }\n`;
    expect(findingsOf(RULE, always, { filename: "run.ts" }).map((f) => f.message.endsWith("`--cap-add`."))).toEqual([true]);
    const sometimes = `${CP}export function run(debug: boolean) { spawn("docker", ["run", debug ? "--privileged" : "--rm", "agent:1"]); }\n`;
    expect(findingsOf(RULE, sometimes, { filename: "run.ts" }).map((f) => f.message.slice(-30))).toEqual(["with `--cap-add` (when debug)."]);
  });

  it("reports docker run from Python", () => {
    expect(compact('import subprocess\nsubprocess.run(["docker", "run", "--privileged", "agent:1"])\n', "run.py")).toEqual([[2, 34, 48]]);
  });

  it("reports a privileged compose service in compose's spelling", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n    privileged: true\n");
    const model = file.model([file.compose("agent", { privileged: file.setting("privileged", true) })]);
    expect(findingsOnModel(RULE, model)).toEqual([
      [
        4,
        17,
        21,
        'Service "agent" runs privileged (`privileged: true`): it has every capability and the host\'s devices, so a compromised agent can take over the host. Remove `privileged: true` and add only the capabilities it needs with `cap_add`.',
      ],
    ]);
  });
});
