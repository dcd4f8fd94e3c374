/**
 * Recognises the agent SDK in code: which callees are the SDK's `query` and session
 * functions, and which types are its `Options` and `AgentDefinition`, whatever the import
 * form (named, renamed, namespace, `require`, dynamic import, re-exports through project files).
 */
import { alternatives, type RValue } from "../../model/value.js";
import { DeclaredTypes, isNullish } from "./declared-types.js";
import { Node, type TypeAliasDeclaration, type TypeNode, type TypeReferenceNode } from "./morph.js";
import { declarationOf } from "./scope.js";
import { isSdkModule, moduleLoadedBy, type Symbols } from "./symbols.js";

type SdkType = "options" | "agent-definition" | "agent-definitions";

const MAX_HOPS = 8;
/**
 * SDK names distinctive enough to recognise when nothing declares or imports them (a snippet
 * that leaves its imports out). `query` is not one of them: see `isUnresolvedQuery`.
 */
const UNDECLARED_SDK_FUNCTIONS = new Set(["unstable_v2_createSession", "unstable_v2_resumeSession", "unstable_v2_prompt", "createSdkMcpServer"]);
const UNDECLARED_SDK_TYPES: ReadonlyMap<string, SdkType> = new Map([["AgentDefinition", "agent-definition"]]);
/**
 * Option keys only the agent SDK's options have: an unresolved `query({ prompt, options })`
 * whose options use one of them is the SDK's. Generic keys (`model`, `cwd`, `maxTurns`,
 * `systemPrompt`, `env`) are not enough.
 */
const SDK_SPECIFIC_OPTION_KEYS = new Set([
  "allowedTools",
  "disallowedTools",
  "permissionMode",
  "allowDangerouslySkipPermissions",
  "canUseTool",
  "mcpServers",
  "settingSources",
  "permissionPromptToolName",
  "permissionPrompts",
  "pathToClaudeCodeExecutable",
  "appendSystemPrompt",
  "customSystemPrompt",
  "additionalDirectories",
  "maxBudgetUsd",
  "maxThinkingTokens",
  "strictMcpConfig",
]);

/** Whether options passed to an unresolved `query` use a key only the SDK's options have. */
export function hasSdkSpecificOptionKey(options: RValue): boolean {
  return alternatives(options).some(({ value }) => value.kind === "object" && value.entries.some((entry) => SDK_SPECIFIC_OPTION_KEYS.has(entry.key)));
}
const WRAPPERS = new Set(["Partial", "Readonly", "Required", "NonNullable", "Omit", "Pick"]);
const FALLBACK_OPERATORS = new Set(["??", "||"]);

export class SdkRecognizer {
  private readonly declared: DeclaredTypes;

  constructor(private readonly symbols: Symbols) {
    this.declared = new DeclaredTypes(symbols);
  }

  /** The SDK export an expression or type name stands for ("*" for the module itself). */
  exportOf(node: Node, hops = 0): string | undefined {
    if (hops > MAX_HOPS) return undefined;
    if (Node.isParenthesizedExpression(node) || Node.isAwaitExpression(node) || Node.isNonNullExpression(node)) {
      return this.exportOf(node.getExpression(), hops + 1);
    }
    if (Node.isIdentifier(node)) {
      const declaring = declarationOf(node);
      if (!declaring) return UNDECLARED_SDK_FUNCTIONS.has(node.getText()) ? node.getText() : undefined;
      const meaning = this.symbols.meaningOfDeclaration(declaring, 0);
      // A default import of the SDK (`import sdk from …`) is its namespace under CommonJS interop.
      if (meaning.kind === "package") return isSdkModule(meaning.module) ? (meaning.name === "default" ? "*" : meaning.name) : undefined;
      if (meaning.kind === "expression") return this.exportOf(meaning.expression, hops + 1);
      if (meaning.kind !== "declaration") return undefined;
      const parent = meaning.name.getParent();
      if (Node.isVariableDeclaration(parent) || Node.isParameterDeclaration(parent)) {
        const initializer = parent.getInitializer();
        return (initializer ? this.exportOfBinding(initializer, hops + 1) : undefined) ?? this.exportOfType(parent.getTypeNode(), hops + 1);
      }
      if (Node.isBindingElement(parent)) return this.exportOfBindingElement(parent, hops + 1);
      return undefined;
    }
    if (Node.isPropertyAccessExpression(node)) {
      if (this.exportOf(node.getExpression(), hops + 1) === "*") return node.getName();
      return this.exportOfType(this.declared.ofExpression(node), hops + 1);
    }
    if (Node.isQualifiedName(node)) {
      return this.exportOf(node.getLeft(), hops + 1) === "*" ? node.getRight().getText() : undefined;
    }
    if (Node.isCallExpression(node)) {
      const module = moduleLoadedBy(node);
      return module !== undefined && isSdkModule(module) ? "*" : undefined;
    }
    return undefined;
  }

  /**
   * What a local binding's initializer names. A binding that falls back to an SDK function or
   * picks one (`injected ?? query`, `fake || query`, `real ? query : fake`) is called with SDK
   * options, so it stands for that function.
   */
  private exportOfBinding(initializer: Node, hops: number): string | undefined {
    if (hops > MAX_HOPS) return undefined;
    if (Node.isParenthesizedExpression(initializer)) return this.exportOfBinding(initializer.getExpression(), hops + 1);
    if (Node.isIdentifier(initializer) || Node.isPropertyAccessExpression(initializer)) return this.exportOf(initializer, hops);
    if (Node.isBinaryExpression(initializer) && FALLBACK_OPERATORS.has(initializer.getOperatorToken().getText())) {
      return this.exportOfBinding(initializer.getLeft(), hops + 1) ?? this.exportOfBinding(initializer.getRight(), hops + 1);
    }
    if (Node.isConditionalExpression(initializer)) {
      return this.exportOfBinding(initializer.getWhenTrue(), hops + 1) ?? this.exportOfBinding(initializer.getWhenFalse(), hops + 1);
    }
    return undefined;
  }

