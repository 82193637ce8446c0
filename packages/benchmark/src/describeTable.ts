import { BenchmarkError } from "./BenchmarkError.js";
import type { BenchmarkTableResult, BenchmarkTableRow } from "./benchmarkTable.js";
import { describeRank } from "./describeRank.js";
import { indexByArea } from "./internal/areas.js";
import { formatFixed } from "./internal/format.js";
import { assertObject, assertOptionalText, assertPolarity, show } from "./internal/validate.js";
import type { Polarity } from "./types.js";

/** What a number in a sentence measures. */
export type TableMeasure = "rate-before" | "rate-after" | "rate-change" | "london-rate-after" | "london-area-rate";

/** A number a sentence rests on: unrounded, and as written. */
export interface TableFigure {
  /**
   * The area the number belongs to (the London benchmark's name for `london-rate-after`; a row of
   * `londonAreas` for `london-area-rate`).
   */
  readonly area: string;
  /** What the number measures. */
  readonly measure: TableMeasure;
  /** The unrounded value. */
  readonly value: number;
  /** The value as written in the sentence (rounded half-up to `decimals`). */
  readonly display: string;
}

/** The kinds of sentence {@link describeTable} writes. */
export type TableClaim =
  | "focus-rank"
  | "london-rank"
  | "largest-increase"
  | "largest-fall"
  | "directions"
  | "lowest-rate"
  | "highest-rate"
  | "vs-london";

/** One sentence of {@link describeTable}, tied to the numbers that support it. */
export interface TableSentence {
  /** The kind of claim. */
  readonly claim: TableClaim;
  /** The sentence. */
  readonly text: string;
  /** The areas the claim is about. */
  readonly areas: readonly string[];
  /** The numbers the claim rests on. */
  readonly figures: readonly TableFigure[];
}

/** Options of {@link describeTable}. */
export interface DescribeTableOptions {
  /** The indicator's polarity; required because "most positive rate change" depends on it. */
  readonly polarity: Polarity;
  /** Decimal places of the rates written (default 2, as the tables print). */
  readonly decimals?: number | undefined;
  /** How the group is called after "of its" (default `"neighbours"`). */
  readonly groupName?: string | undefined;
  /** How the London benchmark is called (default `"the London rate"`). */
  readonly londonName?: string | undefined;
  /**
   * Every London area's rate in the later period, the focus included, to rank the focus London-wide
   * ("second lowest rate of 32 London boroughs", docs/methods.md#ranks-and-quartiles). Pass the 32 MPS boroughs, or 33
   * with the City of London: the number ranked is the length of this list and is always written.
   * The focus's rate here must equal the table's when both are rounded to `decimals`.
   */
  readonly londonAreas?: readonly LondonAreaRate[] | undefined;
  /** What the `londonAreas` are called after their number (default `"London boroughs"`). */
  readonly londonAreasName?: string | undefined;
}

/** One area's rate for the London-wide rank of {@link describeTable}. */
export interface LondonAreaRate {
  /** The area's name, as in the table for the focus. */
  readonly area: string;
  /** The area's rate in the later period, on the table's `per` (unrounded). */
  readonly rate: number;
}

