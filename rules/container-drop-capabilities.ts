import { defineRule } from "../src/core/define-rule.js";
import { capabilityName } from "../src/model/capabilities.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, viaText, writtenSetting, type ContainerFinding, type RuntimeSource } from "../src/model/container-findings.js";
import { alternatives, knownString, type RValue } from "../src/model/value.js";

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Add `cap_drop: [ALL]` and add back only what it needs with `cap_add`",
  kubernetes: 'Set `securityContext.capabilities.drop: ["ALL"]` and add back only what it needs with `capabilities.add`',
  "docker-run": "Add `--cap-drop ALL` and add back only what it needs with `--cap-add`",
  "docker-py": 'Pass `cap_drop=["ALL"]` and add back only what it needs with `cap_add`',
  dockerode: 'Set `HostConfig.CapDrop: ["ALL"]` and add back only what it needs with `HostConfig.CapAdd`',
};

export default defineRule({
  id: "container-drop-capabilities",
  severity: "warn",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Require containers to drop all Linux capabilities and add back only those they need.",
    securitySeverity: 5.5,
  },
  messages: {
    missing:
      "{{subject}} keeps the engine's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, …), which a compromised agent can use to take over files it does not own, switch users or forge network packets. {{fix}}{{when}}.{{agent}}",
    partial:
      "{{subject}} drops only some capabilities (`{{setting}}`{{via}}) and keeps the rest of the engine's defaults, which a compromised agent can use to take over files it does not own, switch users or forge network packets. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec): ContainerFinding[] => {
      if (!isRuntimeSpec(spec)) return [];
      const fix = FIX[spec.source];
      const { capDrop } = spec;
      if (!capDrop) return spec.open ? [] : [{ missing: true, messageId: "missing", loc: spec.loc, data: { subject: subjectOf(spec), fix } }];
      return alternatives(capDrop.value).flatMap(({ value }): ContainerFinding[] => {
        if (dropsAll(value) !== false) return [];
        return [{ messageId: "partial", loc: capDrop.keyLoc, data: { subject: subjectOf(spec, capDrop), setting: writtenSetting(spec, { ...capDrop, value }), via: viaText(capDrop), fix } }];
      });
    });
  },
});

/** Whether a dropped list holds `ALL`; undefined when the list is not fully known. */
function dropsAll(value: RValue): boolean | undefined {
  if (value.kind !== "array") return undefined;
  const names = value.elements.map(knownString);
  if (names.some((name) => name !== undefined && capabilityName(name) === "ALL")) return true;
  return value.open || names.includes(undefined) ? undefined : false;
}
