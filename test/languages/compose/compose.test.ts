import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCompose } from "../../../src/languages/compose/index.js";
import { isComposeName } from "../../../src/languages/compose/language.js";
import { classifyPath, mightMatter } from "../../../src/languages/registry.js";
import type { FileModel } from "../../../src/model/file-model.js";
import { virtualReader } from "../../helpers/virtual-files.js";
import { at, summarize, valueText } from "../container-summary.js";

const ROOT = path.resolve("/project");

/** Extracts `filename` from a virtual project holding `files`. */
function extract(files: Readonly<Record<string, string>>, filename = "compose.yaml"): FileModel {
  const text = files[filename];
  if (text === undefined) throw new Error(`no ${filename}`);
  return extractCompose({ path: filename, absolutePath: path.join(ROOT, filename), text, kind: "compose" }, { cwd: ROOT, readFile: virtualReader(ROOT, files) });
}

const services = (files: Readonly<Record<string, string>>, filename?: string) => extract(files, filename).containers.map(summarize);

describe("compose names", () => {
  it.each(["compose.yaml", "compose.yml", "compose.override.yaml", "compose.prod.yml", "docker-compose.yml", "docker-compose.yaml", "docker-compose.override.yml", "docker-compose.dev.yml", "docker-compose-prod.yaml", "deploy/docker-compose.yml"])(
    "reads %s",
    (name) => {
      expect(classifyPath(`/repo/${name}`)).toBe("compose");
    },
  );

  it("lets every compose file through the pre-filter: a service without user is a finding", () => {
    expect(mightMatter("compose", "services:\n  a:\n    image: x:1\n")).toBe(true);
  });

  it.each(["compose.json", "my-compose.yaml", "docker-compose.yml.bak", "composer.yaml", "kustomization.yaml", "docker-compose"])("does not read %s", (name) => {
    expect(isComposeName(name)).toBe(false);
  });
});

