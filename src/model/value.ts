/**
 * The value lattice every extractor produces and every rule reads.
 *
 * A resolved value is known (a string, number, boolean, null, array, object, or text
 * built from literal parts and holes), one of several values (each tagged with the
 * condition under which it holds), or unknown (a parameter, a call result, I/O).
 * Rules decide only on known and one-of values: an unknown value never produces a
 * finding, unless a rule's documentation says so.
 */
import type { Location } from "../core/types.js";

/**
 * Where a value that is not a literal came from. The whole process environment
 * (`process.env`, `os.environ`, `dict(os.environ)`, `os.environ.copy()`) is
 * `{ kind: "env", name: "*" }`.
 */
export type Provenance =
  | { readonly kind: "secret-env"; readonly name: string }
  | { readonly kind: "env"; readonly name: string }
  | { readonly kind: "secret-manager"; readonly api: string }
  | { readonly kind: "secret-config"; readonly name: string }
  | { readonly kind: "file-read"; readonly api: string }
  | { readonly kind: "network"; readonly api: string }
  | { readonly kind: "request-body"; readonly api: string }
  | { readonly kind: "stdin"; readonly api: string }
  | { readonly kind: "parameter"; readonly name: string }
  | { readonly kind: "sanitized"; readonly api: string }
  | ThirdPartyProvenance
  | { readonly kind: "unknown" };

/** Where third parties write to a program: issue trackers and code review, chat, mail. */
export type ThirdPartyChannel = "github" | "gitlab" | "slack" | "discord" | "telegram" | "email";

/**
 * A value of an issue tracker's, chat's or mail API (see third-party.ts). Without `field` it is
 * an object of that API — a client, a webhook payload, an issue — whose text fields are read
 * later; with `field` it is text a third party wrote: an issue's `body`, a message's `text`.
 */
export interface ThirdPartyProvenance {
  readonly kind: "third-party";
  readonly channel: ThirdPartyChannel;
  /** What the value is in the API's object graph: `client`, `payload`, `issue`, `comment`, `message`, … */
  readonly item: string;
  readonly field?: string;
  /** The call or object it came from, for messages: `octokit.rest.issues.get`, `github.context.payload`. */
  readonly api: string;
}

export type TextPart =
  | { readonly kind: "literal"; readonly text: string; readonly loc: Location }
  | {
      readonly kind: "hole";
      readonly provenance: Provenance;
      /** Short source text of the hole's expression, for messages (never a secret value). */
      readonly expression: string;
      readonly loc: Location;
    };

export interface ObjectEntry {
  readonly key: string;
  readonly keyLoc: Location;
  readonly value: RValue;
  /**
   * The expression written for the entry, when the extractor records it: `MAX_TURNS` in
   * `max_turns=MAX_TURNS`. A value that lies outside it was defined elsewhere, so a finding
   * about it points at this entry's key and names the value's place.
   */
  readonly written?: WrittenExpression;
}

export interface WrittenExpression {
  readonly loc: Location;
  /** Set when the expression is a name or a member path: `MAX_TURNS`, `config.MAX_TURNS`. */
  readonly name?: string;
}

export type RValue =
  | { readonly kind: "string"; readonly value: string; readonly loc: Location }
  | { readonly kind: "number"; readonly value: number; readonly loc: Location }
  | { readonly kind: "boolean"; readonly value: boolean; readonly loc: Location }
  /** `null`, `undefined`, `None`: the option is explicitly absent. */
  | { readonly kind: "null"; readonly loc: Location }
  | {
      readonly kind: "array";
      readonly elements: readonly RValue[];
      /** True when an element could not be resolved into a fixed list (an unknown spread). */
      readonly open: boolean;
      readonly loc: Location;
    }
  | {
      readonly kind: "object";
      /** Last write wins: extractors keep only the effective entry for each key. */
      readonly entries: readonly ObjectEntry[];
      /** True when unknown properties may be present (an unknown spread or assignment). */
      readonly open: boolean;
      /** The unresolved values spread into the object (`...process.env`, `**os.environ`). */
      readonly unknownSpreads?: readonly RValue[];
      readonly loc: Location;
    }
  /** A string built from literal parts and holes (template literal, f-string, concatenation). */
  | { readonly kind: "text"; readonly parts: readonly TextPart[]; readonly loc: Location }
  /** A function or callback (e.g. `canUseTool`, a hook): present, not evaluated. */
  | { readonly kind: "function"; readonly loc: Location }
  | { readonly kind: "oneOf"; readonly options: readonly Branch[]; readonly loc: Location }
  | {
      readonly kind: "unknown";
      readonly reason: string;
      readonly provenance?: Provenance;
      readonly loc: Location;
    };

export interface Branch {
  readonly value: RValue;
  /** Human-readable condition, e.g. `role is "admin"`, `TOOLS is unset`, `debug is true`. */
  readonly when: string;
}

/** One concrete alternative of a value, with the conditions that lead to it. */
export interface Alternative {
  readonly value: Exclude<RValue, { kind: "oneOf" }>;
  /** Conditions joined with " and "; empty when the value is not conditional. */
  readonly when: string;
}

/** Flattens nested one-of values into concrete alternatives (unknown ones included). */
export function alternatives(value: RValue, outerWhen = ""): Alternative[] {
  if (value.kind !== "oneOf") return [{ value, when: outerWhen }];
  return value.options.flatMap((branch) => alternatives(branch.value, joinWhen(outerWhen, branch.when)));
}

export function joinWhen(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a} and ${b}`;
}

/** The entry for `key` in a known object, or undefined. */
export function entryOf(value: RValue, key: string): ObjectEntry | undefined {
  if (value.kind !== "object") return undefined;
  return value.entries.find((entry) => entry.key === key);
}

/** The literal string of a value when it is a known string (or text without holes). */
export function knownString(value: RValue): string | undefined {
  if (value.kind === "string") return value.value;
  if (value.kind === "text" && value.parts.every((p) => p.kind === "literal")) {
    return value.parts.map((p) => (p.kind === "literal" ? p.text : "")).join("");
  }
  return undefined;
}

export function isUnknown(value: RValue): value is Extract<RValue, { kind: "unknown" }> {
  return value.kind === "unknown";
}

/** The text parts of a prompt-like value: a string is one literal part. */
export function textParts(value: RValue): readonly TextPart[] | undefined {
  if (value.kind === "string") return [{ kind: "literal", text: value.value, loc: value.loc }];
  if (value.kind === "text") return value.parts;
  return undefined;
}

/** The message suffix naming the alternative a finding holds in: "" or ` (when role is "admin")`. */
export function whenSuffix(...conditions: ReadonlyArray<string | undefined>): string {
  const when = conditions.filter((c): c is string => Boolean(c)).join(" and ");
  return when ? ` (when ${when})` : "";
}
