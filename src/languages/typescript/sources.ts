/**
 * Where untrusted or secret content enters a program: the calls and properties whose result
 * carries a provenance (file reads, network responses, request bodies, stdin, secret
 * managers, sanitisers). Recognised from the resolved callee, never from its text alone.
 */
import type { Provenance } from "../../model/value.js";
import { isSecretLikeName } from "../../secrets/names.js";

/** A callee as far as it resolves: the package it comes from (if any) and the member path. */
export interface QualifiedName {
  readonly module?: string;
  readonly names: readonly string[];
}

const FILE_MODULES = new Set(["fs", "node:fs", "fs/promises", "node:fs/promises", "fs-extra", "graceful-fs"]);
const FILE_READS = new Set(["readFile", "readFileSync", "readTextFile", "readTextFileSync", "readJson", "readJsonSync"]);
const NETWORK_MODULES = new Set(["axios", "got", "node-fetch", "undici", "cross-fetch", "isomorphic-fetch", "ky", "superagent", "needle"]);
const STDIN_MODULES = new Set(["readline", "node:readline", "readline/promises", "node:readline/promises", "readline-sync", "prompts", "inquirer", "@inquirer/prompts"]);
const SECRET_MANAGER_MODULES = new Set([
  "@aws-sdk/client-secrets-manager",
  "@google-cloud/secret-manager",
  "node-vault",
  "@azure/keyvault-secrets",
  "hashi-vault-js",
  "@infisical/sdk",
  "@doppler/node-sdk",
]);
const SECRET_MANAGER_METHODS = new Set(["getSecretValue", "accessSecretVersion", "getSecret"]);
const REQUEST_OBJECTS = new Set(["req", "request"]);
const REQUEST_BODY_READERS = new Set(["json", "text", "formData", "arrayBuffer", "blob"]);
const REQUEST_INPUT_PROPERTIES = new Set(["body", "query", "params"]);
const SANITIZER = /^(sanitize|sanitise|escape|strip|redact)/i;
export const OS_MODULES = new Set(["os", "node:os"]);

/** The provenance of a call's result, when the callee is a known source. */
export function callProvenance(callee: QualifiedName): Provenance | undefined {
  const last = callee.names[callee.names.length - 1];
  const module = callee.module;
  const display = displayName(callee);
  if (last && SANITIZER.test(last)) return { kind: "sanitized", api: last };
  if (module && SECRET_MANAGER_MODULES.has(module)) return { kind: "secret-manager", api: module };
  if (last && SECRET_MANAGER_METHODS.has(last)) return { kind: "secret-manager", api: display };
  if (last && FILE_READS.has(last) && (!module || FILE_MODULES.has(module))) return { kind: "file-read", api: display };
  if (module && NETWORK_MODULES.has(module)) return { kind: "network", api: display };
  if (!module && callee.names.length === 1 && last === "fetch") return { kind: "network", api: "fetch" };
  if (module && STDIN_MODULES.has(module)) return { kind: "stdin", api: display };
  if (isRequestRead(callee.names)) return { kind: "request-body", api: display };
  return undefined;
}

/** The provenance of reading `property` from the object named by `receiver`. */
export function propertyProvenance(receiver: QualifiedName | undefined, property: string): Provenance | undefined {
  if (property === "SecretString" || property === "SecretBinary") return { kind: "secret-manager", api: "AWS Secrets Manager" };
  if (!receiver) return undefined;
  const last = receiver.names[receiver.names.length - 1];
  if (!receiver.module && receiver.names.length === 1 && last === "process" && property === "stdin") {
    return { kind: "stdin", api: "process.stdin" };
  }
  if (last && REQUEST_OBJECTS.has(last) && REQUEST_INPUT_PROPERTIES.has(property)) {
    return { kind: "request-body", api: `${receiver.names.join(".")}.${property}` };
  }
  return undefined;
}

function isRequestRead(names: readonly string[]): boolean {
  const method = names[names.length - 1];
  const receiver = names[names.length - 2];
  return Boolean(method && receiver && REQUEST_BODY_READERS.has(method) && REQUEST_OBJECTS.has(receiver));
}

/** An environment variable's provenance: secret when its name says so. */
export function environmentProvenance(name: string): Provenance {
  return isSecretLikeName(name) ? { kind: "secret-env", name } : { kind: "env", name };
}

function displayName(callee: QualifiedName): string {
  const names = callee.names.join(".");
  if (!callee.module) return names;
  const short = callee.module.replace(/^node:/, "");
  return names ? `${short}.${names}` : short;
}