describe("compose service settings", () => {
  it("fills every setting with its key spelling and exact key and value places", () => {
    const compose = `services:
  agent:
    image: ghcr.io/example/agent:1.4.2
    user: "1000:1000"
    privileged: false
    read_only: true
    cap_add: [NET_BIND_SERVICE]
    cap_drop:
      - ALL
    security_opt:
      - no-new-privileges:true
      - seccomp=./seccomp.json
      - apparmor:docker-default
    network_mode: host
    pid: host
    ipc: host
    uts: host
    userns_mode: host
    mem_limit: 512m
    volumes:
      - ./workspace:/workspace:ro
      - type: bind
        source: /var/run/docker.sock
        target: /var/run/docker.sock
      - cache:/cache
      - /tmp/anon
    environment:
      LOG_LEVEL: debug
      PORT: 8080
      PASSTHROUGH:
`;
    expect(services({ "compose.yaml": compose })).toEqual([
      [
        'compose service "agent" @2:3-2:8',
        'image: image@3:5-3:10 = "ghcr.io/example/agent:1.4.2"@3:12-3:39',
        'user: user@4:5-4:9 = "1000:1000"@4:11-4:22',
        "privileged: privileged@5:5-5:15 = false@5:17-5:22",
        "readOnlyRootFilesystem: read_only@6:5-6:14 = true@6:16-6:20",
        'capAdd: cap_add@7:5-7:12 = ["NET_BIND_SERVICE"@7:15-7:31]@7:14-7:32',
        'capDrop: cap_drop@8:5-8:13 = ["ALL"@9:9-9:12]@9:7-9:12',
        "noNewPrivileges: no-new-privileges:true@11:9-11:31 = true@11:9-11:31",
        'seccomp: seccomp=./seccomp.json@12:9-12:31 = "./seccomp.json"@12:9-12:31',
        'apparmor: apparmor:docker-default@13:9-13:32 = "docker-default"@13:9-13:32',
        'network: network_mode@14:5-14:17 = "host"@14:19-14:23',
        'pid: pid@15:5-15:8 = "host"@15:10-15:14',
        'ipc: ipc@16:5-16:8 = "host"@16:10-16:14',
        'uts: uts@17:5-17:8 = "host"@17:10-17:14',
        'userns: userns_mode@18:5-18:16 = "host"@18:18-18:22',
        'memoryLimit: mem_limit@19:5-19:14 = "512m"@19:16-19:20',
        'mount: bind "./workspace"@21:9-21:20 -> "/workspace"@21:21-21:31 ro=true @21:9-21:34',
        'mount: bind "/var/run/docker.sock"@23:17-23:37 -> "/var/run/docker.sock"@24:17-24:37 @22:9-24:37',
        'mount: volume "cache"@25:9-25:14 -> "/cache"@25:15-25:21 @25:9-25:21',
        "mount: volume null@26:9-26:18 -> \"/tmp/anon\"@26:9-26:18 @26:9-26:18",
        'env: LOG_LEVEL@28:7-28:16 = "debug"@28:18-28:23',
        'env: PORT@29:7-29:11 = "8080"@29:13-29:17',
        "env: PASSTHROUGH@30:7-30:18 = unknown(taken from the environment compose runs in)@30:7-30:18",
      ],
    ]);
  });

  it.each([
    ["no-new-privileges", "true"],
    ["no-new-privileges:true", "true"],
    ["no-new-privileges=true", "true"],
    ["no-new-privileges:false", "false"],
  ])("reads security_opt %s", (option, expected) => {
    const [spec] = extract({ "compose.yaml": `services:\n  a:\n    image: x:1\n    security_opt: ["${option}"]\n` }).containers;
    expect(spec?.noNewPrivileges?.key).toBe(option);
    expect(spec?.noNewPrivileges?.value.kind === "boolean" && String(spec.noNewPrivileges.value.value)).toBe(expected);
  });

  it.each([
    ["seccomp:unconfined", "seccomp"],
    ["seccomp=unconfined", "seccomp"],
    ["apparmor:unconfined", "apparmor"],
    ["apparmor=unconfined", "apparmor"],
  ])("reads security_opt %s as a %s profile", (option, field) => {
    const [spec] = extract({ "compose.yaml": `services:\n  a:\n    image: x:1\n    security_opt:\n      - ${option}\n` }).containers;
    const setting = field === "seccomp" ? spec?.seccomp : spec?.apparmor;
    expect([setting?.key, setting?.value.kind === "string" && setting.value.value]).toEqual([option, "unconfined"]);
  });

  it("reads deploy.resources.limits.memory before mem_limit, and environment in list form with exact places", () => {
    const compose = `services:
  a:
    image: x:1
    mem_limit: 1g
    deploy:
      resources:
        limits:
          memory: 256M
    environment:
      - API_URL=https://api.example.com
      - "QUOTED=yes"
      - FROM_HOST
`;
    expect(services({ "compose.yaml": compose })[0]?.slice(2)).toEqual([
      'memoryLimit: deploy.resources.limits.memory@8:11-8:17 = "256M"@8:19-8:23',
      'env: API_URL@10:9-10:16 = "https://api.example.com"@10:17-10:40',
      'env: QUOTED@11:10-11:16 = "yes"@11:17-11:20',
      "env: FROM_HOST@12:9-12:18 = unknown(taken from the environment compose runs in)@12:9-12:18",
    ]);
  });

  it("reads short volume syntax with a Windows drive, ~ and ${HOME} kept as written, and unknown sources", () => {
    const compose = `services:
  a:
    image: x:1
    volumes:
      - C:\\data:/data
      - ~/.ssh:/root/.ssh:ro
      - \${HOME}/.aws:/root/.aws
      - \${DATA_DIR}/cache:/cache
      - \${VOLUME}:/v
      - \${WORKSPACE:-./workspace}:/workspace
`;
    expect(services({ "compose.yaml": compose })[0]?.slice(2)).toEqual([
      'mount: bind "C:\\\\data"@5:9-5:16 -> "/data"@5:17-5:22 @5:9-5:22',
      'mount: bind "~/.ssh"@6:9-6:15 -> "/root/.ssh"@6:16-6:26 ro=true @6:9-6:29',
      'mount: bind "${HOME}/.aws"@7:9-7:21 -> "/root/.aws"@7:22-7:32 @7:9-7:32',
      "mount: bind text(<${DATA_DIR}>/cache)@8:9-8:26 -> \"/cache\"@8:27-8:33 @8:9-8:33",
      "mount: unknown text(<${VOLUME}>)@9:9-9:18 -> \"/v\"@9:19-9:21 @9:9-9:21",
      'mount: bind oneOf("./workspace"@10:9-10:34 when WORKSPACE is unset | unknown(WORKSPACE may be set in the environment)@10:9-10:34 when WORKSPACE is set) -> "/workspace"@10:35-10:45 @10:9-10:45',
    ]);
  });
});

