/**
 * A Kubernetes NetworkPolicy as the egress model. Kubernetes semantics: a policy governs
 * egress when `policyTypes` lists Egress, or, without `policyTypes`, when it has an `egress`
 * section; a rule whose `to` is missing or empty matches every destination.
 */
import type { Node as YamlNode } from "yaml";
import type { EgressPeer, EgressRule, NetworkPolicy } from "../../model/network-policy.js";
import type { YamlReader } from "./yaml-reader.js";

export function networkPolicyOf(reader: YamlReader, file: string, object: YamlNode): NetworkPolicy {
  const loc = reader.loc(object, reader.locations.range(0, 0));
  const name = reader.string(reader.at(object, "metadata", "name")?.value);
  const spec = reader.get(object, "spec")?.value;
  const policyTypes = reader.get(spec, "policyTypes");
  const egress = reader.get(spec, "egress");
  const governsEgress = policyTypes
    ? reader.items(policyTypes.value).some((item) => reader.string(item) === "Egress")
    : egress !== undefined;
  return {
    file,
    name: name ?? "",
    loc: name === undefined ? loc : reader.loc(reader.at(object, "metadata", "name")?.value, loc),
    governsEgress,
    egress: reader.items(egress?.value).map((rule) => egressRule(reader, rule)),
  };
}

function egressRule(reader: YamlReader, rule: YamlNode): EgressRule {
  const loc = reader.loc(rule, reader.locations.range(0, 0));
  const peers = reader.items(reader.get(rule, "to")?.value).map((peer) => egressPeer(reader, peer));
  return {
    loc,
    ...(peers.length > 0 && { to: peers }),
    ports: reader.items(reader.get(rule, "ports")?.value).map((port) => portText(reader, port)),
  };
}

function egressPeer(reader: YamlReader, peer: YamlNode): EgressPeer {
  const loc = reader.loc(peer, reader.locations.range(0, 0));
  const cidrEntry = reader.at(peer, "ipBlock", "cidr");
  const cidr = reader.string(cidrEntry?.value);
  if (cidrEntry && cidr !== undefined) {
    const except = reader.items(reader.at(peer, "ipBlock", "except")?.value).flatMap((item) => reader.string(item) ?? []);
    return { cidr, except, loc: reader.loc(cidrEntry.value, loc) };
  }
  const selector = reader.get(peer, "podSelector") !== undefined || reader.get(peer, "namespaceSelector") !== undefined;
  return { ...(selector && { selector }), loc };
}

/** `443/TCP`, `8000-9000/TCP`, `every UDP port`. */
function portText(reader: YamlReader, port: YamlNode): string {
  const protocol = reader.string(reader.get(port, "protocol")?.value) ?? "TCP";
  const number = reader.scalar(reader.get(port, "port")?.value);
  if (number === undefined || number === null) return `every ${protocol} port`;
  const endPort = reader.scalar(reader.get(port, "endPort")?.value);
  const range = typeof endPort === "number" ? `${String(number)}-${endPort}` : String(number);
  return `${range}/${protocol}`;
}
