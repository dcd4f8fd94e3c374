/**
 * What a name stands for once imports, re-exports and `require` are followed: an export of
 * the agent SDK, an export of another package, a declaration in some project file, or an
 * expression (`export default expr`, `module.exports = expr`).
 */
import { Node, SyntaxKind, type ExportAssignment, type ExportDeclaration, type Expression, type Identifier, type ImportDeclaration, type SourceFile as MorphSourceFile, type ts } from "./morph.js";
import { declarationOf, lookup, memberPath } from "./scope.js";
import type { Workspace } from "./workspace.js";

export type Meaning =
  /** `name` is "*" for the module namespace itself. */
  | { readonly kind: "package"; readonly module: string; readonly name: string }
  /** A project file's module namespace (`import * as config from "./config"`). */
  | { readonly kind: "module"; readonly file: MorphSourceFile }
  | { readonly kind: "declaration"; readonly name: Identifier }
  | { readonly kind: "expression"; readonly expression: Expression }
  | { readonly kind: "global"; readonly name: string }
  | { readonly kind: "missing" };

/**
 * The module names SDK code imports: the published `@anthropic-ai/claude-agent-sdk`, its
 * predecessor `@anthropic-ai/claude-code`, and `@anthropic-ai/claude-code-sdk`, a name
 * tutorials write that was never published (code written from them still configures an agent).
 */
const SDK_MODULES = ["@anthropic-ai/claude-agent-sdk", "@anthropic-ai/claude-code", "@anthropic-ai/claude-code-sdk"];
const MAX_HOPS = 12;

export function isSdkModule(module: string): boolean {
  return SDK_MODULES.some((sdk) => module === sdk || module.startsWith(sdk + "/"));
}

export class Symbols {
  constructor(private readonly workspace: Workspace) {}

  /** The meaning of an identifier used as a value or a type. */
  meaningOf(reference: Identifier): Meaning {
    const declaring = declarationOf(reference);
    if (!declaring) return { kind: "global", name: reference.getText() };
    return this.meaningOfDeclaration(declaring, 0);
  }

  /** The member `name` of a namespace meaning (`sdk.query`, `config.OPTIONS`). */
  memberOf(namespace: Meaning, name: string): Meaning | undefined {
    if (namespace.kind === "package" && namespace.name === "*") return { kind: "package", module: namespace.module, name };
    if (namespace.kind === "module") return this.exported(namespace.file, name, 1, new Set());
    return undefined;
  }

  /** Follows an import or a `require` binding to what it names. */
  meaningOfDeclaration(declaring: Identifier, hops: number): Meaning {
    const parent = declaring.getParent();
    if (Node.isImportSpecifier(parent)) {
      const module = moduleSpecifierOf(parent.getImportDeclaration());
      return module === undefined ? { kind: "missing" } : this.imported(declaring.getSourceFile(), module, parent.getName(), hops);
    }
    if (Node.isImportClause(parent)) {
      const declaration = parent.getParent();
      if (Node.isImportDeclaration(declaration)) {
        const module = moduleSpecifierOf(declaration);
        return module === undefined ? { kind: "missing" } : this.imported(declaring.getSourceFile(), module, "default", hops);
      }
    }
    if (Node.isNamespaceImport(parent)) {
      const declaration = parent.getParent().getParent();
      if (Node.isImportDeclaration(declaration)) {
        const module = moduleSpecifierOf(declaration);
        return module === undefined ? { kind: "missing" } : this.imported(declaring.getSourceFile(), module, "*", hops);
      }
    }
    if (Node.isImportEqualsDeclaration(parent)) {
      const reference = parent.getModuleReference();
      if (Node.isExternalModuleReference(reference)) {
        const argument = reference.getExpression();
        if (argument && Node.isStringLiteral(argument)) {
          return this.imported(declaring.getSourceFile(), argument.getLiteralValue(), "*", hops);
        }
      }
    }
    const required = requiredBinding(declaring);
    if (required) return this.imported(declaring.getSourceFile(), required.module, required.name, hops);
    return { kind: "declaration", name: declaring };
  }

  /** What `name` exported by `module` (as seen from `from`) is. */
  imported(from: MorphSourceFile, module: string, name: string, hops: number): Meaning {
    if (hops > MAX_HOPS) return { kind: "missing" };
    const target = this.workspace.resolveImport(from, module);
    if (!target) {
      if (module.startsWith(".")) return { kind: "missing" };
      return { kind: "package", module, name };
    }
    if (name === "*") return { kind: "module", file: target };
    return this.exported(target, name, hops + 1, new Set());
  }

