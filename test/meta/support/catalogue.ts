/** The rule ids the spec's catalogue (RULES.md) names: the first column of its tables. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SPEC_DIR } from "./repo.js";

const TABLE_ROW_ID = /^\|\s*`([a-z0-9-]+)`\s*\|/;

/** Undefined when the spec folder is absent (it is a read-only sibling checkout). */
export function catalogueIds(): ReadonlySet<string> | undefined {
  const file = path.join(SPEC_DIR, "RULES.md");
  if (!existsSync(file)) return undefined;
  const ids = new Set<string>();
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = TABLE_ROW_ID.exec(line);
    if (match?.[1]) ids.add(match[1]);
  }
  return ids;
}
