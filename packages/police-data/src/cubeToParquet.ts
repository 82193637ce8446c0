import type { CountCube } from "./countCube.js";
import { checkCube } from "./internal/check.js";
import { CUBE_METADATA_KEY, type CubeMetadata } from "./internal/parquetCube.js";

/** Rows of one row group (the last may hold fewer). */
const ROW_GROUP = 1 << 20;

/**
 * Write a {@link CountCube} as an Apache Parquet file, for DuckDB, Polars, pandas, Spark or R
 * (arrow). The file holds one row per non-zero cell, with one text column per dimension of the
 * cube, in the order of `dims` (`area`, `month` as `"YYYY-MM"`, `offence`), and the column
 * `count`: a 64-bit integer when every count is a whole number (the counts of crimes always
 * are), a double otherwise. Zero cells are left out; what long rows cannot hold — the dimensions,
 * every label in its order (labels whose counts are all zero included), the months, the vintage
 * and the total — is stored in the file's key-value metadata under `crimestats.cube` (JSON), so
 * {@link cubeFromParquet} gives back the identical cube. Columns are Snappy-compressed, text
 * columns dictionary-encoded. Runs in browsers (no file is written: save the bytes where you
 * like). The Parquet writer is loaded at the first call (with the reader it took half the time to
 * load the Node entry), hence the promise.
 *
 * @param cube - the cube to write (as `countCube` or `streetCrimeCube` return it).
 * @returns a promise of the bytes of the Parquet file.
 * @throws {@link PoliceDataError} (the promise rejects) `invalid-argument` when `cube` is not a well-formed count cube.
 * @example
 * ```ts
 * const { cube } = await countCube([
 *   { area: "Allerdale", month: "2022-01", offence: "burglary", count: 3 },
 *   { area: "Carlisle", month: "2022-01", offence: "robbery" },
 * ]);
 * const bytes = await cubeToParquet(cube);
 * [...bytes.subarray(0, 4)].map((b) => String.fromCharCode(b)).join("");
 * //=> "PAR1"
 * (await cubeFromParquet(bytes)).labels.area;
 * //=> ["Allerdale", "Carlisle"]
 * ```
 */
export async function cubeToParquet(cube: CountCube): Promise<Uint8Array> {
  checkCube(cube, "cube");
  const { ByteWriter, ParquetWriter } = await import("hyparquet-writer");
  const { dims, shape, values } = cube;
  let cells = 0;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== 0) {
      cells++;
      if (!Number.isSafeInteger(v)) whole = false;
    }
  }
  const groupRows = Math.min(cells, ROW_GROUP);
  const metadata: CubeMetadata = {
    format: 1,
    dims: [...dims],
    labels: Object.fromEntries(dims.map((d) => [d, [...cube.labels[d]!]])),
    total: cube.total,
    ...(cube.vintage === undefined ? {} : { vintage: cube.vintage }),
  };
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: [
      { name: "root", num_children: dims.length + 1 },
      ...dims.map((name) => ({ name, type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const, repetition_type: "REQUIRED" as const })),
      { name: "count", type: whole ? ("INT64" as const) : ("DOUBLE" as const), repetition_type: "REQUIRED" as const },
    ],
    kvMetadata: [{ key: CUBE_METADATA_KEY, value: JSON.stringify(metadata) }],
    createdBy: "@crimestats/police-data",
  });
  // Each label is encoded to UTF-8 once and its bytes shared by every row that holds it: the
  // writer then neither encodes a string per row nor hashes one to build the dictionary. Rows
  // are written a row group at a time, so memory holds one group's columns, not the file's.
  const encoder = new TextEncoder();
  const labels = dims.map((d) => cube.labels[d]!.map((label) => encoder.encode(label)));
  const columns: Uint8Array[][] = dims.map(() => new Array<Uint8Array>(groupRows));
  const counts = whole ? new BigInt64Array(groupRows) : new Float64Array(groupRows);
  const flush = (rows: number): void => {
    parquet.write({
      columnData: [
        ...dims.map((name, d) => ({ name, data: rows === groupRows ? columns[d]! : columns[d]!.slice(0, rows), encoding: "RLE_DICTIONARY" as const })),
        { name: "count", data: counts.subarray(0, rows) },
      ],
      rowGroupSize: rows,
    });
  };
  const index = new Array<number>(dims.length).fill(0);
  let row = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== 0) {
      for (let d = 0; d < dims.length; d++) columns[d]![row] = labels[d]![index[d]!]!;
      if (whole) (counts as BigInt64Array)[row] = BigInt(v);
      else (counts as Float64Array)[row] = v;
      if (++row === groupRows) {
        flush(row);
        row = 0;
      }
    }
    // Advance the row-major index of the cell, innermost dimension first.
    for (let d = dims.length - 1; d >= 0; d--) {
      if (++index[d]! < shape[d]!) break;
      index[d] = 0;
    }
  }
  if (row > 0) flush(row);
  parquet.finish();
  const buffer = writer.getBuffer();
  return new Uint8Array(buffer);
}
