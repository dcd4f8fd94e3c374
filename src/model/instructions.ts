/**
 * Text an agent reads as instructions: instruction files (`CLAUDE.md`, `AGENTS.md`,
 * `.cursorrules`, copilot instructions), subagent, skill and command bodies. Rules about
 * hidden characters and injection phrasing read these.
 */
import type { Location } from "../core/types.js";

/** `instruction-file`: CLAUDE.md, AGENTS.md, .cursorrules, copilot instructions, other markdown under `.claude/`. */
export type InstructionKind = "instruction-file" | "subagent" | "skill" | "command";

export interface InstructionText {
  readonly kind: InstructionKind;
  readonly file: string;
  /** The text as the agent reads it (front matter excluded). */
  readonly text: string;
  /** Offset of `text` in the file. */
  readonly offset: number;
  /**
   * Ranges of `text` (offsets relative to `text`) that quote rather than instruct: code spans,
   * fenced blocks, block quotes and quoted phrases. Injection phrasing inside them is not flagged.
   */
  readonly quoted: ReadonlyArray<readonly [number, number]>;
  readonly loc: Location;
}