describe("compose YAML", () => {
  it("resolves anchors and merge keys; own keys win, then the first merged map", () => {
    const compose = `x-hardening: &hardening
  read_only: true
  cap_drop: [ALL]
  user: "65534"
x-debug: &debug
  read_only: false
  privileged: true
services:
  a:
    <<: [*hardening, *debug]
    image: x:1
    user: "1000"
`;
    expect(services({ "compose.yaml": compose })[0]).toEqual([
      'compose service "a" @9:3-9:4',
      'image: image@11:5-11:10 = "x:1"@11:12-11:15',
      'user: user@12:5-12:9 = "1000"@12:11-12:17',
      "privileged: privileged@7:3-7:13 = true@7:15-7:19",
      "readOnlyRootFilesystem: read_only@2:3-2:12 = true@2:14-2:18",
      'capDrop: cap_drop@3:3-3:11 = ["ALL"@3:14-3:17]@3:13-3:18',
    ]);
  });

  it("interpolates from .env (secrets left unknown), with defaults as one of default and unknown, $$ as $, and required variables", () => {
    const compose = `services:
  a:
    image: "registry/agent:\${TAG}"
    user: \${APP_UID:-1000}
    privileged: \${PRIVILEGED-false}
    environment:
      PRICE: "$$5"
      NEEDED: \${NEEDED:?set NEEDED}
      TOKEN: \${TOKEN}
`;
    const lines = services({ "compose.yaml": compose, ".env": "# comment\nTAG=1.4.2\nexport NEEDED='x'\nTOKEN=ghp_notReadFromDotEnvBecauseItIsASecret\n" })[0];
    expect(lines?.slice(1)).toEqual([
      'image: image@3:5-3:10 = "registry/agent:1.4.2"@3:12-3:35',
      'user: user@4:5-4:9 = oneOf("1000"@4:11-4:27 when APP_UID is unset | unknown(APP_UID may be set in the environment)@4:11-4:27 when APP_UID is set)',
      "privileged: privileged@5:5-5:15 = oneOf(false@5:17-5:36 when PRIVILEGED is unset | unknown(PRIVILEGED may be set in the environment)@5:17-5:36 when PRIVILEGED is set)",
      'env: PRICE@7:7-7:12 = "$5"@7:14-7:19',
      'env: NEEDED@8:7-8:13 = "x"@8:15-8:36',
      "env: TOKEN@9:7-9:12 = text(<${TOKEN}>)@9:14-9:22",
    ]);
  });

  it("reports a YAML error with the parser's reason and place, and still reads what parsed", () => {
    const model = extract({ "compose.yaml": "services:\n  a:\n    image: x:1\n    user: root\n    user: app\n" });
    expect(model.parseProblems.map((problem) => [problem.message, at(problem.loc)])).toEqual([["Map keys must be unique", "5:5-5:6"]]);
    const broken = extract({ "compose.yaml": "services:\n  a: [unclosed\n" });
    expect(broken.parseProblems).toHaveLength(1);
    expect(broken.parseProblems[0]?.message).toMatch(/flow/i);
  });

  it("merges the documents of a multi-document file in order, as compose does", () => {
    const compose = "services:\n  a:\n    image: x:1\n    privileged: true\n---\nservices:\n  a:\n    privileged: false\n  b:\n    image: y:2\n";
    const model = extract({ "compose.yaml": compose });
    expect(model.parseProblems).toEqual([]);
    expect(model.containers.map(summarize)).toEqual([
      ['compose service "a" @2:3-2:4', 'image: image@3:5-3:10 = "x:1"@3:12-3:15', "privileged: privileged@8:5-8:15 = false@8:17-8:22"],
      ['compose service "b" @9:3-9:4', 'image: image@10:5-10:10 = "y:2"@10:12-10:15'],
    ]);
  });

  it("keeps comments for suppressions, trailing ones marked", () => {
    expect(extract({ "compose.yaml": "# head\nservices:\n  a: # the agent\n    image: x:1\n" }).comments).toEqual([
      { text: " head", line: 1, endLine: 1, trailing: false },
      { text: " the agent", line: 3, endLine: 3, trailing: true },
    ]);
  });

  it("stays bounded on an alias bomb, and says so when it stops following aliases", () => {
    let compose = "x-a0: &a0 [ALL, ALL, ALL, ALL, ALL, ALL, ALL, ALL, ALL, ALL]\n";
    for (let level = 1; level <= 9; level++) compose += `x-a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(", ")}]\n`;
    compose += "x-m0: &m0 {read_only: true}\n";
    for (let level = 1; level <= 30; level++) compose += `x-m${level}: &m${level} {<<: [${Array.from({ length: 4 }, () => `*m${level - 1}`).join(", ")}]}\n`;
    compose += "services:\n  a:\n    <<: *m30\n    image: x:1\n    cap_drop: *a9\n";
    const started = Date.now();
    const model = extract({ "compose.yaml": compose });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(model.containers).toHaveLength(1);
    expect(model.notices).toEqual([]);
    const merges = `x-m: &m {read_only: true}\nservices:\n  a:\n    <<: [${Array.from({ length: 25_000 }, () => "*m").join(", ")}]\n    image: x:1\n`;
    const capped = extract({ "compose.yaml": merges });
    expect(capped.notices.map((notice) => notice.kind)).toEqual(["incomplete"]);
    expect(capped.containers[0]?.readOnlyRootFilesystem?.value.kind).toBe("boolean");
  });

  it("does not parse flow collections nested deeper than compose needs", () => {
    const model = extract({ "compose.yaml": `services:\n  a:\n    image: x:1\n    labels: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n` });
    expect(model.containers).toEqual([]);
    expect(model.notices.map((notice) => notice.kind)).toEqual(["not-analysed"]);
  });
});

