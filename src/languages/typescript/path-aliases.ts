/**
 * Import aliases a project declares in `tsconfig.json` / `jsconfig.json`
 * (`compilerOptions.paths` and `baseUrl`): `@/lib/agent-options` names a project file, not a
 * package. The nearest config above the importing file applies, with relative `extends`
 * followed and, for a solution-style config without aliases, the configs it references. The
 * files are parsed as JSON with comments and trailing commas; nothing is executed.
 */
import path from "node:path";
import { ts } from "./morph.js";

type ReadFile = (absolutePath: string) => string | undefined;

interface AliasConfig {
  /** The directory `paths` targets are relative to. */
  readonly base: string;
  readonly paths: ReadonlyArray<{ readonly pattern: string; readonly targets: readonly string[] }>;
  /** Set when `baseUrl` is: bare specifiers are also looked up under it. */
  readonly baseUrl?: string;
}

const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
const MAX_EXTENDS = 4;

export class PathAliases {
  private readonly byDirectory = new Map<string, AliasConfig | undefined>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(private readonly readFile: ReadFile) {}

  private read(file: string): string | undefined {
    if (!this.texts.has(file)) this.texts.set(file, this.readFile(file));
    return this.texts.get(file);
  }

  /** Absolute paths (without extension) `specifier` may name, most specific alias first. */
  candidates(fromDirectory: string, specifier: string): string[] {
    const config = this.configFor(fromDirectory);
    if (!config) return [];
    const found: string[] = [];
    const matches = config.paths
      .map(({ pattern, targets }) => ({ targets, captured: capture(pattern, specifier), prefix: pattern.indexOf("*") < 0 ? pattern.length : pattern.indexOf("*") }))
      .filter((match): match is { targets: readonly string[]; captured: string; prefix: number } => match.captured !== undefined)
      .sort((a, b) => b.prefix - a.prefix);
    for (const { targets, captured } of matches) {
      for (const target of targets) found.push(path.resolve(config.base, target.replace("*", captured)));
    }
    if (config.baseUrl !== undefined) found.push(path.resolve(config.baseUrl, specifier));
    return found.filter((candidate) => !candidate.split(path.sep).includes("node_modules"));
  }

  private configFor(directory: string): AliasConfig | undefined {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    let config: AliasConfig | undefined;
    const own = CONFIG_NAMES.map((name) => path.join(directory, name)).find((file) => this.read(file) !== undefined);
    if (own) config = this.aliasesOf(own);
    else {
      const parent = path.dirname(directory);
      config = parent === directory ? undefined : this.configFor(parent);
    }
    this.byDirectory.set(directory, config);
    return config;
  }

  /** The aliases of one config file, its own or inherited, else those of a referenced config. */
  private aliasesOf(file: string): AliasConfig | undefined {
    const json = this.parse(file);
    const own = this.compilerAliases(file, json, 0);
    if (own) return own;
    const references = Array.isArray(json?.["references"]) ? (json["references"] as unknown[]) : [];
    for (const reference of references) {
      const target = isRecord(reference) && typeof reference["path"] === "string" ? path.resolve(path.dirname(file), reference["path"]) : undefined;
      if (!target) continue;
      const referenced = target.endsWith(".json") ? target : path.join(target, "tsconfig.json");
      const aliases = this.compilerAliases(referenced, this.parse(referenced), 0);
      if (aliases) return aliases;
    }
    return undefined;
  }

  /** `compilerOptions.paths`/`baseUrl` of `file`, inherited through relative `extends` when absent. */
  private compilerAliases(file: string, json: Record<string, unknown> | undefined, depth: number): AliasConfig | undefined {
    if (!json || depth > MAX_EXTENDS) return undefined;
    const options = isRecord(json["compilerOptions"]) ? json["compilerOptions"] : {};
    const directory = path.dirname(file);
    const baseUrl = typeof options["baseUrl"] === "string" ? path.resolve(directory, options["baseUrl"]) : undefined;
    const paths = isRecord(options["paths"]) ? options["paths"] : undefined;
    const inherited = this.extended(file, json, depth);
    if (!paths && baseUrl === undefined) return inherited;
    const entries = paths
      ? Object.entries(paths).flatMap(([pattern, targets]) =>
          Array.isArray(targets) ? [{ pattern, targets: targets.filter((target): target is string => typeof target === "string") }] : [],
        )
      : (inherited?.paths ?? []);
    const effectiveBaseUrl = baseUrl ?? inherited?.baseUrl;
    // `paths` are relative to `baseUrl` when it is set, else to the config that declares them.
    const base = effectiveBaseUrl ?? (paths ? directory : (inherited?.base ?? directory));
    return { base, paths: entries, ...(effectiveBaseUrl === undefined ? {} : { baseUrl: effectiveBaseUrl }) };
  }

  private extended(file: string, json: Record<string, unknown>, depth: number): AliasConfig | undefined {
    const parents = typeof json["extends"] === "string" ? [json["extends"]] : Array.isArray(json["extends"]) ? json["extends"] : [];
    let found: AliasConfig | undefined;
    for (const parent of parents) {
      if (typeof parent !== "string" || !(parent.startsWith("./") || parent.startsWith("../"))) continue;
      const target = path.resolve(path.dirname(file), parent.endsWith(".json") ? parent : `${parent}.json`);
      found = this.compilerAliases(target, this.parse(target), depth + 1) ?? found;
    }
    return found;
  }

  private parse(file: string): Record<string, unknown> | undefined {
    const text = this.read(file);
    if (text === undefined) return undefined;
    const parsed = ts.parseConfigFileTextToJson(file, text) as { config?: unknown };
    return isRecord(parsed.config) ? parsed.config : undefined;
  }
}

/** What `*` matches when `specifier` fits `pattern` ("" for an exact pattern); undefined when it does not fit. */
function capture(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf("*");
  if (star < 0) return pattern === specifier ? "" : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
