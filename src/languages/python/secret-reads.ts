/**
 * Secret provenance of literals read from secret-named places: `config["password"]`,
 * `settings.api_key`, `cfg.get("token")`. The literal keeps its value everywhere else; where
 * it is written into text (a prompt), it becomes a hole that names the key, but only when the
 * literal itself looks like a credential: a placeholder or a short word never counts.
 */
import type { Node } from "web-tree-sitter";
import type { TextPart } from "../../model/value.js";
import { hasCredentialShape } from "../../secrets/credential-shape.js";
import { isSecretLikeName } from "../../secrets/names.js";
import { partsOf, type ConcreteValue, type InsertionSite } from "./values.js";

/** The key or attribute name an expression reads: `x["password"]`, `x.api_key`, `x.get("token")`. */
export function readKeyName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === "attribute") return node.childForFieldName("attribute")?.text;
  if (node.type === "subscript") return plainStringText(node.childForFieldName("subscript"));
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get") return undefined;
    return plainStringText(node.childForFieldName("arguments")?.namedChild(0) ?? null);
  }
  return undefined;
}

function plainStringText(node: Node | null): string | undefined {
  if (node?.type !== "string") return undefined;
  const parts = node.namedChildren.filter((c) => c?.type !== "string_start" && c?.type !== "string_end");
  return parts.length === 1 && parts[0]?.type === "string_content" ? parts[0].text : undefined;
}

/** The text parts of a value written into a string, a credential read from a secret-named key becoming a secret hole. */
export function insertedParts(value: ConcreteValue, site: InsertionSite, keyName: string | undefined): TextPart[] {
  if (value.kind === "string" && keyName !== undefined && isSecretLikeName(keyName) && hasCredentialShape(value.value)) {
    return [{ kind: "hole", provenance: { kind: "secret-config", name: keyName }, expression: site.expression, loc: site.loc }];
  }
  return partsOf(value, site);
}
