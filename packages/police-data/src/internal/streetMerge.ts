import { describeValue } from "@crimestats/internal";
import type { findCategory } from "@crimestats/taxonomy";
import type { CountCube, CountCubeResult, CubeDimension } from "../countCube.js";
import { resolveCommon, seenInOrder, unmappedError } from "../countCube.js";
import type { StreetCrimeCubeOptions } from "../streetCrimeCube.js";
import { optionsOf } from "./check.js";
import { PoliceDataError } from "../PoliceDataError.js";
import { OUTSIDE_AREA, UNKNOWN_AREA, type Reconciliation, type RejectCode } from "../types.js";
import { CubeAccumulator } from "./accumulator.js";
import { ByteInterner, ByteList } from "./interner.js";
import { monthKeyOf } from "./month.js";
import { ReconciliationBuilder } from "./reconcile.js";
import { fieldText, unclosedQuote } from "./scanner.js";
import type { ScanFailure, StreetPartial, StreetSettings } from "./streetScan.js";

const EXAMPLES_PER_CODE = 20;

/** A failure posted from a worker thread: the fields of the error thrown there. */
export interface PostedError {
  readonly posted: true;
  readonly name: string;
  readonly message: string;
  readonly code?: unknown;
  readonly details?: unknown;
}

/** The error of a scan failure, with the line numbers of the whole file. */
function failureError(failure: ScanFailure, file: string, lineOffset: number, why: ReadonlyMap<string, string>): unknown {
  if (failure.kind === "unmapped") return unmappedError(failure.text, file, lineOffset + failure.line, why);
  if (failure.kind === "unclosed") return unclosedQuote(file, lineOffset + failure.line);
  const e = failure.error as Partial<PostedError> | null;
  if (typeof e === "object" && e !== null && e.posted === true) {
    if (e.name === "PoliceDataError" && typeof e.code === "string") {
      return new PoliceDataError(e.code as PoliceDataError["code"], e.message!, e.details as Record<string, unknown>);
    }
    const error = new Error(e.message);
    error.name = e.name!;
    if (e.code !== undefined) (error as { code?: unknown }).code = e.code;
    return error;
  }
  return failure.error;
}

/**
 * Adds the partial counts of street files (whole files, or byte ranges of a file in order) into
 * one cube and reconciliation, exactly as one reader going through the rows in order would:
 * line numbers continue from range to range, duplicate Crime IDs are found across the splits
 * (with `duplicates: "drop"` the rows read as first seen in a later range are taken out again),
 * the area look-up is applied to each distinct area text.
 */
export class StreetMerger {
  private readonly acc = new CubeAccumulator();
  private readonly rec = new ReconciliationBuilder();
  /** area text -> accumulator id (`~id` when outside the look-up) */
  private readonly areaIds = new Map<string, number>();
  private lineOffset = 0;
  private carry: { month: number; ids: ByteInterner } | null = null;
  /** With duplicates kept: the Crime IDs of the run of one month that goes on into the next part. */
  private keyCarry: { month: number; lists: ByteList[] } | null = null;

  constructor(
    private readonly options: {
      readonly lookup: ((code: string) => string) | undefined;
      readonly why: ReadonlyMap<string, string>;
      readonly drop: boolean;
      readonly areas: readonly string[] | undefined;
      readonly offences: readonly string[] | undefined;
    },
  ) {
    for (const a of options.areas ?? []) this.acc.areaId(a);
    for (const o of options.offences ?? []) this.acc.offenceId(o);
  }

  /** Start a new file (line numbers and duplicate Crime IDs start afresh). */
  beginFile(file: string): void {
    this.rec.files.push(file);
    this.lineOffset = 0;
    this.carry = null;
    this.keyCarry = null;
  }

