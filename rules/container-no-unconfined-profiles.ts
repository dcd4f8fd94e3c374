import { defineRule } from "../src/core/define-rule.js";
import type { ContainerSetting } from "../src/model/container.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, writtenSetting, type ContainerFinding, type RuntimeSource } from "../src/model/container-findings.js";
import { alternatives, knownString } from "../src/model/value.js";

/** How to turn the profile back on, given the setting as written (`seccomp:unconfined`). */
const FIX: Readonly<Record<"seccomp" | "apparmor", Readonly<Record<RuntimeSource, (written: string) => string>>>> = {
  seccomp: {
    compose: (written) => `Remove \`${written}\` from \`security_opt\` to keep the engine's default profile, or name a profile file that allows only what the agent needs`,
    kubernetes: () => "Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile that allows only what the agent needs)",
    "docker-run": (written) => `Remove \`${written}\` to keep the engine's default profile, or name a profile file that allows only what the agent needs`,
    "docker-py": (written) => `Remove \`${written}\` from \`security_opt\` to keep the engine's default profile`,
    dockerode: (written) => `Remove \`${written}\` from \`HostConfig.SecurityOpt\` to keep the engine's default profile`,
  },
  apparmor: {
    compose: (written) => `Remove \`${written}\` from \`security_opt\` to keep the engine's default profile`,
    kubernetes: () => "Set `securityContext.appArmorProfile.type: RuntimeDefault` (or `Localhost` with a profile of your own)",
    "docker-run": (written) => `Remove \`${written}\` to keep the engine's default profile`,
    "docker-py": (written) => `Remove \`${written}\` from \`security_opt\` to keep the engine's default profile`,
    dockerode: (written) => `Remove \`${written}\` from \`HostConfig.SecurityOpt\` to keep the engine's default profile`,
  },
};

export default defineRule<{ requireSeccompProfile: boolean }>({
  id: "container-no-unconfined-profiles",
  severity: "error",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Disallow containers that run with seccomp or AppArmor turned off.",
    securitySeverity: 8.0,
  },
  messages: {
    seccomp:
      "{{subject}} turns seccomp off (`{{setting}}`{{via}}), so every system call reaches the host's kernel, those that container escapes use (`mount`, `unshare`, `bpf`, `keyctl`) included. {{fix}}{{when}}.{{agent}}",
    apparmor:
      "{{subject}} turns AppArmor off (`{{setting}}`{{via}}), so nothing but file permissions limits what a compromised agent can read, write or mount in the container. {{fix}}{{when}}.{{agent}}",
    noSeccomp:
      "{{subject}} sets no seccomp profile, and Kubernetes runs containers without one unless the kubelet's `SeccompDefault` is on, so every system call reaches the host's kernel. Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod or the container{{when}}.{{agent}}",
  },
  optionsSchema: {
    type: "object",
    properties: {
      requireSeccompProfile: {
        type: "boolean",
        description: "Also report Kubernetes containers that set no seccomp profile (on in strict).",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { requireSeccompProfile: false },
  strictOptions: { requireSeccompProfile: true },
  check(context) {
    reportContainerFindings(context, (spec): ContainerFinding[] => {
      if (!isRuntimeSpec(spec)) return [];
      const unconfined = (kind: "seccomp" | "apparmor", setting: ContainerSetting | undefined): ContainerFinding[] => {
        if (!setting) return [];
        return alternatives(setting.value)
          .filter(({ value }) => knownString(value)?.trim().toLowerCase() === "unconfined")
          .map(({ value }) => {
            const written = writtenSetting(spec, { ...setting, value });
            return { messageId: kind, loc: value.loc, data: { subject: subjectOf(spec, setting), setting: written, via: viaText(setting), fix: FIX[kind][spec.source](written) } };
          });
      };
      const found = [...unconfined("seccomp", spec.seccomp), ...unconfined("apparmor", spec.apparmor)];
      if (context.options.requireSeccompProfile && spec.source === "kubernetes" && !spec.seccomp && !spec.open) {
        found.push({ missing: true, messageId: "noSeccomp", loc: spec.loc, data: { subject: subjectOf(spec) } });
      }
      return found;
    });
  },
});