  /** What a project file exports under `name`. */
  exported(file: MorphSourceFile, name: string, hops: number, visited: Set<string>): Meaning {
    if (hops > MAX_HOPS || visited.has(file.getFilePath())) return { kind: "missing" };
    visited.add(file.getFilePath());
    const local = this.localExport(file, name, hops);
    if (local) return local;
    for (const declaration of file.getExportDeclarations()) {
      if (declaration.getNamedExports().length > 0 || declaration.getNamespaceExport()) continue;
      const module = moduleSpecifierOf(declaration);
      if (!module) continue;
      if (isSdkModule(module)) return { kind: "package", module, name };
      const target = this.workspace.resolveImport(file, module);
      if (!target) continue;
      const found = this.exported(target, name, hops + 1, visited);
      if (found.kind !== "missing") return found;
    }
    return { kind: "missing" };
  }

  private localExport(file: MorphSourceFile, name: string, hops: number): Meaning | undefined {
    const index = exportIndexOf(file);
    for (const declaration of index.exportDeclarations) {
      const module = moduleSpecifierOf(declaration);
      const namespace = declaration.getNamespaceExport();
      if (namespace && namespace.getName() === name && module) return this.imported(file, module, "*", hops + 1);
      for (const specifier of declaration.getNamedExports()) {
        const exportedAs = specifier.getAliasNode()?.getText() ?? specifier.getName();
        if (exportedAs !== name) continue;
        if (module) return this.imported(file, module, specifier.getName(), hops + 1);
        const declaring = lookup(specifier.getNameNode(), specifier.getName());
        return declaring ? this.meaningOfDeclaration(declaring, hops + 1) : { kind: "missing" };
      }
    }
    if (name === "default") {
      for (const assignment of index.exportAssignments) {
        if (!assignment.isExportEquals()) return this.expressionMeaning(assignment.getExpression(), hops);
      }
    }
    const declared = index.declarations.get(name);
    if (declared) return { kind: "declaration", name: declared };
    return this.commonJsExport(file, name, hops);
  }

  /** `module.exports = { name }`, `module.exports.name = x`, `exports.name = x`. */
  private commonJsExport(file: MorphSourceFile, name: string, hops: number): Meaning | undefined {
    for (const statement of file.getStatements()) {
      if (!Node.isExpressionStatement(statement)) continue;
      const expression = statement.getExpression();
      if (!Node.isBinaryExpression(expression) || expression.getOperatorToken().getText() !== "=") continue;
      const target = memberPath(expression.getLeft())?.join(".");
      const value = expression.getRight();
      if (target === `module.exports.${name}` || target === `exports.${name}`) return this.expressionMeaning(value, hops);
      if (target === "module.exports") {
        if (name === "default") return this.expressionMeaning(value, hops);
        if (Node.isObjectLiteralExpression(value)) {
          const property = value.getProperty(name);
          if (Node.isShorthandPropertyAssignment(property)) {
            const declaring = lookup(property.getNameNode(), name);
            if (declaring) return this.meaningOfDeclaration(declaring, hops + 1);
          }
          if (Node.isPropertyAssignment(property)) {
            const initializer = property.getInitializer();
            if (initializer) return this.expressionMeaning(initializer, hops);
          }
        }
      }
    }
    return undefined;
  }

  private expressionMeaning(expression: Expression, hops: number): Meaning {
    if (Node.isIdentifier(expression)) {
      const declaring = declarationOf(expression);
      if (declaring) return this.meaningOfDeclaration(declaring, hops + 1);
    }
    return { kind: "expression", expression };
  }
}

/** What a file exports by its own syntax, looked up by name many times: indexed once per parse. */
interface ExportIndex {
  readonly exportDeclarations: readonly ExportDeclaration[];
  readonly exportAssignments: readonly ExportAssignment[];
  /** Exported declarations by the name they export (`default` for a default export); the first wins. */
  readonly declarations: ReadonlyMap<string, Identifier>;
}

const exportIndexes = new WeakMap<ts.SourceFile, ExportIndex>();

function exportIndexOf(file: MorphSourceFile): ExportIndex {
  let index = exportIndexes.get(file.compilerNode);
  if (!index) {
    const declarations = new Map<string, Identifier>();
    for (const statement of file.getStatements()) {
      for (const [name, declared] of exportedDeclarationNames(statement)) if (!declarations.has(name)) declarations.set(name, declared);
    }
    index = { exportDeclarations: file.getExportDeclarations(), exportAssignments: file.getExportAssignments(), declarations };
    exportIndexes.set(file.compilerNode, index);
  }
  return index;
}

