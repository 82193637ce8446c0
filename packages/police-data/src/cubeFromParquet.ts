import { describeValue, neumaierSum } from "@crimestats/internal";
import type { MonthKey } from "@crimestats/periods";
import type { ColumnData, FileMetaData } from "hyparquet";
import type { CountCube, CubeDimension } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { checkCube, isStringList } from "./internal/check.js";
import { CUBE_METADATA_KEY } from "./internal/parquetCube.js";

const DIMENSIONS: readonly CubeDimension[] = ["area", "month", "offence"];

/** The most cells a cube read back may have (the length of a typed array in every JavaScript engine). */
const MAX_CELLS = 2 ** 31 - 1;

function invalid(what: string, details: Record<string, unknown> = {}): PoliceDataError {
  return new PoliceDataError("invalid-data", `cubeFromParquet: the file ${what}; expected a Parquet file written by cubeToParquet`, details);
}

/** The metadata's dims, labels, total and vintage, checked. */
function readMetadata(metadata: FileMetaData): {
  dims: CubeDimension[];
  labels: Partial<Record<CubeDimension, string[]>>;
  total: number;
  vintage: string | undefined;
} {
  const entry = metadata.key_value_metadata?.find((kv) => kv.key === CUBE_METADATA_KEY);
  if (entry?.value === undefined) throw invalid(`has no "${CUBE_METADATA_KEY}" key-value metadata`);
  let json: unknown;
  try {
    json = JSON.parse(entry.value);
  } catch {
    throw invalid(`has "${CUBE_METADATA_KEY}" metadata that is not JSON`);
  }
  const m = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  if (m["format"] !== 1) throw invalid(`has "${CUBE_METADATA_KEY}" metadata of format ${describeValue(m["format"])} (this version reads format 1)`);
  const dims = m["dims"];
  if (!isStringList(dims) || dims.length === 0 || dims.some((d) => !DIMENSIONS.includes(d as CubeDimension)) || new Set(dims).size !== dims.length) {
    throw invalid(`lists the dimensions ${describeValue(dims)}, not distinct "area", "month", "offence"`);
  }
  const rawLabels = (typeof m["labels"] === "object" && m["labels"] !== null ? m["labels"] : {}) as Record<string, unknown>;
  const labels: Partial<Record<CubeDimension, string[]>> = {};
  for (const d of dims as CubeDimension[]) {
    const list = rawLabels[d];
    if (!isStringList(list)) throw invalid(`lists the ${d} labels as ${describeValue(list)}, not a list of text`);
    if (new Set(list).size !== list.length) throw invalid(`lists an ${d} label twice`);
    labels[d] = list;
  }
  const total = m["total"];
  if (typeof total !== "number" || !Number.isFinite(total) || total < 0) throw invalid(`gives the total ${describeValue(total)}, not a count`);
  const vintage = m["vintage"];
  if (vintage !== undefined && typeof vintage !== "string") throw invalid(`gives the vintage ${describeValue(vintage)}, not text`);
  return { dims: dims as CubeDimension[], labels, total, vintage };
}

/**
 * Every value of each column, one row group at a time (so memory holds one group's columns, not
 * the file's), assembled from the chunks hyparquet passes to `onChunk`; `use` is called with the
 * columns of each group and the file's row number of its first row.
 */
async function readGroups(
  parquetRead: typeof import("hyparquet").parquetRead,
  file: ArrayBuffer,
  metadata: FileMetaData,
  names: readonly string[],
  use: (columns: readonly unknown[][], firstRow: number) => void,
): Promise<void> {
  const position = new Map(names.map((n, i) => [n, i]));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    const rowEnd = rowStart + rows;
    const columns = names.map(() => new Array<unknown>(rows));
    try {
      await parquetRead({
        file,
        metadata,
        columns: [...names],
        rowStart,
        rowEnd,
        onChunk: (chunk: ColumnData) => {
          const column = columns[position.get(chunk.columnName) ?? -1];
          if (column === undefined) return;
          const from = Math.max(chunk.rowStart, rowStart);
          const to = Math.min(chunk.rowEnd, rowEnd);
          for (let i = from; i < to; i++) column[i - rowStart] = chunk.columnData[i - chunk.rowStart];
        },
      });
    } catch (e) {
      throw invalid(`cannot be decoded (${e instanceof Error ? e.message : describeValue(e)})`);
    }
    use(columns, rowStart);
    rowStart = rowEnd;
  }
}

