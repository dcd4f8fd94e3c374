import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";

/** A git URL pinned to a full commit (`…repo.git#<40 hex>`) names content that cannot change. */
const PINNED_GIT_COMMIT = /\.git#[0-9a-f]{40}$/i;

export default defineRule({
  id: "image-no-add-url",
  severity: "warn",
  category: "container",
  inputs: [INPUT.dockerfiles],
  docs: {
    description: "Disallow `ADD` of a remote URL without `--checksum`, since the downloaded content is not verified.",
    securitySeverity: 5.0,
  },
  messages: {
    unverified:
      "`ADD {{url}}` puts whatever the server returns into the image, unverified: a compromised server or mirror changes the image without any change to this file. Add `--checksum=sha256:<digest>` to the `ADD`, or download with `RUN curl` and check the file with `sha256sum -c`.",
  },
  defaultOptions: {},
  check(context) {
    for (const build of context.model.imageBuilds) {
      for (const copy of build.copies) {
        if (copy.instruction !== "ADD" || !copy.resolved || copy.checksum !== undefined || copy.fromStage !== undefined) continue;
        if (!/^https?:\/\//i.test(copy.source) || PINNED_GIT_COMMIT.test(copy.source)) continue;
        context.report({ messageId: "unverified", loc: copy.loc, data: { url: shownUrl(copy.source) } });
      }
    }
  },
});

/** The URL without credentials or query, which may hold tokens. */
function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}
