import { defineRule, type Placement } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import { option, type AgentSpec } from "../src/model/agent.js";
import type { ContainerSpec, EnvironmentEntry } from "../src/model/container.js";
import type { BuildVariable } from "../src/model/image.js";
import { CONTAINER_INPUTS, reportContainerFindings, type ContainerFinding } from "../src/model/container-findings.js";
import { mcpServers } from "../src/model/mcp.js";
import { launchesClaudeCli } from "../src/model/cli.js";
import type { FileModel } from "../src/model/file-model.js";
import { alternatives, entryOf, joinWhen, knownString, textParts, whenSuffix, type RValue } from "../src/model/value.js";
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
    INPUT.typescriptAgents,
    INPUT.pythonAgents,
    INPUT.settings,
    INPUT.mcpJson,
    INPUT.subagentFiles,
    INPUT.dockerfiles,
    ...CONTAINER_INPUTS,
  ],
  docs: {
    description: "Disallow credential literals in agent configuration values: SDK `env`, MCP server `env` and `headers`, the process environment an agent inherits, and container environments.",
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
    processEnv:
      "`{{name}}` is set to a hardcoded {{kind}} ({{masked}}) with `{{api}}`: anyone with the code has it, and the agent started here inherits it, so any command the agent runs can print it. Set it in the environment the process starts with, from a secret manager, instead{{when}}.",

    dockerfileEnv:
      "`ENV {{name}}` holds a hardcoded {{kind}} ({{masked}}): it is stored in the image, where anyone who can pull the image reads it (`docker inspect`, `docker history`). Pass it when the container starts, as an environment variable or a secret, instead{{when}}.",
    dockerfileArg:
      "The default of `ARG {{name}}` holds a hardcoded {{kind}} ({{masked}}): build arguments are recorded in the image's history, where anyone who can pull the image reads them. Use a build secret (`RUN --mount=type=secret,id=…`) instead{{when}}.",
    dockerfileStageEnv:
      "`ENV {{name}}` in {{stage}} holds a hardcoded {{kind}} ({{masked}}): anyone with the repository has it, and the stage's layers keep it in the build cache and in any image built from that stage. Use a build secret (`RUN --mount=type=secret,id=…`) instead{{when}}.",
    dockerfileStageArg:
      "The default of `ARG {{name}}` in {{stage}} holds a hardcoded {{kind}} ({{masked}}): anyone with the repository has it, and the build records it in that stage's history, which the build cache keeps. Use a build secret (`RUN --mount=type=secret,id=…`) instead{{when}}.",
    dockerfileGlobalArg:
      "The default of `ARG {{name}}` before the first `FROM` holds a hardcoded {{kind}} ({{masked}}): anyone with the repository has it, and every stage that declares `ARG {{name}}` receives it. Use a build secret (`RUN --mount=type=secret,id=…`) instead{{when}}.",
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
    if (startsAgent(context.model)) {
      for (const write of context.model.environmentWrites) {
        for (const { value, when } of alternatives(write.value, write.when ?? "")) {
          for (const { secret, kind } of credentialsIn(write.name, value)) {
            const loc = value.loc.file === context.model.file.path ? value.loc : write.nameLoc;
            const data = { name: write.name, api: write.api, kind, masked: maskSecret(secret), when: whenSuffix(when) };
            context.report({ messageId: "processEnv", loc, data, secrets: [secret] });
          }
        }
      }
    }
    reportContainerFindings(context, (spec) => spec.environment.flatMap((entry) => containerEnvironmentSecrets(spec, entry)));
    for (const build of context.model.imageBuilds) {
      for (const variable of build.variables) {
        for (const { secret, kind } of alternatives(variable.value).flatMap(({ value }) => credentialsIn(variable.name, value))) {
          context.report({
            messageId: buildVariableMessage(variable),
            loc: variable.value.loc.file === build.file ? variable.value.loc : variable.nameLoc,
            data: { name: variable.name, stage: variable.stage ?? "", kind, masked: maskSecret(secret), when: "" },
            secrets: [secret],
          });
        }
      }
    }
  },
});

/**
 * A file that builds an agent in code or launches the CLI: what it puts into the process
 * environment reaches that agent. Elsewhere (a test's fake environment, a config loader) it is
 * not this rule's concern.
 */
function startsAgent(model: FileModel): boolean {
  const inCode = model.agents.some((agent) => agent.language === "typescript" || agent.language === "javascript" || agent.language === "python");
  return inCode || model.cliInvocations.some(launchesClaudeCli);
}

function buildVariableMessage(variable: BuildVariable): string {
  if (variable.stage === undefined) return "dockerfileGlobalArg";
  if (variable.inFinalImage) return variable.buildArgument ? "dockerfileArg" : "dockerfileEnv";
  return variable.buildArgument ? "dockerfileStageArg" : "dockerfileStageEnv";
}

/** A container's environment entry: a literal credential, unless it is a reference to a secret store. */
function containerEnvironmentSecrets(spec: ContainerSpec, entry: EnvironmentEntry): ContainerFinding[] {
  if (entry.fromSecretReference) return [];
  // A Dockerfile's values are judged once each, where they are written (ImageBuild.variables):
  // the final stage's environment holds some of the same entries.
  if (spec.source === "dockerfile") return [];
  const messageId = CONTAINER_MESSAGES[spec.source];
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
  "docker-py": "dockerSdkEnv",
  dockerode: "dockerSdkEnv",
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
