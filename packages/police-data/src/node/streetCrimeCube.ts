import { categoryFinder } from "../internal/categoryFinder.js";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { CountCubeResult } from "../countCube.js";
import { archiveFaultOf } from "../internal/archiveFault.js";
import { fileChunks } from "../internal/fileChunks.js";
import { zipMemberChunks } from "../internal/zipMember.js";
import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { movableSplit } from "../internal/movableSplit.js";
import { rangeTasks } from "../internal/rangeTasks.js";
import { sourceChunks, sourceList, sourceName } from "../internal/source.js";
import { originOf, type SourceOrigin } from "../internal/sourceOrigin.js";
import { streetCubeSetup } from "../internal/streetMerge.js";
import { type ScanScratch, scanStreetRows, type StreetPartial, WHOLE } from "../internal/streetScan.js";
import { runStreetTask, type StreetTask } from "../internal/streetTask.js";
import { StreetWorkerPool, tuning, workerScript } from "../internal/streetWorkers.js";
import type { StreetCrimeCubeOptions } from "../streetCrimeCube.js";
import type { CsvSource } from "../types.js";

/** A source with where its bytes come from and how many there are. */
interface Input {
  readonly source: CsvSource;
  /** The name in messages (taken at the input's turn when it is not a plain text name). */
  readonly file: string | undefined;
  readonly origin: SourceOrigin | undefined;
  readonly size: number;
}

/**
 * `streetCrimeCube` of the main entry that also reads files, on every core: counts data.police.uk
 * street-level crime files given as paths or `file:` URLs (or sources of `policeUkFiles`: files of
 * a folder, members of an archive, or any source the main entry takes) into an area × month ×
 * offence cube. Files, archive members and byte ranges of large files (split at line ends; a split
 * that falls inside a quoted field is found and read again from the row's start) are read by
 * `threads` worker threads, and their counts added up in order, so the cube and the reconciliation
 * (rejected rows with file and line, duplicate Crime IDs within a month, counts) are those of one
 * thread reading the files one after the other. Sources without a path (bytes, streams) are read
 * on the calling thread.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @param options - as for the main entry's `streetCrimeCube`; `threads` (default
 * `os.availableParallelism()` when the input holds 64 MB or more, else 1) worker threads read.
 * @returns the cube and its reconciliation.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL, `invalid-option` for `threads` not a whole number from 1 to 256; otherwise as the
 * main entry's `streetCrimeCube` (the first fault in the order of the files and rows).
 * @example
 * ```ts
 * import { streetCrimeCube } from "@crimestats/police-data/node";
 * const { cube } = await streetCrimeCube(["2024-01-metropolitan-street.csv"], { area: "district", threads: 2 });
 * cube.dims;
 * //=> ["area", "month", "offence"]
 * ```
 */
export function streetCrimeCube(sources: NodeCsvSource | readonly NodeCsvSource[], options?: StreetCrimeCubeOptions): Promise<CountCubeResult> {
  // A bad source is reported by the promise, as the main entry reports its own faults; a corrupt
  // archive member read through its stream (without an origin) as such, not as the bad rows it gave first.
  return Promise.resolve()
    .then(() => count(sources, options))
    .catch(async (error: unknown) => {
      throw await archiveFaultOf(sources, error);
    });
}

