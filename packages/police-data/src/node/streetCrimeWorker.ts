/**
 * The worker thread of the Node entry's `streetCrimeCube`: reads the tasks posted to it (byte
 * ranges of files, archive members) and posts back their partial counts. An offence text seen for
 * the first time is mapped by the main thread (the `offence` option is a function, which cannot be
 * posted): the worker asks through its port and waits on a shared flag; a task comes with the
 * labels the main thread knows.
 *
 * This file is loaded only as a worker's script; it starts listening when loaded.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { useSeparatorKernel } from "../internal/scanner.js";
import { separatorKernel } from "../internal/separatorKernel.js";
import type { ScanScratch, StreetSettings } from "../internal/streetScan.js";
import { postable, runStreetTask, type StreetTask } from "../internal/streetTask.js";

const { settings, port, flag } = workerData as { settings: StreetSettings; port: MessagePort; flag: SharedArrayBuffer };
const flags = new Int32Array(flag);
useSeparatorKernel(separatorKernel());
const labels = new Map<string, string | undefined>();
// memory reused from one task to the next
const scratch: ScanScratch = { lists: [] };

function mapOffence(text: string): string | undefined {
  if (labels.has(text)) return labels.get(text);
  port.postMessage(text);
  Atomics.wait(flags, 0, 0);
  Atomics.store(flags, 0, 0);
  const label = receiveMessageOnPort(port)?.message as string | undefined;
  labels.set(text, label);
  return label;
}

parentPort!.on("message", (message: { id: number; task: StreetTask; labels: [string, string | undefined][] }) => {
  for (const [text, label] of message.labels) labels.set(text, label);
  void runStreetTask(message.task, settings, mapOffence, undefined, scratch).then((part) => {
    const { part: out, transfer } = postable(part);
    parentPort!.postMessage({ id: message.id, part: out }, transfer);
  });
});
// loaded: tasks can be posted now
parentPort!.postMessage({ ready: true });
