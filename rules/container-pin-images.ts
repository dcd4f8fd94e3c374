import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import type { ContainerSetting } from "../src/model/container.js";
import { CONTAINER_INPUTS, reportContainerFindings, subjectOf, viaText, type ContainerFinding } from "../src/model/container-findings.js";
import { isImageReference, parseImageReference } from "../src/model/image-reference.js";
import { alternatives, knownString } from "../src/model/value.js";

interface Options {
  readonly requireDigest: boolean;
}

interface Unpinned {
  readonly messageId: "unpinned" | "noDigest";
  readonly loc: Location;
  readonly data: Record<string, string>;
}

export default defineRule<Options>({
  id: "container-pin-images",
  severity: "warn",
  category: "container",
  // The image of an MCP server started with `docker run` is pin-mcp-servers' to judge.
  inputs: [INPUT.dockerfiles, ...CONTAINER_INPUTS.filter((input) => input !== INPUT.mcpContainers)],
  docs: {
    description: "Require container images to be pinned to a version tag (or, with `requireDigest`, a digest).",
    securitySeverity: 5.0,
  },
  messages: {
    unpinned:
      "{{subject}} uses the image `{{image}}` {{state}}{{via}}, so every pull may bring a different image, and a broken or compromised release runs with the agent's access unnoticed. Pin a version tag, or a digest (`{{name}}@sha256:…`){{when}}.{{agent}}",
    noDigest:
      "{{subject}} uses the image `{{image}}` without a digest{{via}}, and a tag can be moved to a different image at any time. Pin its digest (`{{image}}@sha256:…`){{when}}.{{agent}}",
  },
  optionsSchema: {
    type: "object",
    properties: {
      requireDigest: { type: "boolean", description: "Also report images pinned by tag only, without an `@sha256:` digest (on in strict)." },
    },
    additionalProperties: false,
  },
  defaultOptions: { requireDigest: false },
  strictOptions: { requireDigest: true },
  check(context) {
    const judge = (subject: string, image: ContainerSetting): Unpinned[] =>
      alternatives(image.value).flatMap(({ value }) => {
        const reference = knownString(value)?.trim();
        const found = reference === undefined ? undefined : unpinned(reference, context.options.requireDigest);
        return found ? [{ ...found, loc: value.loc, data: { ...found.data, subject, via: viaText(image) } }] : [];
      });
    reportContainerFindings(context, (spec): ContainerFinding[] => {
      // An image built from local sources is as pinned as the sources it is built from; an MCP
      // server's image is pin-mcp-servers' to judge, with every other MCP launcher.
      if (!spec.image || spec.build || spec.mcpServer !== undefined) return [];
      return judge(subjectOf(spec, spec.image), spec.image);
    });
    for (const build of context.model.imageBuilds) {
      for (const base of build.baseImages) {
        for (const found of judge("This `FROM`", base)) context.report({ ...found, data: { ...found.data, when: "", agent: "" } });
      }
    }
  },
});

function unpinned(reference: string, requireDigest: boolean): Omit<Unpinned, "loc"> | undefined {
  // A placeholder a tool fills in (`${TAG}`, `ko://…`, `__IMAGE__`) is not an image yet.
  if (!isImageReference(reference)) return undefined;
  const { name, tag, digest } = parseImageReference(reference);
  if (digest !== undefined) return undefined;
  if (tag === undefined || tag === "latest") {
    return { messageId: "unpinned", data: { image: reference, name, state: tag === undefined ? "with no tag" : "at the `latest` tag" } };
  }
  return requireDigest ? { messageId: "noDigest", data: { image: reference, name } } : undefined;
}
