import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-no-dangerous-capabilities";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports each dangerous capability a Kubernetes container adds, at the capability", () => {
    const code = pod('securityContext:\n  capabilities:\n    add: ["NET_BIND_SERVICE", "SYS_ADMIN", CAP_SYS_PTRACE, net_admin]\n    drop: [ALL]');
    expect(at(code, "pod.yaml")).toEqual([
      [11, '"SYS_ADMIN"'],
      [11, "CAP_SYS_PTRACE"],
      [11, "net_admin"],
    ]);
    expect(findingsOf(RULE, code, { filename: "pod.yaml" })[0]?.message).toBe(
      'Container "main" of Pod "agent" adds the capability `SYS_ADMIN`, which lets a compromised agent mount file systems and use a wide range of kernel interfaces, the usual first step out of a container. Remove it from `securityContext.capabilities.add`.',
    );
  });

  it("reports ALL and every listed capability, not harmless ones or dropped ones", () => {
    const all = pod("securityContext:\n  capabilities:\n    add:\n      - ALL\n      - SYS_MODULE\n      - DAC_READ_SEARCH\n      - SYS_RAWIO\n      - BPF\n      - PERFMON");
    expect(at(all, "pod.yaml").map(([, text]) => text)).toEqual(["ALL", "SYS_MODULE", "DAC_READ_SEARCH", "SYS_RAWIO", "BPF", "PERFMON"]);
    expect(at(pod("securityContext:\n  capabilities:\n    add: [NET_BIND_SERVICE, CHOWN]\n    drop: [SYS_ADMIN]"), "pod.yaml")).toEqual([]);
  });

  it("reports docker run --cap-add in every spelling", () => {
    const code = `${CP}spawn("docker", ["run", "--cap-add", "SYS_ADMIN", "--cap-add=NET_ADMIN,CHOWN", "--cap-drop", "SYS_PTRACE", "agent:1"]);
execSync("podman run --cap-add=CAP_BPF agent:1");
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"SYS_ADMIN"'],
      [2, "NET_ADMIN"],
      [3, "CAP_BPF"],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[0]?.message).toContain("Remove this `--cap-add`.");
  });

  it("reports compose cap_add in compose's spelling", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n    cap_add: [SYS_ADMIN]\n");
    const model = file.model([file.compose("agent", { capAdd: file.setting("cap_add", ["SYS_ADMIN"], "[SYS_ADMIN]") })]);
    expect(findingsOnModel(RULE, model).map(([line, column, , message]) => [line, column, message.endsWith("Remove it from `cap_add`.")])).toEqual([[4, 15, true]]);
  });
});
