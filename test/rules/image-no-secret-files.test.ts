import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "image-no-secret-files";
const at = (code: string) => findingsOf(RULE, code, { filename: "Dockerfile" }).map((f) => [f.line, f.column, f.endColumn, f.message.split(" into ")[0]]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags COPY of .env, at the source", () => {
    expect(findingsOf(RULE, "FROM node:20\nCOPY .env package.json ./\n", { filename: "Dockerfile" })).toEqual([
      {
        messageId: "secret",
        line: 2,
        column: 6,
        endLine: 2,
        endColumn: 10,
        severity: "error",
        message:
          "`COPY .env` puts an environment file with secrets (`.env`) into the image, where every layer is kept: anyone who can pull the image can read it, even after a later step deletes it. Use a build secret (`RUN --mount=type=secret`) or provide it at run time instead.",
      },
    ]);
  });

  it("flags private keys, package-manager credentials, cloud and SSH credentials, kubeconfig", () => {
    const code = `FROM node:20
COPY id_rsa /root/.ssh/id_rsa
COPY certs/server.key tls/privkey.pem /etc/tls/
COPY .npmrc .pypirc ./
ADD .aws /root/.aws
COPY .ssh/ /root/.ssh/
COPY deploy/kubeconfig /root/.kube/config
COPY credentials.json /app/
COPY ["config/.env.production", "/app/.env"]
COPY *.pem /etc/ssl/private/
`;
    expect(at(code)).toEqual([
      [2, 6, 12, "`COPY id_rsa` puts an SSH private key"],
      [3, 6, 22, "`COPY certs/server.key` puts a private key (`.key`)"],
      [3, 23, 38, "`COPY tls/privkey.pem` puts a private key (`.pem`)"],
      [4, 6, 12, "`COPY .npmrc` puts npm credentials (`.npmrc`)"],
      [4, 13, 20, "`COPY .pypirc` puts PyPI credentials (`.pypirc`)"],
      [5, 5, 9, "`ADD .aws` puts AWS credentials (`.aws/`)"],
      [6, 6, 11, "`COPY .ssh/` puts SSH keys (`.ssh/`)"],
      [7, 6, 23, "`COPY deploy/kubeconfig` puts a kubeconfig"],
      [8, 6, 22, "`COPY credentials.json` puts a credentials file"],
      [9, 8, 30, "`COPY config/.env.production` puts an environment file with secrets (`.env`)"],
      [10, 6, 11, "`COPY *.pem` puts a private key (`.pem`)"],
    ]);
  });

  it("resolves sources from ARG defaults", () => {
    expect(at("FROM node:20\nARG ENV_FILE=.env.local\nCOPY ${ENV_FILE} ./\n")).toEqual([[3, 6, 17, "`COPY .env.local` puts an environment file with secrets (`.env`)"]]);
  });

  it.each([
    ["an example env file", "COPY .env.example ./"],
    ["an env template", "COPY .env.template .env.sample .env.dist ./"],
    ["a test env file", "COPY .env.test ./"],
    ["a CA certificate", "COPY certs/ca.pem /usr/local/share/ca-certificates/"],
    ["a certificate chain", "COPY fullchain.pem rds-combined-ca-bundle.pem /etc/ssl/"],
    ["a package signing key", "COPY nginx_signing.key /tmp/"],
    ["a public SSH key and known_hosts", "COPY id_rsa.pub .ssh/known_hosts /root/.ssh/"],
    ["an AWS config without credentials", "COPY .aws/config /root/.aws/config"],
    ["files copied from another stage", "COPY --from=build /app/.env /app/.env"],
    ["a credentials example", "COPY credentials.example.json ./"],
    ["the destination named like a secret", "COPY app.conf /root/.ssh/config.d/"],
    ["a here-document", "COPY <<EOF /app/.env\nDEBUG=1\nEOF"],
    ["a whole directory", "COPY . ."],
    ["a source in a variable without a default", "ARG CERT\nCOPY ${CERT} /etc/ssl/"],
  ])("does not flag %s", (_label, line) => {
    expect(at(`FROM node:20\n${line}\n`)).toEqual([]);
  });
});
