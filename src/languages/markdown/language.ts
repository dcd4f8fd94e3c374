/**
 * Instruction files an agent reads: `CLAUDE.md`, `CLAUDE.local.md`, `AGENTS.md`,
 * `.cursorrules`, `.windsurfrules`, `.github/copilot-instructions.md`, and markdown under
 * `.claude/` that is not a subagent, skill or command (those are read by claude-config, which
 * comes first in the registry). Ordinary READMEs and docs are not instructions and are skipped.
 */
import { createRequire } from "node:module";
import { mayHoldInstructionProblems } from "../claude-config/language.js";
import { baseName, type Extractor, type Language } from "../language.js";

const INSTRUCTION_FILES = new Set(["CLAUDE.md", "CLAUDE.local.md", "AGENTS.md", ".cursorrules", ".windsurfrules"]);

const COPILOT_INSTRUCTIONS = ".github/copilot-instructions.md";

const require = createRequire(import.meta.url);

export const markdownLanguage: Language = {
  name: "Agent instruction files",
  kinds: ["instructions"],
  classify(path) {
    if (INSTRUCTION_FILES.has(baseName(path))) return "instructions";
    if (path === COPILOT_INSTRUCTIONS || path.endsWith(`/${COPILOT_INSTRUCTIONS}`)) return "instructions";
    if (/(^|\/)\.claude\/.+\.md$/.test(path)) return "instructions";
    return undefined;
  },
  globs: { files: [...[...INSTRUCTION_FILES, COPILOT_INSTRUCTIONS].map((name) => `**/${name}`), "**/.claude/**/*.md"] },
  mightMatter(_kind, text) {
    return mayHoldInstructionProblems(text);
  },
  load() {
    return (require("./index.js") as { extractInstructions: Extractor }).extractInstructions;
  },
  async prepare() {
    return ((await import("./index.js")) as { extractInstructions: Extractor }).extractInstructions;
  },
};
