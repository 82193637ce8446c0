import { describeValue } from "@crimestats/internal";
import type { RejectCode } from "../types.js";
import { CubeAccumulator } from "./accumulator.js";
import { checkHeader, checkHeaderText, districtOfLsoaName, emptyFile, rowFields, STREET_COLUMNS } from "./header.js";
import { ByteInterner, ByteList, growInt, type InternerParts, type ListParts } from "./interner.js";
import { monthIndexOfBytes, monthKeyOf } from "./month.js";
import { CsvScanner, fieldText, QUOTED_ESCAPED, type ScanRange, UNCLOSED_LINE } from "./scanner.js";

const COL_ID = 0;
const COL_MONTH = 1;
const COL_FORCE = 3;
const COL_LSOA = 7;
const COL_LSOA_NAME = 8;
const COL_TYPE = 9;
const EXAMPLES_PER_CODE = 20;

/** What a scan of street rows needs to know (plain data: it is posted to worker threads). */
export interface StreetSettings {
  /** Which column gives the area. */
  readonly level: "lsoa" | "district" | "force";
  /** First and last month index kept (±Infinity: all). */
  readonly first: number;
  readonly last: number;
  /** The months option as written, for messages. */
  readonly monthsText: string;
  /** Whether duplicate Crime IDs are dropped. */
  readonly drop: boolean;
  /** Whether an unmapped offence stops the read (else the row is rejected). */
  readonly throwUnmapped: boolean;
}

/** Why a scan stopped early: resolved into an error by the merge, which knows the file's line offset. */
export type ScanFailure =
  | { readonly kind: "unmapped"; readonly text: string; readonly line: number }
  | { readonly kind: "unclosed"; readonly line: number }
  | { readonly kind: "error"; readonly error: unknown };

/**
 * The first run of rows of one month with a Crime ID in a range, kept to find duplicates across a split.
 * @public (exported for the declaration of `ScanPart`; used in this file only)
 */
export interface LeadRun {
  readonly month: number;
  /** The distinct Crime IDs of the run, with the line, area id, offence id and quoting of the row where each was first seen. */
  readonly ids: InternerParts;
  readonly lines: Int32Array<ArrayBuffer>;
  readonly areas: Int32Array<ArrayBuffer>;
  readonly offences: Int32Array<ArrayBuffer>;
  readonly kinds: Uint8Array<ArrayBuffer>;
}

/**
 * The Crime IDs of a run of rows of one month, each as often as read (duplicates kept).
 * @public (exported for the declaration of `ScanPart`; used in this file only)
 */
export interface KeyRun {
  readonly month: number;
  readonly keys: ListParts;
}

/**
 * The counts of street rows read from one input or one byte range of it: areas are the raw
 * texts of the area column (districts already taken from LSOA names; "" for no area), the
 * look-up is applied when partial counts are merged. Line numbers count from the range's start.
 */
export interface StreetPartial {
  /** Offset of the first byte read (a row start when the range was split correctly). */
  readonly start: number;
  /** Offset of the first row not read (at or after the range's limit), or -1 at the end of the input. */
  readonly stop: number;
  /** Line feeds consumed. */
  readonly lines: number;
  readonly rowsRead: number;
  readonly emptyCrimeIds: number;
  readonly duplicateCrimeIds: number;
  readonly noArea: number;
  readonly rowsWithArea: number;
  readonly total: number;
  readonly rejectedByCode: Partial<Record<RejectCode, number>>;
  /** The first rejected rows of each code (at most 20), in order. */
  readonly examples: readonly { readonly code: RejectCode; readonly line: number; readonly message: string }[];
  /** Offence labels in order of first appearance. */
  readonly offences: readonly string[];
  /** Raw area texts ("" for rows without an area). */
  readonly areas: readonly string[];
  /** Non-zero cells: (area id, month index, offence id) triples and their counts. */
  readonly cellKeys: Int32Array<ArrayBuffer>;
  readonly cellCounts: Float64Array<ArrayBuffer>;
  readonly lead: LeadRun | null;
  /** Whether every row with a Crime ID was in the lead run (no month change). */
  readonly leadOnly: boolean;
  /** The Crime IDs of the last run of one month, when it is not the lead run. */
  readonly trail: { readonly month: number; readonly ids: InternerParts } | null;
  /** With duplicates kept (where `lead` and `trail` are null): the Crime IDs of the first run of one month, as read. */
  readonly leadKeys: KeyRun | null;
  /** With duplicates kept: the Crime IDs of the last run of one month, when it is not the lead run. */
  readonly trailKeys: KeyRun | null;
  readonly failure?: ScanFailure;
}

