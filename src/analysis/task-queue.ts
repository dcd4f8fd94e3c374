/**
 * Which task an idle worker takes next. A worker loads the parser of the language it works
 * on, and a parser costs memory for the worker's whole life (the TypeScript compiler alone is
 * about 50 MiB), so a worker holds one language: it keeps to it while it has files, and once
 * they run out the pool replaces it with a fresh worker for another language. A worker
 * starting on a language takes the one the fewest workers hold, then the one with the most
 * files left. Within a language, the largest file goes first, so that no big file is left to
 * finish alone at the end.
 */
import type { AnalysisTask } from "./analysis-task.js";
import { languageOf } from "../languages/registry.js";

export class TaskQueue {
  /** Task indices per language name, largest file last (taken with pop). */
  private readonly pending = new Map<string, number[]>();
  private remaining: number;

  constructor(tasks: readonly AnalysisTask[]) {
    for (const [index, task] of tasks.entries()) {
      const language = languageOf(task.file.kind).name;
      let indices = this.pending.get(language);
      if (!indices) this.pending.set(language, (indices = []));
      indices.push(index);
    }
    const size = (index: number) => tasks[index]?.file.text.length ?? 0;
    for (const indices of this.pending.values()) indices.sort((a, b) => size(a) - size(b) || b - a);
    this.remaining = tasks.length;
  }

  get size(): number {
    return this.remaining;
  }

  /**
   * The language a worker holding `current` (or none) works on next, or undefined when no
   * task is left. `heldBy(language)` is how many workers hold that language.
   */
  languageFor(current: string | undefined, heldBy: (language: string) => number): string | undefined {
    if (current !== undefined && (this.pending.get(current)?.length ?? 0) > 0) return current;
    const candidates = [...this.pending].filter(([, indices]) => indices.length > 0);
    candidates.sort(([a, left], [b, right]) => heldBy(a) - heldBy(b) || right.length - left.length || (a < b ? -1 : 1));
    return candidates[0]?.[0];
  }

  /** The next task of `language`, which must have one left. */
  take(language: string): number {
    const index = this.pending.get(language)?.pop();
    if (index === undefined) throw new Error(`No task of ${language} is left.`);
    this.remaining -= 1;
    return index;
  }
}
