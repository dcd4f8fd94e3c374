/**
 * `.gitignore` semantics for the walk: every `.gitignore` from the repository root down to a
 * file's directory applies, deeper files overriding shallower ones (negations included), and
 * `.git/info/exclude` applies below them all. Outside a repository, the `.gitignore` files
 * from the walked root down still apply, since users expect them to.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Ignore } from "ignore";
import { toPosix } from "./posix.js";

interface Layer {
  readonly base: string;
  readonly rules: Ignore;
}

export class GitIgnores {
  private readonly chains = new Map<string, Promise<readonly Layer[]>>();

  /**
   * @param top the repository root, or the walked directory outside a repository
   * @param isRepository whether `top` holds `.git` (and so may have `.git/info/exclude`)
   */
  constructor(
    private readonly top: string,
    private readonly isRepository: boolean,
  ) {}

  async isIgnored(absolutePath: string, isDirectory: boolean): Promise<boolean> {
    const layers = await this.layersFor(path.dirname(absolutePath));
    let ignored = false;
    for (const layer of layers) {
      const relative = toPosix(path.relative(layer.base, absolutePath));
      if (relative === "" || relative.startsWith("../")) continue;
      const verdict = layer.rules.test(isDirectory ? `${relative}/` : relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** The layers that apply to files directly in `directory`, shallowest first. */
  private layersFor(directory: string): Promise<readonly Layer[]> {
    let chain = this.chains.get(directory);
    if (!chain) {
      chain = this.buildChain(directory);
      this.chains.set(directory, chain);
    }
    return chain;
  }

  private async buildChain(directory: string): Promise<readonly Layer[]> {
    const parent = path.dirname(directory);
    if (!isInside(directory, this.top)) return [];
    const atTop = directory === this.top || parent === directory;
    const inherited = atTop ? await this.rootLayers(directory) : await this.layersFor(parent);
    const own = await loadLayer(directory, path.join(directory, ".gitignore"));
    return own ? [...inherited, own] : inherited;
  }

  private async rootLayers(directory: string): Promise<readonly Layer[]> {
    if (!this.isRepository) return [];
    const exclude = await loadLayer(directory, path.join(directory, ".git", "info", "exclude"));
    return exclude ? [exclude] : [];
  }
}

async function loadLayer(base: string, file: string): Promise<Layer | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  // Loaded on the first ignore file only: a run on named files never needs it.
  const { default: ignore } = await import("ignore");
  return { base, rules: ignore().add(text) };
}

function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
