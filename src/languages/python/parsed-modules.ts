/**
 * Parsed modules shared by the extractions of a process: a module imported by many scanned
 * files (a settings module, a package's `__init__.py`) is parsed and indexed once, as long as
 * its text is the same. Extractions still read every file they use through their context, so
 * what a file's result depends on stays visible to callers.
 *
 * The tree-sitter trees live in wasm memory and must be deleted: the cache owns every tree it
 * holds, counts the extractions using each module, and deletes a tree only when no extraction
 * uses it and the cache is over its size.
 */
import { PyModule } from "./module.js";

/** How much the cache keeps: parsed source text while unused (UTF-16 code units), and modules in all. */
export interface CacheSize {
  readonly unusedText: number;
  readonly modules: number;
}

const DEFAULT_SIZE: CacheSize = { unusedText: 8_000_000, modules: 256 };

interface Entry {
  readonly module: PyModule;
  users: number;
}

export class ParsedModules {
  /** By absolute path, least recently used first. */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly size: CacheSize = DEFAULT_SIZE) {}

  /**
   * The module at `absolutePath` holding exactly `text`, parsed now or earlier; the caller
   * must `release` it when done. (A path holding other text in an extraction still running
   * gets a module of its own, deleted on release.)
   */
  acquire(relativePath: string, absolutePath: string, text: string, timeLimitMs?: number): PyModule {
    const entry = this.entries.get(absolutePath);
    if (entry && entry.module.text === text && entry.module.path === relativePath) {
      entry.users += 1;
      this.entries.delete(absolutePath);
      this.entries.set(absolutePath, entry);
      return entry.module;
    }
    const module = PyModule.parse(relativePath, absolutePath, text, timeLimitMs);
    if (entry && entry.users > 0) return module;
    if (entry) {
      this.entries.delete(absolutePath);
      entry.module.dispose();
    }
    this.entries.set(absolutePath, { module, users: 1 });
    return module;
  }

  /** Ends one use of `module`; unused modules beyond the cache's size are deleted. */
  release(module: PyModule): void {
    const entry = this.entries.get(module.absolutePath);
    if (entry?.module !== module) {
      module.dispose();
      return;
    }
    entry.users -= 1;
    this.evictUnused();
  }

  private evictUnused(): void {
    let unusedText = 0;
    for (const entry of this.entries.values()) if (entry.users === 0) unusedText += entry.module.text.length;
    for (const [path, entry] of this.entries) {
      if (unusedText <= this.size.unusedText && this.entries.size <= this.size.modules) return;
      if (entry.users > 0) continue;
      this.entries.delete(path);
      unusedText -= entry.module.text.length;
      entry.module.dispose();
    }
  }
}

/** The process's shared parsed modules. */
export const parsedModules = new ParsedModules();
