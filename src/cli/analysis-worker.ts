/**
 * Entry module of the CLI's analysis worker threads (see src/analysis/worker-pool.ts). Each
 * thread has its own module loader, so it installs the TypeScript compile cache as the CLI's
 * main thread does (bin/agentlint.js) before anything loads the compiler.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TaskSetup } from "../analysis/analysis-task.js";
import { installCompileCache } from "./compile-cache.js";
import { collectGarbageNow } from "./heap-tuning.js";

installCompileCache();
const { serveTasks } = await import("../analysis/serve-tasks.js");
// Loading a parser leaves much garbage (the TypeScript compiler's 9 MB of source compiled):
// collected once, before the heap's growth is set by it (see heap-tuning.ts).
if (parentPort) serveTasks(parentPort, workerData as TaskSetup, collectGarbageNow);