async function count(sources: NodeCsvSource | readonly NodeCsvSource[], options: StreetCrimeCubeOptions | undefined): Promise<CountCubeResult> {
  const given = sourceList(sources as CsvSource | readonly CsvSource[]) as readonly NodeCsvSource[];
  const list = fileSources(sources);
  const setup = streetCubeSetup(options, await categoryFinder(options));
  const inputs: Input[] = await Promise.all(
    list.map(async (source, i) => {
      const g = given[i];
      const file = isNamed(source) && typeof source.name === "string" ? source.name : undefined;
      const origin = typeof g === "string" || g instanceof URL ? { path: file! } : originOf(g);
      let size = 0;
      if (origin?.entry !== undefined) size = origin.entry.size;
      else if (origin !== undefined)
        size = await stat(origin.path).then(
          (s) => s.size,
          () => 0,
        );
      return { source, file, origin, size };
    }),
  );
  const bytes = inputs.reduce((n, s) => n + s.size, 0);
  let threads = setup.threads ?? (bytes >= tuning.parallelBytes ? availableParallelism() : 1);
  const script = threads > 1 ? workerScript() : undefined;
  if (script === undefined) threads = 1;
  const { settings, merger, mapOffence } = setup;

  // the tasks of each input, in order: on the calling thread alone (threads = 1, or no origin), or
  // on the calling thread and workers; a large file in one byte range per thread (each split costs
  // the merge a check of the Crime IDs on both sides)
  const range = tuning.rangeBytes ?? Math.max(tuning.minRange, Math.ceil(bytes / threads));
  const plans: { input: Input; tasks: StreetTask[] }[] = inputs.map((input) => {
    const { origin, size } = input;
    const file = input.file!;
    if (threads === 1 || origin === undefined || input.file === undefined) return { input, tasks: [] as StreetTask[] };
    if (origin.entry !== undefined) return { input, tasks: [{ kind: "zip", file, path: origin.path, entry: origin.entry }] as StreetTask[] };
    return { input, tasks: rangeTasks(file, origin.path, size, range, tuning.rangeBytes ?? tuning.minRange) };
  });
  // this thread reads tasks too, while the workers start (a single task is read here alone)
  const parallelTasks = plans.reduce((n, p) => n + p.tasks.length, 0);
  if (parallelTasks < 2) for (const p of plans) p.tasks = [];
  const { live, onReady } = tuning.rangeBytes === undefined && plans.length === 1 ? movableSplit(plans[0]!.tasks, plans[0]!.input.size) : {};
  const pool = parallelTasks < 2 ? undefined : new StreetWorkerPool(Math.min(threads, parallelTasks) - 1, script!, settings, mapOffence, onReady);
  let here: Promise<void> | undefined;
  const scratch: ScanScratch = { lists: [] };
  try {
    const results: (Promise<StreetPartial> | undefined)[][] = plans.map((p) => p.tasks.map((t) => pool!.run(t)));
    here = pool?.runHere(live);
    for (let f = 0; f < plans.length; f++) {
      const { input, tasks } = plans[f]!;
      const { origin, source } = input;
      const file = input.file ?? sourceName(source);
      merger.beginFile(file);
      if (tasks.length === 0) {
        // on this thread: a file through the reused-buffer reader, an archive member inflated whole, anything else through its own chunks
        const chunks =
          origin === undefined ? sourceChunks(source) : origin.entry === undefined ? fileChunks(origin.path, 0) : zipMemberChunks(origin.path, origin.entry);
        merger.add(file, await scanStreetRows(file, chunks, WHOLE, settings, mapOffence, scratch));
        continue;
      }
      let previous: StreetPartial | undefined;
      for (let k = 0; k < tasks.length; k++) {
        const task = tasks[k]!;
        let part = await results[f]![k]!;
        // a merged part is let go (its Crime IDs may take megabytes)
        results[f]![k] = undefined;
        if (previous !== undefined && task.kind === "range") {
          // the previous range read on to the first row starting at or after its limit
          if (previous.stop < 0) break;
          if (part.start !== previous.stop) part = await runStreetTask({ ...task, from: previous.stop, exact: true }, settings, mapOffence);
        }
        merger.add(file, part);
        previous = part;
      }
    }
  } finally {
    await pool?.close();
    await here;
  }
  return setup.finish();
}

function isNamed(source: CsvSource): source is Extract<CsvSource, { readonly name: string }> {
  return typeof source === "object" && source !== null && "name" in source && "data" in source;
}
