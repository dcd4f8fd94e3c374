/**
 * Writes the files derived from rule metadata (see generated-files.ts).
 *   node dist/src/tools/generate.js           rewrite them
 *   node dist/src/tools/generate.js --check   exit 1 when one is stale
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { staleGeneratedFiles } from "./generated-files.js";

const packageRoot = path.dirname(createRequire(import.meta.url).resolve("agentlint/package.json"));
const stale = staleGeneratedFiles(packageRoot);

if (process.argv.includes("--check")) {
  for (const file of stale) console.error(`${file.path} is stale: run \`npm run generate:docs\`.`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  for (const file of stale) {
    writeFileSync(path.join(packageRoot, file.path), file.expected);
    console.log(`wrote ${file.path}`);
  }
}
