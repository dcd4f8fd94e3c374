/**
 * What each build stage of a Dockerfile is, once its variables are resolved: the base it
 * starts from (an image, an earlier stage or `scratch`), the variables in scope before each
 * instruction, and what the stage ends with — USER, ENV, SHELL — inherited from the stage it
 * is built `FROM`. Build arguments (`--build-arg`, compose `build.args`) replace ARG defaults.
 */
import type { Arg, Env, Instruction, JSONInstruction } from "dockerfile-ast";
import type { ContainerSetting, EnvironmentEntry } from "../../model/container.js";
import type { RValue, TextPart } from "../../model/value.js";
import type { DockerfileDocument, Stage } from "./document.js";
import { expandWord, partsValue, wordValue, type Scope, type VariableValue } from "./variables.js";

export type StageBase =
  | { readonly kind: "image"; readonly setting: ContainerSetting }
  | { readonly kind: "stage"; readonly stage: ResolvedStage }
  | { readonly kind: "scratch" };

export interface ResolvedStage {
  readonly stage: Stage;
  readonly base: StageBase;
  /** The USER in effect at the end of the stage (its own last USER, else its parent stage's). */
  readonly user?: ContainerSetting;
  /** ENV in effect at the end of the stage (inherited ones first), one entry per name. */
  readonly environment: readonly EnvironmentEntry[];
  /** ENV values written in the stage itself (every one, in order). */
  readonly writtenEnvironment: readonly EnvironmentEntry[];
  /** ARG defaults declared in the stage. */
  readonly buildArguments: readonly EnvironmentEntry[];
  /** The SHELL that runs shell-form instructions at each point, as its argument vector. */
  readonly shellAt: ReadonlyMap<Instruction, readonly string[]>;
  /** The SHELL in effect at the end of the stage. */
  readonly shell: readonly string[];
  /** The variables in scope before each instruction. */
  readonly scopeAt: ReadonlyMap<Instruction, Scope>;
}

export interface ResolvedDockerfile {
  readonly document: DockerfileDocument;
  /** The scope `FROM` lines see: global ARGs. */
  readonly globalScope: Scope;
  /** Global ARG defaults (before the first FROM). */
  readonly globalArguments: readonly EnvironmentEntry[];
  readonly stages: readonly ResolvedStage[];
}

export const DEFAULT_SHELL: readonly string[] = ["/bin/sh", "-c"];

/** Values of `--build-arg NAME=value`, as text parts. */
export type BuildArguments = ReadonlyMap<string, readonly TextPart[]>;

export function resolveDockerfile(document: DockerfileDocument, buildArguments: BuildArguments = new Map()): ResolvedDockerfile {
  const globals = new Map<string, VariableValue>();
  const globalArguments: EnvironmentEntry[] = [];
  for (const instruction of document.preamble) {
    if (instruction.getKeyword() !== "ARG") continue;
    const entry = declareArgument(document, instruction as Arg, globals, globals, new Set(), buildArguments);
    if (entry) globalArguments.push(entry);
  }
  const stages: ResolvedStage[] = [];
  for (const stage of document.stages) stages.push(resolveStage(document, stage, globals, stages, buildArguments));
  return { document, globalScope: globals, globalArguments, stages };
}

function resolveStage(document: DockerfileDocument, stage: Stage, globals: Scope, earlier: readonly ResolvedStage[], buildArguments: BuildArguments): ResolvedStage {
  const base = baseOf(document, stage, globals, earlier);
  const parent = base.kind === "stage" ? base.stage : undefined;
  const scope = new Map<string, VariableValue>();
  const environment = new Map<string, EnvironmentEntry>();
  const envNames = new Set<string>();
  for (const entry of parent?.environment ?? []) {
    environment.set(entry.name, entry);
    envNames.add(entry.name);
    const parts = textPartsOf(entry.value);
    scope.set(entry.name, parts ? { kind: "text", parts } : { kind: "declared" });
  }
  let user = parent?.user;
  let shell = parent?.shell ?? DEFAULT_SHELL;
  const buildArgumentEntries: EnvironmentEntry[] = [];
  const writtenEnvironment: EnvironmentEntry[] = [];
  const shellAt = new Map<Instruction, readonly string[]>();
  const scopeAt = new Map<Instruction, Scope>();
  for (const instruction of stage.instructions) {
    scopeAt.set(instruction, new Map(scope));
    shellAt.set(instruction, shell);
    switch (instruction.getKeyword()) {
      case "ARG": {
        const entry = declareArgument(document, instruction as Arg, scope, globals, envNames, buildArguments);
        if (entry) buildArgumentEntries.push(entry);
        break;
      }
      case "ENV":
        for (const entry of environmentEntries(document, instruction as Env, scope)) {
          writtenEnvironment.push(entry);
          environment.delete(entry.name);
          environment.set(entry.name, entry);
          envNames.add(entry.name);
          const parts = textPartsOf(entry.value);
          scope.set(entry.name, parts ? { kind: "text", parts } : { kind: "declared" });
        }
        break;
      case "USER":
        user = userSetting(document, instruction, scope) ?? user;
        break;
      case "SHELL":
        shell = execFormWords(instruction as JSONInstruction) ?? shell;
        break;
    }
  }
  return {
    stage,
    base,
    ...(user && { user }),
    environment: [...environment.values()],
    writtenEnvironment,
    buildArguments: buildArgumentEntries,
    shellAt,
    shell,
    scopeAt,
  };
}

