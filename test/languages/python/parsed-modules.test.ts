import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { extractPython, preparePython } from "../../../src/languages/python/index.js";
import { PyModule } from "../../../src/languages/python/module.js";
import { ParsedModules } from "../../../src/languages/python/parsed-modules.js";
import { VIRTUAL_ROOT } from "../../helpers/lint-source.js";
import { virtualReader } from "../../helpers/virtual-files.js";

beforeAll(preparePython);
afterEach(() => {
  vi.restoreAllMocks();
});

const at = (name: string) => path.join("/shared-parse", name);

describe("parsed modules shared across extractions", () => {
  it("parses a module once while its text stays the same, and again when it changes", () => {
    const cache = new ParsedModules();
    const first = cache.acquire("a.py", at("a.py"), "A = 1\n");
    cache.release(first);
    const again = cache.acquire("a.py", at("a.py"), "A = 1\n");
    expect(again).toBe(first);
    cache.release(again);
    const dispose = vi.spyOn(first, "dispose");
    const changed = cache.acquire("a.py", at("a.py"), "A = 2\n");
    expect(changed).not.toBe(first);
    expect(dispose).toHaveBeenCalledOnce();
    cache.release(changed);
  });

  it("never deletes a tree an extraction still uses", () => {
    const cache = new ParsedModules({ unusedText: 0, modules: 0 });
    const used = cache.acquire("a.py", at("a.py"), "A = 1\n");
    const dispose = vi.spyOn(used, "dispose");
    const other = cache.acquire("b.py", at("b.py"), "B = 1\n");
    cache.release(other);
    expect(dispose).not.toHaveBeenCalled();
    expect(used.root.namedChildCount).toBe(1);
    // Other text for a path in use gets a module of its own, deleted when released.
    const edited = cache.acquire("a.py", at("a.py"), "A = 3\n");
    expect(edited).not.toBe(used);
    const editedDispose = vi.spyOn(edited, "dispose");
    cache.release(edited);
    expect(editedDispose).toHaveBeenCalledOnce();
    expect(dispose).not.toHaveBeenCalled();
    cache.release(used);
    expect(dispose).toHaveBeenCalledOnce();
  });

  it("keeps unused modules up to its size, least recently used deleted first", () => {
    const cache = new ParsedModules({ unusedText: 14, modules: 10 });
    const modules = ["a", "b", "c"].map((name) => cache.acquire(`${name}.py`, at(`${name}.py`), `${name.toUpperCase()} = 1\n`));
    const disposals = modules.map((module) => vi.spyOn(module, "dispose"));
    for (const module of modules) cache.release(module);
    expect(disposals.map((spy) => spy.mock.calls.length)).toEqual([1, 0, 0]);
  });

  it("lets the extractions of a run share the modules they import", () => {
    const parse = vi.spyOn(PyModule, "parse");
    const files = {
      "shared/settings.py": 'TOOLS = ["Read", "Bash"]\n',
      "one.py": "from claude_agent_sdk import ClaudeAgentOptions\nfrom shared.settings import TOOLS\nA = ClaudeAgentOptions(allowed_tools=TOOLS)\n",
      "two.py": "from claude_agent_sdk import ClaudeAgentOptions\nfrom shared.settings import TOOLS\nB = ClaudeAgentOptions(allowed_tools=TOOLS)\n",
    };
    const readFile = virtualReader(VIRTUAL_ROOT, files);
    for (const name of ["one.py", "two.py"]) {
      const model = extractPython({ path: name, absolutePath: path.join(VIRTUAL_ROOT, name), text: files[name as keyof typeof files], kind: "python" }, { cwd: VIRTUAL_ROOT, readFile });
      expect(model.agents).toHaveLength(1);
    }
    const parsed = parse.mock.calls.map(([relative]) => relative);
    expect(parsed.filter((relative) => relative === "shared/settings.py")).toHaveLength(1);
    expect(parsed).toContain("one.py");
    expect(parsed).toContain("two.py");
  });
});
