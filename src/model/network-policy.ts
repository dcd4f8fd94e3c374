/**
 * Egress control for an agent's workload: a Kubernetes NetworkPolicy. Policies are additive:
 * one rule that reaches any host opens egress for every pod the policy selects.
 */
import type { Location } from "../core/types.js";

export interface EgressPeer {
  /** `ipBlock.cidr`, when the peer is an IP block. */
  readonly cidr?: string;
  /** `ipBlock.except`. */
  readonly except?: readonly string[];
  /** True for a pod or namespace selector peer (a bounded set of in-cluster peers). */
  readonly selector?: boolean;
  /** The `cidr` value of an IP block peer, else the peer item. */
  readonly loc: Location;
}

export interface EgressRule {
  /** The rule item; an empty rule `{}` allows all egress. */
  readonly loc: Location;
  /** The `to` peers; undefined when the rule has no `to` (any destination). */
  readonly to?: readonly EgressPeer[];
  /** The destination ports as written (`443/TCP`, `53/UDP`, `8000-9000/TCP`); empty: every port. */
  readonly ports: readonly string[];
}

export interface NetworkPolicy {
  readonly file: string;
  readonly name: string;
  readonly loc: Location;
  /** True when `policyTypes` includes Egress, or an `egress` section is present. */
  readonly governsEgress: boolean;
  readonly egress: readonly EgressRule[];
}
