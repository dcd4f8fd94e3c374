import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "image-no-add-url";
const at = (code: string) => findingsOf(RULE, code, { filename: "Dockerfile" }).map((f) => [f.line, f.column, f.endColumn]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags ADD of an https URL without --checksum, at the URL", () => {
    expect(findingsOf(RULE, "FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n", { filename: "Dockerfile" })).toEqual([
      {
        messageId: "unverified",
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 36,
        severity: "warn",
        message:
          "`ADD https://example.com/tool.tar.gz` puts whatever the server returns into the image, unverified: a compromised server or mirror changes the image without any change to this file. Add `--checksum=sha256:<digest>` to the `ADD`, or download with `RUN curl` and check the file with `sha256sum -c`.",
      },
    ]);
  });

  it("flags http URLs, URLs from ARG defaults, exec form, and each URL of a multi-source ADD", () => {
    const code = `FROM alpine:3.20
ARG VERSION=1.4.2
ADD http://downloads.example.com/tool-\${VERSION}.tgz /opt/
ADD ["https://example.com/a.tgz", "/opt/"]
ADD --chown=app https://example.com/b.tgz https://example.com/c.tgz /opt/
`;
    expect(at(code)).toEqual([
      [3, 5, 53],
      [4, 7, 32],
      [5, 17, 42],
      [5, 43, 68],
    ]);
    const [first] = findingsOf(RULE, code, { filename: "Dockerfile" });
    expect(first?.message).toMatch(/^`ADD http:\/\/downloads\.example\.com\/tool-1\.4\.2\.tgz` /);
  });

  it("does not show credentials or a query string of the URL", () => {
    const [finding] = findingsOf(RULE, "FROM alpine:3.20\nADD https://user:hunter2@example.com/f.tgz?token=abc /opt/\n", { filename: "Dockerfile" });
    expect(finding?.message).toMatch(/^`ADD https:\/\/example\.com\/f\.tgz` /);
  });

  it.each([
    ["ADD with --checksum", "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/"],
    ["ADD of local files", "ADD app.tar.gz /opt/"],
    ["COPY of a URL-like path", "COPY https-proxy.conf /etc/"],
    ["ADD from another stage", "ADD --from=build /out/https://x /opt/"],
    ["a git URL pinned to a commit", "ADD https://github.com/moby/buildkit.git#5e7f6a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f /src"],
    ["a URL in a variable without a default", "ARG URL\nADD ${URL} /opt/"],
  ])("does not flag %s", (_label, line) => {
    expect(at(`FROM alpine:3.20\n${line}\n`)).toEqual([]);
  });
});
