import { it } from "vitest";
import { extract } from "./extract.js";
it("stress", () => {
  const lines = ['import { query } from "@anthropic-ai/claude-agent-sdk";', 'const C0 = "x";'];
  for (let i = 1; i < 40; i++) lines.push(`const C${i} = C${i - 1} + C${i - 1};`);
  for (let i = 0; i < 200; i++) lines.push(`query({ prompt: C39, options: { allowedTools: ["Read"], model: C${i % 40} } });`);
  const t = Date.now();
  const m = extract(lines.join("\n"));
  console.log("ms", Date.now() - t, m.agents.length);
  const big = ['import { query } from "@anthropic-ai/claude-agent-sdk";'];
  for (let i = 0; i < 3000; i++) big.push(`export function f${i}(a: number) { const x = { a, b: [1, 2, 3], c: "s" + a }; return x.b.map((y) => y * a); }`);
  big.push(`query({ prompt: "p", options: { allowedTools: ["Read"] } });`);
  const t2 = Date.now();
  const m2 = extract(big.join("\n"), {}, "big.ts");
  console.log("big ms", Date.now() - t2, m2.agents.length);
});
