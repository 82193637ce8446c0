// The fuzzing worker: runs the calls of one package, in a thread the main thread's watchdog can
// terminate. Before each call it writes the call's source into shared memory, so a call that
// never returns can still be reported.
import { parentPort, workerData } from "node:worker_threads";
import fc from "fast-check";
import { callArguments } from "./callArguments.js";
import { describeValue } from "./describeValue.js";
import { isKebabCase } from "./kebabCase.js";
import { findNonFinite, reachableObjects } from "./findNonFinite.js";
import { cloneData } from "./hostileValue.js";
import { exportedFunctions, isClass, packages } from "./packages.js";
import { type Failure, type FailureKind, type FunctionReport, type WorkerInput, type WorkerMessage, progressBytes } from "./protocol.js";

type AnyFunction = (...args: unknown[]) => unknown;

const input = workerData as WorkerInput;
const port = parentPort!;
const header = new Int32Array(input.progress, 0, 4);
const body = new Uint8Array(input.progress, 16, progressBytes - 16);
const encoder = new TextEncoder();

// No call may reach the network.
globalThis.fetch = () => Promise.reject(new Error("the fuzz worker has no network"));

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

/** Records the call about to be made, for the watchdog. */
function announce(call: string): void {
  const { written } = encoder.encodeInto(call, body);
  Atomics.store(header, 1, written);
  Atomics.add(header, 0, 1);
}

/** The exported functions of a package, by name (classes and constants excluded). */
function functionsOf(ns: Readonly<Record<string, unknown>>): [string, AnyFunction][] {
  return exportedFunctions(ns).map((k) => [k, ns[k] as AnyFunction]);
}

/** The package's error class: its one exported class whose name ends in `Error`. */
function errorClassOf(ns: Readonly<Record<string, unknown>>): new (...args: never[]) => Error {
  const found = Object.keys(ns).filter((k) => k.endsWith("Error") && isClass(ns[k]));
  if (found.length !== 1) throw new Error(`expected one exported error class, found ${found.join(", ") || "none"}`);
  return ns[found[0]!] as new (
    ...args: never[]
  ) => Error;
}

/** Police-data readers take a path or URL as a source: give them the same text in memory instead. */
function inMemory(pkg: string, name: string, args: unknown[]): unknown[] {
  if (pkg !== "police-data" || !(name.startsWith("read") || name === "streetCrimeCube")) return args;
  const one = (s: unknown) => (typeof s === "string" || s instanceof URL ? { name: "fuzz.csv", data: encoder.encode(String(s)) } : s);
  const [first, ...rest] = args;
  return args.length === 0 ? args : [Array.isArray(first) ? first.map(one) : one(first), ...rest];
}

// ---- seeds: the argument lists of every call in the documented examples ----

const seeds = new Map<string, { list: unknown[][]; seen: Set<string> }>();

function recordSeed(key: string, args: unknown[]): void {
  let entry = seeds.get(key);
  if (entry === undefined) {
    entry = { list: [], seen: new Set() };
    seeds.set(key, entry);
  }
  const text = describeValue(args);
  if (entry.seen.has(text) || entry.list.length >= 20) return;
  entry.seen.add(text);
  entry.list.push(cloneData(args) as unknown[]);
}

/** The exports of one package, each function wrapped to record its arguments. */
function recording(pkg: string): Record<string, unknown> {
  const w: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(packages[pkg]!)) {
    if (typeof v !== "function" || isClass(v)) w[k] = v;
    else
      w[k] = (...args: unknown[]) => {
        recordSeed(`${pkg}.${k}`, args);
        const safe = inMemory(pkg, k, args);
        announce(`${k}(${safe.map((a) => describeValue(a)).join(", ")}) /* in a documented example */`);
        return (v as AnyFunction)(...safe);
      };
  }
  return w;
}

/**
 * What an example of `first` sees: every package's exports, its own package's last. Were a name
 * exported by two packages (the suite avoids it), it would call the example's own package's function
 * and, when that throws, the other's: examples import whichever they mean.
 */
function recordingScope(first: string): Record<string, unknown> {
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const pkg of Object.keys(packages)) wrapped[pkg] = recording(pkg);
  const scope: Record<string, unknown> = { __packages: wrapped };
  for (const pkg of [...Object.keys(packages).filter((p) => p !== first), first]) {
    for (const [k, v] of Object.entries(wrapped[pkg]!)) {
      const before = scope[k];
      scope[k] =
        typeof before === "function" && typeof v === "function" && !isClass(v)
          ? (...args: unknown[]) => {
              try {
                return (v as AnyFunction)(...args);
              } catch {
                return (before as AnyFunction)(...args);
              }
            }
          : v;
    }
  }
  return scope;
}

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (scope: unknown) => Promise<void>;

