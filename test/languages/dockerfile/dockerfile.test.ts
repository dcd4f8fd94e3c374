import { describe, expect, it } from "vitest";
import { isDockerfileName } from "../../../src/languages/dockerfile/language.js";
import { extractDockerfile, prepareDockerfile } from "../../../src/languages/dockerfile/index.js";
import { classifyPath, mightMatter } from "../../../src/languages/registry.js";
import type { FileModel } from "../../../src/model/file-model.js";
import { allCommands } from "../../../src/model/shell.js";
import { at, settingText, summarize, valueText } from "../container-summary.js";

await prepareDockerfile();

function extract(text: string): FileModel {
  return extractDockerfile({ path: "Dockerfile", absolutePath: "/project/Dockerfile", text, kind: "dockerfile" }, { cwd: "/project", readFile: () => undefined });
}

const container = (text: string) => {
  const [spec] = extract(text).containers;
  if (!spec) throw new Error("no container");
  return summarize(spec);
};
const build = (text: string) => {
  const [image] = extract(text).imageBuilds;
  if (!image) throw new Error("no image build");
  return image;
};

describe("Dockerfile names", () => {
  it.each(["Dockerfile", "dockerfile", "Containerfile", "Dockerfile.dev", "Dockerfile.agent.prod", "agent.Dockerfile", "worker.dockerfile", "api.Containerfile", "docker/Dockerfile"])("reads %s", (name) => {
    expect(classifyPath(`/repo/${name}`)).toBe("dockerfile");
  });

  it("lets every Dockerfile through the pre-filter: one without USER is a finding", () => {
    expect(mightMatter("dockerfile", "FROM alpine:3.20\n")).toBe(true);
  });

  it.each(["Dockerfile.md", "Dockerfile.j2", "Dockerfile.template", "Dockerfile.bak", "DOCKERFILE", "Dockerfiles", "my-Dockerfile", ".Dockerfile", "Dockerfile-dev"])("does not read %s", (name) => {
    expect(isDockerfileName(name)).toBe(false);
  });
});

describe("Dockerfile container", () => {
  it("is the final stage, with its USER, ENV and ARG defaults located exactly", () => {
    const text = `FROM node:20 AS build
USER builder
FROM node:20-slim AS runtime
ARG PORT=8080
ENV NODE_ENV=production \\
    API_URL="https://api.example.com"
USER node:node
`;
    expect(container(text)).toEqual([
      'dockerfile the final stage "runtime" @3:1-3:29',
      'user: USER@7:1-7:5 = "node:node"@7:6-7:15',
      'env: NODE_ENV@5:5-5:13 = "production"@5:14-5:24',
      'env: API_URL@6:5-6:12 = "https://api.example.com"@6:13-6:38',
      'env: PORT@4:5-4:9 = "8080"@4:10-4:14 (ARG)',
    ]);
  });

  it("has no user when the final stage sets none, even if an earlier unrelated stage does", () => {
    expect(container("FROM golang:1.23 AS build\nUSER 1000\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out /app\n")).toEqual([
      "dockerfile the final stage @3:1-3:38",
    ]);
  });

  it("inherits USER and ENV from the stage it is built FROM, and the last USER wins", () => {
    const text = "FROM python:3.12 AS base\nENV HOME=/home/app\nUSER app\nFROM base AS dev\nUSER root\nFROM base\nRUN true\n";
    expect(container(text)).toEqual(["dockerfile the final stage @6:1-6:10", 'user: USER@3:1-3:5 = "app"@3:6-3:9', 'env: HOME@2:5-2:9 = "/home/app"@2:10-2:19']);
  });

  it("resolves USER from ARG and ENV values, and leaves a variable without a value unknown", () => {
    expect(settingText(extract("FROM alpine:3\nARG UID=10001\nUSER ${UID}:${UID}\n").containers[0]?.user)).toBe('USER@3:1-3:5 = "10001:10001"@3:6-3:19');
    expect(settingText(extract("FROM alpine:3\nARG UID\nUSER $UID\n").containers[0]?.user)).toBe("USER@3:1-3:5 = text(<${UID}>)@3:6-3:10");
  });

  it("reads the conformance shapes: USER set, and no USER", () => {
    expect(container("FROM debian:9\nRUN apt-get update && apt-get -y install vim && apt-get clean\nUSER foo")).toEqual([
      "dockerfile the final stage @1:1-1:14",
      'user: USER@3:1-3:5 = "foo"@3:6-3:9',
    ]);
    expect(container("FROM debian:9\nRUN apt-get update && apt-get -y install vim && apt-get clean")).toEqual(["dockerfile the final stage @1:1-1:14"]);
  });
});

