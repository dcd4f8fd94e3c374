import { defineRule, type Placement } from "../src/core/define-rule.js";
import { option, type AgentSpec } from "../src/model/agent.js";
import type { ContainerSpec, EnvironmentEntry } from "../src/model/container.js";
import { CONTAINER_INPUTS, reportContainerFindings, type ContainerFinding } from "../src/model/container-findings.js";
import { mcpServers } from "../src/model/mcp.js";
import { alternatives, entryOf, joinWhen, knownString, textParts, type RValue } from "../src/model/value.js";
import { hasCredentialShape, withoutAuthScheme } from "../src/secrets/credential-shape.js";
import { findSecrets } from "../src/secrets/detect.js";
import { maskSecret } from "../src/secrets/mask.js";
import { isSecretLikeName } from "../src/secrets/names.js";
import { locationInLiteral } from "../src/util/literal-location.js";

type Place = "agentEnv" | "mcpArgv" | "mcpInitialize" | "configEnv" | "configMcp" | "apiKeyHelper";

interface HardcodedSecret extends Placement {
  readonly place: Place;
  readonly data: Record<string, string>;
  readonly secret: string;
  readonly when: string;
}

/** `${VAR}` and `${VAR:-default}` expand at run time (`.mcp.json`, shell-style configs): only a default is literal. */
const EXPANSION = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-(?<fallback>[^}]*))?\}$/;

export default defineRule({
  id: "no-hardcoded-secrets",
  severity: "error",
  category: "agent",
  inputs: [
    "TypeScript/JavaScript agent code",
    "Python agent code",
    "Claude Code settings (`.claude/settings*.json`)",
    "`.mcp.json`",
    "subagent files (`.claude/agents/*.md`)",
    "Dockerfiles",
    ...CONTAINER_INPUTS,
  ],
  docs: {
    description: "Disallow credential literals in agent configuration values: SDK `env`, MCP server `env` and `headers`, and container environments.",
    securitySeverity: 8.0,
  },
  messages: {
    configEnv:
      "`{{name}}` holds a hardcoded {{kind}} ({{masked}}): everyone who can read this repository has it, and every command the agent runs inherits it. Remove it, revoke it, and set it in each user's own environment instead{{when}}.",
    configMcp:
      "`{{name}}` of MCP server \"{{server}}\" holds a hardcoded {{kind}} ({{masked}}): everyone who can read this repository has it. Remove it, revoke it, and reference an environment variable instead (`\"${VAR}\"`){{when}}.",
    apiKeyHelper:
      "`apiKeyHelper` holds a hardcoded {{kind}} ({{masked}}) in its command: everyone who can read this file has the key. Make the helper read it from a keychain or secret manager instead{{when}}.",
    agentEnv:
      "`{{name}}` holds a hardcoded {{kind}} ({{masked}}): anyone with the code has it, and rotating it needs a release. Read it from the environment or a secret manager instead{{when}}.",
    mcpArgv:
      "`{{name}}` of MCP server \"{{server}}\" holds a hardcoded {{kind}} ({{masked}}): anyone with the code has it, and the SDK passes MCP `env` and `headers` on the command line (mcpServersDelivery \"argv\", the default), where other users of the machine can read it. Read it from the environment or a secret manager instead{{when}}.",
    mcpInitialize:
      "`{{name}}` of MCP server \"{{server}}\" holds a hardcoded {{kind}} ({{masked}}): anyone with the code has it, and rotating it needs a release. Read it from the environment or a secret manager instead{{when}}.",

    dockerfileEnv:
      "`ENV {{name}}` holds a hardcoded {{kind}} ({{masked}}): it is stored in the image, where anyone who can pull the image reads it (`docker inspect`, `docker history`). Pass it when the container starts, as an environment variable or a secret, instead{{when}}.",
    dockerfileArg:
      "The default of `ARG {{name}}` holds a hardcoded {{kind}} ({{masked}}): build arguments are recorded in the image's history, where anyone who can pull the image reads them. Use a build secret (`RUN --mount=type=secret,id=…`) instead{{when}}.",
    composeEnv:
      "`environment.{{name}}` of {{container}} holds a hardcoded {{kind}} ({{masked}}): anyone with the repository has it, and rotating it means changing the file. Take it from an untracked `.env` file (`{{name}}: ${{{name}}}`) or use compose `secrets:` instead{{when}}.",
    kubernetesEnv:
      "`env` entry `{{name}}` of {{container}} holds a hardcoded {{kind}} ({{masked}}): anyone who can read the manifest or the pod has it. Store it in a Secret and reference it with `valueFrom.secretKeyRef` instead{{when}}.",
    dockerRunEnv:
      "`-e {{name}}=…` of {{container}} holds a hardcoded {{kind}} ({{masked}}): anyone with the code has it, and `docker inspect` shows it to anyone on the host. Pass it on from the environment (`-e {{name}}`) or with `--env-file` instead{{when}}.",
    dockerSdkEnv:
      "The environment variable `{{name}}` of {{container}} holds a hardcoded {{kind}} ({{masked}}): anyone with the code has it, and the engine shows it to anyone who can inspect the container. Read it from the environment or a secret manager instead{{when}}.",
  },
  defaultOptions: {},
  check(context) {
    function judgeEntries(agent: AgentSpec, container: RValue, describe: (key: string) => { place: Place; name: string; server?: string }): HardcodedSecret[] {
      return alternatives(container).flatMap(({ value: object, when: objectWhen }) => {
        if (object.kind !== "object") return [];
        return object.entries.flatMap((entry) =>
          alternatives(entry.value, objectWhen).flatMap(({ value, when }) =>
            credentialsIn(entry.key, value).map(({ secret, kind }) => {
              const { place, name, server } = describe(entry.key);
              return {
                place,
                ...context.locate(agent, value.loc, entry.keyLoc),
                data: { name, kind, masked: maskSecret(secret), ...(server !== undefined && { server }) },
                secret,
                when,
              };
            }),
          ),
        );
      });
    }

    function judgeAgent(agent: AgentSpec): HardcodedSecret[] {
      const found: HardcodedSecret[] = [];
      const inConfigFile = agent.language === "json" || agent.language === "yaml";
      const env = option(agent, "env");
      if (env) found.push(...judgeEntries(agent, env.value, (key) => ({ place: inConfigFile ? "configEnv" : "agentEnv", name: `${env.key}.${key}` })));
      const helper = option(agent, "apiKeyHelper");
      if (helper) found.push(...judgeHelper(agent, helper.value, context.model.file.text));
      const place = inConfigFile ? "configMcp" : mcpDelivery(agent);
      for (const server of mcpServers(agent)) {
        for (const field of ["env", "headers"] as const) {
          const value = server[field];
          if (!value) continue;
          found.push(
            ...judgeEntries(agent, value, (key) => ({ place, name: `${field}.${key}`, server: server.name })).map((item) => ({
              ...item,
              when: joinWhen(server.when ?? "", item.when),
            })),
          );
        }
      }
      return found;
    }

    for (const agent of context.model.agents) {
      for (const item of judgeAgent(agent)) {
        context.report({ agent, when: item.when, messageId: item.place, loc: item.loc, ...(item.origin && { origin: item.origin }), data: item.data, secrets: [item.secret] });
      }
    }
    reportContainerFindings(context, (spec) => spec.environment.flatMap((entry) => containerEnvironmentSecrets(spec, entry)));
  },
});

