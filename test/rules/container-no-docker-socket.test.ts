import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-no-docker-socket";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports a hostPath volume of an engine socket at its path, mounted or not", () => {
    const code = pod(
      "volumeMounts:\n  - {name: docker, mountPath: /var/run/docker.sock}",
      "volumes:\n  - name: docker\n    hostPath: {path: /var/run/docker.sock, type: Socket}\n  - name: containerd\n    hostPath: {path: /run/containerd/containerd.sock}\n  - name: data\n    hostPath: {path: /srv/data}",
    );
    expect(at(code, "pod.yaml")).toEqual([
      [13, "/var/run/docker.sock"],
      [15, "/run/containerd/containerd.sock"],
    ]);
    expect(findingsOf(RULE, code, { filename: "pod.yaml" })[0]?.message).toBe(
      'Pod "agent" mounts the Docker socket `/var/run/docker.sock`: through it a compromised agent can start a privileged container with the host\'s file system mounted and so take over the host. Remove the `hostPath` volume; if the agent must run containers, give it a separate sandbox instead of the host\'s engine.',
    );
  });

  it("reports a hostPath directory narrowed to the socket by subPath, at the subPath", () => {
    const code = pod("volumeMounts:\n  - {name: run, mountPath: /var/run/docker.sock, subPath: docker.sock}", "volumes:\n  - {name: run, hostPath: {path: /var/run}}");
    expect(at(code, "pod.yaml")).toEqual([[10, "docker.sock"]]);
  });

  it("reports docker run mounts of Docker, Podman and CRI-O sockets, rootless paths included", () => {
    const code = `${CP}spawn("docker", ["run", "-v", "/var/run/docker.sock:/var/run/docker.sock:ro", "a:1"]);
spawn("docker", ["run", "--mount", "type=bind,source=/run/podman/podman.sock,target=/run/podman.sock", "a:1"]);
spawn("docker", ["run", "-v", \`\${process.env.XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock\`, "a:1"]);
execSync("docker run -v /var/run/crio/crio.sock:/crio.sock a:1");
spawn("docker", ["run", "-v", "docker.sock:/data", "-v", "/srv/docker.socket.d:/x", "a:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"/var/run/docker.sock:/var/run/docker.sock:ro"'],
      [3, '"type=bind,source=/run/podman/podman.sock,target=/run/podman.sock"'],
      [4, "`${process.env.XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock`"],
      [5, "/var/run/crio/crio.sock:/crio.sock"],
    ]);
  });

  it("reports a compose volume of the socket in compose's spelling", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n");
    const model = file.model([file.compose("agent", { mounts: [file.mount("bind", "/var/run/docker.sock:/var/run/docker.sock", "/var/run/docker.sock")] })]);
    expect(findingsOnModel(RULE, model).map(([line, column, , message]) => [line, column, message.includes("Remove this entry from `volumes`;")])).toEqual([[5, 9, true]]);
  });
});