/**
 * Read back a {@link CountCube} written by {@link cubeToParquet}: the dimensions, every label in
 * its order (labels whose counts are all zero included), the months, the vintage and the total
 * come from the file's `crimestats.cube` key-value metadata, the counts from its rows (cells
 * without a row are 0). The cube is checked as it is read: a row whose label is not listed in
 * the metadata, a cell given twice, a count that is not a finite number ≥ 0, or counts that do
 * not add up to the stored total are refused. Runs in browsers.
 *
 * @param bytes - the bytes of the Parquet file (a `Uint8Array`, e.g. a Node.js `Buffer`, or an `ArrayBuffer`).
 * @returns the cube, identical to the one written.
 * @throws {@link PoliceDataError} `invalid-argument` when `bytes` are not bytes; `invalid-data`
 * when they are not a Parquet file, or not one written by `cubeToParquet` (no or bad
 * `crimestats.cube` metadata, other columns, a row that does not fit the metadata).
 * @example
 * ```ts
 * const { cube } = await countCube([{ area: "Carlisle", month: "2022-03", offence: "robbery", count: 2 }], {
 *   areas: ["Allerdale", "Carlisle"],
 *   vintage: "2022-11",
 * });
 * const back = await cubeFromParquet(await cubeToParquet(cube));
 * [back.labels.area, [...back.values], back.vintage];
 * //=> [["Allerdale", "Carlisle"], [0, 2], "2022-11"]
 * ```
 */
export async function cubeFromParquet(bytes: Uint8Array | ArrayBuffer): Promise<CountCube> {
  let file: ArrayBuffer;
  if (bytes instanceof ArrayBuffer) file = bytes;
  else if (bytes instanceof Uint8Array) file = new Uint8Array(bytes).buffer as ArrayBuffer;
  else {
    throw new PoliceDataError(
      "invalid-argument",
      `cubeFromParquet: bytes: expected the bytes of a Parquet file (a Uint8Array or an ArrayBuffer), got ${describeValue(bytes)}`,
      {
        bytes: describeValue(bytes),
      },
    );
  }
  // hyparquet is loaded only here (its 28 modules took a fifth of the time to load the Node entry)
  const { parquetMetadata, parquetRead } = await import("hyparquet");
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(file);
  } catch (e) {
    throw invalid(`is not a Parquet file (${e instanceof Error ? e.message : describeValue(e)})`, { bytes: file.byteLength });
  }
  const { dims, labels, total, vintage } = readMetadata(metadata);
  const names = [...dims, "count"];
  const present = metadata.schema.slice(1).map((s) => s.name);
  if (present.length !== names.length || names.some((n, i) => present[i] !== n)) {
    throw invalid(`has the columns ${describeValue(present)}, not ${describeValue(names)}`, { columns: present });
  }
  const shape = dims.map((d) => labels[d]!.length);
  const positions = dims.map((d) => new Map(labels[d]!.map((l, i) => [l, i])));
  let size = 1;
  for (const n of shape) size *= n;
  if (size > MAX_CELLS) throw invalid(`describes a cube of ${size} cells, more than the ${MAX_CELLS} a cube can hold`, { cells: size });
  let values: Float64Array;
  let filled: Uint8Array;
  try {
    values = new Float64Array(size);
    filled = new Uint8Array(size);
  } catch {
    throw invalid(`describes a cube of ${size} cells, more than memory holds`, { cells: size });
  }
  // Rows come in the cube's order, so a label is mostly the one of the row before: compared first.
  const lastLabel: unknown[] = dims.map(() => undefined);
  const lastAt: number[] = dims.map(() => -1);
  await readGroups(parquetRead, file, metadata, names, (columns, firstRow) => {
    const counts = columns[dims.length]!;
    for (let r = 0; r < counts.length; r++) {
      const row = firstRow + r;
      let cell = 0;
      for (let d = 0; d < dims.length; d++) {
        const label = columns[d]![r];
        let at = lastAt[d]!;
        if (label !== lastLabel[d] || at < 0) {
          const found = typeof label === "string" ? positions[d]!.get(label) : undefined;
          if (found === undefined)
            throw invalid(`has, in row ${row + 1}, the ${dims[d]} ${describeValue(label)}, which its metadata does not list`, { row: row + 1 });
          at = found;
          lastLabel[d] = label;
          lastAt[d] = at;
        }
        cell = cell * shape[d]! + at;
      }
      const raw = counts[r];
      const count = typeof raw === "bigint" ? Number(raw) : raw;
      if (typeof count !== "number" || !(count >= 0 && count <= Number.MAX_VALUE) || (typeof raw === "bigint" && !Number.isSafeInteger(count))) {
        throw invalid(`has, in row ${row + 1}, the count ${describeValue(raw)}, not a finite number >= 0`, { row: row + 1 });
      }
      if (filled[cell] === 1) throw invalid(`gives the cell of row ${row + 1} twice`, { row: row + 1 });
      filled[cell] = 1;
      values[cell] = count;
    }
  });
  const sum = neumaierSum(values);
  if (Math.abs(sum - total) > 1e-9 * Math.max(1, total)) throw invalid(`has counts that add up to ${sum}, not to its stored total ${total}`, { sum, total });
  const cube: CountCube = {
    dims,
    labels: labels as { area?: string[]; month?: MonthKey[]; offence?: string[] },
    shape,
    values,
    total,
    ...(vintage === undefined ? {} : { vintage }),
  };
  try {
    checkCube(cube, "cube");
  } catch (e) {
    throw invalid(`describes no count cube (${e instanceof Error ? e.message : describeValue(e)})`);
  }
  return cube;
}
