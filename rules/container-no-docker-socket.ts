import { defineRule } from "../src/core/define-rule.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, type RuntimeSource } from "../src/model/container-findings.js";
import { knownPathEnd } from "../src/model/host-paths.js";

/** Sockets (and their directories) through which a process controls the host's containers. */
const ENGINE_SOCKETS: ReadonlyArray<{ readonly pattern: RegExp; readonly engine: string }> = [
  { pattern: /(?:^|\/)docker\.sock$|(?:^|\/)cri-dockerd\.sock$|(?:^|\/)dockershim\.sock$|docker_engine$/, engine: "Docker" },
  { pattern: /(?:^|\/)containerd\.sock$|^\/(?:var\/)?run\/(?:k3s\/)?containerd$/, engine: "containerd" },
  { pattern: /(?:^|\/)crio\.sock$|^\/(?:var\/)?run\/crio$/, engine: "CRI-O" },
  { pattern: /(?:^|\/)podman\.sock$|^\/(?:var\/)?run\/podman$/, engine: "Podman" },
];

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Remove this entry from `volumes`",
  kubernetes: "Remove the `hostPath` volume",
  "docker-run": "Remove this mount",
  "docker-py": "Remove this volume",
  dockerode: "Remove this mount",
};

export default defineRule({
  id: "container-no-docker-socket",
  severity: "error",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Disallow mounting the Docker, containerd, CRI-O or Podman socket into a container.",
    securitySeverity: 9.0,
  },
  messages: {
    socket:
      "{{subject}} mounts the {{engine}} socket `{{path}}`{{via}}: through it a compromised agent can start a privileged container with the host's file system mounted and so take over the host. {{fix}}; if the agent must run containers, give it a separate sandbox instead of the host's engine{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec) => {
      if (!isRuntimeSpec(spec)) return [];
      return spec.mounts.flatMap((mount) => {
        const path = knownPathEnd(mount);
        const engine = path === undefined ? undefined : ENGINE_SOCKETS.find((socket) => socket.pattern.test(path))?.engine;
        if (path === undefined || engine === undefined) return [];
        return [{ messageId: "socket", loc: mount.loc, data: { subject: subjectOf(spec, mount), engine, path, via: viaText(mount), fix: FIX[spec.source] } }];
      });
    });
  },
});
