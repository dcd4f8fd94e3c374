import { it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { extractTypeScript } from "../../../src/languages/typescript/index.js";
it("runs over every fixture", () => {
  const files: string[] = [];
  const walk = (dir: string) => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) { const p = path.join(dir, e.name); if (e.isDirectory()) { if (e.name !== "node_modules") walk(p); } else if (/\.(m|c)?(t|j)sx?$/.test(e.name)) files.push(p); } };
  for (const d of ["fixtures", "examples", "src", "rules"]) walk(path.resolve(d));
  let agents = 0; const t = Date.now(); const errors: string[] = [];
  for (const f of files) {
    try {
      const m = extractTypeScript({ path: path.relative(process.cwd(), f), absolutePath: f, text: fs.readFileSync(f, "utf8"), kind: f.endsWith(".ts") ? "typescript" : "javascript" }, { cwd: process.cwd(), readFile: (p) => { try { return fs.readFileSync(p, "utf8"); } catch { return undefined; } } });
      agents += m.agents.length;
    } catch (e) { errors.push(f + ": " + (e as Error).stack?.split("\n").slice(0, 4).join(" | ")); }
  }
  console.log(files.length, "files", agents, "agents", Date.now() - t, "ms", errors);
});
