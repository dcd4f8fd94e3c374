import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { pointed } from "../helpers/manifests.js";

const RULE = "network-no-open-egress";

beforeAll(async () => {
  await prepareLanguages();
});

const policy = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: agent-egress\nspec:\n  podSelector:\n    matchLabels: {app: agent}\n${spec}`;
const at = (code: string) => pointed(code, findingsOf(RULE, code, { filename: "netpol.yaml" }));

describe(RULE, () => {
  it("reports an egress rule to 0.0.0.0/0 at the CIDR, exceptions or not", () => {
    const code = policy("  policyTypes: [Egress]\n  egress:\n    - to:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n            except: [10.0.0.0/8, 169.254.169.254/32]\n      ports:\n        - {port: 443, protocol: TCP}\n");
    expect(findingsOf(RULE, code, { filename: "netpol.yaml" })).toEqual([
      {
        messageId: "open",
        line: 12,
        column: 19,
        endLine: 12,
        endColumn: 28,
        severity: "warn",
        message:
          'NetworkPolicy "agent-egress" lets the pods it selects reach any host on 443/TCP (`ipBlock.cidr: 0.0.0.0/0` with exceptions, which still leave the internet open), so a compromised agent can send what it reads anywhere on the internet. List the destinations it needs in `to` (`ipBlock` CIDRs of the APIs it calls, `namespaceSelector`/`podSelector` for services in the cluster).',
      },
    ]);
    expect(at(policy("  egress:\n    - to: [{ipBlock: {cidr: '::/0'}}]\n"))).toEqual([[9, "'::/0'"]]);
  });

  it("reports an empty rule and a rule without `to` at the rule", () => {
    const code = policy("  policyTypes: [Egress]\n  egress:\n    - {}\n    - ports: [{port: 53, protocol: UDP}]\n    - to: []\n");
    expect(at(code)).toEqual([
      [10, "{}"],
      [11, "ports: [{port: 53, protocol: UDP}]"],
      [12, "to: []"],
    ]);
    expect(findingsOf(RULE, code, { filename: "netpol.yaml" }).map((f) => /reach any host([^(]*)\(([^)]*)\)/.exec(f.message)?.slice(1))).toEqual([
      [" ", "an egress rule without `to` or `ports`"],
      [" on 53/UDP ", "an egress rule without `to`"],
      [" ", "an egress rule without `to` or `ports`"],
    ]);
  });

  it("accepts deny-all egress, bounded destinations, and egress rules of a policy that does not govern egress", () => {
    expect(at(policy("  policyTypes: [Egress]\n"))).toEqual([]);
    expect(at(policy("  policyTypes: [Egress]\n  egress:\n    - to:\n        - ipBlock: {cidr: 203.0.113.0/24}\n        - namespaceSelector: {}\n          podSelector: {matchLabels: {k8s-app: kube-dns}}\n"))).toEqual([]);
    expect(at(policy("  policyTypes: [Ingress]\n  egress:\n    - {}\n"))).toEqual([]);
  });
});
