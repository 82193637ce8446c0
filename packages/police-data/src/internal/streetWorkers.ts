import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker } from "node:worker_threads";
import type { ScanRange } from "./scanner.js";
import type { ScanScratch, StreetPartial, StreetSettings } from "./streetScan.js";
import { runStreetTask, type StreetTask } from "./streetTask.js";

let scriptOverride: string | undefined;

/**
 * How the Node entry's `streetCrimeCube` shares out work: inputs of `parallelBytes` or more use
 * every core by default; files are split into byte ranges of at least `minRange` bytes (the
 * input's share of one thread), or exactly `rangeBytes` when set (tests split small files).
 */
export const tuning: { parallelBytes: number; minRange: number; rangeBytes: number | undefined } = {
  parallelBytes: 64 << 20,
  minRange: 32 << 20,
  rangeBytes: undefined,
};

/** Use another worker script (the tests run the sources, which have no built script). */
export function useWorkerScript(path: string | undefined): void {
  scriptOverride = path;
}

/** The built worker script beside this module's bundle, or undefined when there is none (sources run without a build). */
export function workerScript(): string | undefined {
  if (scriptOverride !== undefined) return scriptOverride;
  const path =
    typeof __filename === "string" && __filename.endsWith(".cjs")
      ? join(dirname(__filename), "node", "streetCrimeWorker.cjs")
      : join(dirname(fileURLToPath(import.meta.url)), "node", "streetCrimeWorker.js");
  return existsSync(path) ? path : undefined;
}

interface Slot {
  readonly worker: Worker;
  /** Whether the thread has loaded its script (a task is posted to it only then, with the offence labels known by then). */
  ready: boolean;
  busy: boolean;
}

/**
 * Worker threads that read street tasks, and the calling thread with them ({@link StreetWorkerPool.runHere}).
 * Tasks are handed out in order as threads come free; `run` resolves with each task's partial.
 * Offence texts are mapped on this thread: a worker asks for a text it has not seen and waits, so
 * the labels known when a task is posted go with it (the calling thread reading too answers only
 * between chunks). `onReady` is called once, when the first worker has loaded its script and
 * before any task is posted to it: the tasks still queued may then be changed.
 */
export class StreetWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; task: StreetTask }[] = [];
  private readonly pending = new Map<number, { resolve: (p: StreetPartial) => void; reject: (e: unknown) => void }>();
  private readonly ports: { close(): void }[] = [];
  private readonly labels = new Map<string, string | undefined>();
  private nextId = 0;
  private broken: unknown;
  private closing = false;

  constructor(
    threads: number,
    script: string,
    private readonly settings: StreetSettings,
    private readonly mapOffence: (text: string) => string | undefined,
    private onReady?: () => void,
  ) {
    for (let i = 0; i < threads; i++) {
      const { port1, port2 } = new MessageChannel();
      const flag = new SharedArrayBuffer(4);
      const flags = new Int32Array(flag);
      port1.on("message", (text: string) => {
        port1.postMessage(this.label(text));
        Atomics.store(flags, 0, 1);
        Atomics.notify(flags, 0);
      });
      this.ports.push(port1);
      const worker = new Worker(script, { workerData: { settings, port: port2, flag }, transferList: [port2] });
      const slot: Slot = { worker, ready: false, busy: false };
      worker.on("message", (m: { ready: true } | { id: number; part: StreetPartial }) => {
        if ("ready" in m) {
          slot.ready = true;
          const ready = this.onReady;
          this.onReady = undefined;
          try {
            ready?.();
          } catch (e) {
            this.fail(e);
          }
          this.dispatch();
          return;
        }
        slot.busy = false;
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(m.part);
        this.dispatch();
      });
      worker.on("error", (e) => this.fail(e));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread of streetCrimeCube stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** The label of an offence text, mapped once for every thread. */
  private label(text: string): string | undefined {
    if (!this.labels.has(text)) this.labels.set(text, this.mapOffence(text));
    return this.labels.get(text);
  }

  /** The partial of one task. */
  run(task: StreetTask): Promise<StreetPartial> {
    if (this.broken !== undefined) return Promise.reject(this.broken);
    const id = this.nextId++;
    const done = new Promise<StreetPartial>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    // a caller that stopped waiting (another part failed) leaves no unhandled rejection behind
    done.catch(() => undefined);
    this.queue.push({ id, task });
    this.dispatch();
    return done;
  }

  /**
   * Read the queued tasks on this thread too, one at a time, until none is left (or the pool is
   * closed: the task being read then stops early). The first, when `live` is given, is read
   * within `live` (see `runStreetTask`).
   */
  async runHere(live?: ScanRange): Promise<void> {
    const stop = (): boolean => this.broken !== undefined;
    const scratch: ScanScratch = { lists: [] };
    const label = (text: string): string | undefined => this.label(text);
    for (let next = this.queue.shift(), first = true; next !== undefined && !stop(); next = this.queue.shift(), first = false) {
      const part = await runStreetTask(next.task, this.settings, label, stop, scratch, first ? live : undefined);
      const p = this.pending.get(next.id);
      this.pending.delete(next.id);
      p?.resolve(part);
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy || !slot.ready) continue;
      slot.busy = true;
      slot.worker.postMessage({ ...this.queue.shift()!, labels: [...this.labels] });
    }
  }

  private fail(e: unknown): void {
    this.broken ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Stop the threads. */
  async close(): Promise<void> {
    this.closing = true;
    this.broken ??= new Error("closed");
    for (const port of this.ports) port.close();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
