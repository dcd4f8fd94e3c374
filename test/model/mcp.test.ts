import { describe, expect, it } from "vitest";
import { mcpServers } from "../../src/model/mcp.js";
import type { RValue } from "../../src/model/value.js";
import { agent, arr, hole, literal, obj, oneOf, str, text, unknown } from "./build-values.js";

function summary(options: Record<string, RValue>) {
  return mcpServers(agent(options)).map((s) => ({ name: s.name, transport: s.transport, remote: s.remote, url: s.url, when: s.when }));
}

describe("mcpServers", () => {
  it("reads stdio servers, with or without an explicit type", () => {
    const servers = mcpServers(
      agent({
        mcpServers: obj({
          files: obj({ command: str("npx"), args: arr(str("-y"), str("@modelcontextprotocol/server-filesystem")) }),
          git: obj({ type: str("stdio"), command: str("uvx"), env: obj({ GIT_DIR: str(".git") }) }),
        }),
      }),
    );
    expect(servers.map((s) => [s.name, s.transport, s.remote])).toEqual([
      ["files", "stdio", false],
      ["git", "stdio", false],
    ]);
    expect(servers[0]?.command).toMatchObject({ kind: "string", value: "npx" });
    expect(servers[1]?.env?.kind).toBe("object");
    expect(servers[0]?.loc.line).toBe(1);
  });

  it("marks network servers remote unless their host is loopback", () => {
    expect(
      summary({
        mcp_servers: obj({
          api: obj({ type: str("http"), url: str("https://mcp.acme.io/mcp"), headers: obj({}) }),
          local: obj({ type: str("sse"), url: str("http://127.0.0.1:8080/sse") }),
          v6: obj({ type: str("http"), url: str("http://[::1]:3000/mcp") }),
          named: obj({ type: str("ws"), url: str("ws://localhost:9000") }),
        }),
      }),
    ).toEqual([
      { name: "api", transport: "http", remote: true, url: "https://mcp.acme.io/mcp", when: undefined },
      { name: "local", transport: "sse", remote: false, url: "http://127.0.0.1:8080/sse", when: undefined },
      { name: "v6", transport: "http", remote: false, url: "http://[::1]:3000/mcp", when: undefined },
      { name: "named", transport: "ws", remote: false, url: "ws://localhost:9000", when: undefined },
    ]);
  });

  it("treats an unknown host as remote and a literal host before a hole as known", () => {
    const servers = summary({
      mcpServers: obj({
        fromEnv: obj({ type: str("http"), url: text(hole({ kind: "env", name: "MCP_URL" }), literal("/mcp")) }),
        expanded: obj({ type: str("http"), url: str("${MCP_BASE}/mcp") }),
        localPath: obj({ type: str("http"), url: text(literal("http://localhost:8080/"), hole({ kind: "parameter", name: "path" })) }),
      }),
    });
    expect(servers.map((s) => [s.name, s.remote])).toEqual([
      ["fromEnv", true],
      ["expanded", true],
      ["localPath", false],
    ]);
  });

  it("gives unknown transport for unresolved configs and unknown types; sdk servers are local", () => {
    expect(
      summary({
        mcpServers: obj({
          calc: unknown("a call to createSdkMcpServer"),
          odd: obj({ type: str("streamable"), url: str("https://x.io") }),
          inproc: obj({ type: str("sdk"), name: str("calc") }),
        }),
      }).map((s) => [s.name, s.transport, s.remote]),
    ).toEqual([
      ["calc", "unknown", false],
      ["odd", "unknown", false],
      ["inproc", "sdk", false],
    ]);
  });

  it("reads AgentDefinition arrays and branches of a conditional config", () => {
    const servers = summary({
      mcpServers: arr(
        str("github"),
        obj({ db: oneOf([obj({ type: str("http"), url: str("http://db.internal/mcp") }), 'env is "prod"'], [obj({ command: str("node") }), 'env is "dev"']) }),
      ),
    });
    expect(servers).toEqual([
      { name: "db", transport: "http", remote: true, url: "http://db.internal/mcp", when: 'env is "prod"' },
      { name: "db", transport: "stdio", remote: false, url: undefined, when: 'env is "dev"' },
    ]);
  });

  it("returns nothing when the option is absent or unknown", () => {
    expect(summary({})).toEqual([]);
    expect(summary({ mcpServers: unknown() })).toEqual([]);
  });
});