describe("Dockerfile image build", () => {
  it("lists base images with global ARG defaults resolved; stages and scratch are not images", () => {
    const text = `ARG REGISTRY=docker.io
ARG NODE_VERSION=20.18
ARG TAG
FROM --platform=$BUILDPLATFORM \${REGISTRY}/library/node:\${NODE_VERSION}-alpine AS build
FROM node:\${TAG:-latest} AS test
FROM python:\${TAG}
FROM scratch AS empty
FROM BUILD
FROM debian
`;
    expect(build(text).baseImages.map((image) => `${image.key}@${at(image.keyLoc)} ${valueText(image.value)}`)).toEqual([
      'FROM@4:1-4:5 "docker.io/library/node:20.18-alpine"@4:32-4:79',
      'FROM@5:1-5:5 "node:latest"@5:6-5:25',
      "FROM@6:1-6:5 text(python:<${TAG}>)@6:6-6:19",
      'FROM@9:1-9:5 "debian"@9:6-9:12',
    ]);
  });

  it("does not let a stage ARG reach FROM, which only sees global ARGs", () => {
    expect(build("FROM alpine:3.20 AS a\nARG V=9\nFROM node:${V}\n").baseImages.map((image) => valueText(image.value))).toEqual(['"alpine:3.20"@1:6-1:17', "text(node:<${V}>)@3:6-3:15"]);
  });

  it("parses every RUN as shell: continuations, here-documents, exec form; not under a PowerShell SHELL", () => {
    const text = `FROM debian:12
RUN apt-get update \\
  # comment line dropped by Docker
  && apt-get install -y curl
RUN <<EOF
set -e
echo one
EOF
RUN ["/bin/sh", "-c", "echo two"]
SHELL ["powershell", "-Command"]
RUN Write-Host three
`;
    expect(build(text).runs.map((run) => [run.form, at(run.loc), run.script ? allCommands(run.script).map((command) => command.words.map((word) => word.text).join(" ")) : null])).toEqual([
      ["shell", "2:1-4:29", ["apt-get update", "apt-get install -y curl"]],
      ["shell", "5:1-8:4", ["set -e", "echo one"]],
      ["exec", "9:1-9:34", ["/bin/sh -c echo two", "echo two"]],
      ["shell", "11:1-11:21", null],
    ]);
  });

  it("lists COPY/ADD sources with --from, --checksum and --chmod, skipping here-documents and the destination", () => {
    const text = `FROM alpine:3.20 AS build
ARG CFG=config/prod.yaml
COPY --chmod=640 \${CFG} app.py /app/
COPY ["with space.txt", "/data/"]
ADD --checksum=sha256:abc https://example.com/x.tgz /opt/
COPY --from=build /out /app/
COPY <<EOF /etc/motd
hello
EOF
COPY $UNKNOWN /x
`;
    expect(
      build(text).copies.map((copy) => [copy.instruction, copy.source, copy.resolved, at(copy.loc), copy.fromStage ?? null, copy.checksum ?? null, copy.chmod ? `${copy.chmod.mode}@${at(copy.chmod.loc)}` : null]),
    ).toEqual([
      ["COPY", "config/prod.yaml", true, "3:18-3:24", null, null, "640@3:14-3:17"],
      ["COPY", "app.py", true, "3:25-3:31", null, null, "640@3:14-3:17"],
      ["COPY", "with space.txt", true, "4:8-4:22", null, null, null],
      ["ADD", "https://example.com/x.tgz", true, "5:27-5:52", null, "sha256:abc", null],
      ["COPY", "/out", true, "6:19-6:23", "build", null, null],
      ["COPY", "$UNKNOWN", false, "10:6-10:14", null, null, null],
    ]);
  });

  it("lists every ENV value and ARG default of every stage", () => {
    const text = "ARG BASE=alpine:3.20\nFROM $BASE AS a\nENV TOKEN=abc\nARG SECRET=xyz\nFROM $BASE\nENV MODE=prod\n";
    expect(build(text).variables.map((entry) => `${entry.name}@${at(entry.nameLoc)} = ${valueText(entry.value)}${entry.buildArgument ? " (ARG)" : ""}`)).toEqual([
      'BASE@1:5-1:9 = "alpine:3.20"@1:10-1:21 (ARG)',
      'TOKEN@3:5-3:10 = "abc"@3:11-3:14',
      'SECRET@4:5-4:11 = "xyz"@4:12-4:15 (ARG)',
      'MODE@6:5-6:9 = "prod"@6:10-6:14',
    ]);
  });
});

