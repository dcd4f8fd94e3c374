/** How rules classify and name the provenance of a value that is not a literal. */
import { describeThirdParty, isThirdPartyText, thirdPartyMember } from "./third-party.js";
import type { Provenance } from "./value.js";

export function isSecretProvenance(provenance: Provenance | undefined): boolean {
  const kind = provenance?.kind;
  return kind === "secret-env" || kind === "secret-manager" || kind === "secret-config";
}

/**
 * Content from outside the program that an attacker may write: files, responses, request
 * bodies, stdin, and text third parties wrote in an issue tracker, a chat or an email.
 */
export function isUntrustedProvenance(provenance: Provenance | undefined): boolean {
  const kind = provenance?.kind;
  if (provenance?.kind === "third-party") return isThirdPartyText(provenance);
  return kind === "file-read" || kind === "network" || kind === "request-body" || kind === "stdin";
}

/** A short phrase for messages: `the environment variable API_KEY`, `a network response (fetch)`. */
export function describeProvenance(provenance: Provenance): string {
  switch (provenance.kind) {
    case "secret-env":
    case "env":
      return provenance.name === "*" ? "the whole process environment" : `the environment variable ${provenance.name}`;
    case "secret-manager":
      return `a secret-manager read (${provenance.api})`;
    case "secret-config":
      return `the config key ${provenance.name}`;
    case "file-read":
      return `file content (${provenance.api})`;
    case "network":
      return `a network response (${provenance.api})`;
    case "request-body":
      return `a request body (${provenance.api})`;
    case "stdin":
      return `standard input (${provenance.api})`;
    case "parameter":
      return `the parameter ${provenance.name}`;
    case "sanitized":
      return `sanitized content (${provenance.api})`;
    case "third-party":
      return `${describeThirdParty(provenance)} (${provenance.api})`;
    case "unknown":
      return "a value of unknown origin";
  }
}

/**
 * The provenance of a member (a property, a method's result, an item) of a value with this
 * provenance: the same, except for an object of a third-party API, whose members are followed.
 */
export function memberProvenance(provenance: Provenance, member: string): Provenance | undefined {
  return provenance.kind === "third-party" ? thirdPartyMember(provenance, member) : provenance;
}
