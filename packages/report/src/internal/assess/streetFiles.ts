import { addMonths, type MonthKey, type Period } from "@crimestats/periods";
import { readStreetCrimes, type StreetCrime } from "@crimestats/police-data";
import type { IncidentCount } from "@crimestats/schema";
import type { InputFileReconciliation } from "../../types.js";
import { ASB_CRIME_TYPE, asbFromStreetCrimes, isAsbWithoutDistrict, mergeAsbCounts } from "../local/asbFromStreetCrimes.js";
import { fileReconciliation } from "../inputCheck.js";
import { countText, monthWords } from "../sections/words.js";
import { fileStream } from "./fileText.js";

/** The street-level crimes of the focus area, with how every file was accounted for. */
export interface StreetFiles {
  /** Rows whose `district` (from the LSOA name) is the focus area, in file order. */
  readonly crimes: readonly StreetCrime[];
  /** One reconciliation entry per file read (every row read is accepted or rejected with its code). */
  readonly checked: readonly InputFileReconciliation[];
  /** The files read. */
  readonly used: readonly File[];
  /** The files read that hold at least one row of the focus area (the sources of its points). */
  readonly contributing: readonly File[];
  /** Files not read because the month of their name lies outside the current period and the 12 months before it. */
  readonly skipped: readonly File[];
  /** Why the skipped files are not read ("its month is outside March 2023 to February 2025"), or `null` when none is. */
  readonly skippedBecause: string | null;
  /** Rows read over all files (header excluded). */
  readonly read: number;
  /** Anti-social behaviour incidents of every district, by district and month (asbFromStreetCrimes), over the files read. */
  readonly asb: readonly IncidentCount[];
  /** Anti-social behaviour rows without a district (no location), so in no count. */
  readonly asbWithoutDistrict: number;
  /** The names of the files read that hold anti-social behaviour rows. */
  readonly asbFiles: readonly string[];
}

/** The month of a data.police.uk file name, `YYYY-MM-<force>-street.csv`, or `null` for another name. */
function monthOfName(file: File): string | null {
  return /^(\d{4}-(?:0[1-9]|1[0-2]))-.+-street\.csv$/i.exec(file.name)?.[1] ?? null;
}

/**
 * Streams data.police.uk street-level files (readStreetCrimes of @crimestats/police-data, one
 * file at a time, in constant memory apart from the rows kept) and keeps the rows whose
 * `district` is the focus area (compared ignoring case) and whose month is in `period` (the points
 * drawn); anti-social behaviour is counted over `period` and the 12 months before it (its change
 * from a year earlier). A file whose name gives a month outside those 24 months
 * (`2022-03-metropolitan-street.csv`) is not read.
 *
 * @param files - The street-level files.
 * @param area - The focus area, as the LSOA names spell it ("Harrow" of "Harrow 012B").
 * @param period - The current period, or `null` to read every file.
 * @param step - Progress lines.
 */
export async function readStreetFiles(files: readonly File[], area: string, period: Period | null, step: (text: string) => void): Promise<StreetFiles> {
  // The year before the current period too: anti-social behaviour's change needs it.
  const first = period === null ? null : addMonths(period.first, -12);
  const inPeriod = (file: File): boolean => {
    const month = monthOfName(file);
    return month === null || period === null || first === null || (month >= first && month <= period.last);
  };
  const drawn = (crime: StreetCrime): boolean => period === null || (crime.month >= period.first && crime.month <= period.last);
  const used = files.filter(inPeriod);
  const skipped = files.filter((f) => !inPeriod(f));
  const skippedBecause =
    skipped.length > 0 && period !== null ? `its month is outside ${monthWords(first ?? period.first)} to ${monthWords(period.last)}` : null;
  if (skipped.length > 0 && period !== null) {
    const names = skipped.map((f) => f.name);
    const listed = names.length <= 4 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${countText(names.length - 3)} more`;
    step(
      `Not reading ${countText(skipped.length)} street-level file${skipped.length === 1 ? "" : "s"} whose month is outside ${monthWords(first ?? period.first)} to ${monthWords(period.last)}: ${listed}.`,
    );
  }
  const wanted = area.trim().toLowerCase();
  const crimes: StreetCrime[] = [];
  const checked: InputFileReconciliation[] = [];
  let read = 0;
  if (used.length > 0) step(`Reading ${used.length === 1 ? (used[0]?.name ?? "") : `${countText(used.length)} street-level files${monthsOf(used)}`}...`);
  const contributing: File[] = [];
  // Anti-social behaviour of every district is counted file by file (the rows themselves are not kept).
  const asbBatches: IncidentCount[][] = [];
  const asbFiles: string[] = [];
  let asbWithoutDistrict = 0;
  for (const file of used) {
    const reader = readStreetCrimes({ name: file.name, data: fileStream(file, "street-level file", file.name) });
    const before = crimes.length;
    const asbRows: StreetCrime[] = [];
    for await (const crime of reader) {
      if (crime.district !== null && crime.district.trim().toLowerCase() === wanted && drawn(crime)) crimes.push(crime);
      if (crime.offence === ASB_CRIME_TYPE) {
        if (isAsbWithoutDistrict(crime)) asbWithoutDistrict += 1;
        else asbRows.push(crime);
      }
    }
    checked.push(fileReconciliation("street-level crimes", "rows", reader.stats, file.name));
    read += reader.stats.rowsRead;
    if (crimes.length > before) contributing.push(file);
    if (asbRows.length > 0) {
      asbBatches.push(asbFromStreetCrimes(asbRows));
      asbFiles.push(file.name);
    }
  }
  if (used.length > 0) step(`Kept ${countText(crimes.length)} street-level crimes in ${area} of the ${countText(read)} rows read.`);
  return { crimes, checked, used, contributing, skipped, skippedBecause, read, asb: mergeAsbCounts(asbBatches), asbWithoutDistrict, asbFiles };
}

/** " of March 2024 to February 2025" from the months of the files' names, or "" when a name gives none. */
function monthsOf(files: readonly File[]): string {
  const months = files.map(monthOfName);
  if (months.some((m) => m === null)) return "";
  const sorted = (months as string[]).sort();
  const first = sorted[0] as MonthKey;
  const last = sorted.at(-1) as MonthKey;
  return first === last ? ` of ${monthWords(first)}` : ` of ${monthWords(first)} to ${monthWords(last)}`;
}
