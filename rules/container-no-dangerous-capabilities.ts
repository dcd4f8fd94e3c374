import { defineRule } from "../src/core/define-rule.js";
import { capabilityName } from "../src/model/capabilities.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, type ContainerFinding, type RuntimeSource } from "../src/model/container-findings.js";
import { alternatives, knownString } from "../src/model/value.js";

/** What each capability lets a process in the container do. */
const DANGEROUS: Readonly<Record<string, string>> = {
  SYS_ADMIN: "mount file systems and use a wide range of kernel interfaces, the usual first step out of a container",
  SYS_PTRACE: "trace other processes, read their memory and inject code into them",
  SYS_MODULE: "load modules into the host's kernel",
  DAC_READ_SEARCH: "open any file of a mounted file system by its handle, bypassing the container's view of it (the \"shocker\" escape)",
  NET_ADMIN: "reconfigure networking (interfaces, routes, firewall rules) to intercept or redirect traffic",
  SYS_RAWIO: "read and write raw devices and I/O ports",
  BPF: "load eBPF programs into the kernel",
  PERFMON: "use performance monitoring, which exposes kernel and other processes' data",
  ALL: "do everything a privileged container can",
};

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Remove it from `cap_add`",
  kubernetes: "Remove it from `securityContext.capabilities.add`",
  "docker-run": "Remove this `--cap-add`",
  "docker-py": "Remove it from `cap_add`",
  dockerode: "Remove it from `HostConfig.CapAdd`",
};

export default defineRule({
  id: "container-no-dangerous-capabilities",
  severity: "error",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Disallow adding Linux capabilities that let a container escape or take over its host.",
    securitySeverity: 8.5,
  },
  messages: {
    dangerous: "{{subject}} adds the capability `{{capability}}`{{via}}, which lets a compromised agent {{effect}}. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec) => {
      if (!isRuntimeSpec(spec) || !spec.capAdd) return [];
      const { capAdd } = spec;
      return alternatives(capAdd.value).flatMap(({ value: list }): ContainerFinding[] => {
        if (list.kind !== "array") return [];
        return list.elements.flatMap((element) => {
          const written = knownString(element);
          const capability = written === undefined ? undefined : capabilityName(written);
          const effect = capability === undefined ? undefined : DANGEROUS[capability];
          if (written === undefined || effect === undefined) return [];
          return [{ messageId: "dangerous", loc: element.loc, data: { subject: subjectOf(spec, capAdd), capability: written, via: viaText(capAdd), effect, fix: FIX[spec.source] } }];
        });
      });
    });
  },
});
