import { defineRule } from "../src/core/define-rule.js";
import { CONTAINER_INPUTS, isRuntimeSpec, reportContainerFindings, subjectOf, type RuntimeSource } from "../src/model/container-findings.js";

const FIX: Readonly<Record<RuntimeSource, string>> = {
  compose: "Set `deploy.resources.limits.memory` (or `mem_limit`)",
  kubernetes: "Set `resources.limits.memory`",
  "docker-run": "Add `--memory` with what it needs, e.g. `--memory 2g`",
  "docker-py": 'Pass `mem_limit` with what it needs, e.g. `mem_limit="2g"`',
  dockerode: "Set `HostConfig.Memory` (in bytes) to what it needs",
};

export default defineRule({
  id: "container-resource-limits",
  severity: "warn",
  category: "container",
  inputs: [...CONTAINER_INPUTS],
  docs: {
    description: "Require containers to have a memory limit.",
    securitySeverity: 4.0,
  },
  messages: {
    missing: "{{subject}} has no memory limit, so a runaway or compromised agent can use up the host's memory and take down everything else running on it. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec) => {
      if (!isRuntimeSpec(spec) || spec.memoryLimit || spec.open) return [];
      return [{ missing: true, messageId: "missing", loc: spec.loc, data: { subject: subjectOf(spec), fix: FIX[spec.source] } }];
    });
  },
});
