/**
 * The compose files one analysis reads: the analysed file, the default base or override file
 * beside it (`docker compose` merges `compose.yaml` with `compose.override.yaml`), files named
 * by `extends`, and the `.env` that interpolation reads. Other files are read through
 * `ExtractContext.readFile` and parsed once.
 */
import path from "node:path";
import { isMap, type YAMLMap } from "yaml";
import type { SourceFile } from "../../core/types.js";
import { isSecretLikeName } from "../../secrets/names.js";
import type { ExtractContext } from "../language.js";
import { parseDotEnv } from "./dotenv.js";
import type { Variables } from "./interpolation.js";
import { readComposeYaml, type ComposeYaml } from "./yaml-file.js";
import { YamlBudget, YamlView } from "./yaml-view.js";
import { DEFAULT_FILE_NAMES } from "./language.js";

/** The override names, in compose's order (DefaultOverrideFileNames). */
export const DEFAULT_OVERRIDE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];

/** One YAML document of a compose file and its `services` map. */
export interface ComposeDocument {
  readonly view: YamlView;
  readonly services?: YAMLMap;
}

export interface ComposeSource {
  readonly absolutePath: string;
  readonly yaml: ComposeYaml;
  /** The file's documents, in the order compose merges them. */
  readonly documents: readonly ComposeDocument[];
}

/** How the analysed file relates to the file `docker compose` merges it with. */
export type Counterpart =
  /** The analysed file is the default base; the override is merged over it. */
  | { readonly role: "base"; readonly override: ComposeSource }
  /** The analysed file is merged over the default base (the override, or an overlay such as `compose.prod.yaml`). */
  | { readonly role: "overlay"; readonly base: ComposeSource }
  | { readonly role: "alone" };

export class ComposeProject {
  readonly budget = new YamlBudget();
  readonly main: ComposeSource;
  readonly variables: Variables;
  readonly counterpart: Counterpart;
  private readonly sources = new Map<string, ComposeSource | undefined>();

  constructor(
    readonly file: SourceFile,
    readonly context: ExtractContext,
  ) {
    this.main = this.parse(file.absolutePath, file.path, file.text);
    this.sources.set(file.absolutePath, this.main);
    const directory = path.dirname(file.absolutePath);
    const envText = context.readFile(path.join(directory, ".env"));
    this.variables = envText === undefined ? new Map() : withoutSecrets(parseDotEnv(envText, this.main.yaml.locate(0, 0)));
    this.counterpart = this.findCounterpart(directory, path.basename(file.absolutePath));
  }

  /** A compose file by absolute path, parsed once; undefined when it cannot be read. */
  load(absolutePath: string): ComposeSource | undefined {
    if (this.sources.has(absolutePath)) return this.sources.get(absolutePath);
    const text = this.context.readFile(absolutePath);
    const source = text === undefined ? undefined : this.parse(absolutePath, this.relative(absolutePath), text.replace(/^\uFEFF/, ""));
    this.sources.set(absolutePath, source);
    return source;
  }

  relative(absolutePath: string): string {
    return path.relative(this.context.cwd, absolutePath).split(path.sep).join("/");
  }

  private parse(absolutePath: string, displayPath: string, text: string): ComposeSource {
    const yaml = readComposeYaml(displayPath, text);
    const documents = yaml.documents.map((document): ComposeDocument => {
      const view = new YamlView(document, this.budget);
      const services = view.map(view.entry(document.contents, "services")?.value);
      return { view, ...(services && isMap(services) && { services }) };
    });
    return { absolutePath, yaml, documents };
  }

  private findCounterpart(directory: string, name: string): Counterpart {
    const firstExisting = (names: readonly string[]): string | undefined =>
      names.find((candidate) => candidate === name || this.context.readFile(path.join(directory, candidate)) !== undefined);
    const base = firstExisting(DEFAULT_FILE_NAMES);
    if (base === undefined) return { role: "alone" };
    if (base === name) {
      const override = firstExisting(DEFAULT_OVERRIDE_NAMES);
      const source = override === undefined ? undefined : this.load(path.join(directory, override));
      return source ? { role: "base", override: source } : { role: "alone" };
    }
    const source = this.load(path.join(directory, base));
    return source ? { role: "overlay", base: source } : { role: "alone" };
  }
}

/**
 * `.env` values whose names say they are secrets are left out: the compose file only names
 * them (`${API_KEY}`), so they stay unknown here instead of reading as values written in it.
 */
function withoutSecrets(variables: Map<string, string>): Map<string, string> {
  return new Map([...variables].filter(([name]) => !isSecretLikeName(name)));
}