describe("Dockerfile syntax", () => {
  it("keeps comment lines, shell comments in here-documents and trailing shell comments for suppressions", () => {
    const text = "# syntax=docker/dockerfile:1\n# a comment\nFROM alpine:3.20\nRUN <<EOF\n# in the script\necho hi # trailing\nEOF\n";
    expect(extract(text).comments.map((comment) => [comment.line, comment.text.trim(), comment.trailing])).toEqual([
      [2, "a comment", false],
      [5, "in the script", false],
      [6, "trailing", true],
    ]);
  });

  it.each([
    ["an unknown instruction", "FROM alpine:3.20\nRUNN echo hi\n", 'unknown instruction "RUNN"', "2:1-2:5"],
    ["an instruction before FROM", "RUN echo hi\nFROM alpine:3.20\n", "RUN comes before the first FROM; only ARG may", "1:1-1:4"],
    ["FROM without an image", "FROM\n", "FROM needs an argument", "1:1-1:5"],
    ["COPY with one argument", "FROM alpine:3.20\nCOPY app.py\n", "COPY needs at least 2 arguments", "2:1-2:12"],
    ["a here-document never closed", "FROM alpine:3.20\nRUN <<EOF\necho hi\n", 'the here-document <<EOF is never closed with a line "EOF"', "2:5-2:10"],
    ["no FROM at all", "ARG X=1\n", "the Dockerfile has no FROM instruction, so it builds no image", "1:1-1:4"],
  ])("reports %s as a parse problem", (_label, text, message, loc) => {
    expect(extract(text).parseProblems.map((problem) => [problem.message, at(problem.loc)])).toEqual([[message, loc]]);
  });

  it("reports no problem for a valid Dockerfile, an empty one or one with only comments", () => {
    expect(extract("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n  b\n").parseProblems).toEqual([]);
    expect(extract("").parseProblems).toEqual([]);
    expect(extract("# nothing yet\n").parseProblems).toEqual([]);
  });
});

describe("Dockerfiles beyond any real size", () => {
  it("are not read, with a notice that says so", () => {
    const text = "FROM ubuntu\nUSER root\n" + "# padding comment line\nRUN true\n".repeat(5000);
    const model = extract(text);
    expect(model.containers).toEqual([]);
    expect(model.notices.map((notice) => notice.kind)).toEqual(["not-analysed"]);
    expect(model.notices[0]?.message).toMatch(/^Skipped Dockerfile: at \d+ KiB it is far larger than a Dockerfile \(the limit is 128 KiB\)/);
  });

  it("are read up to the limit", () => {
    const text = "FROM ubuntu\nUSER root\n" + "RUN true\n".repeat(1000);
    expect(extract(text).containers).toHaveLength(1);
  });
});
