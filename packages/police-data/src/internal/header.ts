import { describeValue } from "@crimestats/internal";
import { PoliceDataError } from "../PoliceDataError.js";
import { fieldText, PLAIN } from "./scanner.js";

/** Decode all fields of a row. */
export function rowFields(buf: Uint8Array, starts: Int32Array, ends: Int32Array, kinds: Uint8Array, count: number): string[] {
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = fieldText(buf, starts[i]!, ends[i]!, kinds[i]!);
  return out;
}

/** Throw `invalid-header` unless `actual` starts with exactly the columns `expected` (and has no others unless `more`). */
export function checkHeader(file: string, format: string, actual: readonly string[], expected: readonly string[], more = false): void {
  for (let i = 0; i < expected.length; i++) {
    const got = actual[i];
    if (got === undefined || got.trim() !== expected[i]) {
      throw new PoliceDataError(
        "invalid-header",
        `${file}:1: not a ${format} file: expected column ${i + 1} to be ${describeValue(expected[i])}, got ${describeValue(got)} (expected header: ${expected.join(",")})`,
        { file, line: 1, column: i + 1, expected: expected[i], actual: got ?? null },
      );
    }
  }
  if (!more && actual.length !== expected.length) {
    throw new PoliceDataError(
      "invalid-header",
      `${file}:1: not a ${format} file: expected ${expected.length} columns, got ${actual.length} (expected header: ${expected.join(",")})`,
      { file, line: 1, expected: expected.length, actual: actual.length },
    );
  }
}

/**
 * Throw `invalid-csv` when the header shows the file is not UTF-8 text with LF or CRLF rows: a NUL
 * character (UTF-16 text, as some spreadsheet programs save "Unicode text"), or an unquoted
 * carriage return (rows ended by CR alone, or a mix, which would otherwise read as one long row).
 */
export function checkHeaderText(file: string, fields: readonly string[], kinds: Uint8Array): void {
  if (fields.some((f) => f.includes("\u0000"))) {
    throw new PoliceDataError(
      "invalid-csv",
      `${file}:1: the header holds NUL characters; expected UTF-8 text (the file looks like UTF-16: save it as CSV UTF-8)`,
      { file, line: 1 },
    );
  }
  const at = fields.findIndex((f, i) => kinds[i] === PLAIN && f.includes("\r"));
  if (at >= 0) {
    throw new PoliceDataError(
      "invalid-csv",
      `${file}:1: column ${at + 1} of the header holds a carriage return (${describeValue(fields[at])}); expected rows ended by LF or CRLF, not by CR alone`,
      { file, line: 1, column: at + 1 },
    );
  }
}

/** Throw `invalid-header` for a file without any row. */
export function emptyFile(file: string, format: string): PoliceDataError {
  return new PoliceDataError("invalid-header", `${file}: expected a ${format} file with a header row, got an empty file`, { file, line: 1 });
}

/** LSOA name "Barking and Dagenham 001A" → "Barking and Dagenham" (the local authority district). */
export function districtOfLsoaName(name: string): string {
  const m = /^(.*\S)\s+\d{3}[A-Z]$/.exec(name);
  return m === null ? name : m[1]!;
}

/** The data.police.uk street-level crime header. */
export const STREET_COLUMNS = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
] as const;
