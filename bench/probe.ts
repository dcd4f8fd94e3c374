/**
 * Loaded into the measured CLI process with `node --import`: at exit it writes the peak RSS
 * and which heavy parsers the run loaded (through `require` or `import`) to the file named by
 * AGENTLINT_BENCH_PROBE, so the benchmark can check that a file which cannot matter loads no
 * parser.
 */
import { writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { MessageChannel } from "node:worker_threads";

const HEAVY_MODULES = ["ts-morph", "typescript", "web-tree-sitter", "@secretlint/core"];

const target = process.env.AGENTLINT_BENCH_PROBE;

if (target) {
  const moduleCache = createRequire(import.meta.url).cache;
  const imported = new Set<string>();
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (url: string) => imported.add(url));
  port1.unref();
  register(new URL("./probe-hooks.js", import.meta.url), { data: { port: port2 }, transferList: [port2] });

  process.on("exit", () => {
    const files = [...Object.keys(moduleCache), ...imported];
    const loaded = HEAVY_MODULES.filter((name) => files.some((file) => file.includes(`/node_modules/${name}/`)));
    writeFileSync(target, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, loaded }));
  });
}
