import { defineRule } from "../src/core/define-rule.js";
import type { HostNamespaces } from "../src/model/container.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, writtenSetting, type ContainerFinding } from "../src/model/container-findings.js";
import { alternatives, knownString, type RValue } from "../src/model/value.js";

/** What sharing each namespace with the host gives a process in the container. */
const SHARED: Readonly<Record<keyof HostNamespaces, { readonly namespace: string; readonly effect: string }>> = {
  network: {
    namespace: "network",
    effect: "reach services that listen only on the host's localhost, see the host's traffic and get past network policies",
  },
  pid: { namespace: "process", effect: "see and signal every process on the host and read their command lines and environments" },
  ipc: { namespace: "IPC", effect: "read and write the shared memory of host processes" },
  uts: { namespace: "UTS", effect: "change the host's hostname" },
  userns: { namespace: "user", effect: "act as the host's root when it is root in the container, since user namespace remapping is off" },
};

export default defineRule({
  id: "container-no-host-namespaces",
  severity: "error",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Disallow containers that share the host's network, process, IPC, UTS or user namespace.",
    securitySeverity: 8.0,
  },
  messages: {
    shared: "{{subject}} shares the host's {{namespace}} namespace (`{{setting}}`{{via}}), so a compromised agent can {{effect}}. Remove `{{setting}}`{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec) => {
      if (!isRuntimeSpec(spec)) return [];
      return (Object.keys(SHARED) as Array<keyof HostNamespaces>).flatMap((name): ContainerFinding[] => {
        const setting = spec.hostNamespaces[name];
        if (!setting) return [];
        const { namespace, effect } = SHARED[name];
        return alternatives(setting.value)
          .filter(({ value }) => isHostMode(value))
          .map(({ value }) => ({
            messageId: "shared",
            loc: value.loc,
            data: { subject: subjectOf(spec, setting), namespace, effect, setting: writtenSetting(spec, { ...setting, value }), via: viaText(setting) },
          }));
      });
    });
  },
});

/** `host` (compose, `docker run`) or `true` (Kubernetes `hostNetwork`). */
function isHostMode(value: RValue): boolean {
  if (value.kind === "boolean") return value.value;
  return knownString(value)?.trim().toLowerCase() === "host";
}
