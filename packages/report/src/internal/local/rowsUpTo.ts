import { monthIndex, type MonthKey } from "@crimestats/periods";
import type { LocalSectionsInput } from "../../localTypes.js";
import { countText, lowerFirst, monthWords } from "../sections/words.js";
import { incidentMeasure } from "./incidentMeasure.js";
import { monthRun } from "./monthRun.js";

/** The data of {@link rowsUpTo}: the input without rows after its end, and why rows were left out. */
export interface RowsUpTo {
  /** The input with only the rows whose period ends on or before `end`. */
  readonly input: LocalSectionsInput;
  /** Sentences per incident measure (by its id) or kind (`youth-justice`, `survey`, `service-volumes`) with rows left out or figures a year or more older than `end`. */
  readonly notes: ReadonlyMap<string, string>;
}

/**
 * The local rows an assessment ending in `end` uses: a row whose period ends after `end` is left
 * out (the document does not assess months after its own end), and a sentence per incident measure
 * or kind says how many were, and another when its latest figures end a year or more before `end`
 * (so no reader takes them for the current period). The delivery plan is kept whole (its actions
 * are judged at `asOf`).
 *
 * @param input - The local data and the assessment's `end`.
 * @returns The rows kept and the sentences; the input unchanged when it has no `end`.
 * @throws Never.
 * @example
 * ```ts
 * const rows = [{ measure: "asb", area: "A", period: "2025-03", count: 5, flags: [] }];
 * rowsUpTo({ area: "A", end: "2025-02", incidents: rows }).notes.get("asb");
 * //=> "1 row of the anti-social behaviour data for a period ending after February 2025 is left out: the assessment ends in February 2025."
 * ```
 */
export function rowsUpTo(input: LocalSectionsInput): RowsUpTo {
  const end = input.end;
  const notes = new Map<string, string>();
  if (end === undefined) return { input, notes };
  const leftOut = new Map<string, number>();
  const keep = <T extends { readonly period: string }>(rows: readonly T[] | undefined, key: (row: T) => string): T[] | undefined => {
    if (rows === undefined) return undefined;
    return rows.filter((r) => {
      if (monthRun(r.period).last <= end) return true;
      leftOut.set(key(r), (leftOut.get(key(r)) ?? 0) + 1);
      return false;
    });
  };
  const incidents = keep(input.incidents, (r) => r.measure);
  const youthJustice = keep(input.youthJustice, () => "youth-justice");
  const surveys = keep(input.surveys, () => "survey");
  const services = keep(input.services, () => "service-volumes");
  // The kinds by their words; an incident measure by the name its section has (incidentMeasure).
  const kindNames: Readonly<Record<string, string>> = { "youth-justice": "youth justice", survey: "survey", "service-volumes": "service volume" };
  const until = monthWords(end as MonthKey);
  const nameOf = (key: string): string =>
    kindNames[key] ?? lowerFirst(incidentMeasure(key, input.incidents?.find((r) => r.measure === key && r.measureName !== undefined)?.measureName).name);
  for (const [key, n] of leftOut) {
    notes.set(
      key,
      `${countText(n)} ${n === 1 ? "row" : "rows"} of the ${nameOf(key)} data for ${n === 1 ? "a period" : "periods"} ending after ${until} ${n === 1 ? "is" : "are"} left out: the assessment ends in ${until}.`,
    );
  }
  // Data that end a year or more before the assessment's end are said to be old, so no reader takes them for the current period.
  const latest = new Map<string, string>();
  const note = (key: string, period: string): void => {
    const last = monthRun(period).last;
    if ((latest.get(key) ?? "") < last) latest.set(key, last);
  };
  for (const r of incidents ?? []) note(r.measure, r.period);
  for (const [key, rows] of [
    ["youth-justice", youthJustice],
    ["survey", surveys],
    ["service-volumes", services],
  ] as const)
    for (const r of rows ?? []) note(key, r.period);
  for (const [key, last] of latest) {
    const months = monthIndex(end as MonthKey) - monthIndex(last as MonthKey);
    if (months < 12) continue;
    const years = Math.floor(months / 12);
    const old = `The latest ${nameOf(key)} figures here end in ${monthWords(last as MonthKey)}, ${months % 12 === 0 ? "" : "more than "}${years === 1 ? "a year" : `${years} years`} before the assessment's end (${until}).`;
    notes.set(key, notes.has(key) ? `${notes.get(key)} ${old}` : old);
  }
  const only = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));
  return {
    input: { ...input, ...only("incidents", incidents), ...only("youthJustice", youthJustice), ...only("surveys", surveys), ...only("services", services) },
    notes,
  };
}
