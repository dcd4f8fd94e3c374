import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-no-host-namespaces";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports hostNetwork, hostPID and hostIPC once per pod, at the value", () => {
    const code = `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent}
spec:
  template:
    spec:
      hostNetwork: true
      hostPID: true
      hostIPC: false
      containers:
        - {name: main, image: "agent:1"}
        - {name: sidecar, image: "proxy:2"}
`;
    expect(at(code, "deploy.yaml")).toEqual([
      [7, "true"],
      [8, "true"],
    ]);
    expect(findingsOf(RULE, code, { filename: "deploy.yaml" })[0]?.message).toBe(
      'Deployment "agent" shares the host\'s network namespace (`hostNetwork: true`), so a compromised agent can reach services that listen only on the host\'s localhost, see the host\'s traffic and get past network policies. Remove `hostNetwork: true`.',
    );
  });

  it("reports docker run --network/--net/--pid/--ipc/--uts/--userns host, not other modes", () => {
    const code = `${CP}spawn("docker", ["run", "--network", "host", "--pid=host", "a:1"]);
execSync("docker run --net=host --ipc host --uts=host --userns host a:1");
spawn("docker", ["run", "--network", "bridge", "--pid", "container:db", "--network=none", "a:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"host"'],
      [2, "host"],
      [3, "host"],
      [3, "host"],
      [3, "host"],
      [3, "host"],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" }).map((f) => /\(`([^`]+)`\)/.exec(f.message)?.[1])).toEqual([
      "--network host",
      "--pid host",
      "--net host",
      "--ipc host",
      "--uts host",
      "--userns host",
    ]);
  });

  it("names the alternatives a namespace is shared in", () => {
    const code = `${CP}export function run(port?: number) {
  const network = port ? ["-p", \`\${port}:\${port}\`] : ["--network", "host"];
  spawn("docker", ["run", "-d", ...network, "agent:1"]);
}
`;
    expect(findingsOf(RULE, code, { filename: "run.ts" }).map((f) => [f.line, f.column, f.message.slice(-33)])).toEqual([[3, 68, "`--network host` (when not port)."]]);
  });

  it("reports compose network_mode: host in compose's spelling", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n    network_mode: host\n");
    const model = file.model([file.compose("agent", { hostNamespaces: { network: file.setting("network_mode", "host") } })]);
    expect(findingsOnModel(RULE, model).map(([line, column, , message]) => [line, column, message.endsWith("Remove `network_mode: host`.")])).toEqual([[4, 19, true]]);
  });
});
