/**
 * Instruction files (`CLAUDE.md`, `AGENTS.md`, `.cursorrules`, copilot instructions, markdown
 * under `.claude/`): the whole text is what the agent reads; its markdown structure says which
 * parts quote rather than instruct, and its HTML comments carry suppression directives.
 */
import type { SourceFile } from "../../core/types.js";
import { emptyFileModel, type FileModel } from "../../model/file-model.js";
import { OffsetLocations } from "../../util/offset-locations.js";
import { htmlComments } from "./comments.js";
import { markdownStructure } from "./structure.js";

export function extractInstructions(file: SourceFile): FileModel {
  const locations = new OffsetLocations(file.path, file.text);
  const structure = markdownStructure(file.text);
  return {
    ...emptyFileModel(file),
    instructionTexts: [
      { kind: "instruction-file", file: file.path, text: file.text, offset: 0, quoted: structure.quoted, loc: locations.range(0, file.text.length) },
    ],
    comments: htmlComments(structure.comments, 0, file.text, locations),
  };
}
