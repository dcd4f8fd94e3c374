/**
 * The children of a compiler node, for walks that keep their own stack: syntax may nest
 * thousands of levels deep (a long `a + b + …`), deeper than recursion can follow.
 */
import { ts } from "./morph.js";

export function childrenOf(node: ts.Node): ts.Node[] {
  const children: ts.Node[] = [];
  ts.forEachChild(node, (child) => {
    children.push(child);
  });
  return children;
}
