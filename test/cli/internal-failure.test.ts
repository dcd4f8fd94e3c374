import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

function fakeIO(env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: process.cwd(),
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: () => Promise.reject(new Error("stdin exploded")),
  };
  return { io, output: () => ({ stdout, stderr }) };
}

describe("internal failures", () => {
  it("exit 2 with a clear message and no stack trace", async () => {
    const { io, output } = fakeIO();
    expect(await runCli(["--stdin", "--stdin-filename", "a.ts"], io)).toBe(2);
    expect(output()).toEqual({
      stdout: "",
      stderr: "agentlint: internal error: stdin exploded\nThis is a bug in agentlint; please report it. Set DEBUG=agentlint to see the stack trace.\n",
    });
  });

  it("print the stack trace with DEBUG=agentlint", async () => {
    const { io, output } = fakeIO({ DEBUG: "agentlint" });
    expect(await runCli(["--stdin", "--stdin-filename", "a.ts"], io)).toBe(2);
    expect(output().stderr).toMatch(/^\s+at /m);
  });
});
