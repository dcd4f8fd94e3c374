/**
 * Dockerfile variable substitution, the way BuildKit expands the words of `FROM`, `USER`,
 * `ENV`, `ARG`, `COPY`, `ADD`: quotes removed (single quotes expand nothing), the escape
 * character keeps the next character, and `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`,
 * `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}` and `${NAME?msg}` replaced from the ARG and
 * ENV values in scope. A variable with no known value becomes a hole, so the word is unknown
 * where it matters; an ARG declared without a default is empty unless a build argument sets it.
 */
import type { Location } from "../../core/types.js";
import type { RValue, TextPart } from "../../model/value.js";
import { isSecretLikeName } from "../../secrets/names.js";

/**
 * What a variable holds at one point of the Dockerfile: its text (literal parts and holes), or
 * `declared` for an ARG without a default (empty unless `--build-arg` sets it).
 */
export type VariableValue = { readonly kind: "text"; readonly parts: readonly TextPart[] } | { readonly kind: "declared" };

export type Scope = ReadonlyMap<string, VariableValue>;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function expandWord(raw: string, loc: Location, scope: Scope, escapeChar: string): TextPart[] {
  return new Expander(raw, loc, scope, escapeChar).word();
}

/** The word's value: a string when every part is known, text with holes otherwise. */
export function wordValue(raw: string, loc: Location, scope: Scope, escapeChar: string): RValue {
  return partsValue(expandWord(raw, loc, scope, escapeChar), loc);
}

export function partsValue(parts: readonly TextPart[], loc: Location): RValue {
  if (parts.every((part) => part.kind === "literal")) return { kind: "string", value: parts.map((part) => (part.kind === "literal" ? part.text : "")).join(""), loc };
  return { kind: "text", parts, loc };
}

/** The literal text of parts, or undefined when one is a hole. */
export function knownText(parts: readonly TextPart[]): string | undefined {
  let text = "";
  for (const part of parts) {
    if (part.kind !== "literal") return undefined;
    text += part.text;
  }
  return text;
}

class Expander {
  private index = 0;
  private readonly parts: TextPart[] = [];
  private literal = "";

  constructor(
    private readonly raw: string,
    private readonly loc: Location,
    private readonly scope: Scope,
    private readonly escapeChar: string,
  ) {}

  word(): TextPart[] {
    let quote: "'" | '"' | undefined;
    while (this.index < this.raw.length) {
      const char = this.raw[this.index] as string;
      if (quote === "'") {
        if (char === "'") quote = undefined;
        else this.literal += char;
        this.index++;
        continue;
      }
      if (char === this.escapeChar) {
        const next = this.raw[this.index + 1];
        this.index += 2;
        if (next === undefined || next === "\n") continue;
        if (next === "\r" && this.raw[this.index] === "\n") {
          this.index++;
          continue;
        }
        // Inside double quotes only `"`, `$` and the escape character itself are escaped.
        if (quote === '"' && next !== '"' && next !== "$" && next !== this.escapeChar) this.literal += char;
        this.literal += next;
        continue;
      }
      if ((char === "'" && quote === undefined) || char === '"') {
        quote = quote === '"' ? undefined : (char as "'" | '"');
        this.index++;
        continue;
      }
      if (char === "$") {
        this.variable();
        continue;
      }
      this.literal += char;
      this.index++;
    }
    this.flush();
    return this.parts;
  }

  private flush(): void {
    if (this.literal) this.parts.push({ kind: "literal", text: this.literal, loc: this.loc });
    this.literal = "";
  }

  private push(parts: readonly TextPart[]): void {
    for (const part of parts) {
      if (part.kind === "literal") this.literal += part.text;
      else {
        this.flush();
        this.parts.push(part);
      }
    }
  }

  private variable(): void {
    const next = this.raw[this.index + 1] ?? "";
    if (next === "{") {
      const close = this.closingBrace(this.index + 2);
      if (close < 0) {
        this.literal += this.raw.slice(this.index);
        this.index = this.raw.length;
        return;
      }
      this.push(this.braced(this.raw.slice(this.index + 2, close)));
      this.index = close + 1;
      return;
    }
    if (!NAME_START.test(next)) {
      this.literal += "$";
      this.index++;
      return;
    }
    let end = this.index + 1;
    while (end < this.raw.length && NAME_CHAR.test(this.raw[end] as string)) end++;
    this.push(this.lookup(this.raw.slice(this.index + 1, end)));
    this.index = end;
  }

  /** The `}` closing the `${` whose body starts at `from`, nested braces counted. */
  private closingBrace(from: number): number {
    let depth = 0;
    for (let index = from; index < this.raw.length; index++) {
      const char = this.raw[index];
      if (char === this.escapeChar) index++;
      else if (char === "{") depth++;
      else if (char === "}") {
        if (depth === 0) return index;
        depth--;
      }
    }
    return -1;
  }

  /** `${NAME}` and `${NAME<op>word}`. */
  private braced(body: string): readonly TextPart[] {
    let end = 0;
    while (end < body.length && NAME_CHAR.test(body[end] as string)) end++;
    const name = body.slice(0, end);
    const rest = body.slice(end);
    if (!name) return [this.hole(body)];
    if (rest === "") return this.lookup(name);
    const value = this.scope.get(name);
    const parts = value?.kind === "text" ? value.parts : undefined;
    const colon = rest.startsWith(":");
    const operator = rest[colon ? 1 : 0];
    const word = rest.slice(colon ? 2 : 1);
    const text = parts && knownText(parts);
    // With `:`, an empty value counts as unset; a value with holes may be either.
    const unsure = colon && parts !== undefined && text === undefined;
    const holdsValue = parts !== undefined && (!colon || text !== "");
    switch (operator) {
      case "-":
        if (unsure) return [this.hole(name)];
        return holdsValue ? parts : this.expandNested(word);
      case "+":
        if (unsure) return [this.hole(name)];
        return holdsValue ? this.expandNested(word) : [];
      case "?":
        return holdsValue ? parts : [this.hole(name)];
      default:
        // Pattern operators (`#`, `%`, `/`) and anything newer: the result is not known here.
        return [this.hole(name)];
    }
  }

  private expandNested(word: string): TextPart[] {
    return new Expander(word, this.loc, this.scope, this.escapeChar).word();
  }

  /**
   * The parts of `$NAME`. A variable declared without a value, or not declared (a build
   * argument the platform provides, such as `TARGETARCH`), is a hole: a build can set it.
   */
  private lookup(name: string): readonly TextPart[] {
    const value = this.scope.get(name);
    return value?.kind === "text" ? value.parts : [this.hole(name)];
  }

  private hole(name: string): TextPart {
    return {
      kind: "hole",
      provenance: isSecretLikeName(name) ? { kind: "secret-env", name } : { kind: "env", name },
      expression: `\${${name}}`,
      loc: this.loc,
    };
  }
}
