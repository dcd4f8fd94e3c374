/**
 * Which task an idle worker takes next. A worker loads the parser of a language the first
 * time it gets a file of it, and each parser costs it memory for the rest of the scan (the
 * TypeScript compiler alone is about 50 MiB), so a worker keeps to the languages it has
 * loaded while they have work. A worker that must load one more takes the language the
 * fewest workers have loaded, then the one with the most work left. Within a language,
 * the largest file goes first, so that no big file is left to finish alone at the end.
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
   * The next task for a worker that has loaded `loaded`, or undefined when none is left.
   * `loadedBy(language)` is how many workers have that language loaded.
   */
  next(loaded: ReadonlySet<string>, loadedBy: (language: string) => number): number | undefined {
    const candidates = [...this.pending].filter(([, indices]) => indices.length > 0);
    const own = candidates.filter(([language]) => loaded.has(language));
    const byWorkLeft = ([a, left]: [string, number[]], [b, right]: [string, number[]]) => right.length - left.length || (a < b ? -1 : 1);
    const [choice] =
      own.length > 0 ? own.sort(byWorkLeft) : candidates.sort((first, second) => loadedBy(first[0]) - loadedBy(second[0]) || byWorkLeft(first, second));
    const index = choice?.[1].pop();
    if (index !== undefined) this.remaining -= 1;
    return index;
  }
}
