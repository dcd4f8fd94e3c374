import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/discover/walk.js";

let root: string;
let outside: string;

function write(relative: string, text = "export const x = 1;\n", base = root): void {
  const file = path.join(base, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const configIgnores = (absolutePath: string) => path.relative(root, absolutePath).startsWith("examples");

async function discover(paths: string[] = ["."]) {
  const result = await discoverFiles(paths, { cwd: root, isIgnoredByConfig: configIgnores });
  return { files: result.files.map((file) => file.path), kinds: result.files.map((file) => file.kind), notices: result.notices, missing: result.missing };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "agentlint-walk-"));
  outside = mkdtempSync(path.join(tmpdir(), "agentlint-outside-"));
  mkdirSync(path.join(root, ".git", "info"), { recursive: true });
  writeFileSync(path.join(root, ".git", "info", "exclude"), "excluded.ts\n");
  write(".git/hooks/hook.js");
  write(".gitignore", "generated/\n*.gen.ts\n!keep.gen.ts\n");
  for (const file of ["a.ts", "b.py", "README.md", "types.d.ts", "excluded.ts", "generated/x.ts", "x.gen.ts", "keep.gen.ts"]) write(file);
  write("node_modules/pkg/index.js");
  write("sub/.gitignore", "local.ts\n");
  for (const file of ["sub/local.ts", "sub/kept.ts", "sub/deeper/local.ts", "examples/demo.ts"]) write(file);
  write("real.ts", "x\n", outside);
  symlinkSync(path.join(root, "a.ts"), path.join(root, "link.ts"));
  symlinkSync(path.join(outside, "real.ts"), path.join(root, "outside-link.ts"));
  symlinkSync(path.join(root, "missing.ts"), path.join(root, "broken.ts"));
  symlinkSync(path.join(root, "notes-missing.md"), path.join(root, "broken-notes.md"));
  symlinkSync(path.join(root, "loop.ts"), path.join(root, "loop.ts"));
  symlinkSync(root, path.join(root, "sub", "back-to-root"));
});

describe("discoverFiles", () => {
  it("walks source files in sorted order, honouring .gitignore (nested, negated), info/exclude, node_modules, .git and config ignores", async () => {
    const { files, kinds } = await discover();
    expect(files).toEqual(["a.ts", "b.py", "keep.gen.ts", "outside-link.ts", "sub/kept.ts"]);
    expect(kinds).toEqual(["typescript", "python", "typescript", "typescript", "typescript"]);
  });

  it("reports a broken source-file link and a self-looping link once each, and not links to other files", async () => {
    const { notices } = await discover();
    expect(notices.map((notice) => [notice.file, notice.kind])).toEqual([
      ["broken.ts", "broken-symlink"],
      ["loop.ts", "symlink-loop"],
    ]);
    expect(notices[0]?.message).toBe("Skipped broken.ts: it is a symbolic link to a file that does not exist.");
  });

  it("does not follow a directory link, so a link back to the root cannot loop", async () => {
    const { files } = await discover(["sub"]);
    expect(files).toEqual(["sub/kept.ts"]);
  });

  it("scans a named file even when .gitignore lists it, but not when the config ignores it", async () => {
    expect((await discover(["generated/x.ts", "sub/local.ts"])).files).toEqual(["generated/x.ts", "sub/local.ts"]);
    expect((await discover(["examples/demo.ts"])).files).toEqual([]);
  });

  it("keeps one path per real file, preferring the file over a link to it", async () => {
    expect((await discover(["link.ts", "a.ts"])).files).toEqual(["a.ts"]);
    expect((await discover(["link.ts"])).files).toEqual(["link.ts"]);
  });

  it("lists named paths that do not exist", async () => {
    const result = await discover(["nope.ts", "a.ts"]);
    expect(result.missing).toEqual(["nope.ts"]);
    expect(result.files).toEqual(["a.ts"]);
  });

  it("reports a named broken link instead of calling it missing", async () => {
    const result = await discover(["broken.ts"]);
    expect(result.missing).toEqual([]);
    expect(result.notices.map((notice) => notice.kind)).toEqual(["broken-symlink"]);
  });

  it("reports a directory whose listing fails with EACCES once and goes on (simulated: tests may run as root)", async () => {
    write("locked/agent.ts");
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const fileSystem = {
      ...fsPromises,
      readdir: (directory: string, options: { withFileTypes: true }) =>
        path.basename(directory) === "locked" ? Promise.reject(denied) : fsPromises.readdir(directory, options),
    };
    const result = await discoverFiles(["."], { cwd: root, isIgnoredByConfig: configIgnores, fileSystem });
    expect(result.files.map((file) => file.path)).toContain("a.ts");
    expect(result.files.map((file) => file.path)).not.toContain("locked/agent.ts");
    expect(result.notices.filter((notice) => notice.kind === "unreadable")).toEqual([
      { file: "locked", kind: "unreadable", message: "Skipped the directory locked: it could not be read (permission denied); the rest of the scan went on." },
    ]);
    rmSync(path.join(root, "locked"), { recursive: true });
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)("reports an unreadable directory once and goes on (skipped as root: root reads any directory, so EACCES cannot happen)", async () => {
    write("really-locked/agent.ts");
    chmodSync(path.join(root, "really-locked"), 0o000);
    try {
      const { files, notices } = await discover();
      expect(files).toContain("a.ts");
      expect(notices.filter((notice) => notice.kind === "unreadable").map((notice) => notice.file)).toEqual(["really-locked"]);
    } finally {
      chmodSync(path.join(root, "really-locked"), 0o755);
      rmSync(path.join(root, "really-locked"), { recursive: true });
    }
  });
});