  /** Add the next part of the current file; throws the error of a failed part. */
  add(file: string, part: StreetPartial): void {
    if (part.failure !== undefined) throw failureError(part.failure, file, this.lineOffset, this.options.why);
    const rec = this.rec;
    const counts = part.cellCounts.slice();
    let noArea = part.noArea;
    let rowsWithArea = part.rowsWithArea;
    let total = part.total;
    const corrections: { code: RejectCode; line: number; message: string }[] = [];
    // Crime IDs first seen in this part but already seen in the same run of one month before it
    const lead = part.lead;
    const carry = this.carry;
    if (lead !== null && carry !== null && carry.month === lead.month) {
      const ids = ByteInterner.fromParts(lead.ids);
      let cellOf: Map<number, number> | undefined;
      const width = part.offences.length;
      for (let id = 0; id < ids.size; id++) {
        const key = ids.keyBytes(id);
        if (carry.ids.find(key, 0, key.length) < 0) continue;
        rec.duplicateCrimeIds++;
        if (!this.options.drop) continue;
        if (cellOf === undefined) {
          cellOf = new Map();
          for (let c = 0; c < counts.length; c++) {
            if (part.cellKeys[c * 3 + 1] === lead.month) cellOf.set(part.cellKeys[c * 3]! * width + part.cellKeys[c * 3 + 2]!, c);
          }
        }
        const area = lead.areas[id]!;
        const c = cellOf.get(area * width + lead.offences[id]!)!;
        counts[c] = counts[c]! - 1;
        if (part.areas[area] === "") noArea--;
        else rowsWithArea--;
        total--;
        corrections.push({
          code: "duplicate-crime-id",
          line: lead.lines[id]!,
          message: `Crime ID ${fieldText(key, 0, key.length, lead.kinds[id]!)} already seen in ${monthKeyOf(lead.month)}`,
        });
      }
    }
    // the Crime IDs of the run that goes on into the next part (a part without any keeps the carry;
    // a part whose IDs have no table is the last of its file)
    if (!part.leadOnly) this.carry = part.trail === null ? null : { month: part.trail.month, ids: ByteInterner.fromParts(part.trail.ids) };
    else if (lead !== null) {
      if (carry !== null && carry.month === lead.month) {
        const ids = ByteInterner.fromParts(lead.ids);
        for (let id = 0; id < ids.size; id++) {
          const key = ids.keyBytes(id);
          carry.ids.intern(key, 0, key.length);
        }
      } else this.carry = { month: lead.month, ids: ByteInterner.fromParts(lead.ids) };
    }
    // with duplicates kept: only how many distinct Crime IDs of the lead run were seen before the split
    const leadKeys = part.leadKeys;
    const keyCarry = this.keyCarry;
    if (leadKeys !== null) {
      const keys = ByteList.fromParts(leadKeys.keys);
      const same = keyCarry !== null && keyCarry.month === leadKeys.month;
      if (same) rec.duplicateCrimeIds += ByteList.shared([keys], keyCarry.lists);
      if (part.leadOnly) {
        if (same) keyCarry.lists.push(keys);
        else this.keyCarry = { month: leadKeys.month, lists: [keys] };
      }
    }
    if (!part.leadOnly) this.keyCarry = part.trailKeys === null ? null : { month: part.trailKeys.month, lists: [ByteList.fromParts(part.trailKeys.keys)] };
    // rejected rows, in line order, the first 20 of each code kept as examples
    const seen = { ...rec.rejectedByCode };
    const examples = corrections.length === 0 ? part.examples : [...part.examples, ...corrections].sort((a, b) => a.line - b.line);
    for (const e of examples) {
      const n = seen[e.code] ?? 0;
      seen[e.code] = n + 1;
      if (n < EXAMPLES_PER_CODE) rec.rejectedExamples.push({ file, line: this.lineOffset + e.line, code: e.code, message: e.message });
    }
    for (const [code, n] of Object.entries(part.rejectedByCode) as [RejectCode, number][]) {
      rec.rejectedByCode[code] = (rec.rejectedByCode[code] ?? 0) + n;
      rec.rowsRejected += n;
    }
    if (corrections.length > 0) {
      rec.rejectedByCode["duplicate-crime-id"] = (rec.rejectedByCode["duplicate-crime-id"] ?? 0) + corrections.length;
      rec.rowsRejected += corrections.length;
    }
    // counts
    const acc = this.acc;
    const offences = part.offences.map((o) => acc.offenceId(o));
    // an area is taken only with a count left: one thread never takes the area of a row it drops
    // as a duplicate, where a range took it before the merge found the row's Crime ID in the range before
    const areas = new Map<number, number>();
    let outside = 0;
    for (let c = 0; c < counts.length; c++) {
      const v = counts[c]!;
      if (v === 0) continue;
      const raw = part.cellKeys[c * 3]!;
      let area = areas.get(raw);
      if (area === undefined) {
        area = this.areaId(part.areas[raw]!);
        areas.set(raw, area);
      }
      if (area < 0) {
        area = ~area;
        outside += v;
      }
      acc.add(area, acc.monthSlot(part.cellKeys[c * 3 + 1]!), offences[part.cellKeys[c * 3 + 2]!]!, v);
    }
    rec.rowsRead += part.rowsRead;
    rec.emptyCrimeIds += part.emptyCrimeIds;
    rec.duplicateCrimeIds += part.duplicateCrimeIds;
    rec.noArea += noArea;
    rec.outsideLookup += outside;
    rec.rowsCounted += rowsWithArea - outside;
    rec.total += total;
    this.lineOffset += part.lines;
  }

