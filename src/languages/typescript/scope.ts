/**
 * Lexical scope resolution over the AST: which declaration an identifier names. A type
 * checker would answer too, but building one costs more than the whole lint budget.
 */
import { Node, ts, type Identifier } from "./morph.js";

type ScopeIndex = Map<string, Identifier>;

const indexes = new WeakMap<ts.Node, ScopeIndex>();

/** The identifier that declares the name `reference` uses, or undefined for globals. */
export function declarationOf(reference: Identifier): Identifier | undefined {
  return lookup(reference, reference.getText());
}

/** Looks `name` up from `position` outwards, as a reference at that place would. */
export function lookup(position: Node, name: string): Identifier | undefined {
  for (let scope: Node | undefined = position.getParent(); scope; scope = scope.getParent()) {
    if (!isScope(scope)) continue;
    const found = indexOf(scope).get(name);
    if (found) return found;
  }
  return undefined;
}

function isScope(node: Node): boolean {
  return (
    Node.isSourceFile(node) ||
    Node.isBlock(node) ||
    Node.isModuleBlock(node) ||
    Node.isCaseBlock(node) ||
    isFunction(node) ||
    Node.isForStatement(node) ||
    Node.isForOfStatement(node) ||
    Node.isForInStatement(node) ||
    Node.isCatchClause(node) ||
    Node.isClassExpression(node)
  );
}

function indexOf(scope: Node): ScopeIndex {
  let index = indexes.get(scope.compilerNode);
  if (!index) {
    index = new Map();
    fillIndex(scope, index);
    indexes.set(scope.compilerNode, index);
  }
  return index;
}

function fillIndex(scope: Node, index: ScopeIndex): void {
  if (Node.isFunctionExpression(scope)) {
    const name = scope.getNameNode();
    if (name) index.set(name.getText(), name);
  }
  if (Node.isFunctionExpression(scope) || Node.isFunctionLikeDeclaration(scope)) {
    for (const parameter of scope.getParameters()) addBindingNames(parameter.getNameNode(), index);
    return;
  }
  if (Node.isClassExpression(scope)) {
    const name = scope.getNameNode();
    if (name) index.set(name.getText(), name);
    return;
  }
  if (Node.isForStatement(scope) || Node.isForOfStatement(scope) || Node.isForInStatement(scope)) {
    const initializer = scope.getInitializer();
    if (initializer && Node.isVariableDeclarationList(initializer)) {
      for (const declaration of initializer.getDeclarations()) addBindingNames(declaration.getNameNode(), index);
    }
    return;
  }
  if (Node.isCatchClause(scope)) {
    const declaration = scope.getVariableDeclaration();
    if (declaration) addBindingNames(declaration.getNameNode(), index);
    return;
  }
  const statements = Node.isCaseBlock(scope)
    ? scope.getClauses().flatMap((clause) => clause.getStatements())
    : (scope as Node & { getStatements(): Node[] }).getStatements();
  for (const statement of statements) addStatementNames(statement, index);
}

function addStatementNames(statement: Node, index: ScopeIndex): void {
  if (Node.isVariableStatement(statement)) {
    for (const declaration of statement.getDeclarations()) addBindingNames(declaration.getNameNode(), index);
  } else if (
    Node.isFunctionDeclaration(statement) ||
    Node.isClassDeclaration(statement) ||
    Node.isEnumDeclaration(statement) ||
    Node.isTypeAliasDeclaration(statement) ||
    Node.isInterfaceDeclaration(statement) ||
    Node.isImportEqualsDeclaration(statement)
  ) {
    const name = statement.getNameNode();
    if (name && Node.isIdentifier(name) && !index.has(name.getText())) index.set(name.getText(), name);
  } else if (Node.isImportDeclaration(statement)) {
    const defaultImport = statement.getDefaultImport();
    if (defaultImport) index.set(defaultImport.getText(), defaultImport);
    const namespaceImport = statement.getNamespaceImport();
    if (namespaceImport) index.set(namespaceImport.getText(), namespaceImport);
    for (const specifier of statement.getNamedImports()) {
      const local = specifier.getAliasNode() ?? specifier.getNameNode();
      if (Node.isIdentifier(local)) index.set(local.getText(), local);
    }
  }
}

function addBindingNames(name: Node, index: ScopeIndex): void {
  if (Node.isIdentifier(name)) {
    index.set(name.getText(), name);
    return;
  }
  if (Node.isObjectBindingPattern(name) || Node.isArrayBindingPattern(name)) {
    for (const element of name.getElements()) {
      if (Node.isBindingElement(element)) addBindingNames(element.getNameNode(), index);
    }
  }
}

/** Any function: declarations, methods, accessors, arrows and function expressions. */
export function isFunction(node: Node): boolean {
  return Node.isFunctionLikeDeclaration(node) || Node.isFunctionExpression(node);
}

/** `["module", "exports", "x"]` for `module.exports.x`; undefined for anything but a name chain. */
export function memberPath(node: Node): string[] | undefined {
  if (Node.isIdentifier(node)) return [node.getText()];
  if (!Node.isPropertyAccessExpression(node)) return undefined;
  const base = memberPath(node.getExpression());
  return base ? [...base, node.getName()] : undefined;
}
