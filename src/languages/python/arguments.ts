/** The arguments of a Python call, in source order. */
import type { Node } from "web-tree-sitter";

export type Argument =
  | { readonly kind: "positional"; readonly value: Node }
  | { readonly kind: "keyword"; readonly name: Node; readonly value: Node }
  | { readonly kind: "dict-splat"; readonly value: Node }
  | { readonly kind: "list-splat"; readonly value: Node };

export function callArguments(call: Node): Argument[] {
  const list = call.childForFieldName("arguments");
  if (!list || list.type !== "argument_list") return list ? [{ kind: "positional", value: list }] : [];
  return list.namedChildren.flatMap((child): Argument[] => {
    if (!child || child.type === "comment") return [];
    if (child.type === "keyword_argument") {
      const name = child.childForFieldName("name");
      const value = child.childForFieldName("value");
      return name && value ? [{ kind: "keyword", name, value }] : [];
    }
    if (child.type === "dictionary_splat" || child.type === "list_splat") {
      const value = child.namedChild(0);
      return value ? [{ kind: child.type === "dictionary_splat" ? "dict-splat" : "list-splat", value }] : [];
    }
    return [{ kind: "positional", value: child }];
  });
}

export function keywordArgument(call: Node, name: string): Node | undefined {
  for (const argument of callArguments(call)) {
    if (argument.kind === "keyword" && argument.name.text === name) return argument.value;
  }
  return undefined;
}

export function positionalArgument(call: Node, index: number): Node | undefined {
  const positional = callArguments(call).filter((a) => a.kind === "positional");
  return positional[index]?.value;
}

/** The last name of a callee: `query` in `sdk.query`, `startswith` in `x.startswith`. */
export function calleeName(call: Node): string | undefined {
  const callee = call.childForFieldName("function");
  if (!callee) return undefined;
  if (callee.type === "identifier") return callee.text;
  if (callee.type === "attribute") return callee.childForFieldName("attribute")?.text;
  return undefined;
}