function baseOf(document: DockerfileDocument, stage: Stage, globals: Scope, earlier: readonly ResolvedStage[]): StageBase {
  const range = stage.from.getImageRange();
  const keyLoc = document.locate(stage.from.getInstructionRange());
  if (!range) return { kind: "image", setting: { key: "FROM", keyLoc, value: { kind: "unknown", reason: "FROM names no image", loc: keyLoc } } };
  const loc = document.locate(range);
  const value = wordValue(document.textOf(range), loc, globals, document.escapeChar);
  const name = value.kind === "string" ? value.value : undefined;
  if (name !== undefined) {
    const parentStage = document.stageNamed(name, stage.index);
    const resolved = parentStage && earlier[parentStage.index];
    if (resolved) return { kind: "stage", stage: resolved };
    if (name.toLowerCase() === "scratch") return { kind: "scratch" };
  }
  return { kind: "image", setting: { key: "FROM", keyLoc, value } };
}

/** Declares an ARG in `scope`; returns its default as an entry when it has one. */
function declareArgument(
  document: DockerfileDocument,
  instruction: Arg,
  scope: Map<string, VariableValue>,
  globals: Scope,
  envNames: ReadonlySet<string>,
  buildArguments: BuildArguments,
): EnvironmentEntry | undefined {
  const property = instruction.getProperty();
  if (!property) return undefined;
  const name = property.getName();
  const valueRange = property.getValueRange();
  const nameLoc = document.locate(property.getNameRange());
  const given = buildArguments.get(name);
  const ownDefault = valueRange ? expandWord(document.textOf(valueRange), document.locate(valueRange), scope, document.escapeChar) : undefined;
  // An ENV of the same name wins over the build argument.
  if (!envNames.has(name)) {
    const inherited = globals === scope ? undefined : globals.get(name);
    const parts = given ?? ownDefault ?? (inherited?.kind === "text" ? inherited.parts : undefined);
    scope.set(name, parts ? { kind: "text", parts } : { kind: "declared" });
  }
  if (!valueRange || !ownDefault) return undefined;
  return { name, nameLoc, value: partsValue(ownDefault, document.locate(valueRange)), buildArgument: true };
}

function environmentEntries(document: DockerfileDocument, instruction: Env, scope: Scope): EnvironmentEntry[] {
  const entries: EnvironmentEntry[] = [];
  for (const property of instruction.getProperties()) {
    const valueRange = property.getValueRange();
    const nameLoc = document.locate(property.getNameRange());
    const value: RValue = valueRange
      ? wordValue(document.textOf(valueRange), document.locate(valueRange), scope, document.escapeChar)
      : { kind: "string", value: "", loc: nameLoc };
    entries.push({ name: property.getName(), nameLoc, value });
  }
  return entries;
}

function userSetting(document: DockerfileDocument, instruction: Instruction, scope: Scope): ContainerSetting | undefined {
  const range = instruction.getArgumentsRange();
  if (!range) return undefined;
  const loc = document.locate(range);
  return { key: "USER", keyLoc: document.locate(instruction.getInstructionRange()), value: wordValue(document.textOf(range).trim(), loc, scope, document.escapeChar) };
}

/** The words of an exec-form (JSON array) instruction, or undefined for shell form. */
export function execFormWords(instruction: JSONInstruction): string[] | undefined {
  const content = instruction.getRawArgumentsContent();
  if (!content || !instruction.getClosingBracket()) return undefined;
  try {
    const parsed: unknown = JSON.parse(content);
    return Array.isArray(parsed) && parsed.every((word): word is string => typeof word === "string") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function textPartsOf(value: RValue): readonly TextPart[] | undefined {
  if (value.kind === "string") return [{ kind: "literal", text: value.value, loc: value.loc }];
  if (value.kind === "text") return value.parts;
  return undefined;
}
