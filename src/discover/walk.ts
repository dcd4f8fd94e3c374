/**
 * Finds the files a scan reads: the named files, and every file under the named directories
 * that git would track (honouring `.gitignore` files and `.git/info/exclude`), minus
 * `node_modules`, `.git` and the config's `ignores`. Only files of a known kind are kept.
 *
 * Decisions:
 * - A file named explicitly is scanned even when `.gitignore` lists it (the user asked for
 *   it), but the config's `ignores` still apply to it, so that a pre-commit hook passing
 *   every staged file respects them.
 * - File symlinks are followed (a target reached twice is read once, under its own path);
 *   directory symlinks are not descended into, as git does, so a link cannot make a loop.
 *   A link that is broken or loops on itself is reported once when its name is a source file.
 * - A directory that cannot be read is reported once and the walk goes on.
 * - The result is sorted, so output never depends on the file system's order.
 */
import type { Dirent } from "node:fs";
import * as fsPromises from "node:fs/promises";
import path from "node:path";
import type { FileNotice, InputKind } from "../core/types.js";
import { classifyPath } from "../languages/registry.js";
import { GitIgnores } from "./gitignore.js";
import { toPosix } from "./posix.js";
import { unreadable } from "./read-source.js";
import { findRepositoryRoot } from "./repository-root.js";

const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);

export interface DiscoveredFile {
  /** Relative to cwd, posix separators: the path findings are reported under. */
  readonly path: string;
  readonly absolutePath: string;
  readonly kind: InputKind;
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Whether the config's `ignores` exclude an absolute path. */
  readonly isIgnoredByConfig: (absolutePath: string) => boolean;
  /** The file-system calls the walk makes (default: node:fs/promises), for embedding and tests. */
  readonly fileSystem?: WalkFileSystem;
}

export interface WalkFileSystem {
  readonly readdir: (directory: string, options: { withFileTypes: true }) => Promise<Dirent[]>;
  readonly stat: typeof fsPromises.stat;
  readonly lstat: typeof fsPromises.lstat;
  readonly realpath: typeof fsPromises.realpath;
}

export interface Discovery {
  readonly files: readonly DiscoveredFile[];
  readonly notices: readonly FileNotice[];
  /** Named paths that do not exist. */
  readonly missing: readonly string[];
}

interface Candidate extends DiscoveredFile {
  readonly realPath: string;
  readonly viaLink: boolean;
}

export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const walker = new Walker(options);
  const missing: string[] = [];
  for (const named of paths) {
    const absolutePath = path.resolve(options.cwd, named);
    const found = await walker.visitNamed(absolutePath);
    if (!found) missing.push(named);
  }
  return { files: walker.result(), notices: walker.sortedNotices(), missing };
}

class Walker {
  private readonly candidates: Candidate[] = [];
  private readonly notices = new Map<string, FileNotice>();
  private readonly ignoresByTop = new Map<string, GitIgnores>();

  private readonly fs: WalkFileSystem;

  constructor(private readonly options: DiscoverOptions) {
    this.fs = options.fileSystem ?? fsPromises;
  }

  /** Returns false when the path does not exist. */
  async visitNamed(absolutePath: string): Promise<boolean> {
    let info;
    try {
      info = await this.fs.stat(absolutePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        const isLink = await this.fs.lstat(absolutePath).then(() => true, () => false);
        if (!isLink) return false;
        this.linkProblem(absolutePath, "broken-symlink", true);
        return true;
      }
      if (code === "ELOOP") {
        this.linkProblem(absolutePath, "symlink-loop", true);
        return true;
      }
      this.addNotice(unreadable(this.relative(absolutePath), error));
      return true;
    }
    if (info.isDirectory()) {
      if (!this.options.isIgnoredByConfig(absolutePath)) {
        const realDirectory = await this.fs.realpath(absolutePath).catch(() => absolutePath);
        await this.walkDirectory(absolutePath, realDirectory, this.gitIgnoresFor(absolutePath));
      }
    } else if (info.isFile() && !this.options.isIgnoredByConfig(absolutePath)) {
      await this.addFile(absolutePath, false);
    }
    return true;
  }

  result(): DiscoveredFile[] {
    const byRealPath = new Map<string, Candidate>();
    for (const candidate of this.candidates) {
      const kept = byRealPath.get(candidate.realPath);
      if (!kept || preferred(candidate, kept)) byRealPath.set(candidate.realPath, candidate);
    }
    return [...byRealPath.values()]
      .map(({ path: filePath, absolutePath, kind }) => ({ path: filePath, absolutePath, kind }))
      .sort((a, b) => compare(a.path, b.path));
  }