describe("compose extends", () => {
  it("merges a service of the same file, at its own places", () => {
    const compose = `services:
  base:
    image: x:1
    cap_add: [SYS_PTRACE]
  worker:
    extends: base
    cap_add: [NET_ADMIN]
`;
    expect(services({ "compose.yaml": compose })[1]).toEqual([
      'compose service "worker" @5:3-5:9',
      'image: image@3:5-3:10 = "x:1"@3:12-3:15',
      'capAdd: cap_add@7:5-7:12 = ["SYS_PTRACE"@4:15-4:25, "NET_ADMIN"@7:15-7:24]@7:14-7:25',
    ]);
  });

  it("merges a service of another file, located at the extends key and naming the file", () => {
    const files = {
      "compose.yaml": "services:\n  agent:\n    extends:\n      file: common/services.yml\n      service: hardened\n    image: x:1\n",
      "common/services.yml": "services:\n  hardened:\n    read_only: true\n    privileged: true\n    environment:\n      MODE: safe\n",
    };
    expect(services(files)[0]).toEqual([
      'compose service "agent" @2:3-2:8',
      'image: image@6:5-6:10 = "x:1"@6:12-6:15',
      "privileged: privileged@3:5-3:12 = true@3:5-3:12 via from the `extends` of common/services.yml",
      "readOnlyRootFilesystem: read_only@3:5-3:12 = true@3:5-3:12 via from the `extends` of common/services.yml",
      'env: MODE@3:5-3:12 = "safe"@3:5-3:12',
    ]);
  });

  it("leaves a service open when what it extends cannot be read, or extends itself", () => {
    expect(services({ "compose.yaml": "services:\n  a:\n    extends: {file: missing.yml, service: b}\n    image: x:1\n" })[0]?.[0]).toBe('compose service "a" @2:3-2:4 open');
    const cycle = "services:\n  a:\n    extends: b\n    image: x:1\n  b:\n    extends: a\n";
    expect(services({ "compose.yaml": cycle }).map((lines) => lines[0])).toEqual(['compose service "a" @2:3-2:4 open', 'compose service "b" @5:3-5:4 open']);
    expect(extract({ "compose.yaml": cycle }).notices.map((notice) => notice.message)).toEqual([
      'In this compose file, service "b" extends itself through a cycle, which docker compose rejects; what it would bring in was read as unknown, so findings may be missing.',
      'In this compose file, service "a" extends itself through a cycle, which docker compose rejects; what it would bring in was read as unknown, so findings may be missing.',
    ]);
  });
});

