import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pod, pointed } from "../helpers/manifests.js";

const RULE = "container-non-root";

beforeAll(async () => {
  await prepareLanguages();
});

const at = (code: string, filename: string) => pointed(code, findingsOf(RULE, code, { filename }));

describe(RULE, () => {
  it("reports a Kubernetes container that does not require a non-root user, at its name", () => {
    expect(findingsOf(RULE, pod(), { filename: "pod.yaml" })).toEqual([
      {
        messageId: "unset",
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 17,
        severity: "error",
        message:
          'Container "main" of Pod "agent" does not require a non-root user (`runAsNonRoot: true`) nor set a `runAsUser`, so it runs as its image\'s default user, root for most images: a compromised agent has root\'s access to everything in the container and to the host files mounted into it, and a kernel or runtime flaw becomes a host takeover. Set `securityContext.runAsNonRoot: true` with a non-zero `runAsUser`, on the pod or the container.',
      },
    ]);
  });

  it("accepts runAsNonRoot: true or a non-zero runAsUser, on the pod or the container", () => {
    expect(at(pod("securityContext:\n  runAsNonRoot: true"), "pod.yaml")).toEqual([]);
    expect(at(pod("", "securityContext:\n  runAsNonRoot: true"), "pod.yaml")).toEqual([]);
    expect(at(pod("securityContext:\n  runAsUser: 10001"), "pod.yaml")).toEqual([]);
    expect(at(pod("securityContext:\n  runAsNonRoot: false\n  runAsUser: 1000"), "pod.yaml")).toEqual([]);
  });

  it("reports runAsUser: 0 where it is written, the container's own value winning over the pod's", () => {
    expect(at(pod("securityContext:\n  runAsNonRoot: true\n  runAsUser: 0"), "pod.yaml")).toEqual([[11, "0"]]);
    const podLevel = pod("", "securityContext:\n  runAsUser: 0");
    expect(at(podLevel, "pod.yaml")).toEqual([[10, "0"]]);
    expect(findingsOf(RULE, podLevel, { filename: "pod.yaml" })[0]?.message).toMatch(/^Pod "agent" runs as root \(`securityContext\.runAsUser: 0`\)/);
    expect(at(pod("securityContext:\n  runAsUser: 1000", "securityContext:\n  runAsUser: 0"), "pod.yaml")).toEqual([]);
  });

  it("reports runAsNonRoot: false without a runAsUser at the value", () => {
    const code = pod("securityContext:\n  runAsNonRoot: false");
    expect(at(code, "pod.yaml")).toEqual([[10, "false"]]);
    expect(findingsOf(RULE, code, { filename: "pod.yaml" })[0]?.message).toMatch(/^Container "main" of Pod "agent" sets `securityContext.runAsNonRoot: false` and no `runAsUser`/);
  });

  it("reports docker run --user root or 0, and leaves docker run without --user to the image", () => {
    const code = `${CP}spawn("docker", ["run", "--user", "root", "a:1"]);
spawn("docker", ["run", "-u", "0:0", "a:1"]);
execSync("docker run --user=0 a:1");
spawn("docker", ["run", "--user", "1000:0", "a:1"]);
spawn("docker", ["run", "a:1"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"root"'],
      [3, '"0:0"'],
      [4, "0"],
    ]);
    expect(findingsOf(RULE, code, { filename: "run.ts" })[0]?.message).toContain("Pass a non-root user, e.g. `--user 10001:10001`.");
  });

  it("reports a Dockerfile whose final stage sets no USER or USER root", () => {
    const none = new SpecFile("Dockerfile", "dockerfile", "FROM node:20 AS build\nUSER node\nFROM node:20-slim\nCOPY --from=build /app /app\n");
    expect(findingsOnModel(RULE, none.model([none.dockerfileStage()]))).toEqual([
      [
        3,
        1,
        5,
        "The final stage sets no `USER`, so containers of the image run as root: a compromised agent has root's access to everything in the container and to the host files mounted into it, and a kernel or runtime flaw becomes a host takeover. Create an unprivileged user in the image and end the final stage with `USER app` (or a numeric `USER 10001`).",
      ],
    ]);
    const root = new SpecFile("Dockerfile", "dockerfile", "FROM node:20\nUSER root\n");
    expect(findingsOnModel(RULE, root.model([root.dockerfileStage({ user: root.setting("USER", "root") })])).map(([line, column]) => [line, column])).toEqual([[2, 6]]);
    const app = new SpecFile("Dockerfile", "dockerfile", "FROM node:20\nUSER app\n");
    expect(findingsOnModel(RULE, app.model([app.dockerfileStage({ user: app.setting("USER", "app") })]))).toEqual([]);
  });

  it("reports a compose service with user root or no user, unless it builds its image", () => {
    const file = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent:1\n  tool:\n    image: tool:1\n    user: \"0\"\n  web:\n    build: .\n");
    const model = file.model([
      file.compose("agent"),
      file.compose("tool", { user: file.setting("user", "0", '"0"') }),
      file.compose("web", { build: { loc: file.find("build") } }),
    ]);
    expect(findingsOnModel(RULE, model).map(([line, column, , message]) => [line, column, message.slice(0, 40)])).toEqual([
      [2, 3, 'Service "agent" sets no `user`, so it ru'],
      [6, 11, 'Service "tool" runs as root (`user: 0`):'],
    ]);
  });
});
