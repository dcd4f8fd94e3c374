/**
 * Long runs of comment lines cost tree-sitter's Python scanner the square of their length
 * (10,000 lines took 17 s), so their comments are set aside before parsing and read back from
 * the text. A `#` line inside a string is text: then the file is parsed as written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractPython } from "../../../src/languages/python/index.js";
import { commentsToSetAside, parsePython } from "../../../src/languages/python/parser.js";
import type { FileModel } from "../../../src/model/file-model.js";
import { prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

function extract(text: string): FileModel {
  return extractPython({ path: "agent.py", absolutePath: "/p/agent.py", text, kind: "python" }, { cwd: "/p", readFile: () => undefined });
}

const header = "from claude_agent_sdk import ClaudeAgentOptions\n";
const commentBlock = (lines: number, indent = "") => Array.from({ length: lines }, (_, index) => `${indent}# old line ${index}\n${index % 5 === 0 ? "\n" : ""}`).join("");

describe("runs of comment lines", () => {
  it("finds the comments of long runs only, from # to the end of the line", () => {
    const text = `x = 1  # trailing\n${"# short\n".repeat(10)}y = 2\n${"  # long\r\n".repeat(70)}z = 3\n`;
    const found = commentsToSetAside(text);
    expect(found).toHaveLength(70);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("# long");
  });

  it("sets every comment aside once there are many, trailing ones included", () => {
    const line = (index: number) => (index % 3 === 0 ? `x${index} = "#not" # note ${index}` : `y${index} = ${index}  # note ${index}`);
    const text = `${header}${Array.from({ length: 900 }, (_, index) => line(index)).join("\n")}\n`;
    const found = commentsToSetAside(text);
    // The lines with a quote before their `#` keep their comments in the tree.
    expect(found).toHaveLength(600);
    const parsed = parsePython(text);
    expect(parsed.setAsideComments).toHaveLength(600);
    expect(parsed.tree.rootNode.descendantsOfType("comment")).toHaveLength(300);
    parsed.tree.delete();
    const model = extract(text);
    expect(model.parseProblems).toEqual([]);
    expect(model.comments).toHaveLength(900);
    expect(model.comments.every((comment) => comment.trailing)).toBe(true);
    expect(model.comments.map((comment) => comment.line)).toEqual(Array.from({ length: 900 }, (_, index) => index + 2));
  });

  it("sets them aside and still reports every comment with its line", () => {
    const text = `${header}${commentBlock(2000)}# agentlint-disable-next-line require-max-turns -- reviewed\noptions = ClaudeAgentOptions(max_turns=5)\n`;
    const parsed = parsePython(text);
    expect(parsed.setAsideComments.length).toBeGreaterThan(2000);
    expect(parsed.tree.rootNode.descendantsOfType("comment")).toHaveLength(0);
    parsed.tree.delete();
    const model = extract(text);
    expect(model.parseProblems).toEqual([]);
    const lines = text.split("\n");
    expect(model.comments).toHaveLength(lines.filter((line) => line.startsWith("#")).length);
    const directive = model.comments.find((comment) => comment.text.includes("agentlint-disable-next-line"));
    expect(directive).toMatchObject({ line: lines.findIndex((line) => line.includes("agentlint-disable")) + 1, trailing: false });
    expect(model.agents.map((agent) => agent.options.entries.map((entry) => entry.key))).toEqual([["max_turns"]]);
  });

  it("keeps them in the tree inside a function body as well", () => {
    const text = `${header}def build():\n    x = 1\n${commentBlock(300, "    ")}    return ClaudeAgentOptions(max_turns=x)\n\nopts = build()\n`;
    const model = extract(text);
    expect(model.parseProblems).toEqual([]);
    expect(model.comments).toHaveLength(300);
    expect(model.agents.map((agent) => agent.options.entries.map((entry) => entry.key))).toEqual([["max_turns"]]);
  });

  it("parses the text as written when a # line is part of a string", () => {
    const prompt = `PROMPT = """You review code.\n${commentBlock(100)}"""\n`;
    const text = `${header}${prompt}options = ClaudeAgentOptions(system_prompt=PROMPT)\n`;
    const parsed = parsePython(text);
    expect(parsed.setAsideComments).toEqual([]);
    parsed.tree.delete();
    const model = extract(text);
    expect(model.comments).toEqual([]);
    const value = model.agents[0]?.options.entries.find((entry) => entry.key === "system_prompt")?.value;
    expect(value?.kind === "string" ? value.value : undefined).toContain("# old line 99");
  });
});

describe("lines of triple-quoted strings", () => {
  it("are not taken for comments, so a docstring's `#` lines cost no second parse", () => {
    const doc = `def f():\n    """Example.\n\n    # Heading\n    >>> f()  # returns None\n    """\n    return None\n`;
    const text = `${header}${doc}${Array.from({ length: 600 }, (_, index) => `x${index} = ${index}  # note`).join("\n")}\n`;
    const found = commentsToSetAside(text);
    expect(found).toHaveLength(600);
    expect(found.every((range) => text.slice(range.start, range.end) === "# note")).toBe(true);
    const parsed = parsePython(text);
    expect(parsed.setAsideComments).toHaveLength(600);
    parsed.tree.delete();
  });
});
