// An analysis worker (the built one) that misbehaves on purpose for files with these names:
// `hang.ts` loops forever once its analysis has started, `exit.ts` ends the thread,
// `throw.ts` throws an uncaught error. With workerData.failAtStart it dies before taking any task.
import { parentPort, workerData } from "node:worker_threads";

if (workerData.failAtStart) throw new Error("this worker cannot start");
const { serveTasks } = await import("../../../dist/src/analysis/serve-tasks.js");

parentPort.on("message", (message) => {
  const name = message?.task.file.path;
  if (name === "hang.ts") {
    parentPort.postMessage({ type: "started", id: message.id });
    for (;;);
  }
  if (name === "exit.ts") process.exit(3);
  if (name === "throw.ts") throw new Error("boom");
});
serveTasks(parentPort, workerData);
