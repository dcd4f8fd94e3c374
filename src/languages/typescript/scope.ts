/**
 * Lexical scope resolution over the AST: which declaration an identifier names. A type
 * checker would answer too, but building one costs more than the whole lint budget.
 */
import { Node, ts, type Identifier, type SourceFile } from "./morph.js";
import { morphNodeOf } from "./project.js";

type ScopeIndex = Map<string, Identifier>;

const indexes = new WeakMap<ts.Node, ScopeIndex>();

/** The identifier that declares the name `reference` uses, or undefined for globals. */
export function declarationOf(reference: Identifier): Identifier | undefined {
  return lookup(reference, reference.getText());
}

/**
 * Looks `name` up from `position` outwards, as a reference at that place would. The walk goes
 * over the compiler's nodes and wraps only the scopes it indexes, and what it finds is
 * remembered at the scope it started from and at every SKIP-th scope on the way, so that later
 * lookups of the name from nearby stop early: a generated file nested thousands deep made
 * every lookup climb (and wrap) every ancestor.
 */
export function lookup(position: Node, name: string): Identifier | undefined {
  const file = position.getSourceFile();
  const passed: Array<Map<string, Identifier | null>> = [];
  let found: Identifier | null = null;
  for (let scope: ts.Node | undefined = position.compilerNode.parent; scope; scope = scope.parent) {
    if (!SCOPE_KINDS.has(scope.kind)) continue;
    let answers = resolved.get(scope);
    if (!answers) resolved.set(scope, (answers = new Map()));
    const known = answers.get(name);
    if (known !== undefined) {
      found = known;
      break;
    }
    passed.push(answers);
    const own = indexOf(scope, file).get(name);
    if (own) {
      found = own;
      break;
    }
  }
  passed.forEach((answers, index) => {
    if (index % SKIP === 0) answers.set(name, found);
  });
  return found ?? undefined;
}

/** Per scope: what each name looked up from it (or from below) resolves to; null for a global. */
const resolved = new WeakMap<ts.Node, Map<string, Identifier | null>>();
const SKIP = 16;

/** The nodes that declare names for what they hold: blocks, functions, loops with their own bindings. */
const SCOPE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.SourceFile,
  ts.SyntaxKind.Block,
  ts.SyntaxKind.ModuleBlock,
  ts.SyntaxKind.CaseBlock,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.CatchClause,
  ts.SyntaxKind.ClassExpression,
]);

function indexOf(scope: ts.Node, file: SourceFile): ScopeIndex {
  let index = indexes.get(scope);
  if (!index) {
    index = new Map();
    fillIndex(morphNodeOf(file, scope), index);
    indexes.set(scope, index);
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