/** The range of a whole input (frozen: a scanner given it would fail to note where it has read). */
export const WHOLE: ScanRange = Object.freeze({ start: 0, limit: Infinity });

/**
 * Memory a thread reuses from one scan to the next (the lists of a month's Crime IDs grow to tens
 * of megabytes: made afresh for each byte range, their growth cost more than a tenth of the time).
 */
export interface ScanScratch {
  readonly lists: ByteList[];
}

/** A thrown failure of the row handler, carried to the caller of {@link scanStreetRows}. */
class Failure {
  constructor(readonly failure: ScanFailure) {}
}

/**
 * Read the street rows of `chunks` (the input's bytes from `range.start`) into a partial count.
 * `mapOffence` maps a Crime type text once per distinct text; `scratch` is memory of the thread's
 * earlier scans to reuse. Never throws: a fault is returned as `failure` (with the counts so far,
 * which the merge discards).
 */
export async function scanStreetRows(
  file: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  range: ScanRange,
  settings: StreetSettings,
  mapOffence: (text: string) => string | undefined,
  scratch: ScanScratch = { lists: [] },
): Promise<StreetPartial> {
  const { level, first, last, drop, throwUnmapped } = settings;
  const areaCol = level === "lsoa" ? COL_LSOA : level === "district" ? COL_LSOA_NAME : COL_FORCE;
  const acc = new CubeAccumulator();
  const byCode: Partial<Record<RejectCode, number>> = {};
  const examples: { code: RejectCode; line: number; message: string }[] = [];
  let rowsRead = 0;
  let emptyCrimeIds = 0;
  let duplicateCrimeIds = 0;
  let noArea = 0;
  let rowsWithArea = 0;
  let total = 0;
  const reject = (code: RejectCode, line: number, message: string): void => {
    const n = (byCode[code] ?? 0) + 1;
    byCode[code] = n;
    if (n <= EXAMPLES_PER_CODE) examples.push({ code, line, message });
  };

  // raw bytes -> ids, resolved once per distinct value
  const offenceBytes = new ByteInterner();
  let offenceOf: Int32Array<ArrayBuffer> = new Int32Array(64); // raw offence id -> accumulator offence id, or -1
  const areaBytes = new ByteInterner();
  let areaOf: Int32Array<ArrayBuffer> = new Int32Array(1024); // raw area id -> accumulator area id
  let unknownId = -1;

  let header = range.start === 0;
  let lastMonth = -1;
  let lastSlot = -1;
  // Crime IDs of the current run of one month; the lead run's are kept apart once it ends
  let ids: ByteInterner | undefined;
  // with duplicates kept: the Crime IDs of the current run, and of the lead run once it ends
  let list: ByteList | undefined;
  let leadList: ByteList | undefined;
  let idMonth = -1;
  let inLead = true;
  let lead: ByteInterner | undefined;
  let leadMonth = -1;
  let leadLines: Int32Array<ArrayBuffer> = new Int32Array(0);
  let leadAreas: Int32Array<ArrayBuffer> = new Int32Array(0);
  let leadOffences: Int32Array<ArrayBuffer> = new Int32Array(0);
  let leadKinds = new Uint8Array(0);

  const scanner = new CsvScanner(
    file,
    (buf, starts, ends, kinds, n, line) => {
      if (header) {
        const fields = rowFields(buf, starts, ends, kinds, n);
        checkHeaderText(file, fields, kinds);
        checkHeader(file, "data.police.uk street-level crime", fields, STREET_COLUMNS);
        header = false;
        return;
      }
      rowsRead++;
      if (n !== 12) {
        reject("field-count", line, `expected 12 fields, got ${n}`);
        return;
      }
      const m = monthIndexOfBytes(buf, starts[COL_MONTH]!, ends[COL_MONTH]!);
      if (m < 0) {
        reject("invalid-month", line, `Month ${describeValue(fieldText(buf, starts[COL_MONTH]!, ends[COL_MONTH]!, kinds[COL_MONTH]!))} is not "YYYY-MM"`);
        return;
      }
      if (m < first || m > last) {
        reject("filtered", line, `month ${monthKeyOf(m)} is outside ${settings.monthsText}`);
        return;
      }
      // offence
      let raw = offenceBytes.intern(buf, starts[COL_TYPE]!, ends[COL_TYPE]!);
      let off: number;
      if (raw < 0) {
        raw = ~raw;
        const label = mapOffence(fieldText(buf, starts[COL_TYPE]!, ends[COL_TYPE]!, kinds[COL_TYPE]!));
        off = label === undefined ? -1 : acc.offenceId(label);
        if (raw >= offenceOf.length) offenceOf = growInt(offenceOf);
        offenceOf[raw] = off;
      } else off = offenceOf[raw]!;
      if (off < 0) {
        const text = fieldText(buf, starts[COL_TYPE]!, ends[COL_TYPE]!, kinds[COL_TYPE]!);
        if (throwUnmapped) throw new Failure({ kind: "unmapped", text, line });
        reject("unmapped-offence", line, `Crime type ${describeValue(text)} is not mapped`);
        return;
      }
      // duplicate Crime IDs within the run of rows of one month (this file)
      const idStart = starts[COL_ID]!;
      const idEnd = ends[COL_ID]!;
      let leadId = -1;
      if (idStart === idEnd) emptyCrimeIds++;
      else if (!drop) {
        // kept: only the number of repeats is wanted, counted when the run ends
        if (m !== idMonth) {
          if (idMonth < 0) {
            leadMonth = m;
            list = scratch.lists.pop() ?? new ByteList();
          } else if (inLead) {
            inLead = false;
            if (range.start > 0) {
              // kept for the merge, which looks for its Crime IDs in the range before
              leadList = list;
              list = scratch.lists.pop() ?? new ByteList();
            } else {
              duplicateCrimeIds += list!.repeats();
              list!.clear();
            }
          } else {
            duplicateCrimeIds += list!.repeats();
            list!.clear();
          }
          idMonth = m;
        }
        list!.add(buf, idStart, idEnd);
      } else {
        if (m !== idMonth) {
          // a new run of rows of one month: forget the IDs of the previous run (the lead run's are kept)
          if (idMonth < 0) {
            leadMonth = m;
            ids = new ByteInterner();
          } else if (inLead) {
            inLead = false;
            lead = ids;
            ids = new ByteInterner();
          } else ids!.clear();
          idMonth = m;
        }
        const id = ids!.intern(buf, idStart, idEnd);
        if (id >= 0) {
          duplicateCrimeIds++;
          if (drop) {
            reject("duplicate-crime-id", line, `Crime ID ${fieldText(buf, idStart, idEnd, kinds[COL_ID]!)} already seen in ${monthKeyOf(m)}`);
            return;
          }
        } else if (inLead) {
          leadId = ~id;
          if (leadId >= leadLines.length) {
            const size = Math.max(1024, leadLines.length * 2);
            leadLines = resized(leadLines, size);
            leadAreas = resized(leadAreas, size);
            leadOffences = resized(leadOffences, size);
            const k = new Uint8Array(size);
            k.set(leadKinds);
            leadKinds = k;
          }
          leadLines[leadId] = line;
          leadOffences[leadId] = off;
          leadKinds[leadId] = kinds[COL_ID]!;
        }
      }
      // area
      let area: number;
      const as = starts[areaCol]!;
      const ae = ends[areaCol]!;
      if (as === ae) {
        if (unknownId < 0) unknownId = acc.areaId("");
        area = unknownId;
        noArea++;
      } else {
        let a = areaBytes.intern(buf, as, ae);
        if (a < 0) {
          a = ~a;
          if (a >= areaOf.length) areaOf = growInt(areaOf);
          areaOf[a] = acc.areaId(areaText(level, buf, as, ae, kinds[areaCol]!));
        }
        area = areaOf[a]!;
        rowsWithArea++;
      }
      if (leadId >= 0) leadAreas[leadId] = area;
      if (m !== lastMonth) {
        lastMonth = m;
        lastSlot = acc.monthSlot(m);
      }
      acc.add(area, lastSlot, off, 1);
      total++;
    },
    range.start === 0 && range.limit === Infinity ? undefined : range,
  );

  let failure: ScanFailure | undefined;
  try {
    for await (const chunk of chunks) {
      scanner.push(chunk);
      if (scanner.stopped) break;
    }
    scanner.end();
    if (header) throw emptyFile(file, "data.police.uk street-level crime");
  } catch (e) {
    const unclosed = (e as { [UNCLOSED_LINE]?: number } | null)?.[UNCLOSED_LINE];
    failure = e instanceof Failure ? e.failure : unclosed !== undefined ? { kind: "unclosed", line: unclosed } : { kind: "error", error: e };
  }
  let leadKeys: KeyRun | null = null;
  let trailKeys: KeyRun | null = null;
  if (!drop && list !== undefined) {
    // The repeats within each run are counted here; the lead and last runs are posted as they are
    // where the merge needs them to find Crime IDs seen on both sides of a split: the lead run when
    // a range comes before (or when it is the only run and a range comes after), the last run
    // when a range comes after. The lists themselves are kept for the next task of this thread.
    const before = range.start > 0;
    const after = range.limit !== Infinity;
    duplicateCrimeIds += list.repeats();
    if (inLead) {
      if (before || after) leadKeys = { month: leadMonth, keys: list.parts() };
    } else if (after) trailKeys = { month: idMonth, keys: list.parts() };
    if (leadList !== undefined) {
      duplicateCrimeIds += leadList.repeats();
      leadKeys = { month: leadMonth, keys: leadList.parts() };
      leadList.clear();
      scratch.lists.push(leadList);
    }
    list.clear();
    scratch.lists.push(list);
  }
  if (inLead) lead = ids;
  const { keys, counts } = acc.cells();
  return {
    start: range.start,
    stop: scanner.stoppedAt,
    lines: scanner.lines,
    rowsRead,
    emptyCrimeIds,
    duplicateCrimeIds,
    noArea,
    rowsWithArea,
    total,
    rejectedByCode: byCode,
    examples,
    offences: acc.offenceLabels,
    areas: acc.areaLabels,
    cellKeys: keys,
    cellCounts: counts,
    lead:
      lead === undefined
        ? null
        : {
            month: leadMonth,
            ids: lead.parts(),
            lines: leadLines.slice(0, lead.size),
            areas: leadAreas.slice(0, lead.size),
            offences: leadOffences.slice(0, lead.size),
            kinds: leadKinds.slice(0, lead.size),
          },
    leadOnly: inLead,
    trail: inLead || ids === undefined ? null : { month: idMonth, ids: ids.parts() },
    leadKeys,
    trailKeys,
    ...(failure === undefined ? {} : { failure }),
  };
}

/**
 * The area texts of raw area fields, kept from one input to the next on this thread (an archive
 * has hundreds of members naming the same LSOAs): by level, and by whether the field had doubled
 * quotes to undo.
 */
const areaTexts = new Map<string, { bytes: ByteInterner; texts: string[] }>();

/** The text of an area field (the district of an LSOA name with level "district"). */
function areaText(level: StreetSettings["level"], buf: Uint8Array, start: number, end: number, kind: number): string {
  const key = `${level}:${kind === QUOTED_ESCAPED ? 1 : 0}`;
  let cache = areaTexts.get(key);
  if (cache === undefined) {
    cache = { bytes: new ByteInterner(), texts: [] };
    areaTexts.set(key, cache);
  }
  let id = cache.bytes.intern(buf, start, end);
  if (id < 0) {
    id = ~id;
    const text = fieldText(buf, start, end, kind);
    cache.texts[id] = level === "district" ? districtOfLsoaName(text) : text;
  }
  return cache.texts[id]!;
}

function resized(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