function exportedDeclarationNames(statement: Node): Array<[string, Identifier]> {
  if (!Node.isModifierable(statement) || !statement.hasModifier("export")) return [];
  if (Node.isVariableStatement(statement)) {
    return statement.getDeclarations().flatMap((declaration) => bindingNames(declaration.getNameNode()).map((name): [string, Identifier] => [name.getText(), name]));
  }
  if (
    Node.isFunctionDeclaration(statement) ||
    Node.isClassDeclaration(statement) ||
    Node.isEnumDeclaration(statement) ||
    Node.isTypeAliasDeclaration(statement) ||
    Node.isInterfaceDeclaration(statement)
  ) {
    const declared = statement.getNameNode();
    if (!declared || !Node.isIdentifier(declared)) return [];
    return [[statement.hasModifier("default") ? "default" : declared.getText(), declared]];
  }
  return [];
}

/**
 * Whether the file exports its local binding `name` by an export list or an export
 * assignment (`export { run }`, `export { run as start }`, `export default run`,
 * `export = run`), read from the syntax: asking ts-morph (`isExported()`) builds a type
 * checker over every file of the project, which took 20 s once a 2 MB file was in it.
 */
export function exportsLocalName(file: MorphSourceFile, name: string): boolean {
  const index = exportIndexOf(file);
  for (const declaration of index.exportDeclarations) {
    if (declaration.compilerNode.moduleSpecifier !== undefined) continue;
    if (declaration.getNamedExports().some((specifier) => (specifier.compilerNode.propertyName ?? specifier.compilerNode.name).getText() === name)) return true;
  }
  return index.exportAssignments.some((assignment) => {
    const expression = assignment.compilerNode.expression;
    return expression.kind === SyntaxKind.Identifier && (expression as ts.Identifier).text === name;
  });
}

/** The names a binding declares, in source order (`a`, or every name of `{ a, b: [c] }`). */
function bindingNames(name: Node): Identifier[] {
  if (Node.isIdentifier(name)) return [name];
  if (Node.isObjectBindingPattern(name) || Node.isArrayBindingPattern(name)) {
    return name.getElements().flatMap((element) => (Node.isBindingElement(element) ? bindingNames(element.getNameNode()) : []));
  }
  return [];
}

/**
 * `const sdk = require("m")`, `const { query } = require("m")`,
 * `const { query: run } = await import("m")`: the module and the name bound.
 */
function requiredBinding(declaring: Identifier): { module: string; name: string } | undefined {
  const parent = declaring.getParent();
  if (Node.isVariableDeclaration(parent)) {
    const module = moduleLoadedBy(parent.getInitializer());
    return module === undefined ? undefined : { module, name: "*" };
  }
  if (Node.isBindingElement(parent)) {
    const pattern = parent.getParent();
    const declaration = pattern.getParent();
    if (!Node.isObjectBindingPattern(pattern) || !Node.isVariableDeclaration(declaration)) return undefined;
    const module = moduleLoadedBy(declaration.getInitializer());
    if (module === undefined) return undefined;
    return { module, name: parent.getPropertyNameNode()?.getText() ?? declaring.getText() };
  }
  return undefined;
}

/** The module a `require("m")` / `await import("m")` expression loads. */
export function moduleLoadedBy(expression: Node | undefined): string | undefined {
  let current = expression;
  while (current && (Node.isAwaitExpression(current) || Node.isParenthesizedExpression(current))) {
    current = current.getExpression();
  }
  if (!current || !Node.isCallExpression(current)) return undefined;
  const callee = current.getExpression();
  const isLoader = callee.getKind() === SyntaxKind.ImportKeyword || (Node.isIdentifier(callee) && callee.getText() === "require");
  const argument = current.getArguments()[0];
  if (!isLoader || !argument || !Node.isStringLiteral(argument)) return undefined;
  return argument.getLiteralValue();
}

/**
 * The module an import or export declaration names, or undefined when it names none or is
 * not a string (`import x from foo`, which the parser accepts while recovering from an error
 * and ts-morph's own accessor throws on).
 */
export function moduleSpecifierOf(declaration: ImportDeclaration | ExportDeclaration): string | undefined {
  const specifier = declaration.compilerNode.moduleSpecifier;
  return specifier !== undefined && specifier.kind === SyntaxKind.StringLiteral ? (specifier as ts.StringLiteral).text : undefined;
}
