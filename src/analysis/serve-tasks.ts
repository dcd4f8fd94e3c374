/**
 * The analysis worker's side of the pool: answer each task message with the file's
 * analysis, until the pool says there is no more work. A language's parser is loaded the
 * first time a file of it comes (the pool keeps each worker to one language), and what a
 * particular file needs besides (Language.prepareFile) before its analysis starts. A task never
 * throws here (analyzeFile turns failures into notices); a worker that dies anyway is
 * noticed by the pool.
 */
import type { MessagePort } from "node:worker_threads";
import { prepareExtractors, prepareFiles } from "../languages/index.js";
import { analyzeTask, type TaskSetup } from "./analysis-task.js";
import type { TaskMessage, WorkerMessage } from "./worker-protocol.js";

export function serveTasks(port: MessagePort, setup: TaskSetup, afterFirstLoad?: () => void): void {
  let loaded = false;
  port.on("message", (message: TaskMessage | null) => {
    if (message === null) {
      port.close();
      return;
    }
    const { file } = message.task;
    void Promise.all([prepareExtractors(new Set([file.kind])), prepareFiles([file])]).then(() => {
      if (!loaded) {
        loaded = true;
        afterFirstLoad?.();
      }
      port.postMessage({ type: "started", id: message.id } satisfies WorkerMessage);
      port.postMessage({ type: "done", id: message.id, analysis: analyzeTask(message.task, setup) } satisfies WorkerMessage);
    });
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
