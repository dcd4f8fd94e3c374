/**
 * A V8 code cache for the one file that dominates a single-file scan: the 9 MB TypeScript
 * compiler bundled in ts-morph. Parsing it costs ~100 ms on every run; with V8's cached
 * data it costs a fraction of that, which keeps a pre-commit scan of one agent file within
 * its latency budget.
 *
 * Node 20 has no built-in module compile cache (22.1 added one), and general-purpose hooks
 * (v8-compile-cache) break `require()` of ES modules, so this hook is narrow on purpose:
 * it handles exactly that CommonJS file and leaves every other module to Node. Only the
 * CLI installs it; the ESLint plugin never changes its host's loader. Any problem with the
 * cache (missing, stale, rejected, unwritable) falls back to a normal load.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

const CACHED_FILE = /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]typescript\.js$/;

interface CommonJsModule {
  exports: unknown;
}

type Loader = (module: CommonJsModule, filename: string) => void;

export function installCompileCache(): void {
  if (process.env.AGENTLINT_NO_COMPILE_CACHE) return;
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const original = extensions[".js"];
  if (!original) return;
  extensions[".js"] = (module, filename) => {
    if (!CACHED_FILE.test(filename) || !loadWithCache(module, filename)) original(module, filename);
  };
}

function loadWithCache(module: CommonJsModule, filename: string): boolean {
  let source: string;
  let cacheFile: string;
  try {
    source = readFileSync(filename, "utf8");
    cacheFile = cachePath(filename);
  } catch {
    return false;
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename, ...(cachedData ? { cachedData } : {}) });
  const compiled = script.runInThisContext({ displayErrors: true }) as (
    exports: unknown,
    require: NodeJS.Require,
    module: CommonJsModule,
    filename: string,
    dirname: string,
  ) => void;
  compiled.call(module.exports, module.exports, createRequire(filename), module, filename, path.dirname(filename));
  if (!cachedData || script.cachedDataRejected) {
    // Written at exit, so that the functions the scan compiled lazily are in the cache too.
    process.once("exit", () => writeCache(cacheFile, script));
  }
  return true;
}

function cachePath(filename: string): string {
  const user = typeof process.getuid === "function" ? String(process.getuid()) : "user";
  const { size, mtimeMs } = statSync(filename);
  const key = `${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}`;
  return path.join(os.tmpdir(), `agentlint-compile-cache-${user}`, `${key}.bin`);
}

function writeCache(cacheFile: string, script: vm.Script): void {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
    const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, cacheFile);
  } catch {
    // A cache that cannot be written only costs speed on the next run.
  }
}
