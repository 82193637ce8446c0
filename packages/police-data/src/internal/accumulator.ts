import { describeValue } from "@crimestats/internal";
import type { CountCube, CubeDimension } from "../countCube.js";
import type { MonthKey } from "@crimestats/periods";
import { OUTSIDE_AREA, UNKNOWN_AREA } from "../types.js";
import { PoliceDataError } from "../PoliceDataError.js";
import { monthKeyOf } from "./month.js";
import { strides } from "./select.js";

/**
 * Sums counts into a dense area × month × offence array of float64 that grows with the number
 * of distinct labels (never with the number of rows).
 */
export class CubeAccumulator {
  readonly areaLabels: string[] = [];
  private readonly areaIds = new Map<string, number>();
  readonly offenceLabels: string[] = [];
  private readonly offenceIds = new Map<string, number>();
  /** month index -> slot (+1), sparse over the years seen */
  private readonly monthSlots = new Map<number, number>();
  private readonly slotMonths: number[] = [];
  private areaCap = 64;
  private monthCap = 16;
  private offCap = 16;
  values: Float64Array = new Float64Array(64 * 16 * 16);

  areaId(label: string): number {
    let id = this.areaIds.get(label);
    if (id === undefined) {
      id = this.areaLabels.length;
      this.areaLabels.push(label);
      this.areaIds.set(label, id);
      if (id >= this.areaCap) this.relayout(this.areaCap * 2, this.monthCap, this.offCap);
    }
    return id;
  }

  offenceId(label: string): number {
    let id = this.offenceIds.get(label);
    if (id === undefined) {
      id = this.offenceLabels.length;
      this.offenceLabels.push(label);
      this.offenceIds.set(label, id);
      if (id >= this.offCap) this.relayout(this.areaCap, this.monthCap, this.offCap * 2);
    }
    return id;
  }

  monthSlot(monthIndex: number): number {
    let slot = this.monthSlots.get(monthIndex);
    if (slot === undefined) {
      slot = this.slotMonths.length;
      this.slotMonths.push(monthIndex);
      this.monthSlots.set(monthIndex, slot);
      if (slot >= this.monthCap) this.relayout(this.areaCap, this.monthCap * 2, this.offCap);
    }
    return slot;
  }

  /** Add `count` to a cell (ids from the methods above). */
  add(area: number, slot: number, offence: number, count: number): void {
    const k = (area * this.monthCap + slot) * this.offCap + offence;
    this.values[k] = this.values[k]! + count;
  }

  /**
   * The non-zero cells as (area id, month index, offence id) triples and their counts, to post
   * to another thread.
   */
  cells(): { keys: Int32Array<ArrayBuffer>; counts: Float64Array<ArrayBuffer> } {
    let n = 0;
    const values = this.values;
    for (let k = 0; k < values.length; k++) if (values[k] !== 0) n++;
    const keys = new Int32Array(n * 3);
    const counts = new Float64Array(n);
    let i = 0;
    for (let a = 0; a < this.areaLabels.length; a++) {
      for (let s = 0; s < this.slotMonths.length; s++) {
        const base = (a * this.monthCap + s) * this.offCap;
        for (let o = 0; o < this.offenceLabels.length; o++) {
          const v = values[base + o]!;
          if (v === 0) continue;
          keys[i * 3] = a;
          keys[i * 3 + 1] = this.slotMonths[s]!;
          keys[i * 3 + 2] = o;
          counts[i++] = v;
        }
      }
    }
    return { keys, counts };
  }

  private relayout(areaCap: number, monthCap: number, offCap: number): void {
    const old = this.values;
    const next = new Float64Array(areaCap * monthCap * offCap);
    if (monthCap === this.monthCap && offCap === this.offCap) {
      next.set(old);
    } else {
      for (let a = 0; a < this.areaCap; a++) {
        for (let m = 0; m < this.monthCap; m++) {
          const from = (a * this.monthCap + m) * this.offCap;
          const to = (a * monthCap + m) * offCap;
          next.set(old.subarray(from, from + this.offCap), to);
        }
      }
    }
    this.values = next;
    this.areaCap = areaCap;
    this.monthCap = monthCap;
    this.offCap = offCap;
  }

