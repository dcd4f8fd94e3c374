/**
 * Containers started through the Docker SDKs (docker-py, dockerode), read as container specs:
 * the client recognised through imports only, every option spelling, and what stays unknown.
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

function containersOf(code: string, filename: string, files: Readonly<Record<string, string>> = {}): readonly ContainerSpec[] {
  const kind: InputKind = filename.endsWith(".py") ? "python" : "typescript";
  const absolutePath = path.join(VIRTUAL_ROOT, filename);
  return extractModel({ path: filename, absolutePath, text: code, kind }, { cwd: VIRTUAL_ROOT, readFile: virtualReader(VIRTUAL_ROOT, { ...files, [filename]: code }) }).containers;
}

function text(value: RValue | undefined): unknown {
  if (!value) return undefined;
  if (value.kind === "boolean" || value.kind === "number") return value.value;
  if (value.kind === "array") return value.elements.map(text);
  return knownString(value) ?? `<${value.kind}>`;
}

function summary(spec: ContainerSpec): Record<string, unknown> {
  const keys = ["image", "user", "privileged", "readOnlyRootFilesystem", "capAdd", "capDrop", "noNewPrivileges", "seccomp", "apparmor", "memoryLimit"] as const;
  const read: Record<string, unknown> = { source: spec.source, name: spec.name, open: spec.open };
  for (const key of keys) {
    const setting = spec[key] as ContainerSetting | undefined;
    if (setting) read[key] = `${setting.key}=${JSON.stringify(text(setting.value))}`;
  }
  for (const [namespace, setting] of Object.entries(spec.hostNamespaces)) read[`ns.${namespace}`] = `${setting.key}=${JSON.stringify(text(setting.value))}`;
  if (spec.mounts.length > 0) read["mounts"] = spec.mounts.map((mount) => `${mount.kind} ${String(text(mount.source))} -> ${String(text(mount.target))}${mount.readOnly ? " ro" : ""}`);
  if (spec.environment.length > 0) read["env"] = spec.environment.map((entry) => `${entry.name}=${String(text(entry.value))}`);
  return read;
}

/** The text of `code` a location spans (on its first line). */
function at(code: string, loc: { line: number; column: number; endLine: number; endColumn: number }): string {
  const line = code.split("\n")[loc.line - 1] ?? "";
  return line.slice(loc.column - 1, loc.endLine === loc.line ? loc.endColumn - 1 : undefined);
}

