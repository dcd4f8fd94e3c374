/**
 * Dockerfiles, by name as Docker and Podman find them: `Dockerfile`, `Containerfile`,
 * `Dockerfile.<variant>`, `<variant>.Dockerfile` (and the lower-case `dockerfile` BuildKit
 * also accepts). Names that are documentation or templates of a Dockerfile are not read.
 */
import { createRequire } from "node:module";
import { baseName, type Extractor, type Language } from "../language.js";

const NAMES = new Set(["Dockerfile", "dockerfile", "Containerfile", "containerfile"]);
/** `Dockerfile.<suffix>` that is not itself a Dockerfile: docs, templates, backups, scripts. */
const NOT_DOCKERFILE_SUFFIXES = new Set([
  "md", "markdown", "rst", "txt", "adoc", "html", "json", "yml", "yaml", "toml", "xml", "sh", "bash", "ps1", "py", "js", "ts",
  "j2", "jinja", "jinja2", "tmpl", "tpl", "template", "erb", "mustache", "hbs", "in", "m4", "ejs", "gotmpl",
  "orig", "bak", "old", "swp", "rej", "patch", "diff", "dockerignore", "lock", "log",
]);

const require = createRequire(import.meta.url);

interface DockerfileModule {
  readonly extractDockerfile: Extractor;
  prepareDockerfile(): Promise<void>;
}

export function isDockerfileName(name: string): boolean {
  if (NAMES.has(name)) return true;
  const dot = name.indexOf(".");
  if (dot < 0) return false;
  const stem = name.slice(0, dot);
  if (NAMES.has(stem)) return !NOT_DOCKERFILE_SUFFIXES.has(name.slice(name.lastIndexOf(".") + 1).toLowerCase());
  const last = name.slice(name.lastIndexOf(".") + 1);
  return name.lastIndexOf(".") > 0 && NAMES.has(last);
}

export const dockerfileLanguage: Language = {
  name: "Dockerfile",
  kinds: ["dockerfile"],
  classify(path) {
    return isDockerfileName(baseName(path)) ? "dockerfile" : undefined;
  },
  globs: {
    files: [...NAMES].flatMap((name) => [`**/${name}`, `**/${name}.*`, `**/*.${name}`]),
    ignores: [`**/{${[...NAMES].join(",")}}{,.*}.{${[...NOT_DOCKERFILE_SUFFIXES].join(",")}}`],
  },
  // Every Dockerfile can matter: one with no USER runs as root.
  mightMatter() {
    return true;
  },
  load() {
    // Extraction needs the shell grammar, which only `prepare` can load: this fails clearly without it.
    return (require("./index.js") as DockerfileModule).extractDockerfile;
  },
  async prepare() {
    const module = (await import("./index.js")) as DockerfileModule;
    await module.prepareDockerfile();
    return module.extractDockerfile;
  },
  async prepareParsers() {
    await (await import("../shell/index.js")).prepareShell();
  },
};