  sortedNotices(): FileNotice[] {
    return [...this.notices.values()].sort((a, b) => compare(a.file, b.file) || compare(a.kind, b.kind));
  }

  /** Entries are visited concurrently; `result()` and `sortedNotices()` restore the order. */
  private async walkDirectory(directory: string, realDirectory: string, gitIgnores: GitIgnores): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await this.fs.readdir(directory, { withFileTypes: true });
    } catch (error) {
      this.addNotice(unreadableDirectory(this.relative(directory), error));
      return;
    }
    await Promise.all(
      entries.map(async (entry) => {
        const absolutePath = path.join(directory, entry.name);
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED.has(entry.name)) return;
          if (await this.excluded(absolutePath, true, gitIgnores)) return;
          await this.walkDirectory(absolutePath, path.join(realDirectory, entry.name), gitIgnores);
        } else if (entry.isFile()) {
          const kind = classifyPath(toPosix(absolutePath));
          if (kind === undefined) return;
          if (await this.excluded(absolutePath, false, gitIgnores)) return;
          this.addCandidate(absolutePath, kind, path.join(realDirectory, entry.name), false);
        } else if (entry.isSymbolicLink()) {
          if (await this.excluded(absolutePath, false, gitIgnores)) return;
          await this.visitLink(absolutePath);
        }
      }),
    );
  }

  private async visitLink(absolutePath: string): Promise<void> {
    try {
      const target = await this.fs.stat(absolutePath);
      // Directory links are not followed (see the module comment).
      if (target.isFile()) await this.addFile(absolutePath, true);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") this.linkProblem(absolutePath, "symlink-loop", false);
      else if (code === "ENOENT" || code === "ENOTDIR") this.linkProblem(absolutePath, "broken-symlink", false);
      else this.addNotice(unreadable(this.relative(absolutePath), error));
    }
  }

  /** A named file or a link: its real path is asked for, to read a file reached twice once. */
  private async addFile(absolutePath: string, viaLink: boolean): Promise<void> {
    const kind = classifyPath(toPosix(absolutePath));
    if (kind === undefined) return;
    const realPath = await this.fs.realpath(absolutePath).catch(() => absolutePath);
    this.addCandidate(absolutePath, kind, realPath, viaLink || realPath !== absolutePath);
  }

  private addCandidate(absolutePath: string, kind: InputKind, realPath: string, viaLink: boolean): void {
    this.candidates.push({ path: this.relative(absolutePath), absolutePath, kind, realPath, viaLink });
  }

  private async excluded(absolutePath: string, isDirectory: boolean, gitIgnores: GitIgnores): Promise<boolean> {
    if (this.options.isIgnoredByConfig(absolutePath)) return true;
    return gitIgnores.isIgnored(absolutePath, isDirectory);
  }

  private linkProblem(absolutePath: string, kind: "broken-symlink" | "symlink-loop", named: boolean): void {
    if (!named && classifyPath(toPosix(absolutePath)) === undefined) return;
    const file = this.relative(absolutePath);
    const message =
      kind === "broken-symlink"
        ? `Skipped ${file}: it is a symbolic link to a file that does not exist.`
        : `Skipped ${file}: it is a symbolic link that loops back on itself.`;
    this.addNotice({ file, kind, message });
  }

  private gitIgnoresFor(directory: string): GitIgnores {
    const repositoryRoot = findRepositoryRoot(directory);
    const top = repositoryRoot ?? directory;
    let ignores = this.ignoresByTop.get(top);
    if (!ignores) {
      ignores = new GitIgnores(top, repositoryRoot !== undefined);
      this.ignoresByTop.set(top, ignores);
    }
    return ignores;
  }

  private addNotice(notice: FileNotice): void {
    const key = `${notice.kind}\u0000${notice.file}`;
    if (!this.notices.has(key)) this.notices.set(key, notice);
  }

  private relative(absolutePath: string): string {
    return toPosix(path.relative(this.options.cwd, absolutePath)) || ".";
  }
}

/** A file reached directly wins over a link to it; otherwise the first path in order. */
function preferred(candidate: Candidate, kept: Candidate): boolean {
  if (candidate.viaLink !== kept.viaLink) return !candidate.viaLink;
  return compare(candidate.path, kept.path) < 0;
}

function unreadableDirectory(directory: string, error: unknown): FileNotice {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error);
  return { file: directory, kind: "unreadable", message: `Skipped the directory ${directory}: it could not be read (${reason}); the rest of the scan went on.` };
}

/** Code-unit order, independent of the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
