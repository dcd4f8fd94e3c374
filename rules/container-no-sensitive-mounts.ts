import { defineRule } from "../src/core/define-rule.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, type RuntimeSource } from "../src/model/container-findings.js";
import { mountedHostPath } from "../src/model/host-paths.js";

interface Sensitive {
  /** What the path holds, as the message names it. */
  readonly holds: string;
  readonly effect: string;
}

const SYSTEM_DIRECTORIES: Readonly<Record<string, Sensitive>> = {
  "/": { holds: "whole file system", effect: "read every secret on the host and, where it can write, replace the host's programs" },
  "/etc": { holds: "system configuration", effect: "read password hashes and service credentials and, where it can write, add users or scheduled jobs" },
  "/proc": { holds: "process and kernel interface", effect: "read other processes' memory maps and environments and change kernel settings" },
  "/sys": { holds: "kernel interface", effect: "change kernel and device settings" },
  "/boot": { holds: "boot files", effect: "replace the kernel or the boot loader" },
  "/var/run": { holds: "runtime directory", effect: "reach the sockets of host services, the container engine's included" },
  "/run": { holds: "runtime directory", effect: "reach the sockets of host services, the container engine's included" },
  "/home": { holds: "home directories", effect: "read the SSH keys, cloud credentials and tokens of every user" },
  "/Users": { holds: "home directories", effect: "read the SSH keys, cloud credentials and tokens of every user" },
};
const HOME_DIRECTORY: Sensitive = { holds: "home directory", effect: "read its SSH keys, cloud credentials and tokens" };
/** Credential stores under a home directory; anything inside them is a credential too. */
const CREDENTIAL_DIRECTORIES: Readonly<Record<string, Sensitive>> = {
  ".ssh": { holds: "SSH keys", effect: "log in wherever those keys are trusted" },
  ".aws": { holds: "AWS credentials", effect: "act on the AWS account with them" },
  ".kube": { holds: "Kubernetes credentials", effect: "act on the clusters they reach" },
  ".config/gcloud": { holds: "Google Cloud credentials", effect: "act on the Google Cloud projects they reach" },
  ".azure": { holds: "Azure credentials", effect: "act on the Azure subscriptions they reach" },
  ".config/gh": { holds: "GitHub CLI credentials", effect: "act on GitHub as the user, on every repository they can reach" },
  ".docker": { holds: "container registry credentials", effect: "push images to the registries they reach" },
};
/** `~`, `/root`, `/home/<user>`, `/Users/<user>`, and the rest of the path after it. */
const HOME = /^(?<home>~|\/root|\/home\/[^/]+|\/Users\/[^/]+)(?<rest>\/.*)?$/;

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Mount only the directories the agent needs (its project directory), read-only where it can",
  kubernetes: "Mount only the directories the agent needs, or use an `emptyDir` or a persistent volume instead of this `hostPath`",
  "docker-run": "Mount only the directories the agent needs (its project directory), read-only where it can",
  "docker-py": "Mount only the directories the agent needs (its project directory), read-only where it can",
  dockerode: "Mount only the directories the agent needs (its project directory), read-only where it can",
};

export default defineRule({
  id: "container-no-sensitive-mounts",
  severity: "error",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Disallow mounting the host's root, system directories, home directories or credential stores into a container.",
    securitySeverity: 8.5,
  },
  messages: {
    sensitive: "{{subject}} mounts the host's {{holds}} `{{path}}`{{access}}{{via}}, so a compromised agent can {{effect}}. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec) => {
      if (!isRuntimeSpec(spec)) return [];
      return spec.mounts.flatMap((mount) => {
        const path = mountedHostPath(mount);
        const sensitive = path === undefined ? undefined : sensitivePath(path);
        if (path === undefined || !sensitive) return [];
        const access = mount.readOnly ? " (read-only, which still exposes what it holds)" : "";
        return [{ messageId: "sensitive", loc: mount.loc, data: { subject: subjectOf(spec, mount), path, access, via: viaText(mount), ...sensitive, fix: FIX[spec.source] } }];
      });
    });
  },
});

function sensitivePath(path: string): Sensitive | undefined {
  const system = SYSTEM_DIRECTORIES[path];
  if (system) return system;
  const home = HOME.exec(path)?.groups;
  if (!home) return undefined;
  const rest = (home["rest"] ?? "").slice(1);
  if (rest === "") return HOME_DIRECTORY;
  const store = Object.keys(CREDENTIAL_DIRECTORIES).find((directory) => rest === directory || rest.startsWith(`${directory}/`));
  return store === undefined ? undefined : CREDENTIAL_DIRECTORIES[store];
}
