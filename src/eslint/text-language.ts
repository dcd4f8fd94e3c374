/**
 * `agentlint/text`: the ESLint language for the inputs no maintained ESLint language fits —
 * Dockerfiles, compose files and Kubernetes manifests, `.cursorrules`/`.windsurfrules`, and
 * every other `.json`/`.yaml` file, which only its content shows to be a seccomp profile or a
 * manifest. Parsing never fails: the whole file is one node, and the core reads the text with
 * its own parsers, so it alone decides whether a file is an agentlint input and whether it is
 * malformed. An unrelated broken `data.json` stays silent, as in the CLI.
 */
import type { File, Language, OkParseResult, SourceLocation } from "@eslint/core";
import { TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";

/** The type of the one node of every file. */
export const TEXT_ROOT = "AgentlintText";

export interface TextRoot {
  readonly type: typeof TEXT_ROOT;
  readonly range: [number, number];
  readonly loc: SourceLocation;
}

class TextSourceCode extends TextSourceCodeBase<{ LangOptions: Record<string, never>; RootNode: TextRoot; SyntaxElementWithLoc: TextRoot; ConfigNode: never }> {
  override getParent(): undefined {
    return undefined;
  }

  override *traverse(): Iterable<VisitNodeStep> {
    yield new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, undefined] });
    yield new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, undefined] });
  }
}

function rootOf(text: string): TextRoot {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
  const last = lines[lines.length - 1] ?? "";
  return {
    type: TEXT_ROOT,
    range: [0, text.length],
    loc: { start: { line: 1, column: 1 }, end: { line: lines.length, column: last.length + 1 } },
  };
}

function textOf(file: File): string {
  return typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
}

export const textLanguage: Language<{ LangOptions: Record<string, never>; Code: TextSourceCode; RootNode: TextRoot; Node: TextRoot }> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  visitorKeys: { [TEXT_ROOT]: [] },
  // No options: a file is only text here.
  validateLanguageOptions() {},
  parse(file) {
    return { ok: true, ast: rootOf(textOf(file)) };
  },
  createSourceCode(file, parsed: OkParseResult<TextRoot>) {
    return new TextSourceCode({ text: textOf(file), ast: parsed.ast });
  },
};
