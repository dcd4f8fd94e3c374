import { describe, expect, it } from "vitest";
import { isImageReference, parseImageReference } from "../../src/model/image-reference.js";

describe("image references", () => {
  it("splits name, tag and digest, a registry port not being a tag", () => {
    expect(parseImageReference("localhost:5000/agent")).toEqual({ name: "localhost:5000/agent" });
    expect(parseImageReference("ghcr.io/acme/agent:1.2@sha256:abc")).toEqual({ name: "ghcr.io/acme/agent", tag: "1.2", digest: "sha256:abc" });
  });

  it.each(["busybox", "busybox:1.36", "ghcr.io/acme/agent:latest", "localhost:5000/a/b_c-d:v1.0", "registry.k8s.io/pause:3.9", `agent@sha256:${"a".repeat(64)}`])("accepts %s", (text) => {
    expect(isImageReference(text)).toBe(true);
  });

  it.each(["ko://sigs.k8s.io/agent/cmd", "__ROUTER_IMAGE__", "${IMAGE}", "<your-image>", "Agent:1", "", "agent:"])("rejects the placeholder %j", (text) => {
    expect(isImageReference(text)).toBe(false);
  });
});
