/**
 * Where untrusted or secret content enters a program: the calls and properties whose result
 * carries a provenance (file reads, network responses, request bodies, stdin, secret
 * managers, sanitisers), and the objects of issue-tracker, chat and mail APIs (clients built
 * from their SDKs, webhook payloads, the parameters of the handlers a bot registers). Recognised
 * from the resolved callee, receiver or type, never from its text alone.
 */
import { Node, ts, type ParameterDeclaration, type TypeNode } from "./morph.js";
import { morphNodeOf } from "./project.js";
import { thirdPartyObject } from "../../model/third-party.js";
import type { Provenance, RValue, ThirdPartyChannel, ThirdPartyProvenance } from "../../model/value.js";
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

/**
 * The SDK objects third parties write into, by module and export (`""` for a default export):
 * built with `new` or returned by a factory. Each is followed member by member (third-party.ts).
 */
const THIRD_PARTY_ENTRIES: Readonly<Record<string, Readonly<Record<string, readonly [ThirdPartyChannel, string]>>>> = {
  "@octokit/rest": { Octokit: ["github", "client"] },
  "@octokit/core": { Octokit: ["github", "client"] },
  "@octokit/action": { Octokit: ["github", "client"] },
  octokit: { Octokit: ["github", "client"] },
  probot: { ProbotOctokit: ["github", "client"] },
  "@actions/github": { getOctokit: ["github", "client"] },
  "@octokit/webhooks": { Webhooks: ["github", "webhooks"] },
  "@slack/bolt": { App: ["slack", "app"] },
  "discord.js": { Client: ["discord", "client"] },
  telegraf: { Telegraf: ["telegram", "bot"] },
  grammy: { Bot: ["telegram", "bot"] },
  "node-telegram-bot-api": { "": ["telegram", "bot api"] },
  mailparser: { simpleParser: ["email", "email"] },
};

/** Types whose values are such objects: a handler's parameter annotated with them is one. */
const THIRD_PARTY_TYPES: Readonly<Record<string, Readonly<Record<string, readonly [ThirdPartyChannel, string]>>>> = {
  probot: { Context: ["github", "context"], Probot: ["github", "probot app"] },
  "discord.js": { Message: ["discord", "message"] },
  telegraf: { Context: ["telegram", "context"] },
  grammy: { Context: ["telegram", "context"] },
  mailparser: { ParsedMail: ["email", "email"] },
};

/** Methods that register a handler, per kind of object, and what the handler's first parameter is. */
const HANDLER_REGISTRATIONS: Readonly<Record<string, { readonly methods: ReadonlySet<string>; readonly parameter: string }>> = {
  "github/probot app": { methods: new Set(["on", "onAny"]), parameter: "context" },
  "github/webhooks": { methods: new Set(["on", "onAny"]), parameter: "event" },
  "slack/app": { methods: new Set(["message", "event", "command"]), parameter: "handler arguments" },
  "discord/client": { methods: new Set(["on", "once"]), parameter: "message" },
  "telegram/bot": { methods: new Set(["on", "command", "hears", "start", "help", "mention", "hashtag", "use"]), parameter: "context" },
  "telegram/bot api": { methods: new Set(["on", "onText", "once"]), parameter: "message" },
};

const HANDLER_METHODS = new Set([...Object.values(HANDLER_REGISTRATIONS)].flatMap((registration) => [...registration.methods]));

/** Discord events whose handler receives a message. */
const DISCORD_MESSAGE_EVENTS = new Set(["messageCreate", "MessageCreate"]);

/** The provenance of a call's (or `new`'s) result, when the callee is a known source. */
export function callProvenance(callee: QualifiedName): Provenance | undefined {
  const last = callee.names[callee.names.length - 1];
  const module = callee.module;
  const display = displayName(callee);
  const thirdParty = module ? THIRD_PARTY_ENTRIES[module]?.[callee.names.join(".")] : undefined;
  if (thirdParty) return thirdPartyObject(thirdParty[0], thirdParty[1], display);
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
  // GitHub Actions' event: `github.context.payload` of @actions/github.
  if (receiver.module === "@actions/github" && receiver.names.join(".") === "context" && property === "payload") {
    return thirdPartyObject("github", "payload", "github.context.payload");
  }
  return undefined;
}