/** "A", "A and B", "A, B and C". */
function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] as string}`;
}

/**
 * Writes the sentences analysts write from a benchmark table, each tied to the numbers behind it:
 * the focus area's rank ("Harrow has the lowest rate of 5 in its group") and, given every London
 * area's rate, its London-wide rank with the number ranked ("the second lowest rate of 32 London
 * boroughs"), the largest rate
 * increase ("Harrow saw the largest rate increase of its neighbours"), the largest fall — called
 * "the most positive rate change" when lower is better, so "most positive" never means the
 * largest rise of a crime rate — how many areas rose and fell ("All but Ealing saw their rate
 * increase"), the lowest and highest rates ("Ealing had the lowest rate in both 2017 and 2018"),
 * and the comparison with London ("Along with Ealing and Hillingdon, Harrow's rate is lower than
 * the London rate"). Numbers are written rounded half-up (`roundHalfUp` of `@crimestats/rates`);
 * every claim is decided on the unrounded values.
 *
 * @param table - A result of {@link benchmarkTable}.
 * @param options - `polarity` (required), `decimals` (default 2), `groupName`, `londonName`,
 *   `londonAreas` and `londonAreasName`.
 * @returns The sentences, in a fixed order, each with its claim, areas and figures.
 * @throws {@link BenchmarkError} `missing-polarity` without a polarity; `invalid-option` for a
 *   table that is not a `benchmarkTable` result, bad `decimals`, or `londonAreas` that are not an
 *   array of two or more areas or whose focus rate differs from the table's; `missing-member` when
 *   the focus is not among `londonAreas`; `duplicate-area` when an area is listed twice there;
 *   `invalid-number` for a London area's rate that is not finite.
 * @example
 * ```ts
 * const table = benchmarkTable({
 *   areas: [
 *     { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 2240 } },
 *     { area: "Hillingdon", population: 302340, counts: { "2017": 3016, "2018": 2743 } },
 *     { area: "London", population: 8824800, counts: { "2017": 91777, "2018": 97643 } },
 *   ],
 *   before: "2017", after: "2018", focus: "Harrow", group: ["Harrow", "Hillingdon"], london: "London",
 * });
 * describeTable(table, { polarity: "lower-is-better" }).find((s) => s.claim === "largest-fall").text;
 * //=> "At -0.90 per 1,000, Hillingdon has the most positive rate change in the group (the largest fall)."
 * const londonAreas = [
 *   { area: "Harrow", rate: 9.0003 }, { area: "Hillingdon", rate: 9.0726 }, { area: "Ealing", rate: 8.8061 },
 *   ...Array.from({ length: 29 }, (_, i) => ({ area: `Borough ${i + 1}`, rate: 10 + i })),
 * ];
 * describeTable(table, { polarity: "lower-is-better", londonAreas }).find((s) => s.claim === "london-rank").text;
 * //=> "In 2018, Harrow has the second lowest rate of 32 London boroughs (9.00 per 1,000)."
 * ```
 */
export function describeTable(table: BenchmarkTableResult, options: DescribeTableOptions): TableSentence[] {
  const fn = "describeTable";
  assertObject(fn, "options", options);
  assertPolarity(fn, options.polarity);
  readTable(fn, table);
  assertOptionalText(fn, "groupName", options.groupName);
  assertOptionalText(fn, "londonName", options.londonName);
  assertOptionalText(fn, "londonAreasName", options.londonAreasName);
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new BenchmarkError("invalid-option", `${fn}: decimals must be a whole number from 0 to 10, got ${show(decimals)}.`, {
      name: "decimals",
      value: decimals,
    });
  }
  const { polarity } = options;
  const groupName = options.groupName ?? "neighbours";
  const londonName = options.londonName ?? "the London rate";
  const perText = `per ${formatFixed(table.per, 0)}`;
  const members = table.rows.filter((row) => !row.isLondon);
  const focus = members.find((row) => row.isFocus) as BenchmarkTableRow;
  const { before, after } = table;
  const sentences: TableSentence[] = [];

  const fig = (row: BenchmarkTableRow, measure: TableMeasure): TableFigure => {
    const value = measure === "rate-before" ? row.before.value : measure === "rate-after" ? row.after.value : row.rateChange;
    return { area: row.area, measure, value, display: formatFixed(value, decimals, measure === "rate-change") };
  };
  const extremes = (value: (row: BenchmarkTableRow) => number, pick: "min" | "max") => {
    const target = pick === "min" ? Math.min(...members.map(value)) : Math.max(...members.map(value));
    return members.filter((row) => value(row) === target);
  };
  const names = (rows: readonly BenchmarkTableRow[]) => rows.map((row) => row.area);
  const subjectOf = (rows: readonly BenchmarkTableRow[]) => list(names(rows));
  const verb = (rows: readonly BenchmarkTableRow[], one: string, many: string) => (rows.length === 1 ? one : many);

  // 1. The focus area's rank in the later period.
  if (focus?.rank != null && Number.isInteger(focus.rank.after)) {
    const tied = members.filter((row) => row.after.value === focus.after.value).length;
    const phrase = describeRank(focus.rank.after, table.total, { order: "ascending", subject: "rate", tied });
    sentences.push({
      claim: "focus-rank",
      text: `In ${after}, ${focus.area} has the ${phrase} in its group (${fig(focus, "rate-after").display} ${perText}).`,
      areas: [focus.area],
      figures: [fig(focus, "rate-after")],
    });
  }

  // 1b. The focus area's rank among every London area.
  if (options.londonAreas !== undefined) {
    sentences.push(londonRank(fn, options.londonAreas, options.londonAreasName ?? "London boroughs", focus, table, decimals, perText));
  }

  // 2. The largest increase, and 3. the largest fall.
  const rises = members.filter((row) => row.rateChange > 0);
  const falls = members.filter((row) => row.rateChange < 0);
  if (rises.length > 0) {
    const top = extremes((row) => row.rateChange, "max");
    const first = top[0] as BenchmarkTableRow;
    const of = top.length === 1 && first.isFocus ? `of its ${groupName}` : "in the group";
    const positive = polarity === "higher-is-better" ? " (the most positive rate change)" : "";
    sentences.push({
      claim: "largest-increase",
      text: `${subjectOf(top)} ${verb(top, "saw", "jointly saw")} the largest rate increase ${of}${positive}, at ${fig(first, "rate-change").display} ${perText}.`,
      areas: names(top),
      figures: top.map((row) => fig(row, "rate-change")),
    });
  }
  if (falls.length > 0) {
    const bottom = extremes((row) => row.rateChange, "min");
    const first = bottom[0] as BenchmarkTableRow;
    const of = bottom.length === 1 && first.isFocus ? `of its ${groupName}` : "in the group";
    const at = `At ${fig(first, "rate-change").display} ${perText}, ${subjectOf(bottom)}`;
    const text =
      polarity === "lower-is-better"
        ? `${at} ${verb(bottom, "has", "jointly have")} the most positive rate change ${of} (the largest fall).`
        : `${at} ${verb(bottom, "saw", "jointly saw")} the largest rate fall ${of}.`;
    sentences.push({
      claim: "largest-fall",
      text,
      areas: names(bottom),
      figures: bottom.map((row) => fig(row, "rate-change")),
    });
  }

  // 4. How many rose and fell.
  {
    const n = members.length;
    const others = members.filter((row) => row.rateChange <= 0);
    let text: string;
    if (rises.length === n) text = `Every area in the group saw its rate increase.`;
    else if (falls.length === n) text = `Every area in the group saw its rate fall.`;
    else if (rises.length === n - 1 && n > 2) text = `All but ${subjectOf(others)} saw their rate increase.`;
    else if (falls.length === n - 1 && n > 2)
      text = `All but ${subjectOf(members.filter((row) => row.rateChange >= 0))} saw their rate fall.`;
    else {
      const parts = [`${rises.length} of ${n} areas saw their rate increase${rises.length > 0 ? ` (${subjectOf(rises)})` : ""}`];
      parts.push(`${falls.length} saw it fall${falls.length > 0 ? ` (${subjectOf(falls)})` : ""}`);
      const same = members.filter((row) => row.rateChange === 0);
      if (same.length > 0) parts.push(`${same.length} saw no change (${subjectOf(same)})`);
      text = `${parts.join("; ")}.`;
    }
    sentences.push({
      claim: "directions",
      text,
      areas: names(members),
      figures: members.map((row) => fig(row, "rate-change")),
    });
  }

  // 5. Lowest and highest rates.
  for (const [claim, pick, word] of [
    ["lowest-rate", "min", "lowest"],
    ["highest-rate", "max", "highest"],
  ] as const) {
    const inAfter = extremes((row) => row.after.value, pick);
    const inBefore = extremes((row) => row.before.value, pick);
    const both = inAfter.length === 1 && inBefore.length === 1 && inAfter[0] === inBefore[0];
    const had = verb(inAfter, "had", "jointly had");
    sentences.push(
      both
        ? {
            claim,
            text: `${subjectOf(inAfter)} had the ${word} rate in the group in both ${before} and ${after} (${fig(inAfter[0] as BenchmarkTableRow, "rate-before").display} and ${fig(inAfter[0] as BenchmarkTableRow, "rate-after").display} ${perText}).`,
            areas: names(inAfter),
            figures: [fig(inAfter[0] as BenchmarkTableRow, "rate-before"), fig(inAfter[0] as BenchmarkTableRow, "rate-after")],
          }
        : {
            claim,
            text: `In ${after}, ${subjectOf(inAfter)} ${had} the ${word} rate in the group (${fig(inAfter[0] as BenchmarkTableRow, "rate-after").display} ${perText}).`,
            areas: names(inAfter),
            figures: inAfter.map((row) => fig(row, "rate-after")),
          },
    );
  }

  // 6. London.
  if (table.london != null && focus?.vsLondon != null) {
    const london = table.london;
    const londonFigure: TableFigure = {
      area: london.area,
      measure: "london-rate-after",
      value: london.after,
      display: formatFixed(london.after, decimals),
    };
    // Only areas on the focus's own side are its companions: an area equal to London is neither.
    const side = focus.vsLondon.after;
    const involved = side === "equal" ? [focus] : members.filter((row) => row.vsLondon?.after === side);
    const mates = involved.filter((row) => !row.isFocus);
    const focusLower = side === "lower";
    const relation = focusLower ? "lower than" : side === "higher" ? "higher than" : "equal to";
    const numbers = `(${fig(focus, "rate-after").display} against ${londonFigure.display} ${perText})`;
    const text =
      mates.length > 0 && relation !== "equal to"
        ? `Along with ${subjectOf(mates)}, ${focus.area}'s rate is ${relation} ${londonName} ${numbers}.`
        : `${focus.area}'s rate is ${relation} ${londonName} ${numbers}${
            relation === "equal to" ? "" : `; no other area in the group is ${focus.vsLondon.after}`
          }.`;
    sentences.push({
      claim: "vs-london",
      text,
      areas: names(involved),
      figures: [...involved.map((row) => fig(row, "rate-after")), londonFigure],
    });
  }
  return sentences;
}

