/**
 * `docker run` launched from code, read as container specs: every spelling of the options the
 * container rules judge, the image, and what stays unknown.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { InputKind } from "../../src/core/types.js";
import { extractModel } from "../../src/languages/index.js";
import type { ContainerSetting, ContainerSpec } from "../../src/model/container.js";
import { knownString, type RValue } from "../../src/model/value.js";
import { prepareLanguages, VIRTUAL_ROOT } from "../helpers/lint-source.js";
import { virtualReader } from "../helpers/virtual-files.js";

beforeAll(async () => {
  await prepareLanguages();
});

function containersOf(code: string, filename = "run.ts"): readonly ContainerSpec[] {
  const kind: InputKind = filename.endsWith(".py") ? "python" : "typescript";
  const absolutePath = path.join(VIRTUAL_ROOT, filename);
  return extractModel({ path: filename, absolutePath, text: code, kind }, { cwd: VIRTUAL_ROOT, readFile: virtualReader(VIRTUAL_ROOT, { [filename]: code }) }).containers;
}

const TS = 'import { spawn, execSync } from "node:child_process";\n';

function text(value: RValue | undefined): unknown {
  if (!value) return undefined;
  if (value.kind === "boolean") return value.value;
  if (value.kind === "array") return value.elements.map(text);
  return knownString(value) ?? `<${value.kind}>`;
}

function settings(spec: ContainerSpec | undefined): Record<string, unknown> {
  if (!spec) return {};
  const keys = ["image", "user", "privileged", "readOnlyRootFilesystem", "capAdd", "capDrop", "noNewPrivileges", "seccomp", "apparmor", "memoryLimit"] as const;
  const read: Record<string, unknown> = {};
  for (const key of keys) {
    const setting = spec[key] as ContainerSetting | undefined;
    if (setting) read[key] = text(setting.value);
  }
  for (const [name, setting] of Object.entries(spec.hostNamespaces)) read[`ns.${name}`] = text(setting.value);
  if (spec.mounts.length > 0) read["mounts"] = spec.mounts.map((mount) => `${mount.kind} ${String(text(mount.source))} -> ${String(text(mount.target))}${mount.readOnly ? " ro" : ""}`);
  if (spec.environment.length > 0) read["env"] = spec.environment.map((entry) => `${entry.name}=${String(text(entry.value))}`);
  return read;
}

describe("docker run in code", () => {
  it("reads options in both spellings, bundled switches and attached short values", () => {
    const [spec] = containersOf(`${TS}spawn("docker", ["run", "-it", "--rm", "--privileged", "--cap-add", "SYS_ADMIN", "--cap-add=NET_ADMIN,BPF", "--cap-drop=ALL",
  "--read-only", "-u0", "-m", "512m", "--network=host", "--pid", "host", "-v", "/var/run/docker.sock:/var/run/docker.sock", "-v/:/host:ro",
  "--mount", "type=bind,source=/etc,target=/etc,readonly", "-e", "MODE=fast", "--env=TOKEN=abc", "-p8080:80", "--name", "agent", "node:20", "node", "--privileged"]);\n`);
    expect(settings(spec)).toEqual({
      image: "node:20",
      user: "0",
      privileged: true,
      readOnlyRootFilesystem: true,
      capAdd: ["SYS_ADMIN", "NET_ADMIN", "BPF"],
      capDrop: ["ALL"],
      memoryLimit: "512m",
      "ns.network": "host",
      "ns.pid": "host",
      mounts: ["bind /var/run/docker.sock -> /var/run/docker.sock", "bind / -> /host ro", "bind /etc -> /etc ro"],
      env: ["MODE=fast", "TOKEN=abc"],
    });
    expect(spec?.name).toBe('container "agent" (`docker run`)');
    expect(spec?.open).toBe(false);
  });

  it("reads every spelling of --security-opt", () => {
    const specs = containersOf(`${TS}spawn("docker", ["run", "--security-opt", "no-new-privileges", "--security-opt=seccomp=unconfined", "--security-opt", "apparmor:unconfined", "a:1"]);
spawn("podman", ["run", "--security-opt", "no-new-privileges:true", "--security-opt", "seccomp:/etc/agent.json", "b:1"]);
spawn("docker", ["run", "--security-opt=no-new-privileges=false", "c:1"]);\n`);
    expect(specs.map(settings)).toEqual([
      { image: "a:1", noNewPrivileges: true, seccomp: "unconfined", apparmor: "unconfined" },
      { image: "b:1", noNewPrivileges: true, seccomp: "/etc/agent.json" },
      { image: "c:1", noNewPrivileges: false },
    ]);
    expect(specs[0]?.seccomp?.key).toBe("--security-opt seccomp=unconfined");
  });

  it("reads docker container run, global options, create, wrappers and sh -c lines", () => {
    const specs = containersOf(`${TS}spawn("docker", ["--context", "remote", "container", "run", "--privileged", "a:1"]);
spawn("/usr/bin/docker", ["-H=tcp://x:2375", "create", "--privileged", "b:1"]);
spawn("sh", ["-c", "docker run --privileged c:1 && echo done"]);
execSync("env DOCKER_HOST=x nohup docker run --user root d:1");
spawn("docker", ["build", "-t", "e:1", "."]);
spawn("docker", ["--unknown-global", "run", "--privileged", "f:1"]);\n`);
    expect(specs.map((spec) => spec.name)).toEqual(["`docker run a:1`", "`docker create b:1`", "`docker run c:1`", "`docker run d:1`"]);
  });

  it("locates options inside a command line and parts of a word", () => {
    const code = `${TS}execSync("docker run --cap-add=SYS_ADMIN -v /:/host alpine:3");\n`;
    const [spec] = containersOf(code);
    const line = code.split("\n")[1] ?? "";
    const capability = spec?.capAdd?.value.kind === "array" ? spec.capAdd.value.elements[0]?.loc : undefined;
    expect(capability && line.slice(capability.column - 1, capability.endColumn - 1)).toBe("SYS_ADMIN");
    const mount = spec?.mounts[0]?.loc;
    expect(mount && line.slice(mount.column - 1, mount.endColumn - 1)).toBe("/:/host");
  });

  it("keeps the home directory of a partly built mount source", () => {
    const [spec] = containersOf(`${TS}import os from "node:os";\nspawn("docker", ["run", "-v", \`\${os.homedir()}/.ssh:/root/.ssh\`, "a:1"]);\n`);
    expect(spec?.mounts.map((mount) => [mount.kind, mount.source.kind])).toEqual([["bind", "text"]]);
  });

  it("is open when unknown arguments may hold options, and takes a single unknown argument as the image", () => {
    const [spread] = containersOf(`${TS}export function run(extra: string[]) { spawn("docker", ["run", ...extra, "a:1"]); }\n`);
    expect(spread?.open).toBe(true);
    const [image] = containersOf(`${TS}export function run(image: string) { spawn("docker", ["run", "--rm", image, "serve"]); }\n`);
    expect(image?.open).toBe(false);
    expect(image?.image?.value.kind).toBe("unknown");
    const [line] = containersOf(`${TS}export function run(flags: string) { execSync(\`docker run \${flags} a:1\`); }\n`);
    expect(line?.open).toBe(true);
    const [unknownOption] = containersOf(`${TS}spawn("docker", ["run", "--some-new-flag", "x", "a:1"]);\n`);
    expect(unknownOption?.open).toBe(true);
    expect(unknownOption?.image).toBeUndefined();
  });

  it("reads one spec per alternative of the arguments", () => {
    const specs = containersOf(`${TS}export function run(debug: boolean) { spawn("docker", ["run", debug ? "--privileged" : "--read-only", "a:1"]); }\n`);
    expect(specs.map((spec) => [spec.when, settings(spec)])).toEqual([
      ["debug", { image: "a:1", privileged: true }],
      ["not debug", { image: "a:1", readOnlyRootFilesystem: true }],
    ]);
  });

  it("reads docker run from Python", () => {
    const specs = containersOf(
      'import subprocess\nsubprocess.run(["docker", "run", "--rm", "-v", "/etc:/etc", "python:3.12"])\nsubprocess.run("podman run --userns=host alpine:3", shell=True)\n',
      "run.py",
    );
    expect(specs.map(settings)).toEqual([
      { image: "python:3.12", mounts: ["bind /etc -> /etc"] },
      { image: "alpine:3", "ns.userns": "host" },
    ]);
  });
});
