import { defineRule } from "../src/core/define-rule.js";
import { CONTAINER_INPUTS, isRuntimeSpec, isTrue, reportContainerFindings, subjectOf, viaText, writtenSetting, type RuntimeSource } from "../src/model/container-findings.js";

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Remove `privileged: true` and add only the capabilities it needs with `cap_add`",
  kubernetes: "Remove `securityContext.privileged: true` and add only the capabilities it needs with `securityContext.capabilities.add`",
  "docker-run": "Remove `--privileged` and add only the capabilities it needs with `--cap-add`",
  "docker-py": "Remove `privileged=True` and add only the capabilities it needs with `cap_add`",
  dockerode: "Remove `HostConfig.Privileged: true` and add only the capabilities it needs with `HostConfig.CapAdd`",
};

export default defineRule({
  id: "container-no-privileged",
  severity: "error",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Disallow privileged containers.",
    securitySeverity: 9.0,
  },
  messages: {
    privileged:
      "{{subject}} runs privileged (`{{setting}}`{{via}}): it has every capability and the host's devices, so a compromised agent can take over the host. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec) => {
      if (!isRuntimeSpec(spec) || !spec.privileged || !isTrue(spec.privileged)) return [];
      const { privileged } = spec;
      return [{ messageId: "privileged", loc: privileged.value.loc, data: { subject: subjectOf(spec, privileged), setting: writtenSetting(spec, privileged), via: viaText(privileged), fix: FIX[spec.source] } }];
    });
  },
});