/** A container's environment entry: a literal credential, unless it is a reference to a secret store. */
function containerEnvironmentSecrets(spec: ContainerSpec, entry: EnvironmentEntry): ContainerFinding[] {
  if (entry.fromSecretReference) return [];
  const messageId = spec.source === "dockerfile" ? (entry.buildArgument ? "dockerfileArg" : "dockerfileEnv") : CONTAINER_MESSAGES[spec.source];
  return alternatives(entry.value).flatMap(({ value }) =>
    credentialsIn(entry.name, value).map(({ secret, kind }) => ({
      messageId,
      loc: value.loc.file === spec.file ? value.loc : entry.nameLoc,
      data: { name: entry.name, container: spec.name, kind, masked: maskSecret(secret) },
      secrets: [secret],
    })),
  );
}

const CONTAINER_MESSAGES: Readonly<Record<Exclude<ContainerSpec["source"], "dockerfile">, string>> = {
  compose: "composeEnv",
  kubernetes: "kubernetesEnv",
  "docker-run": "dockerRunEnv",
  "docker-sdk": "dockerSdkEnv",
};

/** `apiKeyHelper` is a shell command whose output is the key: `echo sk-ant-…` writes the key into the file. */
function judgeHelper(agent: AgentSpec, value: RValue, fileText: string): HardcodedSecret[] {
  return alternatives(value).flatMap(({ value: command, when }) => {
    const text = knownString(command);
    if (text === undefined) return [];
    return findSecrets(text).map((secret) => ({
      place: "apiKeyHelper" as const,
      loc: command.loc.file === agent.file ? (locationInLiteral(fileText, command.loc, text, secret.start, secret.end) ?? command.loc) : agent.loc,
      data: { kind: secret.kind, masked: maskSecret(secret.value) },
      secret: secret.value,
      when,
    }));
  });
}

/** TypeScript can deliver MCP configs in the initialize request instead of argv; Python always uses argv. */
function mcpDelivery(agent: AgentSpec): Place {
  const delivery = entryOf(agent.options, "mcpServersDelivery");
  return delivery && knownString(delivery.value) === "initialize" ? "mcpInitialize" : "mcpArgv";
}

/**
 * Credentials in one configuration value: any known credential format in its literal text,
 * or, under a secret-like name, a whole literal value that looks random enough to be one.
 */
function credentialsIn(name: string, value: RValue): Array<{ secret: string; kind: string }> {
  const parts = textParts(value);
  if (!parts) return [];
  const found = parts.flatMap((part) => (part.kind === "literal" ? findSecrets(part.text).map((m) => ({ secret: m.value, kind: m.kind })) : []));
  if (found.length > 0) return found;
  const literal = knownString(value);
  if (literal === undefined || !isSecretLikeName(name)) return [];
  const expansion = EXPANSION.exec(literal.trim());
  const candidate = expansion ? expansion.groups?.["fallback"] : literal;
  return candidate !== undefined && hasCredentialShape(candidate) ? [{ secret: withoutAuthScheme(candidate), kind: "secret" }] : [];
}