describe("docker-py", () => {
  it("reads containers.run and containers.create keyword arguments in their own spelling", () => {
    const code = `import docker

client = docker.from_env()
client.containers.run(
    "python:3.12-slim",
    ["python", "-c", "print(1)"],
    name="sandbox",
    privileged=True,
    cap_add=["SYS_ADMIN"],
    cap_drop=["NET_RAW"],
    security_opt=["no-new-privileges:true", "seccomp=unconfined", "apparmor:unconfined"],
    network_mode="host",
    pid_mode="host",
    ipc_mode="host",
    user=0,
    read_only=False,
    mem_limit="512m",
    volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "ro"}, "cache": {"bind": "/cache"}},
    environment=["MODE=fast", "TOKEN"],
)
client.containers.create(image="alpine:3.20", volumes=["/:/host:ro", "data:/data"], environment={"A": "b"})
`;
    const [run, create] = containersOf(code, "run.py");
    expect(summary(run as ContainerSpec)).toEqual({
      source: "docker-py",
      name: 'container "sandbox" (`containers.run`)',
      open: false,
      image: 'image="python:3.12-slim"',
      user: "user=0",
      privileged: "privileged=true",
      readOnlyRootFilesystem: "read_only=false",
      capAdd: 'cap_add=["SYS_ADMIN"]',
      capDrop: 'cap_drop=["NET_RAW"]',
      noNewPrivileges: "no-new-privileges:true=true",
      seccomp: 'seccomp=unconfined="unconfined"',
      apparmor: 'apparmor:unconfined="unconfined"',
      memoryLimit: 'mem_limit="512m"',
      "ns.network": 'network_mode="host"',
      "ns.pid": 'pid_mode="host"',
      "ns.ipc": 'ipc_mode="host"',
      mounts: ["bind /var/run/docker.sock -> /var/run/docker.sock ro", "volume cache -> /cache"],
      env: ["MODE=fast"],
    });
    expect(summary(create as ContainerSpec)).toEqual({
      source: "docker-py",
      name: "`containers.create` of image `alpine:3.20`",
      open: false,
      image: 'image="alpine:3.20"',
      mounts: ["bind / -> /host ro", "volume data -> /data"],
      env: ["A=b"],
    });
    expect(at(code, (run as ContainerSpec).loc)).toBe("run");
    expect(at(code, (run as ContainerSpec).privileged?.value.loc as ContainerSpec["loc"])).toBe("True");
    expect(at(code, (run as ContainerSpec).mounts[0]?.loc as ContainerSpec["loc"])).toBe('"/var/run/docker.sock"');
  });

  it("recognises the client however it is reached: imported names, with, a parameter annotation, self", () => {
    const code = `import docker as dk
from docker import DockerClient, from_env

def a():
    from_env().containers.run("a:1", privileged=True)

def b():
    with DockerClient(base_url="tcp://engine:2376") as client:
        client.containers.run("b:1", privileged=True)

def c(client: dk.DockerClient):
    client.containers.run("c:1", privileged=True)

class Pool:
    def __init__(self):
        self.engine = dk.from_env()

    def start(self):
        return self.engine.containers.create("d:1", privileged=True)
`;
    expect(containersOf(code, "run.py").map((spec) => text(spec.image?.value))).toEqual(["a:1", "b:1", "c:1", "d:1"]);
  });

  it("never recognises a client by its name alone", () => {
    const code = `import subprocess
from myproject.sandbox import docker

class Fake:
    def run(self, *args, **kwargs): ...

client = Fake()
client.containers.run("a:1", privileged=True)
docker.containers.run("b:1", privileged=True)

def make():
    import docker
    return docker.from_env()

made = make()
made.containers.run("c:1", privileged=True)
subprocess.run(["ls"])
`;
    expect(containersOf(code, "run.py")).toEqual([]);
  });

  it("leaves a container open when **kwargs may set options, and keeps known ones", () => {
    const code = `import docker

HARDENING = {"read_only": True, "cap_drop": ["ALL"]}

def start(extra):
    docker.from_env().containers.run("a:1", **HARDENING)
    docker.from_env().containers.run("b:1", privileged=True, **extra)
`;
    const [known, open] = containersOf(code, "run.py");
    expect(summary(known as ContainerSpec)).toMatchObject({ open: false, readOnlyRootFilesystem: "read_only=true", capDrop: 'cap_drop=["ALL"]' });
    expect(summary(open as ContainerSpec)).toMatchObject({ open: true, privileged: "privileged=true" });
  });
});

