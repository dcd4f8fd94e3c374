import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import type { EgressRule } from "../src/model/network-policy.js";

/** CIDRs that hold every address of their family. */
const ANY_ADDRESS = new Set(["0.0.0.0/0", "::/0"]);

export default defineRule({
  id: "network-no-open-egress",
  severity: "warn",
  category: "container",
  inputs: [INPUT.kubernetes],
  docs: {
    description: "Disallow NetworkPolicy egress rules that let the selected pods reach any host.",
    securitySeverity: 6.0,
  },
  messages: {
    open: "NetworkPolicy {{policy}} lets the pods it selects reach any host{{ports}} ({{reason}}), so a compromised agent can send what it reads anywhere on the internet. List the destinations it needs in `to` (`ipBlock` CIDRs of the APIs it calls, `namespaceSelector`/`podSelector` for services in the cluster).",
  },
  defaultOptions: {},
  check(context) {
    for (const policy of context.model.networkPolicies) {
      if (!policy.governsEgress) continue;
      for (const rule of policy.egress) {
        const open = openness(rule);
        if (!open) continue;
        const ports = rule.ports.length === 0 ? "" : ` on ${rule.ports.join(", ")}`;
        context.report({ messageId: "open", loc: open.loc, data: { policy: policy.name ? `"${policy.name}"` : "(unnamed)", ports, reason: open.reason } });
      }
    }
  },
});

/** Why an egress rule reaches any host, and where; undefined when its destinations are bounded. */
function openness(rule: EgressRule): { loc: Location; reason: string } | undefined {
  // A missing and an empty `to` both match every destination.
  if (!rule.to) return { loc: rule.loc, reason: rule.ports.length === 0 ? "an egress rule without `to` or `ports`" : "an egress rule without `to`" };
  const peer = rule.to.find((candidate) => candidate.cidr !== undefined && ANY_ADDRESS.has(candidate.cidr.trim()));
  if (!peer?.cidr) return undefined;
  const except = (peer.except ?? []).length > 0 ? " with exceptions, which still leave the internet open" : "";
  return { loc: peer.loc, reason: `\`ipBlock.cidr: ${peer.cidr}\`${except}` };
}
