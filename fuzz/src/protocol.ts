/** What went wrong in one call. */
export type FailureKind =
  | "wrong error class"
  | "error without a string code"
  | "error code not in kebab-case"
  | "non-finite result"
  | "slow"
  | "hang"
  | "worker crashed"
  | "unhandled rejection";

/** One distinct failure of a function, with a call that shows it. */
export interface Failure {
  readonly kind: FailureKind;
  /** The call as JavaScript source, e.g. `rate(1, 10, null)`. */
  readonly call: string;
  /** What it threw or returned, and what was expected. */
  readonly outcome: string;
}

/** What the fuzzing of one exported function found. */
export interface FunctionReport {
  readonly name: string;
  /** Calls made. */
  readonly calls: number;
  /** Calls that failed. */
  readonly failed: number;
  /** Distinct failures (up to five), each with one call that shows it. */
  readonly failures: readonly Failure[];
  /** The longest call, in milliseconds (to see how close calls come to the time bound). */
  readonly slowestMs?: number;
  /** How many known-good argument lists (from the documented examples) the calls were built from. */
  readonly seeds: number;
}

/** One documented example, rewritten as the body of an async function. */
export interface ExampleCode {
  readonly pkg: string;
  readonly file: string;
  readonly code: string;
}

/** What the main thread gives the worker. */
export interface WorkerInput {
  readonly pkg: string;
  readonly seed: number;
  readonly runs: number;
  readonly callMs: number;
  /** Time after which a function gets no more calls (its calls so far are reported). */
  readonly budgetMs: number;
  /** Functions already done (or that hung) in an earlier worker. */
  readonly skip: readonly string[];
  readonly examples: readonly ExampleCode[];
  /** Progress shared with the watchdog: a call counter and the current call's description. */
  readonly progress: SharedArrayBuffer;
}

/** What the worker tells the main thread. */
export type WorkerMessage =
  | { readonly type: "begin"; readonly name: string }
  | { readonly type: "done"; readonly report: FunctionReport }
  | { readonly type: "finished" };

/** Bytes of the progress buffer: 16 header bytes, then the current call as UTF-8. */
export const progressBytes = 1 << 16;
