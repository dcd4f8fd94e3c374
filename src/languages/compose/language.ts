/**
 * Compose files, by the names `docker compose` and projects use: `compose.yaml`,
 * `compose.yml`, `compose.<variant>.yaml`, `docker-compose.yml`, `docker-compose.<variant>.yml`,
 * `docker-compose-<variant>.yaml`, …
 */
import { createRequire } from "node:module";
import { baseName, type Extractor, type Language } from "../language.js";

const require = createRequire(import.meta.url);

/** The names `docker compose` looks for, in its order (compose-go's DefaultFileNames). */
export const DEFAULT_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];

interface ComposeModule {
  readonly extractCompose: Extractor;
}

export function isComposeName(name: string): boolean {
  const extension = name.endsWith(".yaml") ? ".yaml" : name.endsWith(".yml") ? ".yml" : undefined;
  if (!extension) return false;
  const stem = name.slice(0, -extension.length);
  if (stem === "compose" || stem.startsWith("compose.")) return true;
  return stem === "docker-compose" || stem.startsWith("docker-compose.") || stem.startsWith("docker-compose-") || stem.startsWith("docker-compose_");
}

export const composeLanguage: Language = {
  name: "Compose",
  kinds: ["compose"],
  classify(path) {
    return isComposeName(baseName(path)) ? "compose" : undefined;
  },
  globs: { files: ["**/compose{,.*}.{yaml,yml}", "**/docker-compose{,.*,-*,_*}.{yaml,yml}"] },
  // Every compose file can matter: a service with no `user` runs as root.
  mightMatter() {
    return true;
  },
  load() {
    return (require("./index.js") as ComposeModule).extractCompose;
  },
  async prepare() {
    return ((await import("./index.js")) as ComposeModule).extractCompose;
  },
};
