/**
 * ts-morph, loaded with `require`. Importing a CommonJS package through ESM `import` makes
 * Node scan its source for named exports (cjs-module-lexer), which costs ~70 ms on ts-morph
 * and counts against the single-file pre-commit budget. Every value from ts-morph goes
 * through this module; types still come from "ts-morph" directly (erased at build time).
 */
import { createRequire } from "node:module";
import type * as Morph from "ts-morph";

export type * from "ts-morph";

const morph = createRequire(import.meta.url)("ts-morph") as typeof Morph;

export const Node = morph.Node;
export type Node<T extends Morph.ts.Node = Morph.ts.Node> = Morph.Node<T>;
export const SyntaxKind = morph.SyntaxKind;
export type SyntaxKind = Morph.SyntaxKind;
export const Project = morph.Project;
export type Project = Morph.Project;
export const ts = morph.ts;
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace ts {
  type Node = Morph.ts.Node;
  type SourceFile = Morph.ts.SourceFile;
  type DiagnosticWithLocation = Morph.ts.DiagnosticWithLocation;
  type ScriptKind = Morph.ts.ScriptKind;
  type SyntaxKind = Morph.ts.SyntaxKind;
  type StringLiteral = Morph.ts.StringLiteral;
  type Identifier = Morph.ts.Identifier;
  type PropertyAccessExpression = Morph.ts.PropertyAccessExpression;
}
