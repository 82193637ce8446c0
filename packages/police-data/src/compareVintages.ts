import type { CountCube, CubeDimension } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { strides, Sum } from "./internal/select.js";
import { checkCube } from "./internal/check.js";
import type { MonthKey } from "./types.js";

/** One cell whose count differs between two releases. */
export interface Revision {
  /** Area label (when the cubes have an area dimension). */
  readonly area?: string;
  /** Month (when the cubes have a month dimension). */
  readonly month?: MonthKey;
  /** Offence label (when the cubes have an offence dimension). */
  readonly offence?: string;
  /** Count in the earlier release (`before`). */
  readonly before: number;
  /** Count in the later release (`after`). */
  readonly after: number;
  /** `after - before`. */
  readonly change: number;
}

/** What changed between two releases of the same table, over the cells both hold. */
export interface VintageComparison {
  /** Vintage labels `[before, after]` (`null` when a cube has none). */
  readonly vintages: readonly [string | null, string | null];
  /** First and last month both releases cover, or `null` when they share no month. */
  readonly months: { readonly first: MonthKey; readonly last: MonthKey } | null;
  /** Cells present in both cubes (same area, month and offence labels). */
  readonly cellsCompared: number;
  /** Cells whose counts differ. */
  readonly cellsRevised: number;
  /** Sum of the compared cells in the earlier release. */
  readonly totalBefore: number;
  /** Sum of the compared cells in the later release. */
  readonly totalAfter: number;
  /** The revised cells, in the order of the cube. */
  readonly revisions: readonly Revision[];
  /** Labels found only in the earlier release (not compared), per dimension. */
  readonly onlyBefore: Readonly<Partial<Record<CubeDimension, readonly string[]>>>;
  /** Labels found only in the later release (not compared), per dimension. */
  readonly onlyAfter: Readonly<Partial<Record<CubeDimension, readonly string[]>>>;
}

/**
 * Compare two releases (vintages) of the same table, cell by cell over what both cover: later
 * recording and reallocation revise published counts, so the London Datastore files of
 * 2023-03..2025-02 and 2024-01..2025-12 disagree on most cells they share. Neither release is
 * chosen for you: the comparison reports the revisions and you pick the vintage to publish.
 *
 * @param before - the cube of the earlier release.
 * @param after - the cube of the later release, with the same dimensions.
 * @returns the months compared, the number of cells compared and revised, both totals and
 * each revision.
 * @throws {@link PoliceDataError} `incompatible-cubes` when the cubes do not have the same
 * dimensions; `bad-value` when either is not a well-formed count cube (see `cubeSeries`).
 * @example
 * ```ts
 * const a = await countCube([{ area: "Harrow", month: "2025-01", offence: "All", count: 1268 }], { vintage: "2023-03_2025-02" });
 * const b = await countCube([{ area: "Harrow", month: "2025-01", offence: "All", count: 1289 }], { vintage: "2024-01_2025-12" });
 * compareVintages(a.cube, b.cube).revisions;
 * //=> [{ area: "Harrow", month: "2025-01", offence: "All", before: 1268, after: 1289, change: 21 }]
 * ```
 */
export function compareVintages(before: CountCube, after: CountCube): VintageComparison {
  checkCube(before, "before");
  checkCube(after, "after");
  const dims = before.dims;
  if (dims.length !== after.dims.length || !dims.every((d) => after.dims.includes(d))) {
    throw new PoliceDataError(
      "incompatible-cubes",
      `the cubes have dimensions [${dims.join(", ")}] and [${after.dims.join(", ")}]; expected the same dimensions`,
      { before: dims, after: after.dims },
    );
  }
  const sb = strides(before);
  const sa = strides(after);
  // per dimension: pairs of positions [in before, in after] for the shared labels
  const shared: Partial<Record<CubeDimension, { labels: string[]; b: number[]; a: number[] }>> = {};
  const onlyBefore: Partial<Record<CubeDimension, readonly string[]>> = {};
  const onlyAfter: Partial<Record<CubeDimension, readonly string[]>> = {};
  for (const d of dims) {
    const lb = before.labels[d] ?? [];
    const la = after.labels[d] ?? [];
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
    if (ob.length > 0) onlyBefore[d] = ob;
    if (oa.length > 0) onlyAfter[d] = oa;
  }
  const revisions: Revision[] = [];
  const totalB = new Sum();
  const totalA = new Sum();
  let compared = 0;
  const walk = (k: number, ib: number, ia: number, cell: Partial<Record<CubeDimension, string>>): void => {
    if (k === dims.length) {
      const vb = before.values[ib]!;
      const va = after.values[ia]!;
      compared++;
      totalB.add(vb);
      totalA.add(va);
      if (vb !== va) revisions.push({ ...cell, before: vb, after: va, change: va - vb });
      return;
    }
    const d = dims[k]!;
    const s = shared[d]!;
    for (let i = 0; i < s.labels.length; i++) walk(k + 1, ib + s.b[i]! * sb[d], ia + s.a[i]! * sa[d], { ...cell, [d]: s.labels[i]! });
  };
  walk(0, 0, 0, {});
  const months = shared.month?.labels ?? [];
  return {
    vintages: [before.vintage ?? null, after.vintage ?? null],
    months: months.length === 0 ? null : { first: months[0]!, last: months[months.length - 1]! },
    cellsCompared: compared,
    cellsRevised: revisions.length,
    totalBefore: totalB.value,
    totalAfter: totalA.value,
    revisions,
    onlyBefore,
    onlyAfter,
  };
}
