/**
 * tree-sitter's error recovery can take minutes on odd input, outside the evaluator's budget:
 * the parse itself is cancelled at the file's time limit, with a notice for the file, and an
 * imported module that cannot be parsed in time is unknown.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractPython } from "../../../src/languages/python/index.js";
import { parsePython, ParseTimeout } from "../../../src/languages/python/parser.js";
import { prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const LONG = "from claude_agent_sdk import ClaudeAgentOptions\n" + "x = [1, 2, 3]  # a comment\n".repeat(20_000);

describe("a Python parse past the time limit", () => {
  it("is cancelled", () => {
    expect(() => parsePython(LONG, 0)).toThrow(ParseTimeout);
    const { tree } = parsePython(LONG);
    expect(tree.rootNode.hasError).toBe(false);
    tree.delete();
  });

  it("leaves the parser ready for the next file (a cancelled parse would otherwise be resumed)", () => {
    expect(() => parsePython(LONG, 0)).toThrow(ParseTimeout);
    const { tree } = parsePython("x = 1\n");
    expect(tree.rootNode.toString()).toBe("(module (expression_statement (assignment left: (identifier) right: (integer))))");
    tree.delete();
  });

  it("gives the file a timed-out notice and no findings", () => {
    const model = extractPython({ path: "agent.py", absolutePath: "/p/agent.py", text: LONG, kind: "python" }, { cwd: "/p", readFile: () => undefined, limits: { fileTimeMs: 0 } });
    expect(model.agents).toEqual([]);
    expect(model.notices.map((notice) => notice.kind)).toEqual(["timed-out"]);
    expect(model.notices[0]?.message).toContain("Stopped parsing agent.py: the Python parser did not finish within the per-file time limit");
  });
});
