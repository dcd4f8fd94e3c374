import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { isAllowingAction } from "../src/model/seccomp-judgments.js";

export default defineRule({
  id: "seccomp-no-default-allow",
  severity: "error",
  category: "container",
  inputs: [INPUT.seccomp],
  docs: {
    description: "Disallow seccomp profiles that allow every system call they do not list.",
    securitySeverity: 8.0,
  },
  messages: {
    defaultAllow:
      "This seccomp profile allows every system call it does not list (`\"defaultAction\": \"{{action}}\"`), so calls it forgets — the ones container escapes use included — reach the host's kernel. Deny by default (`\"defaultAction\": \"SCMP_ACT_ERRNO\"`) and allow the calls the agent needs with `SCMP_ACT_ALLOW` rules.",
  },
  defaultOptions: {},
  check(context) {
    for (const profile of context.model.seccompProfiles) {
      const action = profile.defaultAction;
      if (action && isAllowingAction(action.value)) context.report({ messageId: "defaultAllow", loc: action.loc, data: { action: action.value } });
    }
  },
});