/**
 * Checks that `table` has the shape of a {@link benchmarkTable} result in everything the sentences
 * read (texts, finite numbers, one focus row), so that a hand-made or damaged table gives
 * `invalid-option` or `invalid-number` rather than a TypeError or a sentence about NaN.
 */
function readTable(fn: string, table: unknown): asserts table is BenchmarkTableResult {
  const bad = (why: string): never => {
    throw new BenchmarkError("invalid-option", `${fn}: table must be a result of benchmarkTable(); ${why}, got ${show(table)}.`, {
      name: "table",
    });
  };
  if (typeof table !== "object" || table === null) bad("it is not an object");
  const t = table as Record<string, unknown>;
  for (const key of ["focus", "before", "after"] as const) if (typeof t[key] !== "string") bad(`its ${key} is not text`);
  if (typeof t["per"] !== "number" || !(t["per"] > 0 && Number.isFinite(t["per"]))) bad("its per is not a positive number");
  if (typeof t["total"] !== "number" || !Number.isInteger(t["total"])) bad("its total is not a whole number");
  const rows = t["rows"];
  if (!Array.isArray(rows)) bad("its rows are not an array");
  const finite = (v: unknown, what: string) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: ${what} must be a finite number, got ${show(v)}.`, { name: what, value: v });
    }
  };
  let focusRows = 0;
  for (let i = 0; i < (rows as unknown[]).length; i++) {
    const row = (rows as unknown[])[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== "object" || row === null) bad(`rows[${i}] is not an object`);
    const r = row as Record<string, unknown>;
    if (typeof r["area"] !== "string") bad(`rows[${i}].area is not text`);
    for (const side of ["before", "after"] as const) {
      const figure = r[side] as Record<string, unknown> | null | undefined;
      if (typeof figure !== "object" || figure === null) bad(`rows[${i}].${side} is not a rate`);
      finite((figure as Record<string, unknown>)["value"], `table.rows[${i}].${side}.value`);
    }
    finite(r["rateChange"], `table.rows[${i}].rateChange`);
    const vs = r["vsLondon"];
    if (vs !== null && vs !== undefined) {
      const after = (vs as Record<string, unknown>)["after"];
      if (typeof vs !== "object" || (after !== "lower" && after !== "higher" && after !== "equal")) {
        bad(`rows[${i}].vsLondon is not a comparison with London`);
      }
    }
    if (typeof r["isFocus"] !== "boolean" || typeof r["isLondon"] !== "boolean") bad(`rows[${i}].isFocus or isLondon is not true or false`);
    if (r["isFocus"] === true && r["isLondon"] === false) focusRows++;
  }
  if (focusRows !== 1) bad(`it has ${focusRows} focus rows, not one`);
  const london = t["london"];
  if (london !== null && london !== undefined) {
    if (typeof london !== "object" || typeof (london as Record<string, unknown>)["area"] !== "string") bad("its london is not London's figures");
    finite((london as Record<string, unknown>)["after"], "table.london.after");
  }
}

/** The "london-rank" sentence: the focus ranked (ascending, `min` ties) among every London area. */
function londonRank(
  fn: string,
  areas: readonly LondonAreaRate[],
  among: string,
  focus: BenchmarkTableRow,
  table: BenchmarkTableResult,
  decimals: number,
  perText: string,
): TableSentence {
  const byArea = indexByArea(fn, areas, "londonAreas");
  if (byArea.size < 2) {
    throw new BenchmarkError("invalid-option", `${fn}: londonAreas must list two or more areas, got ${byArea.size}.`, {
      name: "londonAreas",
      value: areas,
    });
  }
  areas.forEach((row, index) => {
    if (typeof row.rate !== "number" || !Number.isFinite(row.rate)) {
      throw new BenchmarkError(
        "invalid-number",
        `${fn}: londonAreas[${index}].rate (${row.area}) must be a finite number, got ${show(row.rate)}.`,
        { name: "rate", index, value: row.rate },
      );
    }
  });
  const own = byArea.get(focus.area);
  if (own === undefined) {
    throw new BenchmarkError(
      "missing-member",
      `${fn}: the focus area ${show(focus.area)} is not among the ${byArea.size} londonAreas, so it cannot be ranked in London.`,
      { area: focus.area, name: "londonAreas" },
    );
  }
  const display = formatFixed(own.rate, decimals);
  const tableDisplay = formatFixed(focus.after.value, decimals);
  if (display !== tableDisplay) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: londonAreas gives ${focus.area} a rate of ${display}, but the table's ${table.after} rate is ${tableDisplay} (a different population, per or period?).`,
      { name: "londonAreas", area: focus.area, value: own.rate, expected: focus.after.value },
    );
  }
  const below = areas.filter((row) => row.rate < own.rate).length;
  const tied = areas.filter((row) => row.rate === own.rate).length;
  const phrase = describeRank(below + 1, areas.length, { order: "ascending", subject: "rate", among, tied, ordinals: "words" });
  const supporting = areas.filter((row) => row.rate <= own.rate && row.area !== focus.area);
  const figure = (row: LondonAreaRate): TableFigure => ({
    area: row.area,
    measure: "london-area-rate",
    value: row.rate,
    display: formatFixed(row.rate, decimals),
  });
  return {
    claim: "london-rank",
    text: `In ${table.after}, ${focus.area} has the ${phrase} (${display} ${perText}).`,
    areas: [focus.area, ...supporting.map((row) => row.area)],
    figures: [figure(own), ...supporting.map(figure)],
  };
}