describe("compose base and override", () => {
  const files = {
    "compose.yaml": `services:
  agent:
    image: ghcr.io/example/agent:1.4.2
    privileged: true
    cap_add: [SYS_ADMIN]
    environment:
      MODE: base
`,
    "compose.override.yaml": `services:
  agent:
    privileged: false
    read_only: true
    cap_drop: [ALL]
    user: root
    environment:
      MODE: dev
  tools:
    image: busybox:1.36
`,
  };

  it("in the base file: the override's settings count as set, with unknown values, at the service", () => {
    expect(services(files)[0]).toEqual([
      'compose service "agent" @2:3-2:8',
      'image: image@3:5-3:10 = "ghcr.io/example/agent:1.4.2"@3:12-3:39',
      "user: user@2:3-2:8 = unknown(set in compose.override.yaml)@2:3-2:8 via in compose.override.yaml",
      "privileged: privileged@2:3-2:8 = unknown(set in compose.override.yaml)@2:3-2:8 via in compose.override.yaml",
      "readOnlyRootFilesystem: read_only@2:3-2:8 = unknown(set in compose.override.yaml)@2:3-2:8 via in compose.override.yaml",
      'capAdd: cap_add@5:5-5:12 = ["SYS_ADMIN"@5:15-5:24]@5:14-5:25',
      "capDrop: cap_drop@2:3-2:8 = [unknown(set in compose.override.yaml)@2:3-2:8, …]@2:3-2:8 via in compose.override.yaml",
    ]);
  });

  it("in the override file: its own values at their places, the base's unknown, and a service the base declares is open", () => {
    expect(services(files, "compose.override.yaml")).toEqual([
      [
        'compose service "agent" @2:3-2:8 open',
        "image: image@2:3-2:8 = unknown(set in compose.yaml)@2:3-2:8 via in compose.yaml",
        'user: user@6:5-6:9 = "root"@6:11-6:15',
        "privileged: privileged@3:5-3:15 = false@3:17-3:22",
        "readOnlyRootFilesystem: read_only@4:5-4:14 = true@4:16-4:20",
        "capAdd: cap_add@2:3-2:8 = [unknown(set in compose.yaml)@2:3-2:8, …]@2:3-2:8 via in compose.yaml",
        'capDrop: cap_drop@5:5-5:13 = ["ALL"@5:16-5:19]@5:15-5:20',
        'env: MODE@8:7-8:11 = "dev"@8:13-8:16',
      ],
      ['compose service "tools" @9:3-9:8', 'image: image@10:5-10:10 = "busybox:1.36"@10:12-10:24'],
    ]);
  });

  it("uses the override compose picks: the first default name, next to the default base", () => {
    const pair = {
      "docker-compose.yml": "services:\n  a:\n    image: x:1\n",
      "docker-compose.override.yml": "services:\n  a:\n    read_only: true\n",
      "compose.override.yaml": "services:\n  a:\n    privileged: true\n",
    };
    const [spec] = extract(pair, "docker-compose.yml").containers;
    expect([spec?.readOnlyRootFilesystem?.via, spec?.privileged?.via]).toEqual([undefined, "in compose.override.yaml"]);
  });

  it("treats another compose file of the folder as an overlay of the base for the services they share", () => {
    const overlay = { ...files, "compose.prod.yaml": "services:\n  agent:\n    read_only: true\n  extra:\n    image: y:2\n" };
    expect(services(overlay, "compose.prod.yaml").map((lines) => lines[0])).toEqual(['compose service "agent" @2:3-2:8 open', 'compose service "extra" @4:3-4:8']);
  });

  it("honours !reset in an override", () => {
    const reset = { "compose.yaml": "services:\n  a:\n    image: x:1\n    cap_add: [SYS_ADMIN]\n", "compose.override.yaml": "services:\n  a:\n    cap_add: !reset []\n" };
    expect(extract(reset).containers[0]?.capAdd).toBeUndefined();
  });
});