  /** `const { query } = sdk`, `const { createSession } = deps` where `deps` is typed with the SDK function. */
  private exportOfBindingElement(element: Node, hops: number): string | undefined {
    if (!Node.isBindingElement(element)) return undefined;
    const initializer = element.getInitializer();
    const fallback = initializer ? this.exportOfBinding(initializer, hops + 1) : undefined;
    if (fallback) return fallback;
    const holder = element.getParent().getParent();
    const source = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
    if (source && Node.isObjectBindingPattern(element.getParent()) && !element.getDotDotDotToken() && this.exportOf(source, hops + 1) === "*") {
      return element.getPropertyNameNode()?.getText() ?? element.getName();
    }
    return this.exportOfType(this.declared.ofBindingElement(element), hops + 1);
  }

  /** The SDK function a `typeof query` annotation names (also `typeof query | undefined`). */
  private exportOfType(type: TypeNode | undefined, hops: number): string | undefined {
    if (!type || hops > MAX_HOPS) return undefined;
    if (Node.isParenthesizedTypeNode(type)) return this.exportOfType(type.getTypeNode(), hops + 1);
    if (Node.isUnionTypeNode(type)) {
      const members = type.getTypeNodes().filter((member) => !isNullish(member));
      return members.length === 1 ? this.exportOfType(members[0], hops + 1) : undefined;
    }
    if (Node.isTypeReference(type)) {
      // `type QueryFn = typeof query`: a field typed with the alias holds the function.
      const alias = this.aliasOf(type);
      return alias ? this.exportOfType(alias.getTypeNode(), hops + 1) : undefined;
    }
    if (!Node.isTypeQuery(type)) return undefined;
    const exported = this.exportOf(type.getExprName(), hops + 1);
    return exported === "*" ? undefined : exported;
  }

  /**
   * A `query` callee nothing declares, or imported from a project file that does not exist: a
   * snippet's call of the SDK, when what it passes says so (see `hasSdkSpecificOptionKey`).
   * A `query` imported from any package or project file is that module's.
   */
  isUnresolvedQuery(callee: Node): boolean {
    if (!Node.isIdentifier(callee) || callee.getText() !== "query") return false;
    const declaring = declarationOf(callee);
    return !declaring || this.symbols.meaningOfDeclaration(declaring, 0).kind === "missing";
  }

  /** Whether a type annotation is the SDK's Options, AgentDefinition or a record of definitions. */
  typeOf(type: TypeNode | undefined, hops = 0): SdkType | undefined {
    if (!type || hops > MAX_HOPS) return undefined;
    if (Node.isParenthesizedTypeNode(type)) return this.typeOf(type.getTypeNode(), hops + 1);
    if (Node.isIntersectionTypeNode(type)) {
      for (const member of type.getTypeNodes()) {
        const found = this.typeOf(member, hops + 1);
        if (found) return found;
      }
      return undefined;
    }
    if (Node.isImportTypeNode(type)) {
      // `import("@anthropic-ai/claude-agent-sdk").Options`, also in JSDoc `@type` tags.
      const argument = type.getArgument();
      const literal = Node.isLiteralTypeNode(argument) ? argument.getLiteral() : undefined;
      const module = literal && Node.isStringLiteral(literal) ? literal.getLiteralValue() : undefined;
      const qualifier = type.getQualifier()?.getText();
      if (!module || !isSdkModule(module)) return undefined;
      return qualifier === "Options" ? "options" : qualifier === "AgentDefinition" ? "agent-definition" : undefined;
    }
    if (!Node.isTypeReference(type)) return undefined;
    const typeName = type.getTypeName();
    const typeArguments = type.getTypeArguments();
    const simpleName = typeName.getText();
    if (WRAPPERS.has(simpleName) && Node.isIdentifier(typeName) && !declarationOf(typeName)) return this.typeOf(typeArguments[0], hops + 1);
    if (simpleName === "Record" && typeArguments[1] && this.typeOf(typeArguments[1], hops + 1) === "agent-definition") {
      return "agent-definitions";
    }
    if (Node.isIdentifier(typeName) && !declarationOf(typeName)) return UNDECLARED_SDK_TYPES.get(simpleName);
    const exported = this.exportOf(typeName, hops + 1);
    if (exported === "Options") return "options";
    if (exported === "AgentDefinition") return "agent-definition";
    const alias = this.aliasOf(type);
    return alias ? this.typeOf(alias.getTypeNode(), hops + 1) : undefined;
  }

  /** The type alias a type reference names, in this file or imported from another. */
  private aliasOf(type: TypeReferenceNode): TypeAliasDeclaration | undefined {
    const typeName = type.getTypeName();
    if (!Node.isIdentifier(typeName)) return undefined;
    const declaring = declarationOf(typeName);
    const meaning = declaring ? this.symbols.meaningOfDeclaration(declaring, 0) : undefined;
    const alias = meaning?.kind === "declaration" ? meaning.name.getParent() : undefined;
    return alias && Node.isTypeAliasDeclaration(alias) ? alias : undefined;
  }
}