/** What the analysis knows of the program, for recognising a handler's parameter. */
export interface HandlerContext {
  valueOf(node: Node): RValue;
  qualify(node: Node): QualifiedName | undefined;
}

/**
 * The object a parameter holds when a framework passes it: annotated with one of its types
 * (`context: Context` from probot, `message: Message` from discord.js), or the first parameter
 * of a handler registered on such an object (`app.message(async ({ message }) => …)` on a
 * `@slack/bolt` App, `client.on("messageCreate", (message) => …)` on a discord.js Client).
 */
export function handlerParameterProvenance(parameter: ParameterDeclaration, context: HandlerContext): ThirdPartyProvenance | undefined {
  const typed = annotatedProvenance(parameter, context);
  if (typed) return typed;
  const handler = parameter.getParent();
  if (!(Node.isArrowFunction(handler) || Node.isFunctionExpression(handler)) || handler.getParameters()[0] !== parameter) return undefined;
  const call = handler.getParent();
  if (!call || !Node.isCallExpression(call) || !call.getArguments().includes(handler)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !HANDLER_METHODS.has(callee.getName())) return undefined;
  const receiver = context.valueOf(callee.getExpression());
  const owner = receiver.kind === "unknown" && receiver.provenance?.kind === "third-party" ? receiver.provenance : undefined;
  const registration = owner ? HANDLER_REGISTRATIONS[`${owner.channel}/${owner.item}`] : undefined;
  if (!owner || !registration?.methods.has(callee.getName())) return undefined;
  if (owner.channel === "discord" && !discordMessageEvent(call.getArguments()[0], context)) return undefined;
  return thirdPartyObject(owner.channel, registration.parameter, `${callee.getText()}() handler`);
}

/** `context: Context` with `Context` imported from probot, or in JavaScript `@param {import("probot").Probot} app`. */
function annotatedProvenance(parameter: ParameterDeclaration, context: HandlerContext): ThirdPartyProvenance | undefined {
  const type = parameter.getTypeNode() ?? jsDocType(parameter);
  let module: string | undefined;
  let name: string | undefined;
  if (type && Node.isTypeReference(type)) {
    const qualified = context.qualify(type.getTypeName());
    module = qualified?.module;
    name = qualified?.names.join(".");
  } else if (type && Node.isImportTypeNode(type)) {
    const argument = type.getArgument();
    const literal = Node.isLiteralTypeNode(argument) ? argument.getLiteral() : undefined;
    module = literal && Node.isStringLiteral(literal) ? literal.getLiteralValue() : undefined;
    name = type.getQualifier()?.getText();
  }
  const known = module && name !== undefined ? THIRD_PARTY_TYPES[module]?.[name] : undefined;
  return known ? thirdPartyObject(known[0], known[1], `${parameter.getName()}: ${name}`) : undefined;
}

function jsDocType(parameter: ParameterDeclaration): TypeNode | undefined {
  const tagged = ts.getJSDocType(parameter.compilerNode);
  const type = tagged ? morphNodeOf(parameter.getSourceFile(), tagged) : undefined;
  return type && Node.isTypeNode(type) ? type : undefined;
}

/** `"messageCreate"` or `Events.MessageCreate` of discord.js. */
function discordMessageEvent(event: Node | undefined, context: HandlerContext): boolean {
  if (!event) return false;
  if (Node.isStringLiteral(event)) return DISCORD_MESSAGE_EVENTS.has(event.getLiteralValue());
  const qualified = context.qualify(event);
  return qualified?.module === "discord.js" && qualified.names[0] === "Events" && DISCORD_MESSAGE_EVENTS.has(qualified.names[1] ?? "");
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
