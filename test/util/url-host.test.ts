import { describe, expect, it } from "vitest";
import { isLoopbackHost, urlTarget } from "../../src/util/url-host.js";
import { hole, literal, str, text, unknown } from "../model/build-values.js";

describe("urlTarget", () => {
  it.each([
    ["http://mcp.acme.io:8080/sse", { scheme: "http", host: "mcp.acme.io" }],
    ["HTTPS://API.ACME.IO", { scheme: "https", host: "api.acme.io" }],
    ["http://[::1]:3000/mcp", { scheme: "http", host: "::1" }],
    ["ws://user:pw@10.0.0.5/ws", { scheme: "ws", host: "10.0.0.5" }],
    ["http://${MCP_HOST}/mcp", { scheme: "http", host: undefined }],
  ])("reads %s", (url, expected) => {
    expect(urlTarget(str(url))).toEqual(expected);
  });

  it("reads a host from the literal start of a text and not from a hole", () => {
    expect(urlTarget(text(literal("http://api.internal/"), hole({ kind: "parameter", name: "p" })))).toEqual({ scheme: "http", host: "api.internal" });
    expect(urlTarget(text(literal("http://api."), hole({ kind: "parameter", name: "d" })))).toEqual({ scheme: "http", host: undefined });
    expect(urlTarget(text(hole({ kind: "env", name: "BASE" }), literal("/mcp")))).toBeUndefined();
    expect(urlTarget(unknown())).toBeUndefined();
    expect(urlTarget(str("not a url"))).toBeUndefined();
  });
});

describe("isLoopbackHost", () => {
  it.each(["localhost", "app.localhost", "127.0.0.1", "127.1.2.3", "::1"])("%s is loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(["10.0.0.5", "localhost.evil.io", "128.0.0.1", "mcp.acme.io", "0.0.0.0"])("%s is not", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