  private areaId(text: string): number {
    let id = this.areaIds.get(text);
    if (id === undefined) {
      if (text === "") id = this.acc.areaId(UNKNOWN_AREA);
      else {
        const lookup = this.options.lookup;
        const label = lookup === undefined ? text : lookup(text);
        id = this.acc.areaId(label);
        if (lookup !== undefined && label === OUTSIDE_AREA) id = ~id;
      }
      this.areaIds.set(text, id);
    }
    return id;
  }

  /** The cube and its reconciliation. */
  finish(
    by: readonly CubeDimension[],
    order: {
      areaOrder?: readonly string[] | undefined;
      offenceOrder: (seen: readonly string[]) => readonly string[] | undefined;
      vintage?: string | undefined;
    },
  ): { cube: CountCube; reconciliation: Reconciliation } {
    const cube = this.acc.finish(by, { areaOrder: order.areaOrder, offenceOrder: order.offenceOrder(this.acc.offenceLabels), vintage: order.vintage });
    return { cube, reconciliation: this.rec.build() };
  }
}

/** Throw `invalid-option` unless `threads` is absent or a whole number from 1 to 256. */
function checkThreads(threads: unknown): void {
  if (threads === undefined) return;
  if (typeof threads !== "number" || !Number.isInteger(threads) || threads < 1 || threads > 256) {
    throw new PoliceDataError("invalid-option", `threads: expected a whole number from 1 to 256, got ${describeValue(threads)}`, {
      threads: describeValue(threads),
    });
  }
}

/** The checked options of `streetCrimeCube`: the settings of a scan, a merger of partial counts and the cube's finish. */
export function streetCubeSetup(
  options: StreetCrimeCubeOptions | undefined,
  find: typeof findCategory | undefined,
): {
  settings: StreetSettings;
  merger: StreetMerger;
  mapOffence: (text: string) => string | undefined;
  threads: number | undefined;
  finish: () => CountCubeResult;
} {
  const opts = optionsOf("streetCrimeCube", options);
  const common = resolveCommon(opts, find);
  const level = opts.area ?? "lsoa";
  if (level !== "lsoa" && level !== "district" && level !== "force") {
    throw new PoliceDataError("invalid-option", `area: expected "lsoa", "district" or "force", got ${describeValue(level)}`, { area: describeValue(level) });
  }
  checkThreads(opts.threads);
  const settings: StreetSettings = {
    level,
    first: common.first,
    last: common.last,
    monthsText: opts.months === undefined ? "" : `${opts.months.first}..${opts.months.last}`,
    drop: common.duplicates === "drop",
    throwUnmapped: common.unmapped === "throw",
  };
  const merger = new StreetMerger({ lookup: common.lookup, why: common.why, drop: settings.drop, areas: opts.areas, offences: opts.offences });
  return {
    settings,
    merger,
    mapOffence: common.mapOffence,
    threads: opts.threads,
    finish: () =>
      merger.finish(common.by, {
        areaOrder: opts.areas,
        offenceOrder: (seen) => seenInOrder(common.offenceOrder, seen, opts.offences !== undefined),
        vintage: opts.vintage,
      }),
  };
}
