import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/color.js";
import type { CliIO } from "../../src/cli/io.js";
import { startProgress } from "../../src/cli/progress.js";

describe("colorLevel", () => {
  it.each([
    [{}, true, 1],
    [{}, false, 0],
    [{ NO_COLOR: "1" }, true, 0],
    [{ NO_COLOR: "" }, true, 1],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, false, 1],
    [{ FORCE_COLOR: "" }, false, 1],
    [{ FORCE_COLOR: "3" }, false, 3],
    [{ FORCE_COLOR: "0" }, true, 0],
    [{ FORCE_COLOR: "false" }, true, 0],
    [{ TERM: "dumb" }, true, 0],
    [{ TERM: "xterm-256color" }, true, 2],
    [{ COLORTERM: "truecolor" }, true, 3],
  ])("%j on a terminal=%s gives level %i", (env, terminal, level) => {
    expect(colorLevel(env, terminal)).toBe(level);
  });
});

describe("startProgress", () => {
  function io(isTTY: boolean) {
    let written = "";
    const fake: CliIO = {
      cwd: "/",
      env: {},
      stdout: { write: () => true },
      stderr: { isTTY, write: (text: string) => (written += text) },
      readStdin: async () => new Uint8Array(),
    };
    return { fake, written: () => written };
  }

  it("writes one line for a long scan on a terminal and erases it when done", () => {
    const { fake, written } = io(true);
    startProgress(fake, 500).stop();
    expect(written()).toBe("agentlint: analysing 500 files…\r\u001b[2K");
  });

  it("stays silent for short scans and when stderr is not a terminal", () => {
    const short = io(true);
    startProgress(short.fake, 10).stop();
    expect(short.written()).toBe("");
    const piped = io(false);
    startProgress(piped.fake, 500).stop();
    expect(piped.written()).toBe("");
  });
});
