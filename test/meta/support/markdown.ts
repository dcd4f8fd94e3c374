/**
 * The little markdown structure the docs tests need: headings (outside code fences) and the
 * fenced code blocks under each heading.
 */

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

export interface CodeBlock {
  readonly language: string;
  readonly code: string;
  /** The file the example stands for (`title="…"` in the fence's info string), when named. */
  readonly filename?: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The nearest heading above the block, per level (`2` → its `##` section). */
  readonly headings: ReadonlyMap<number, string>;
}

export interface MarkdownOutline {
  readonly headings: readonly Heading[];
  readonly codeBlocks: readonly CodeBlock[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)(.*)$/;
/** A fence may name the file its example stands for: ```json title=".claude/settings.json" */
const TITLE = /\btitle=(?:"([^"]+)"|(\S+))/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

export function outlineOf(markdown: string): MarkdownOutline {
  const lines = markdown.split(/\r?\n/);
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const current = new Map<number, string>();
  let open: { fence: string; language: string; filename: string | undefined; line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open) {
      if (text.trim().startsWith(open.fence) && text.trim().replace(/[`~]/g, "") === "") {
        codeBlocks.push({
          language: open.language,
          ...(open.filename ? { filename: open.filename } : {}),
          code: open.body.join("\n") + "\n",
          line: open.line,
          headings: new Map(current),
        });
        open = undefined;
      } else {
        open.body.push(text);
      }
      return;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      const title = TITLE.exec(fence[4] ?? "");
      open = { fence: fence[2] ?? "```", language: (fence[3] ?? "").toLowerCase(), filename: title?.[1] ?? title?.[2], line: index + 1, body: [] };
      return;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      const level = (heading[1] ?? "#").length;
      const title = heading[2] ?? "";
      headings.push({ level, text: title, line: index + 1 });
      current.set(level, title);
      for (const deeper of [...current.keys()]) if (deeper > level) current.delete(deeper);
    }
  });
  return { headings, codeBlocks };
}