/** Runs the documented examples (twice, so that values defined in a later one are there for an earlier one). */
async function collectSeeds(): Promise<void> {
  const names = functionsOf(packages[input.pkg]!).map(([k]) => k);
  const relevant = input.examples.filter((ex) => ex.pkg === input.pkg || names.some((n) => ex.code.includes(`${n}(`)));
  const scopes = new Map<string, Record<string, unknown>>();
  const log = console.log;
  console.log = () => {};
  try {
    for (let pass = 0; pass < 2; pass++) {
      for (const ex of relevant) {
        let scope = scopes.get(ex.pkg);
        if (scope === undefined) {
          scope = recordingScope(ex.pkg);
          scopes.set(ex.pkg, scope);
        }
        try {
          const run = new AsyncFunction("__scope", `with (__scope) {\n${ex.code}\n}`);
          await withTimeout(run(scope), input.callMs);
        } catch {
          // An example that fails here still gave the arguments of the calls it made first.
        }
      }
    }
  } finally {
    console.log = log;
  }
}

// ---- the calls ----

const timedOut = Symbol("timed out");

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof timedOut> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof timedOut>((resolve) => (timer = setTimeout(() => resolve(timedOut), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return typeof v === "object" && v !== null && Symbol.asyncIterator in v;
}

/** Awaits a promise and reads an async iterable (a reader) to its end, keeping what it yields. */
async function settle(result: unknown): Promise<unknown> {
  const value = isThenable(result) ? await result : result;
  if (!isAsyncIterable(value)) return value;
  const items: unknown[] = [];
  for await (const item of value) items.push(item);
  return { items, stats: (value as { stats?: unknown }).stats };
}

let unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(reason));

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message.slice(0, 300)}`;
  return `a thrown ${typeof e}: ${describeValue(e, 200)}`;
}

/** A failure's family, so that one call stands for many alike (numbers and quoted values dropped). */
function family(kind: FailureKind, outcome: string): string {
  return `${kind}|${outcome
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, "…")
    .replace(/[-+]?\d[\d.e+-]*/g, "#")
    .slice(0, 120)}`;
}

async function fuzzFunction(name: string, f: AnyFunction, errorClass: new (...args: never[]) => Error): Promise<FunctionReport> {
  const key = `${input.pkg}.${name}`;
  const known = seeds.get(key)?.list ?? [];
  const dictionary = [...new Set(known.flatMap((args) => stringsIn(args)))].slice(0, 200);
  const seed = (input.seed ^ hash(key)) >>> 0;
  const samples = fc.sample(callArguments(known, dictionary), { seed, numRuns: input.runs });
  const failures = new Map<string, Failure>();
  let failed = 0;
  const fail = (kind: FailureKind, call: string, outcome: string) => {
    failed++;
    const fam = family(kind, outcome);
    if (!failures.has(fam) && failures.size < 5) failures.set(fam, { kind, call, outcome });
  };
  const begin = performance.now();
  let calls = 0;
  let slowest = 0;
  for (const raw of samples) {
    if (performance.now() - begin > input.budgetMs) break;
    calls++;
    const args = inMemory(input.pkg, name, raw);
    const call = `${name}(${args.map((a) => describeValue(a, 12_000)).join(", ")})`;
    announce(call);
    const given = reachableObjects(args);
    unhandled = [];
    const started = performance.now();
    let result: unknown;
    let threw = false;
    try {
      const settled = await withTimeout((async () => settle(f(...args)))(), input.callMs);
      if (settled === timedOut) {
        fail("hang", call, `did not settle within ${input.callMs} ms (a promise or reader that never ends)`);
        continue;
      }
      result = settled;
    } catch (e) {
      threw = true;
      if (!(e instanceof errorClass)) fail("wrong error class", call, `threw ${errorText(e)}; expected ${errorClass.name}`);
      else if (typeof (e as { code?: unknown }).code !== "string")
        fail("error without a string code", call, `threw ${errorText(e)} whose code is ${describeValue((e as { code?: unknown }).code)}`);
      // The suite spells every code in kebab-case ("invalid-count", never "INVALID_COUNT").
      else if (!isKebabCase((e as unknown as { code: string }).code))
        fail("error code not in kebab-case", call, `threw ${errorText(e)} whose code is ${describeValue((e as unknown as { code: string }).code)}`);
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    if (ms > input.callMs) fail("slow", call, `took ${Math.round(ms)} ms; expected under ${input.callMs} ms`);
    if (!threw) {
      const bad = findNonFinite(result, given);
      if (bad !== null) fail("non-finite result", call, `returned ${bad}; expected finite numbers (or null where documented)`);
    }
    await Promise.resolve();
    for (const reason of unhandled) fail("unhandled rejection", call, `left a promise rejected with ${errorText(reason)}`);
  }
  return { name, calls, failed, failures: [...failures.values()], seeds: known.length, slowestMs: Math.round(slowest) };
}

function stringsIn(v: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof v === "string") {
    if (v.length <= 40) out.push(v);
  } else if (typeof v === "object" && v !== null && depth < 6 && !ArrayBuffer.isView(v)) {
    for (const x of Array.isArray(v) ? v : Object.values(v)) stringsIn(x, out, depth + 1);
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

async function main(): Promise<void> {
  const ns = packages[input.pkg];
  if (ns === undefined) throw new Error(`no package ${input.pkg}`);
  const errorClass = errorClassOf(ns);
  announce("(running the documented examples to collect arguments)");
  await collectSeeds();
  for (const [name, f] of functionsOf(ns)) {
    if (input.skip.includes(name)) continue;
    post({ type: "begin", name });
    post({ type: "done", report: await fuzzFunction(name, f, errorClass) });
  }
  post({ type: "finished" });
}

await main();
