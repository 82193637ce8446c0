import { CompensatedSum } from "@crimestats/internal";
import type { CountCube, CubeDimension } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { strides } from "./internal/select.js";
import { checkCube } from "./internal/check.js";
import type { MonthKey } from "@crimestats/periods";

/** One cell whose count differs between two releases. */
export interface Revision {
  /** Area label (when the cubes have an area dimension). */
  readonly area?: string;
  /** Month (when the cubes have a month dimension). */
  readonly month?: MonthKey;
  /** Offence label (when the cubes have an offence dimension). */
  readonly offence?: string;
  /** Count in the earlier release (`previous`). */
  readonly previous: number;
  /** Count in the later release (`current`). */
  readonly current: number;
  /** `current - previous`. */
  readonly change: number;
}

/** What changed between two releases of the same table, over the cells both hold. */
export interface VintageComparison {
  /** Vintage labels `[previous, current]` (`null` when a cube has none). */
  readonly vintages: readonly [string | null, string | null];
  /** First and last month both releases cover, or `null` when they share no month. */
  readonly months: { readonly first: MonthKey; readonly last: MonthKey } | null;
  /** Cells present in both cubes (same area, month and offence labels). */
  readonly cellsCompared: number;
  /** Cells whose counts differ. */
  readonly cellsRevised: number;
  /** Sum of the compared cells in the earlier release. */
  readonly totalPrevious: number;
  /** Sum of the compared cells in the later release. */
  readonly totalCurrent: number;
  /** The revised cells, in the order of the cube. */
  readonly revisions: readonly Revision[];
  /** Labels found only in the earlier release (not compared), per dimension. */
  readonly onlyPrevious: Readonly<Partial<Record<CubeDimension, readonly string[]>>>;
  /** Labels found only in the later release (not compared), per dimension. */
  readonly onlyCurrent: Readonly<Partial<Record<CubeDimension, readonly string[]>>>;
}

/**
 * Compare two releases (vintages) of the same table, cell by cell over what both cover: later
 * recording and reallocation revise published counts, so the London Datastore files of
 * 2023-03..2025-02 and 2024-01..2025-12 disagree on most cells they share. Neither release is
 * chosen for you: the comparison reports the revisions and you pick the vintage to publish.
 *
 * @param previous - the cube of the earlier release.
 * @param current - the cube of the later release, with the same dimensions.
 * @returns the months compared, the number of cells compared and revised, both totals and
 * each revision.
 * @throws {@link PoliceDataError} `incompatible-cubes` when the cubes do not have the same
 * dimensions; `invalid-argument` when either is not a well-formed count cube (see `cubeSeries`).
 * @example
 * ```ts
 * const a = await countCube([{ area: "Harrow", month: "2025-01", offence: "All", count: 1268 }], { vintage: "2023-03_2025-02" });
 * const b = await countCube([{ area: "Harrow", month: "2025-01", offence: "All", count: 1289 }], { vintage: "2024-01_2025-12" });
 * compareVintages(a.cube, b.cube).revisions;
 * //=> [{ area: "Harrow", month: "2025-01", offence: "All", previous: 1268, current: 1289, change: 21 }]
 * ```
 */
export function compareVintages(previous: CountCube, current: CountCube): VintageComparison {
  checkCube(previous, "previous");
  checkCube(current, "current");
  const dims = previous.dims;
  if (dims.length !== current.dims.length || !dims.every((d) => current.dims.includes(d))) {
    throw new PoliceDataError(
      "incompatible-cubes",
      `the cubes have dimensions [${dims.join(", ")}] and [${current.dims.join(", ")}]; expected the same dimensions`,
      { previous: dims, current: current.dims },
    );
  }
  const sb = strides(previous);
  const sa = strides(current);
  // per dimension: pairs of positions [in previous, in current] for the shared labels
  const shared: Partial<Record<CubeDimension, { labels: string[]; b: number[]; a: number[] }>> = {};
  const onlyPrevious: Partial<Record<CubeDimension, readonly string[]>> = {};
  const onlyCurrent: Partial<Record<CubeDimension, readonly string[]>> = {};
  for (const d of dims) {
    const lb = previous.labels[d] ?? [];
    const la = current.labels[d] ?? [];
    const posA = new Map(la.map((l, i) => [l, i] as const));
    const setB = new Set(lb);
    const s = { labels: [] as string[], b: [] as number[], a: [] as number[] };
    lb.forEach((l, i) => {
      const j = posA.get(l);
      if (j !== undefined) {
        s.labels.push(l);
        s.b.push(i);
        s.a.push(j);
      }
    });
    shared[d] = s;
    const ob = lb.filter((l) => !posA.has(l));
    const oa = la.filter((l) => !setB.has(l));
    if (ob.length > 0) onlyPrevious[d] = ob;
    if (oa.length > 0) onlyCurrent[d] = oa;
  }
  const revisions: Revision[] = [];
  const totalB = new CompensatedSum();
  const totalA = new CompensatedSum();
  let compared = 0;
  const walk = (k: number, ib: number, ia: number, cell: Partial<Record<CubeDimension, string>>): void => {
    if (k === dims.length) {
      const vb = previous.values[ib]!;
      const va = current.values[ia]!;
      compared++;
      totalB.add(vb);
      totalA.add(va);
      if (vb !== va) revisions.push({ ...cell, previous: vb, current: va, change: va - vb } as Revision);
      return;
    }
    const d = dims[k]!;
    const s = shared[d]!;
    for (let i = 0; i < s.labels.length; i++) walk(k + 1, ib + s.b[i]! * sb[d], ia + s.a[i]! * sa[d], { ...cell, [d]: s.labels[i]! });
  };
  walk(0, 0, 0, {});
  const months = shared.month?.labels ?? [];
  return {
    vintages: [previous.vintage ?? null, current.vintage ?? null],
    months: months.length === 0 ? null : { first: months[0]! as MonthKey, last: months[months.length - 1]! as MonthKey },
    cellsCompared: compared,
    cellsRevised: revisions.length,
    totalPrevious: totalB.value,
    totalCurrent: totalA.value,
    revisions,
    onlyPrevious,
    onlyCurrent,
  };
}