describe("dockerode", () => {
  it("reads createContainer options and HostConfig in their own spelling", () => {
    const code = `import Docker from "dockerode";

const docker = new Docker({ socketPath: "/var/run/docker.sock" });
await docker.createContainer({
  Image: "node:20.15",
  name: "sandbox",
  User: "root",
  Env: ["MODE=fast"],
  HostConfig: {
    Privileged: true,
    CapAdd: ["NET_ADMIN"],
    CapDrop: ["ALL"],
    SecurityOpt: ["no-new-privileges", "seccomp=unconfined"],
    Binds: ["/var/run/docker.sock:/var/run/docker.sock", "cache:/cache"],
    Mounts: [{ Type: "bind", Source: "/etc", Target: "/host/etc", ReadOnly: true }],
    NetworkMode: "host",
    PidMode: "host",
    ReadonlyRootfs: false,
    Memory: 536870912,
  },
});
`;
    const [spec] = containersOf(code, "run.ts");
    expect(summary(spec as ContainerSpec)).toEqual({
      source: "dockerode",
      name: 'container "sandbox" (`createContainer`)',
      open: false,
      image: 'Image="node:20.15"',
      user: 'User="root"',
      privileged: "HostConfig.Privileged=true",
      readOnlyRootFilesystem: "HostConfig.ReadonlyRootfs=false",
      capAdd: 'HostConfig.CapAdd=["NET_ADMIN"]',
      capDrop: 'HostConfig.CapDrop=["ALL"]',
      noNewPrivileges: "no-new-privileges=true",
      seccomp: 'seccomp=unconfined="unconfined"',
      memoryLimit: "HostConfig.Memory=536870912",
      "ns.network": 'HostConfig.NetworkMode="host"',
      "ns.pid": 'HostConfig.PidMode="host"',
      mounts: ["bind /var/run/docker.sock -> /var/run/docker.sock", "volume cache -> /cache", "bind /etc -> /host/etc ro"],
      env: ["MODE=fast"],
    });
    expect(at(code, (spec as ContainerSpec).loc)).toBe("createContainer");
  });

  it("reads docker.run's create options, and a run without them as a container with no options", () => {
    const code = `const Docker = require("dockerode");
const docker = new Docker();
docker.run("ubuntu:24.04", ["bash"], process.stdout, { HostConfig: { Privileged: true } });
docker.run("alpine:3.20", ["true"], process.stdout, (error) => console.log(error));
`;
    expect(containersOf(code, "run.js").map(summary)).toEqual([
      { source: "dockerode", name: "`run` of image `ubuntu:24.04`", open: false, image: 'Image="ubuntu:24.04"', privileged: "HostConfig.Privileged=true" },
      { source: "dockerode", name: "`run` of image `alpine:3.20`", open: false, image: 'Image="alpine:3.20"' },
    ]);
  });

  it("recognises the client through a typed parameter, a parameter property and this", () => {
    const code = `import Dockerode from "dockerode";
import * as DockerNs from "dockerode";

export function a(docker: Dockerode) {
  return docker.createContainer({ Image: "a:1" });
}

export class Pool {
  private engine = new DockerNs();
  constructor(private readonly docker: Dockerode) {}
  b() {
    return this.docker.createContainer({ Image: "b:1" });
  }
  c() {
    return this.engine.createContainer({ Image: "c:1" });
  }
}
`;
    expect(containersOf(code, "run.ts").map((spec) => text(spec.image?.value))).toEqual(["a:1", "b:1", "c:1"]);
  });

  it("never recognises a client by its name alone", () => {
    const code = `import { docker } from "./engine";

class Docker {
  createContainer(options: object) { return options; }
}
const local = new Docker();
local.createContainer({ Image: "a:1", HostConfig: { Privileged: true } });
docker.createContainer({ Image: "b:1", HostConfig: { Privileged: true } });
`;
    expect(containersOf(code, "run.ts", { "engine.ts": "export const docker = { createContainer: (o: object) => o };\n" })).toEqual([]);
  });

  it("judges each alternative of the options, and leaves unknown host configs open", () => {
    const code = `import Docker from "dockerode";
const docker = new Docker();
export function start(trusted: boolean, hostConfig: object) {
  docker.createContainer({ Image: "a:1", HostConfig: trusted ? { Privileged: true } : { ReadonlyRootfs: true } });
  docker.createContainer({ Image: "b:1", HostConfig: hostConfig });
}
`;
    expect(containersOf(code, "run.ts").map((spec) => [spec.when, summary(spec)["privileged"], summary(spec)["readOnlyRootFilesystem"], spec.open])).toEqual([
      ["trusted", "HostConfig.Privileged=true", undefined, false],
      ["not trusted", undefined, "HostConfig.ReadonlyRootfs=true", false],
      [undefined, undefined, undefined, true],
    ]);
  });

  it("reports values resolved from another file at the call", () => {
    const code = `import Docker from "dockerode";
import { HOST_CONFIG } from "./config";
new Docker().createContainer({ Image: "a:1", HostConfig: HOST_CONFIG });
`;
    const [spec] = containersOf(code, "run.ts", { "config.ts": "export const HOST_CONFIG = { Privileged: true };\n" });
    expect(spec?.privileged && at(code, spec.privileged.value.loc)).toBe("createContainer");
    expect(spec?.privileged?.value.loc.file).toBe("run.ts");
  });
});

describe("a client bound many times in one module", () => {
  const run = 'client.containers.run("alpine", privileged=True)\n';
  it("is still recognised when every binding makes the same client (each call reads the bindings before it)", () => {
    const code = `import docker\n${`client = docker.from_env()\n${run}`.repeat(400)}`;
    const specs = containersOf(code, "deploy.py");
    expect(specs).toHaveLength(400);
    expect(specs.every((spec) => spec.privileged !== undefined)).toBe(true);
  });

  it("is not a client from the first binding that is something else on", () => {
    const code = `import docker\n${`client = docker.from_env()\n${run}`.repeat(50)}client = make_client()\n${run}${`client = docker.from_env()\n${run}`.repeat(5)}`;
    // The call after `make_client()` reads two kinds of binding before it, as do the five after.
    expect(containersOf(code, "deploy.py")).toHaveLength(50);
  });
});
