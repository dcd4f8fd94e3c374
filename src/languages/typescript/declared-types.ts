/**
 * The type an expression is declared with, read from annotations only (no type checker):
 * a parameter's or variable's annotation, a class field or parameter property, and the
 * member of an interface, type alias or type literal that a property access reads. Code that
 * injects the SDK for testing (`deps: { createSession: typeof unstable_v2_createSession }`)
 * names the SDK function only there.
 */
import { Node, SyntaxKind, type ClassDeclaration, type ClassExpression, type TypeNode } from "./morph.js";
import { declarationOf } from "./scope.js";
import type { Symbols } from "./symbols.js";

const MAX_HOPS = 8;
const WRAPPERS = new Set(["Partial", "Readonly", "Required", "NonNullable"]);

export class DeclaredTypes {
  constructor(private readonly symbols: Symbols) {}

  /** The annotated type of `node`: `x`, `this.x`, `x.y` (through the declared type of `x`). */
  ofExpression(node: Node, hops = 0): TypeNode | undefined {
    if (hops > MAX_HOPS) return undefined;
    if (Node.isParenthesizedExpression(node) || Node.isNonNullExpression(node)) return this.ofExpression(node.getExpression(), hops + 1);
    if (Node.isIdentifier(node)) {
      const declaring = declarationOf(node);
      const parent = declaring?.getParent();
      if (Node.isParameterDeclaration(parent) || Node.isVariableDeclaration(parent)) return parent.getTypeNode();
      if (Node.isBindingElement(parent)) return this.ofBindingElement(parent, hops + 1);
      return undefined;
    }
    if (Node.isPropertyAccessExpression(node)) {
      const receiver = node.getExpression();
      if (receiver.getKind() === SyntaxKind.ThisKeyword) return classMemberType(node, node.getName());
      return this.member(this.ofExpression(receiver, hops + 1), node.getName(), hops + 1);
    }
    return undefined;
  }

  /** `const { a } = deps` / `function f({ a }: Deps)`: the member `a` of the source's type. */
  ofBindingElement(element: Node, hops = 0): TypeNode | undefined {
    if (!Node.isBindingElement(element) || element.getDotDotDotToken()) return undefined;
    const pattern = element.getParent();
    const holder = pattern.getParent();
    if (!Node.isObjectBindingPattern(pattern)) return undefined;
    const key = element.getPropertyNameNode()?.getText() ?? element.getName();
    if (Node.isParameterDeclaration(holder)) return this.member(holder.getTypeNode(), key, hops + 1);
    if (!Node.isVariableDeclaration(holder)) return undefined;
    const initializer = holder.getInitializer();
    return this.member(holder.getTypeNode() ?? (initializer ? this.ofExpression(initializer, hops + 1) : undefined), key, hops + 1);
  }

  /** The type of the member `name` of `type` (interfaces and aliases followed, also across files). */
  member(type: TypeNode | undefined, name: string, hops = 0): TypeNode | undefined {
    if (!type || hops > MAX_HOPS) return undefined;
    if (Node.isParenthesizedTypeNode(type)) return this.member(type.getTypeNode(), name, hops + 1);
    if (Node.isTypeLiteral(type)) return type.getProperty(name)?.getTypeNode();
    if (Node.isUnionTypeNode(type)) {
      const members = type.getTypeNodes().filter((member) => !isNullish(member));
      return members.length === 1 ? this.member(members[0], name, hops + 1) : undefined;
    }
    if (!Node.isTypeReference(type)) return undefined;
    const typeName = type.getTypeName();
    if (!Node.isIdentifier(typeName)) return undefined;
    const declaring = declarationOf(typeName);
    if (!declaring) return WRAPPERS.has(typeName.getText()) ? this.member(type.getTypeArguments()[0], name, hops + 1) : undefined;
    const meaning = this.symbols.meaningOfDeclaration(declaring, 0);
    const declaration = meaning.kind === "declaration" ? meaning.name.getParent() : undefined;
    if (Node.isInterfaceDeclaration(declaration)) return declaration.getProperty(name)?.getTypeNode();
    if (Node.isTypeAliasDeclaration(declaration)) return this.member(declaration.getTypeNode(), name, hops + 1);
    return undefined;
  }
}

/** A class field's annotation, or a constructor parameter property's (`private readonly x: T`). */
function classMemberType(use: Node, name: string): TypeNode | undefined {
  const owner = use.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor)) as ClassDeclaration | ClassExpression | undefined;
  if (!owner) return undefined;
  const field = owner.getProperty(name);
  if (field) return field.getTypeNode();
  for (const constructor of owner.getConstructors()) {
    const parameter = constructor.getParameter(name);
    if (parameter?.isParameterProperty()) return parameter.getTypeNode();
  }
  return undefined;
}

export function isNullish(type: TypeNode): boolean {
  const kind = type.getKind();
  if (kind === SyntaxKind.UndefinedKeyword || kind === SyntaxKind.NullKeyword || kind === SyntaxKind.VoidKeyword) return true;
  return Node.isLiteralTypeNode(type) && type.getLiteral().getKind() === SyntaxKind.NullKeyword;
}
