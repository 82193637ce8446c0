import type { RejectCode } from "../types.js";
import { afterLineFeed, fileChunks } from "./fileChunks.js";
import type { PostedError } from "./streetMerge.js";
import type { ScanRange } from "./scanner.js";
import { type ScanScratch, scanStreetRows, type StreetPartial, type StreetSettings, WHOLE } from "./streetScan.js";
import type { ZipEntry } from "./zipArchive.js";
import { zipMemberChunks } from "./zipMember.js";

/**
 * A piece of street-file reading for one thread (plain data: it is posted to worker threads).
 * `range`: the rows of the file at `path` that start in `[from, limit)`; unless `exact`, `from`
 * is only a guess and reading begins after the first line feed at or after `from - 1` (the
 * merge checks that this was a row start, not a line break inside a quoted field, and reads the
 * range again from the right place when it was not); `from` and `limit` may be moved until the
 * task is posted (`movableSplit`). `zip`: a whole member of an archive.
 */
export type StreetTask =
  | { readonly kind: "range"; readonly file: string; readonly path: string; from: number; limit: number; readonly exact: boolean }
  | { readonly kind: "zip"; readonly file: string; readonly path: string; readonly entry: ZipEntry };

/** A partial that holds only a failure. */
function failed(start: number, error: unknown): StreetPartial {
  return {
    start,
    stop: -1,
    lines: 0,
    rowsRead: 0,
    emptyCrimeIds: 0,
    duplicateCrimeIds: 0,
    noArea: 0,
    rowsWithArea: 0,
    total: 0,
    rejectedByCode: {} as Partial<Record<RejectCode, number>>,
    examples: [],
    offences: [],
    areas: [],
    cellKeys: new Int32Array(0),
    cellCounts: new Float64Array(0),
    lead: null,
    leadOnly: true,
    trail: null,
    leadKeys: null,
    trailKeys: null,
    failure: { kind: "error", error },
  };
}

/**
 * Read one task's rows (files with {@link fileChunks}: the next chunk read while this one is scanned). Never throws:
 * faults are returned in the partial's `failure`. When `stop` returns true, reading ends early
 * (the partial is then not to be used); `scratch` is the thread's memory to reuse. `live`, for
 * an exact range task read on the calling thread: the range to read, whose limit may be moved
 * while it is read (see `ScanRange`).
 */
export async function runStreetTask(
  task: StreetTask,
  settings: StreetSettings,
  mapOffence: (text: string) => string | undefined,
  stop?: () => boolean,
  scratch?: ScanScratch,
  live?: ScanRange,
): Promise<StreetPartial> {
  if (task.kind === "zip") return scanStreetRows(task.file, until(zipMemberChunks(task.path, task.entry), stop), WHOLE, settings, mapOffence, scratch);
  let start = task.from;
  try {
    if (!task.exact) start = afterLineFeed(task.path, task.from - 1);
  } catch (error) {
    return failed(task.from, error);
  }
  const chunks = until(fileChunks(task.path, start), stop);
  const range = live !== undefined && task.exact && live.start === start ? live : start === 0 && task.limit === Infinity ? WHOLE : { start, limit: task.limit };
  return scanStreetRows(task.file, chunks, range, settings, mapOffence, scratch);
}

/** The chunks until `stop` says the result is no longer wanted (the input is then closed). */
function until<T>(chunks: AsyncIterable<T>, stop: (() => boolean) | undefined): AsyncIterable<T> {
  if (stop === undefined) return chunks;
  return (async function* () {
    for await (const chunk of chunks) {
      if (stop()) return;
      yield chunk;
    }
  })();
}

/** The error of a failure as plain fields, to post from a worker thread. */
function postedError(error: unknown): PostedError {
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; details?: unknown };
    return {
      posted: true,
      name: e.name,
      message: e.message,
      ...(e.code === undefined ? {} : { code: e.code }),
      ...(e.details === undefined ? {} : { details: e.details }),
    };
  }
  return { posted: true, name: "Error", message: String(error) };
}

/** The partial ready to post: a thrown error as plain fields, and the list of its buffers to transfer. */
export function postable(part: StreetPartial): { part: StreetPartial; transfer: ArrayBuffer[] } {
  const buffers = new Set<ArrayBuffer>([part.cellKeys.buffer, part.cellCounts.buffer]);
  for (const ids of [part.lead?.ids, part.trail?.ids]) {
    if (ids === undefined) continue;
    for (const a of [ids.arena, ids.offsets, ids.lengths, ids.table]) buffers.add(a.buffer);
  }
  for (const run of [part.leadKeys, part.trailKeys]) {
    if (run === null) continue;
    for (const a of [run.keys.arena, run.keys.offsets, run.keys.lengths, run.keys.hashes]) buffers.add(a.buffer);
  }
  if (part.lead !== null) for (const a of [part.lead.lines, part.lead.areas, part.lead.offences, part.lead.kinds]) buffers.add(a.buffer);
  const failure = part.failure;
  const out = failure?.kind === "error" ? { ...part, failure: { kind: "error" as const, error: postedError(failure.error) } } : part;
  return { part: out, transfer: [...buffers] };
}
