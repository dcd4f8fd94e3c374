import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";
import { findingsOnModel, SpecFile } from "../helpers/container-specs.js";
import { CP, pointed } from "../helpers/manifests.js";

const RULE = "container-pin-images";

beforeAll(async () => {
  await prepareLanguages();
});

const withDigest = { rules: { [RULE]: { options: { requireDigest: true } } } };
const at = (code: string, filename: string, digest = false) => pointed(code, findingsOf(RULE, code, { filename, ...(digest && withDigest) }));

const podWithImages = (...images: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: agent}\nspec:\n  containers:\n${images.map((image, index) => `    - name: c${index}\n      image: ${image}\n`).join("")}`;

describe(RULE, () => {
  it("reports Kubernetes images with no tag or the latest tag, at the image", () => {
    const code = podWithImages("busybox", "ghcr.io/acme/agent:latest", "localhost:5000/agent", "agent:1.4.2", "agent@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "${IMAGE}");
    expect(at(code, "pod.yaml")).toEqual([
      [7, "busybox"],
      [9, "ghcr.io/acme/agent:latest"],
      [11, "localhost:5000/agent"],
    ]);
    expect(findingsOf(RULE, code, { filename: "pod.yaml" })[1]?.message).toBe(
      'Container "c1" of Pod "agent" uses the image `ghcr.io/acme/agent:latest` at the `latest` tag, so every pull may bring a different image, and a broken or compromised release runs with the agent\'s access unnoticed. Pin a version tag, or a digest (`ghcr.io/acme/agent@sha256:…`).',
    );
  });

  it("does not judge placeholders that a build tool replaces, nor an image a kustomization replaces", () => {
    expect(at(podWithImages("ko://sigs.k8s.io/agent/cmd/controller", "__ROUTER_IMAGE__", "<your-image>"), "pod.yaml")).toEqual([]);
    const files = { "kustomization.yaml": "resources: [manager.yaml]\nimages:\n  - {name: controller, newName: ghcr.io/acme/controller, newTag: v0.5.4}\n" };
    expect(pointed(podWithImages("controller:latest"), findingsOf(RULE, podWithImages("controller:latest"), { filename: "manager.yaml", files }))).toEqual([]);
  });

  it("with requireDigest, also reports images pinned by tag only", () => {
    const code = podWithImages("agent:1.4.2", "agent:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    expect(at(code, "pod.yaml")).toEqual([]);
    expect(at(code, "pod.yaml", true)).toEqual([[7, "agent:1.4.2"]]);
    expect(findingsOf(RULE, code, { filename: "pod.yaml", ...withDigest })[0]?.message).toBe(
      'Container "c0" of Pod "agent" uses the image `agent:1.4.2` without a digest, and a tag can be moved to a different image at any time. Pin its digest (`agent:1.4.2@sha256:…`).',
    );
  });

  it("reports the docker run image, not the container's command or an unknown image", () => {
    const code = `${CP}spawn("docker", ["run", "--rm", "-i", "mcp/fetch", "--ignore-robots-txt"]);
execSync("docker run -e MODE=x python:latest python -c 'print(1)'");
export function run(image: string) { spawn("docker", ["run", image, "latest"]); }
spawn("docker", ["run", "node:20-slim", "node:latest"]);
`;
    expect(at(code, "run.ts")).toEqual([
      [2, '"mcp/fetch"'],
      [3, "python:latest"],
    ]);
  });

  it("reports compose images unless the service builds its own, and Dockerfile FROM images", () => {
    const compose = new SpecFile("compose.yaml", "compose", "services:\n  agent:\n    image: agent\n  web:\n    image: web\n    build: .\n");
    const model = compose.model([
      compose.compose("agent", { image: compose.setting("image", "agent", "agent", 1) }),
      compose.compose("web", { image: compose.setting("image", "web", "web", 1), build: { loc: compose.find("build") } }),
    ]);
    expect(findingsOnModel(RULE, model).map(([line, column, , message]) => [line, column, message.startsWith('Service "agent" uses the image `agent` with no tag,')])).toEqual([[3, 12, true]]);
    const dockerfile = new SpecFile("Dockerfile", "dockerfile", "FROM python AS build\nFROM gcr.io/distroless/python3:nonroot\n");
    const build = dockerfile.imageBuild([dockerfile.setting("FROM", "python"), dockerfile.setting("FROM", "gcr.io/distroless/python3:nonroot", undefined, 0)]);
    expect(findingsOnModel(RULE, dockerfile.model([], [build])).map(([line, column, , message]) => [line, column, message.startsWith("This `FROM` uses the image `python` with no tag,")])).toEqual([[1, 6, true]]);
  });
});
