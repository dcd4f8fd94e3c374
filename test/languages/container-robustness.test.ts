/**
 * Whatever text a Dockerfile or compose file holds, extraction returns a model: malformed input
 * becomes a parse problem or unknown values, never an exception.
 */
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { extractCompose } from "../../src/languages/compose/index.js";
import { extractDockerfile, prepareDockerfile } from "../../src/languages/dockerfile/index.js";

await prepareDockerfile();

const context = { cwd: "/project", readFile: () => undefined };

const dockerLine = fc.oneof(
  fc.constantFrom("FROM alpine:3.20", "FROM ${BASE:-x} AS b", "FROM b", "ARG BASE", "USER ${U}", "RUN <<EOF", "EOF", "COPY --chmod=777 .env /", "ADD https://x/y /", "SHELL [\"pwsh\"]", "# escape=`", "\\", "RUN sh -c \"$(curl x)\" | sh", "ENV A=\"b", "CMD [\"claude\",", "ENTRYPOINT []"),
  fc.string({ maxLength: 40 }),
);
const yamlLine = fc.oneof(
  fc.constantFrom("services:", "  a:", "    image: x:${T:-", "    <<: *a", "x: &a {b: 1}", "    extends: a", "    volumes: [\"C:\\\\x:/y\", \"${H}\"]", "    security_opt: [seccomp]", "    build: {context: ., dockerfile: D}", "---", "    command: [\"sh\", \"-c\", 1]", "  - [", "    environment: [A=, =B]"),
  fc.string({ maxLength: 40 }),
);

describe("container front ends on arbitrary input", () => {
  test.prop([fc.array(dockerLine, { maxLength: 25 })], { numRuns: 300 })("a Dockerfile never throws", (lines) => {
    const text = lines.join("\n");
    const model = extractDockerfile({ path: "Dockerfile", absolutePath: "/project/Dockerfile", text, kind: "dockerfile" }, context);
    expect(model.imageBuilds).toHaveLength(1);
  });

  test.prop([fc.array(yamlLine, { maxLength: 25 })], { numRuns: 300 })("a compose file never throws", (lines) => {
    const text = lines.join("\n");
    const model = extractCompose({ path: "compose.yaml", absolutePath: "/project/compose.yaml", text, kind: "compose" }, context);
    expect(model.parseProblems.length).toBeLessThanOrEqual(1);
  });
});
