import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, test } from "vitest";
import { extractPython } from "../../../src/languages/python/index.js";
import { prepareLanguages } from "../../helpers/lint-source.js";
import { plain } from "./extract-helper.js";

const ROOT = process.env.ROOT ?? "/tmp/rw-py";
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = path.join(dir, n); return statSync(p).isDirectory() ? walk(p) : p.endsWith(".py") ? [p] : []; });
}
beforeAll(prepareLanguages);
test("dump", () => {
  const only = process.env.ONLY;
  for (const file of walk(ROOT)) {
    if (only && !file.includes(only)) continue;
    const text = readFileSync(file, "utf8");
    const model = extractPython({ path: path.relative(ROOT, file), absolutePath: file, text, kind: "python" }, { cwd: ROOT, readFile: (p) => { try { return readFileSync(p, "utf8"); } catch { return undefined; } } });
    console.log(`=== ${path.relative(ROOT, file)}: ${model.agents.length} agents, ${model.pathPrefixChecks.length} path checks, parse ${model.parseProblems.length}`);
    for (const a of model.agents) {
      const opts = Object.fromEntries((a.options?.entries ?? []).map((e: any) => [e.key, plain(e.value)]));
      console.log(`  [${a.kind}] ${a.when ?? ""} line ${a.loc?.line} open=${a.options.open}`, JSON.stringify(opts).slice(0, 900), "Q:", JSON.stringify(a.queryPrompts.map(plain)).slice(0,300), "RT:", JSON.stringify(a.runtimePermissionModes.map(plain)));
    }
  }
});
