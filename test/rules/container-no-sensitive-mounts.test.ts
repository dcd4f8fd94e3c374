import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-no-sensitive-mounts";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports hostPath volumes of the root, system directories and home directories", () => {
    const volumes = ["/", "/etc/", "/proc", "/sys", "/boot", "/var/run", "/home", "/root", "/home/dev/.ssh", "/srv/data", "/etc/ssl/certs", "/var/lib/agent"];
    const code = pod("", `volumes:\n${volumes.map((path, index) => `  - {name: v${index}, hostPath: {path: "${path}"}}`).join("\n")}`);
    expect(at(code, "pod.yaml").map(([, text]) => text)).toEqual(['"/"', '"/etc/"', '"/proc"', '"/sys"', '"/boot"', '"/var/run"', '"/home"', '"/root"', '"/home/dev/.ssh"']);
    expect(findingsOf(RULE, code, { filename: "pod.yaml" })[0]?.message).toBe(
      'Pod "agent" mounts the host\'s whole file system `/`, so a compromised agent can read every secret on the host and, where it can write, replace the host\'s programs. Mount only the directories the agent needs, or use an `emptyDir` or a persistent volume instead of this `hostPath`.',
    );
  });

  it("reports docker run mounts of the home directory and credential stores, read-only ones too", () => {
    const code = `${CP}import os from "node:os";
spawn("docker", ["run", "-v", "~/.aws:/root/.aws:ro", "-v", "$HOME/.kube/config:/kube", "a:1"]);
spawn("docker", ["run", "-v", \`\${os.homedir()}/.ssh:/root/.ssh\`, "-v", \`\${os.homedir()}:/home/me\`, "a:1"]);
execSync("docker run -v \${HOME}/.config/gcloud:/gcloud --mount type=bind,src=/,dst=/host a:1");
spawn("docker", ["run", "-v", "./workspace:/workspace", "-v", "agent-cache:/cache", "-v", "~/projects/app:/app", "a:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [3, '"~/.aws:/root/.aws:ro"'],
      [3, '"$HOME/.kube/config:/kube"'],
      [4, "`${os.homedir()}/.ssh:/root/.ssh`"],
      [4, "`${os.homedir()}:/home/me`"],
      [5, "${HOME}/.config/gcloud:/gcloud"],
      [5, "type=bind,src=/,dst=/host"],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[0]?.message).toBe(
      "`docker run a:1` mounts the host's AWS credentials `~/.aws` (read-only, which still exposes what it holds), so a compromised agent can act on the AWS account with them. Mount only the directories the agent needs (its project directory), read-only where it can.",
    );
  });

  it("leaves the Docker socket to container-no-docker-socket", () => {
    expect(at(pod("", "volumes:\n  - {name: s, hostPath: {path: /var/run/docker.sock}}"), "pod.yaml")).toEqual([]);
  });

  it("reports compose bind mounts of credential stores in compose's spelling, through merge keys too", () => {
    const code = `x-agent: &agent
  volumes:
    - \${HOME}/.config/gh:/home/agent/.config/gh:ro
    - \${HOME}/.gitconfig:/home/agent/.gitconfig:ro
services:
  agent:
    <<: *agent
    image: agent:1
    volumes:
      - ~/.ssh:/home/agent/.ssh:ro
      - ~/.docker/config.json:/root/.docker/config.json
      - ~/.azure:/root/.azure
      - ./repo:/workspace
`;
    expect(at(code, "compose.yaml")).toEqual([
      [10, "~/.ssh:/home/agent/.ssh:ro"],
      [11, "~/.docker/config.json:/root/.docker/config.json"],
      [12, "~/.azure:/root/.azure"],
    ]);
    expect(findingsOf(RULE, code, { filename: "compose.yaml" })[0]?.message.split(",")[0]).toBe('Service "agent" mounts the host\'s SSH keys `~/.ssh` (read-only');
    const merged = "x-agent: &agent\n  volumes:\n    - ${HOME}/.config/gh:/home/agent/.config/gh:ro\nservices:\n  agent:\n    <<: *agent\n    image: agent:1\n";
    expect(findingsOf(RULE, merged, { filename: "compose.yaml" }).map((finding) => [finding.line, finding.message.split(",")[0]])).toEqual([
      [3, 'Service "agent" mounts the host\'s GitHub CLI credentials `~/.config/gh` (read-only'],
    ]);
  });
});
