import { Worker } from "node:worker_threads";
import { type ExampleCode, type FunctionReport, type WorkerInput, type WorkerMessage, progressBytes } from "./protocol.js";

/** How to fuzz one package. */
export interface RunPackageOptions {
  /** The bundled worker. */
  readonly workerFile: string;
  readonly examples: readonly ExampleCode[];
  readonly seed: number;
  /** Calls per function. */
  readonly runs: number;
  /** Time bound of one call, in milliseconds. */
  readonly callMs: number;
  /** Time after which a function gets no more calls. */
  readonly budgetMs: number;
  /** How long no call may start before the worker is terminated; default twice `callMs`, at least 5 s. */
  readonly stallMs?: number;
}

/**
 * Fuzzes every exported function of one package in a worker thread. A watchdog on this thread
 * terminates the worker when no call has started for twice the call's time bound (at least five
 * seconds): the call then running is reported as a hang, with its arguments as they were written
 * to shared memory before the call, and a new worker goes on with the functions left. A worker
 * that dies (out of memory, stack) is reported the same way.
 *
 * @param pkg - The package's folder name, e.g. `"rates"`.
 * @param options - The bundle, the examples, the seed, the runs and the time bound.
 * @returns One report per exported function, in name order.
 */
export async function runPackage(pkg: string, options: RunPackageOptions): Promise<FunctionReport[]> {
  const reports: FunctionReport[] = [];
  const stallMs = options.stallMs ?? Math.max(2 * options.callMs, 5000);
  let examplesFailed = false;
  for (;;) {
    const progress = new SharedArrayBuffer(progressBytes);
    const header = new Int32Array(progress, 0, 4);
    const input: WorkerInput = {
      pkg,
      seed: options.seed,
      runs: options.runs,
      callMs: options.callMs,
      budgetMs: options.budgetMs,
      skip: reports.map((r) => r.name),
      examples: examplesFailed ? [] : options.examples,
      progress,
    };
    const worker = new Worker(options.workerFile, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: 1536 }, stdout: true });
    worker.stdout.resume(); // what the functions print is not the suite's output
    let current: string | null = null;
    const outcome = await new Promise<"finished" | string>((resolveRun) => {
      let lastSeq = -1;
      let lastChange = Date.now();
      const lastCall = () => {
        const n = Atomics.load(header, 1);
        return new TextDecoder().decode(new Uint8Array(progress, 16, n).slice());
      };
      const timer = setInterval(() => {
        const seq = Atomics.load(header, 0);
        if (seq !== lastSeq) {
          lastSeq = seq;
          lastChange = Date.now();
        } else if (Date.now() - lastChange > stallMs) {
          const call = lastCall();
          clearInterval(timer);
          void worker.terminate();
          resolveRun(`hang: ${call}`);
        }
      }, 100);
      worker.on("message", (m: WorkerMessage) => {
        if (m.type === "begin") current = m.name;
        else if (m.type === "done") {
          reports.push(m.report);
          current = null;
        } else {
          clearInterval(timer);
          resolveRun("finished");
        }
      });
      worker.on("error", (e) => {
        clearInterval(timer);
        resolveRun(`crash: ${String(e instanceof Error ? `${e.name}: ${e.message}` : e)} after starting ${lastCall()}`);
      });
      worker.on("exit", () => {
        clearInterval(timer);
        resolveRun(`crash: the worker exited after starting ${lastCall()}`);
      });
    });
    await worker.terminate();
    if (outcome === "finished") break;
    let name: string | null = current;
    if (name === null) {
      // It stopped while running the documented examples: go on without them.
      if (examplesFailed) throw new Error(`the fuzz worker for ${pkg} stopped outside any function: ${outcome}`);
      examplesFailed = true;
      name = "(documented examples)";
    }
    const hang = outcome.startsWith("hang: ");
    const call = outcome.replace(/^(hang|crash): /, "");
    reports.push({
      name,
      calls: 0,
      failed: 1,
      seeds: 0,
      failures: [
        hang
          ? { kind: "hang", call, outcome: `did not return within ${stallMs} ms (the worker was terminated)` }
          : { kind: "worker crashed", call, outcome: call },
      ],
    });
  }
  return reports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
