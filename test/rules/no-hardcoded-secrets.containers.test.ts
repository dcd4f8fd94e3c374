/** no-hardcoded-secrets on container environments: Kubernetes, docker run, compose and Dockerfiles. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "no-hardcoded-secrets";
// Fake credentials in real formats, split so that no scanner flags this test file itself.
const GITHUB = "ghp_" + "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
const RANDOM = "7FAc9QeWJKY40" + "uvSwMFLZDe1";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(`${RULE} in containers`, () => {
  it("reports a credential in a Kubernetes env value, masked, at the value", () => {
    const code = pod(`env:\n  - name: GH_TOKEN\n    value: ${GITHUB}\n  - name: API_KEY\n    value: "${RANDOM}"\n  - name: LOG_LEVEL\n    value: debug`);
    expect(at(code, "pod.yaml")).toEqual([
      [11, GITHUB],
      [13, `"${RANDOM}"`],
    ]);
    const [first] = findingsOf(RULE, code, { filename: "pod.yaml" });
    expect(first?.message).toBe(
      '`env` entry `GH_TOKEN` of container "main" of Pod "agent" holds a hardcoded GitHub token (ghp_…(40 chars)): anyone who can read the manifest or the pod has it. Store it in a Secret and reference it with `valueFrom.secretKeyRef` instead.',
    );
  });

  it("does not report secret references, placeholders, variable references or file paths", () => {
    const code = pod(`env:
  - name: API_KEY
    valueFrom: {secretKeyRef: {name: agent, key: api-key}}
  - name: TOKEN
    value: "\${TOKEN}"
  - name: PASSWORD
    value: "$(DB_PASSWORD)"
  - name: API_KEY_FILE
    value: /run/secrets/api-key
  - name: SECRET
    value: your-secret-here`);
    expect(at(code, "pod.yaml")).toEqual([]);
  });

  it("reports docker run -e NAME=credential at the value, not -e NAME or a value built at run time", () => {
    const code = `${CP}spawn("docker", ["run", "-e", "GH_TOKEN=${GITHUB}", "-e", "API_KEY", "agent:1"]);
execSync("docker run --env API_KEY=${RANDOM} agent:1");
export function run(key: string) { spawn("docker", ["run", "-e", \`API_KEY=\${key}\`, "agent:1"]); }
`;
    expect(at(code, "run.ts")).toEqual([
      [2, GITHUB],
      [3, RANDOM],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[0]?.message).toBe(
      "`-e GH_TOKEN=…` of `docker run agent:1` holds a hardcoded GitHub token (ghp_…(40 chars)): anyone with the code has it, and `docker inspect` shows it to anyone on the host. Pass it on from the environment (`-e GH_TOKEN`) or with `--env-file` instead.",
    );
  });

  it("reports Docker SDK environments at the value: docker-py `environment`, dockerode `Env`", () => {
    const python = `import docker\ndocker.from_env().containers.run("agent:1", environment={"GH_TOKEN": "${GITHUB}", "MODE": "fast"})\n`;
    expect(at(python, "run.py")).toEqual([[2, `"${GITHUB}"`]]);
    expect(findingsOf(RULE, python, { filename: "run.py" })[0]?.message).toBe(
      "The environment variable `GH_TOKEN` of `containers.run` of image `agent:1` holds a hardcoded GitHub token (ghp_…(40 chars)): anyone with the code has it, and the engine shows it to anyone who can inspect the container. Read it from the environment or a secret manager instead.",
    );
    const javascript = `import Docker from "dockerode";\nnew Docker().createContainer({ Image: "agent:1", Env: ["API_KEY=${RANDOM}", \`TOKEN=\${process.env.TOKEN}\`] });\n`;
    expect(at(javascript, "run.ts")).toEqual([[2, RANDOM]]);
  });

  it("reports compose environment literals in map and list form, at the value", () => {
    const code = `services:\n  agent:\n    image: agent:1\n    environment:\n      GH_TOKEN: ${GITHUB}\n      MODE: fast\n  tools:\n    image: tools:1\n    environment:\n      - API_KEY=${RANDOM}\n      - GH_TOKEN\n      - PASSWORD=\${PASSWORD:-changeme}\n`;
    expect(at(code, "compose.yaml")).toEqual([
      [5, GITHUB],
      [10, RANDOM],
    ]);
    expect(findingsOf(RULE, code, { filename: "compose.yaml" })[0]?.message).toBe(
      "`environment.GH_TOKEN` of service \"agent\" holds a hardcoded GitHub token (ghp_…(40 chars)): anyone with the repository has it, and rotating it means changing the file. Take it from an untracked `.env` file (`GH_TOKEN: ${GH_TOKEN}`) or use compose `secrets:` instead.",
    );
  });

  it("reports Dockerfile ENV and ARG defaults once each, where they are written, in the words of the stage they end up in", () => {
    const code = `ARG GLOBAL_KEY=${RANDOM}
FROM node:20 AS deps
ENV NPM_TOKEN=${GITHUB}
ARG BUILD_KEY=${RANDOM}
FROM node:20 AS base
ENV GH_TOKEN=${GITHUB}
FROM base
ARG API_KEY=${RANDOM}
USER node
`;
    expect(findingsOf(RULE, code, { filename: "Dockerfile" }).map((finding) => [finding.line, finding.column, finding.message.split(":")[0]])).toEqual([
      [1, 16, "The default of `ARG GLOBAL_KEY` before the first `FROM` holds a hardcoded secret (7FAc…(24 chars))"],
      [3, 15, '`ENV NPM_TOKEN` in stage "deps" holds a hardcoded GitHub token (ghp_…(40 chars))'],
      [4, 15, 'The default of `ARG BUILD_KEY` in stage "deps" holds a hardcoded secret (7FAc…(24 chars))'],
      [6, 14, "`ENV GH_TOKEN` holds a hardcoded GitHub token (ghp_…(40 chars))"],
      [8, 13, "The default of `ARG API_KEY` holds a hardcoded secret (7FAc…(24 chars))"],
    ]);
  });
});
