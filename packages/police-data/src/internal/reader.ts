import type { CsvSource, RecordReader, RejectCode } from "../types.js";
import { archiveFaultOf } from "./archiveFault.js";
import { checkHeaderText, emptyFile, rowFields } from "./header.js";
import { StatsBuilder } from "./reconcile.js";
import { CsvScanner } from "./scanner.js";
import { sourceChunks, sourceList, sourceName } from "./source.js";

/** Reject callback handed to row converters (`rows`: how many data rows or cells, default 1). */
type Reject = (code: RejectCode, message: string, rows?: number) => void;

/** How a format turns decoded rows into records. */
export interface RowFormat<T> {
  /** Name of the format in messages. */
  readonly name: string;
  /** Whether the header row is also handed to `row` (not counted in `rowsRead`). */
  readonly keepHeader?: boolean;
  /** Validate the header (throw `invalid-header`); may return per-file state for `row`. */
  header(file: string, fields: readonly string[]): unknown;
  /** Convert one data row: push its records to `out` or call `reject`. */
  row(fields: readonly string[], file: string, line: number, state: unknown, out: T[], reject: Reject): void;
  /** Called when an iteration starts (before the first file), to reset state kept across files. */
  begin?(): void;
  /** Data rows a row stands for in `rowsRead` (default 1; a wide table counts its month cells). */
  rowsPerRow?(state: unknown): number;
}

/**
 * A streaming {@link RecordReader}: files are read one after the other in chunks; records are
 * produced chunk by chunk, so memory stays bounded by the chunk size.
 */
export function recordReader<T>(sources: CsvSource | readonly CsvSource[], format: RowFormat<T>): RecordReader<T> {
  const list = sourceList(sources);
  const stats = new StatsBuilder();
  async function* iterate(): AsyncGenerator<T> {
    // each iteration reads the files again: its statistics start afresh
    stats.files = [];
    stats.rowsRead = 0;
    stats.rowsRejected = 0;
    stats.rejectedByCode = {};
    stats.rejectedExamples = [];
    format.begin?.();
    for (const source of list) {
      const file = sourceName(source);
      stats.files.push(file);
      let state: unknown;
      let header = true;
      const out: T[] = [];
      let rejectLine = 0;
      const reject: Reject = (code, message, rows) => stats.reject(code, file, rejectLine, message, rows);
      const scanner = new CsvScanner(file, (buf, starts, ends, kinds, n, line) => {
        const fields = rowFields(buf, starts, ends, kinds, n);
        if (header) {
          checkHeaderText(file, fields, kinds);
          state = format.header(file, fields);
          header = false;
          if (format.keepHeader === true) format.row(fields, file, line, state, out, reject);
          return;
        }
        stats.rowsRead += format.rowsPerRow === undefined ? 1 : format.rowsPerRow(state);
        rejectLine = line;
        format.row(fields, file, line, state, out, reject);
      });
      try {
        for await (const chunk of sourceChunks(source)) {
          scanner.push(chunk);
          if (out.length > 0) {
            yield* out;
            out.length = 0;
          }
        }
        scanner.end();
        if (header) throw emptyFile(file, format.name);
      } catch (error) {
        // a corrupt archive member is reported as such, not as the bad rows it gave first
        throw await archiveFaultOf(source, error);
      }
      if (out.length > 0) {
        yield* out;
        out.length = 0;
      }
    }
  }
  return {
    stats,
    [Symbol.asyncIterator]: () => iterate(),
  };
}

/** A number from a field, or `null` when empty or not a number. */
export function numberOrNull(text: string): number | null {
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** A string, or `null` when empty. */
export function textOrNull(text: string): string | null {
  return text === "" ? null : text;
}
