/**
 * Whether a manifest is a kustomize patch: a file that the `kustomization.yaml` beside it lists
 * under `patches`, `patchesStrategicMerge` or `patchesJson6902`. A patch only says what it
 * changes, so what it leaves out is not missing.
 */
import path from "node:path";
import { parseDocument } from "yaml";
import type { ExtractContext } from "../language.js";

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const PATCH_KEYS = ["patches", "patchesStrategicMerge", "patchesJson6902"];
/** Larger files are not kustomizations anyone wrote by hand. */
const MAX_KUSTOMIZATION_CHARS = 256 * 1024;

export function isKustomizePatch(absolutePath: string, context: ExtractContext): boolean {
  const directory = path.dirname(absolutePath);
  const name = path.basename(absolutePath);
  for (const candidate of KUSTOMIZATION_FILES) {
    if (candidate === name) return false;
    const text = context.readFile(path.join(directory, candidate));
    if (text === undefined) continue;
    return text.length <= MAX_KUSTOMIZATION_CHARS && patchFiles(text).some((file) => path.join(directory, file) === absolutePath);
  }
  return false;
}

function patchFiles(text: string): string[] {
  const document = parseDocument(text);
  if (document.errors.length > 0) return [];
  let json: unknown;
  try {
    json = document.toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (typeof json !== "object" || json === null) return [];
  const record = json as Record<string, unknown>;
  return PATCH_KEYS.flatMap((key) => {
    const entries = record[key];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: unknown) => {
      if (typeof entry === "string") return [entry];
      const patchPath = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>)["path"] : undefined;
      return typeof patchPath === "string" ? [patchPath] : [];
    });
  });
}
