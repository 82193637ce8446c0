import { describeValue } from "@crimestats/internal";
import { checkHeader } from "./internal/header.js";
import { monthIndexOf } from "./internal/month.js";
import { recordReader } from "./internal/reader.js";
import type { MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import type { CsvSource, RecordReader } from "./types.js";

/** One row of a long count table: the `CountRow` of `@crimestats/schema`, with where it came from. */
export interface LongCount extends CountRow {
  /** File the row came from. */
  readonly file: string;
  /** Line of the row in its file. */
  readonly line: number;
}

/**
 * Stream a plain long CSV with the header `area,month,offence,count` (months `YYYY-MM`, counts
 * numbers from 0 to `Number.MAX_SAFE_INTEGER`, e.g. "18.0"): the simplest way to bring your own
 * counts. Rows with a wrong number of fields, a bad month or a bad count, and a second row for
 * the same area, month and offence in the files read (`duplicate-row`: it would be counted twice), are
 * counted in `stats` as rejected.
 *
 * @param sources - one file or several.
 * @returns a {@link RecordReader} of {@link LongCount}, ready for `countCube`.
 * @throws {@link PoliceDataError} `invalid-header` (while iterating) when the header is not `area,month,offence,count`.
 * @example
 * ```ts
 * const csv = "area,month,offence,count\nHarrow,2024-01,Burglary,90\nHarrow,2024-01,Robbery,x\n";
 * const reader = readLongCounts(new TextEncoder().encode(csv));
 * const rows = [];
 * for await (const r of reader) rows.push([r.area, r.month, r.offence, r.count]);
 * [rows, reader.stats.rejectedByCode];
 * //=> [[["Harrow", "2024-01", "Burglary", 90]], { "invalid-count": 1 }]
 * ```
 */
export function readLongCounts(sources: CsvSource | readonly CsvSource[]): RecordReader<LongCount> {
  // area, month and offence already read (with where), across the files of one iteration
  const keys = new Map<string, string>();
  return recordReader<LongCount>(sources, {
    name: "long count (area,month,offence,count)",
    begin: () => keys.clear(),
    header(file, fields) {
      checkHeader(file, "long count (area,month,offence,count)", fields, ["area", "month", "offence", "count"]);
    },
    row(f, file, line, _state, out, reject) {
      if (f.length !== 4) {
        reject("field-count", `expected 4 fields, got ${f.length}`);
        return;
      }
      if (monthIndexOf(f[1]!) < 0) {
        reject("invalid-month", `month ${describeValue(f[1])} is not "YYYY-MM"`);
        return;
      }
      const text = f[3]!.trim();
      const count = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (!(count <= Number.MAX_SAFE_INTEGER)) {
        reject("invalid-count", `count ${describeValue(f[3]!)} is not a number from 0 to ${Number.MAX_SAFE_INTEGER}`);
        return;
      }
      const key = `${f[0]!}\u0000${f[1]!}\u0000${f[2]!}`;
      const seen = keys.get(key);
      if (seen !== undefined) {
        reject("duplicate-row", `${f[0]!} ${f[1]!} ${f[2]!} already has a row (${seen}); expected one row per area, month and offence`);
        return;
      }
      keys.set(key, `${file}:${line}`);
      out.push({ area: f[0]!, month: f[1]! as MonthKey, offence: f[2]!, count, file, line });
    },
  });
}