describe("compose build", () => {
  it("takes the user from the Dockerfile the service builds when compose sets none, at the build key", () => {
    const files = {
      "compose.yaml": `services:
  app:
    build:
      context: ./app
      dockerfile: docker/Dockerfile
      target: runtime
      args:
        APP_USER: agent
  plain:
    build: ./plain
  remote:
    build: https://github.com/example/agent.git#main
  missing:
    build: ./nowhere
`,
      "app/docker/Dockerfile": "FROM python:3.12 AS runtime\nARG APP_USER=nobody\nUSER ${APP_USER}\nFROM runtime AS debug\nUSER root\n",
      "plain/Dockerfile": "FROM node:20\nCMD [\"node\", \"app.js\"]\n",
    };
    const model = extract(files);
    expect(model.containers.map((spec) => [spec.name, spec.build?.dockerfile ?? null, spec.user ? `${spec.user.key}@${at(spec.user.keyLoc)} ${valueText(spec.user.value)} via ${spec.user.via}` : null])).toEqual([
      ['service "app"', path.join(ROOT, "app/docker/Dockerfile"), 'USER@3:5-3:10 "agent"@3:5-3:10 via in app/docker/Dockerfile, which it builds'],
      ['service "plain"', path.join(ROOT, "plain/Dockerfile"), null],
      ['service "remote"', null, "build@12:5-12:10 unknown(the build context is not a local directory)@12:5-12:10 via in the Dockerfile it builds"],
      ['service "missing"', path.join(ROOT, "nowhere/Dockerfile"), "build@14:5-14:10 unknown(nowhere/Dockerfile could not be read)@14:5-14:10 via in the Dockerfile it builds"],
    ]);
    expect(model.containers.every((spec) => spec.image === undefined && spec.build !== undefined)).toBe(true);
  });

  it("keeps the compose user over the Dockerfile's", () => {
    const files = { "compose.yaml": "services:\n  app:\n    build: .\n    user: root\n", Dockerfile: "FROM alpine:3.20\nUSER app\n" };
    expect(extract(files).containers[0]?.user?.key).toBe("user");
  });
});

describe("compose secrets", () => {
  it("reads no environment entry from service secrets, which are files mounted at /run/secrets", () => {
    const compose = `services:
  a:
    image: x:1
    secrets: [db_password]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
`;
    expect(services({ "compose.yaml": compose })[0]?.slice(2)).toEqual(['env: DB_PASSWORD_FILE@6:7-6:23 = "/run/secrets/db_password"@6:25-6:49']);
  });
});

describe("compose commands", () => {
  it("records command and entrypoint as one command line, list items quoted word by word", () => {
    const compose = `services:
  a:
    image: x:1
    entrypoint: ["claude"]
    command: ["-p", "it's done"]
  b:
    image: x:1
    command: sh -c "claude -p go"
`;
    expect(extract({ "compose.yaml": compose }).cliInvocations.map((invocation) => [invocation.api, invocation.line, at(invocation.loc), valueText(invocation.command)])).toEqual([
      ["compose command", true, "5:5-5:12", "text('claude' '-p' 'it'\\''s done')@5:5-5:12"],
      ["compose command", true, "8:5-8:12", 'text(sh -c "claude -p go")@8:5-8:12'],
    ]);
  });
});
