import { defineRule } from "../src/core/define-rule.js";
import { CONTAINER_INPUTS, isFalse, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, type ContainerFinding, type RuntimeSource } from "../src/model/container-findings.js";

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Add `no-new-privileges:true` to `security_opt`",
  kubernetes: "Set `securityContext.allowPrivilegeEscalation: false`",
  "docker-run": "Add `--security-opt no-new-privileges`",
  "docker-py": 'Pass `security_opt=["no-new-privileges"]`',
  dockerode: 'Set `HostConfig.SecurityOpt: ["no-new-privileges"]`',
};

export default defineRule({
  id: "container-no-new-privileges",
  severity: "warn",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Require containers to run with no-new-privileges, so that setuid programs cannot raise a process's privileges.",
    securitySeverity: 5.5,
  },
  messages: {
    missing:
      "{{subject}} lets its processes gain privileges through setuid programs and file capabilities, so a compromised agent can become root inside the container with any setuid binary the image ships. {{fix}}{{when}}.{{agent}}",
    allowed:
      "{{subject}} allows privilege escalation (`{{key}}`{{via}}), so a compromised agent can become root inside the container with any setuid binary the image ships. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec): ContainerFinding[] => {
      if (!isRuntimeSpec(spec)) return [];
      const fix = FIX[spec.source];
      const { noNewPrivileges } = spec;
      if (!noNewPrivileges) return spec.open ? [] : [{ missing: true, messageId: "missing", loc: spec.loc, data: { subject: subjectOf(spec), fix } }];
      if (!isFalse(noNewPrivileges)) return [];
      return [{ messageId: "allowed", loc: noNewPrivileges.value.loc, data: { subject: subjectOf(spec, noNewPrivileges), key: noNewPrivileges.key, via: viaText(noNewPrivileges), fix } }];
    });
  },
});