  /**
   * The dense cube: areas sorted (the explicit unknown areas last) unless `areaOrder` is given,
   * every month from the first to the last seen, offences in `offenceOrder` or sorted.
   */
  finish(
    by: readonly CubeDimension[],
    options: { areaOrder?: readonly string[] | undefined; offenceOrder?: readonly string[] | undefined; vintage?: string | undefined },
  ): CountCube {
    const areas = orderLabels(this.areaLabels, options.areaOrder, true);
    const offences = orderLabels(this.offenceLabels, options.offenceOrder, false);
    let first = Infinity;
    let last = -Infinity;
    for (const m of this.slotMonths) {
      if (m < first) first = m;
      if (m > last) last = m;
    }
    const months: MonthKey[] = [];
    if (first <= last) for (let m = first; m <= last; m++) months.push(monthKeyOf(m));
    const all: Record<CubeDimension, readonly string[]> = { area: areas, month: months, offence: offences };
    const seen = new Set<CubeDimension>();
    for (const d of by) {
      if (d !== "area" && d !== "month" && d !== "offence") {
        throw new PoliceDataError("invalid-option", `by: expected "area", "month" or "offence", got ${describeValue(d)}`, { by });
      }
      if (seen.has(d)) throw new PoliceDataError("invalid-option", `by: dimension "${d}" is listed twice`, { by });
      seen.add(d);
    }
    const shape = by.map((d) => all[d].length);
    const size = shape.reduce((n, length) => n * length, 1);
    const { area: sa, month: sm, offence: so } = strides({ dims: by, shape });
    const out = new Float64Array(size);
    const areaPos = new Int32Array(this.areaLabels.length);
    const areaIndex = new Map(areas.map((a, i) => [a, i] as const));
    for (let id = 0; id < this.areaLabels.length; id++) areaPos[id] = areaIndex.get(this.areaLabels[id]!)!;
    const offPos = new Int32Array(this.offenceLabels.length);
    const offIndex = new Map(offences.map((o, i) => [o, i] as const));
    for (let id = 0; id < this.offenceLabels.length; id++) offPos[id] = offIndex.get(this.offenceLabels[id]!)!;
    let total = 0;
    let comp = 0;
    for (let a = 0; a < this.areaLabels.length; a++) {
      for (let s = 0; s < this.slotMonths.length; s++) {
        const base = (a * this.monthCap + s) * this.offCap;
        const mpos = this.slotMonths[s]! - first;
        for (let o = 0; o < this.offenceLabels.length; o++) {
          const v = this.values[base + o]!;
          if (v === 0) continue;
          const k = areaPos[a]! * sa + mpos * sm + offPos[o]! * so;
          out[k] = out[k]! + v;
          // Neumaier summation of the total (CompensatedSum of @crimestats/internal, written out:
          // this loop runs once per non-zero cell and keeps the sum in two local numbers)
          const t = total + v;
          comp += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
          total = t;
        }
      }
    }
    const labels: { [D in CubeDimension]?: readonly string[] } = {};
    for (const d of by) labels[d] = all[d];
    return {
      dims: [...by],
      // month labels are keys built by monthKeyOf
      labels: labels as CountCube["labels"],
      shape,
      values: out,
      total: total + comp,
      ...(options.vintage !== undefined ? { vintage: options.vintage } : {}),
    };
  }
}

function orderLabels(seen: readonly string[], order: readonly string[] | undefined, unknownLast: boolean): string[] {
  if (order !== undefined) {
    const result = [...order];
    const have = new Set(order);
    const extra = seen.filter((s) => !have.has(s)).sort(compareLabels(unknownLast));
    return result.concat(extra);
  }
  return [...seen].sort(compareLabels(unknownLast));
}

function compareLabels(unknownLast: boolean): (a: string, b: string) => number {
  const rank = (s: string): number => (!unknownLast ? 0 : s === OUTSIDE_AREA ? 2 : s === UNKNOWN_AREA ? 1 : 0);
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
