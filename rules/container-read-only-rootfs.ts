import { defineRule } from "../src/core/define-rule.js";
import { CONTAINER_INPUTS, isFalse, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, writtenSetting, type ContainerFinding, type RuntimeSource } from "../src/model/container-findings.js";

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Set `read_only: true` and mount a `tmpfs` where it must write",
  kubernetes: "Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` volume where it must write",
  "docker-run": "Add `--read-only`, with `--tmpfs /tmp` where it must write",
  "docker-py": "Pass `read_only=True` and mount a `tmpfs` where it must write",
  dockerode: "Set `HostConfig.ReadonlyRootfs: true` and mount a `HostConfig.Tmpfs` where it must write",
};

export default defineRule({
  id: "container-read-only-rootfs",
  severity: "warn",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Require containers to run with a read-only root file system.",
    securitySeverity: 4.5,
  },
  messages: {
    missing:
      "{{subject}} has a writable root file system, so a compromised agent can change its own code and tools or leave files behind for later runs. {{fix}}{{when}}.{{agent}}",
    writable:
      "{{subject}} makes its root file system writable (`{{setting}}`{{via}}), so a compromised agent can change its own code and tools or leave files behind for later runs. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec): ContainerFinding[] => {
      if (!isRuntimeSpec(spec)) return [];
      const fix = FIX[spec.source];
      const setting = spec.readOnlyRootFilesystem;
      if (!setting) return spec.open ? [] : [{ missing: true, messageId: "missing", loc: spec.loc, data: { subject: subjectOf(spec), fix } }];
      if (!isFalse(setting)) return [];
      return [{ messageId: "writable", loc: setting.value.loc, data: { subject: subjectOf(spec, setting), setting: writtenSetting(spec, setting), via: viaText(setting), fix } }];
    });
  },
});
