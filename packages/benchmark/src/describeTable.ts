import { describeValue, formatNumber } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import type { BenchmarkTableResult, BenchmarkTableRow } from "./benchmarkTable.js";
import { describeRank } from "./describeRank.js";
import { indexByArea } from "./internal/areas.js";
import { assertObject, assertOptionalText, assertPolarity } from "./internal/validate.js";
import type { Polarity } from "@crimestats/schema";

/** What a number in a sentence measures. */
export type TableMeasure = "rate-previous" | "rate-current" | "rate-change" | "benchmark-area-rate" | "benchmark-area-member-rate";

/** A number a sentence rests on: unrounded, and as written. */
export interface TableFigure {
  /**
   * The area the number belongs to (the benchmark area's name for `benchmark-area-rate`; a row of
   * `benchmarkAreaMembers` for `benchmark-area-member-rate`).
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
  | "benchmark-area-rank"
  | "largest-increase"
  | "largest-fall"
  | "directions"
  | "not-comparable"
  | "lowest-rate"
  | "highest-rate"
  | "vs-benchmark-area";

/** One sentence of {@link describeTable}, tied to the numbers that support it. */
export interface TableSentence {
  /** The kind of claim. */
  readonly claim: TableClaim;
  /** The sentence. */
  readonly explanation: string;
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
  /** How the comparator group is called after "of its" (default `"neighbours"`). */
  readonly groupName?: string | undefined;
  /**
   * The benchmark area's name as written in "lower than the ⟨name⟩ rate" ("Cumbria", "England and
   * Wales"; default: the table's `benchmarkArea.area`).
   */
  readonly benchmarkAreaName?: string | undefined;
  /**
   * Every member area's rate of the benchmark area in the later period, the focus included, to
   * rank the focus area-wide ("second lowest rate of 6 districts", docs/methods.md#ranks-and-quartiles).
   * The number ranked is the length of this list and is always written. The focus's rate here must
   * equal the table's when both are rounded to `decimals`.
   */
  readonly benchmarkAreaMembers?: readonly BenchmarkAreaRate[] | undefined;
  /** What the `benchmarkAreaMembers` are called after their number ("districts", "boroughs"; default `"areas"`). */
  readonly benchmarkAreaMembersName?: string | undefined;
  /**
   * Areas of the table whose change between the two periods is not comparable (a recording
   * break, a boundary change): the sentences that rank or count areas by change leave them out,
   * and a sentence says their change is not compared and why, one sentence per reason naming
   * every area given it. Sentences on the rates of one period are unchanged.
   */
  readonly notComparable?: readonly NotComparableArea[] | undefined;
}

/** An area whose change {@link describeTable} does not compare, and why. */
export interface NotComparableArea {
  /** The area's name, as in the table. */
  readonly area: string;
  /**
   * Why its change is not compared, in plain English, written after "⟨area⟩'s change is not
   * compared: " (e.g. "offences at the airports were recorded in a separate row until March 2024"),
   * or after "The changes of ⟨areas⟩ are not compared: " when other areas have the same reason (the
   * same text, trimmed, a final full stop aside): word a reason shared by several areas so that it
   * reads for all of them ("the borough boundaries changed in April 2023").
   */
  readonly reason: string;
}

/** One member area's rate for the area-wide rank of {@link describeTable}. */
export interface BenchmarkAreaRate {
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
 * the focus area's rank ("Allerdale has the lowest rate of 3 in its group") and, given every
 * member area's rate of the benchmark area, its area-wide rank with the number ranked ("the second
 * lowest rate of 6 districts"), the largest rate increase ("Allerdale saw the largest rate
 * increase of its neighbours"), the largest fall ("At -0.42 per 1,000, Monmouthshire had the
 * largest fall in the group", "the only fall" when no other area fell) — how many
 * areas rose and fell ("All but Copeland saw their rate increase"), the lowest and highest rates
 * ("Copeland had the lowest rate in both 2017 and 2018"), and the comparison with the benchmark
 * area ("Along with Copeland, Allerdale's rate is lower than the Cumbria rate"; "about the same as"
 * when the two rates are written alike at the decimals shown). Areas given in
 * `notComparable` are left out of the largest increase, the largest fall and the count of rises
 * and falls ("2 of 4 areas compared saw their rate increase"), and a sentence says why, one per
 * reason, naming every area with that reason ("Hillingdon's change is not compared: …", "The
 * changes of Barnet and Brent are not compared: …"), in the table's order; the ranks and the
 * sentences on rates are unchanged.
 * Both ranks write
 * ordinals in words up to the tenth ("second", "fourth"), then in figures ("11th"). Numbers are written
 * rounded half-up (`roundHalfUp` of `@crimestats/rates`); every claim is decided on the unrounded
 * values.
 *
 * @param table - A result of {@link benchmarkTable}.
 * @param options - `polarity` (required), `decimals` (default 2), `groupName`,
 *   `benchmarkAreaName`, `benchmarkAreaMembers`, `benchmarkAreaMembersName` and `notComparable`.
 * @returns The sentences, in a fixed order, each with its claim, explanation, areas and figures.
 * @throws {@link BenchmarkError} `missing-polarity` without a polarity; `invalid-argument` for a
 *   table that is not a `benchmarkTable` result; `invalid-option` for bad `decimals`, or
 *   `benchmarkAreaMembers` that are not an array of two or more areas or whose focus rate differs
 *   from the table's, or `notComparable` that is not an array of `{ area, reason }` with areas of
 *   the group and non-empty reasons; `missing-member` when the focus is not among
 *   `benchmarkAreaMembers`; `duplicate-area` when an area is listed twice in either;
 *   `invalid-number` for a member's rate that is not finite.
 * @example
 * ```ts
 * const table = benchmarkTable({
 *   areas: [
 *     { area: "Allerdale", population: 97000, counts: { "2017": 4100, "2018": 4350 } },
 *     { area: "Copeland", population: 68000, counts: { "2017": 3300, "2018": 3200 } },
 *     { area: "Cumbria", population: 500000, counts: { "2017": 21000, "2018": 22500 } },
 *   ],
 *   previousPeriod: "2017", currentPeriod: "2018",
 *   focus: "Allerdale", group: ["Allerdale", "Copeland"], benchmarkArea: "Cumbria",
 * });
 * describeTable(table, { polarity: "lower-is-better" }).find((s) => s.claim === "vs-benchmark-area").explanation;
 * //=> "Allerdale's rate is lower than the Cumbria rate (44.85 against 45.00 per 1,000); no other area in the group is lower."
 * const districts = [
 *   { area: "Allerdale", rate: 44.85 }, { area: "Copeland", rate: 47.06 }, { area: "Carlisle", rate: 43.1 },
 *   { area: "Barrow-in-Furness", rate: 52.3 }, { area: "Eden", rate: 28.4 }, { area: "South Lakeland", rate: 31.9 },
 * ];
 * describeTable(table, { polarity: "lower-is-better", benchmarkAreaMembers: districts, benchmarkAreaMembersName: "districts" })
 *   .find((s) => s.claim === "benchmark-area-rank").explanation;
 * //=> "In 2018, Allerdale has the fourth lowest rate of 6 districts (44.85 per 1,000)."
 * const notComparable = [{ area: "Allerdale", reason: "its boundary changed in 2018" }];
 * describeTable(table, { polarity: "lower-is-better", notComparable }).find((s) => s.claim === "not-comparable").explanation;
 * //=> "Allerdale's change is not compared: its boundary changed in 2018."
 * const boundaries = [{ area: "Allerdale", reason: "the district boundaries changed in 2018" },
 *   { area: "Copeland", reason: "the district boundaries changed in 2018" }];
 * describeTable(table, { polarity: "lower-is-better", notComparable: boundaries }).find((s) => s.claim === "not-comparable").explanation;
 * //=> "The changes of Allerdale and Copeland are not compared: the district boundaries changed in 2018."
 * ```
 */
export function describeTable(table: BenchmarkTableResult, options: DescribeTableOptions): TableSentence[] {
  const fn = "describeTable";
  assertObject(fn, "options", options);
  assertPolarity(fn, options.polarity);
  readTable(fn, table);
  assertOptionalText(fn, "groupName", options.groupName);
  assertOptionalText(fn, "benchmarkAreaName", options.benchmarkAreaName);
  assertOptionalText(fn, "benchmarkAreaMembersName", options.benchmarkAreaMembersName);
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new BenchmarkError("invalid-option", `${fn}: decimals must be a whole number from 0 to 10, got ${describeValue(decimals)}.`, {
      name: "decimals",
      value: decimals,
    });
  }
  const { polarity } = options;
  const groupName = options.groupName ?? "neighbours";
  const benchmarkName = `the ${options.benchmarkAreaName ?? table.benchmarkArea?.area ?? "benchmark area"} rate`;
  const perText = `per ${formatNumber(table.per, 0)}`;
  const members = table.rows.filter((row) => !row.isBenchmarkArea);
  const focus = members.find((row) => row.isFocus) as BenchmarkTableRow;
  const notComparable = readNotComparable(fn, options.notComparable, members);
  // The areas whose change is compared: every sentence on change is about these alone.
  const compared = members.filter((row) => !notComparable.has(row.area));
  const { previousPeriod, currentPeriod } = table;
  const sentences: TableSentence[] = [];

  const fig = (row: BenchmarkTableRow, measure: TableMeasure): TableFigure => {
    const value = measure === "rate-previous" ? row.previous.value : measure === "rate-current" ? row.current.value : row.change.value;
    return { area: row.area, measure, value, display: formatNumber(value, decimals, { signed: measure === "rate-change" }) };
  };
  const extremes = (value: (row: BenchmarkTableRow) => number, pick: "min" | "max", rows = members) => {
    const target = pick === "min" ? Math.min(...rows.map(value)) : Math.max(...rows.map(value));
    return rows.filter((row) => value(row) === target);
  };
  const names = (rows: readonly BenchmarkTableRow[]) => rows.map((row) => row.area);
  const subjectOf = (rows: readonly BenchmarkTableRow[]) => list(names(rows));
  const verb = (rows: readonly BenchmarkTableRow[], one: string, many: string) => (rows.length === 1 ? one : many);

  // 1. The focus area's rank in the later period.
  if (focus?.rank != null && Number.isInteger(focus.rank.current)) {
    const tied = members.filter((row) => row.current.value === focus.current.value).length;
    const phrase = describeRank(focus.rank.current, table.total, { order: "ascending", subject: "rate", tied, ordinals: "words" });
    sentences.push({
      claim: "focus-rank",
      explanation: `In ${currentPeriod}, ${focus.area} has the ${phrase} in its group (${fig(focus, "rate-current").display} ${perText}).`,
      areas: [focus.area],
      figures: [fig(focus, "rate-current")],
    });
  }

  // 1b. The focus area's rank among every member area of the benchmark area.
  if (options.benchmarkAreaMembers !== undefined) {
    sentences.push(benchmarkAreaRank(fn, options.benchmarkAreaMembers, options.benchmarkAreaMembersName ?? "areas", focus, table, decimals, perText));
  }

  // 2. The largest increase, and 3. the largest fall.
  const rises = compared.filter((row) => row.change.value > 0);
  const falls = compared.filter((row) => row.change.value < 0);
  if (rises.length > 0) {
    const top = extremes((row) => row.change.value, "max", compared);
    const first = top[0] as BenchmarkTableRow;
    const of = top.length === 1 && first.isFocus ? `of its ${groupName}` : "in the group";
    const positive = polarity === "higher-is-better" ? " (the most positive rate change)" : "";
    sentences.push({
      claim: "largest-increase",
      explanation: `${subjectOf(top)} ${verb(top, "saw", "jointly saw")} the largest rate increase ${of}${positive}, at ${fig(first, "rate-change").display} ${perText}.`,
      areas: names(top),
      figures: top.map((row) => fig(row, "rate-change")),
    });
  }
  if (falls.length > 0) {
    const bottom = extremes((row) => row.change.value, "min", compared);
    const first = bottom[0] as BenchmarkTableRow;
    const of = bottom.length === 1 && first.isFocus ? `of its ${groupName}` : "in the group";
    const at = `At ${fig(first, "rate-change").display} ${perText}, ${subjectOf(bottom)}`;
    // "Most positive" for a fall of a crime rate would contradict the negative number beside it: say what happened.
    // The focus area is not one of its neighbours: its fall is the only one "in its group", not "of its neighbours".
    const within = of === "in the group" ? of : "in its group";
    const explanation =
      polarity === "lower-is-better"
        ? `${at} ${verb(bottom, "had", "jointly had")} the ${falls.length === 1 ? "only" : "largest"} fall ${within}.`
        : `${at} ${verb(bottom, "saw", "jointly saw")} the ${falls.length === 1 ? "only" : "largest"} rate fall ${within}.`;
    sentences.push({
      claim: "largest-fall",
      explanation,
      areas: names(bottom),
      figures: bottom.map((row) => fig(row, "rate-change")),
    });
  }

  // 4. How many rose and fell, among the areas whose change is compared.
  const n = compared.length;
  if (n > 0) {
    const some = notComparable.size > 0;
    const others = compared.filter((row) => row.change.value <= 0);
    const only = compared[0] as BenchmarkTableRow;
    let text: string;
    if (some && n === 1) {
      const moved = only.change.value > 0 ? "its rate increased" : only.change.value < 0 ? "its rate fell" : "its rate did not change";
      text = `Only ${only.area}'s change is compared: ${moved}.`;
    } else if (rises.length === n || falls.length === n) {
      // With areas left out, the areas compared are named: "every area" would read as the whole group.
      const moved = rises.length === n ? "increase" : "fall";
      text = some
        ? `${n === 2 ? "Both" : `All ${n}`} areas compared (${subjectOf(compared)}) saw their rate ${moved}.`
        : `Every area in the group saw its rate ${moved}.`;
    } else if (rises.length === n - 1 && n > 2) text = `${some ? "Of the areas compared, all" : "All"} but ${subjectOf(others)} saw their rate increase.`;
    else if (falls.length === n - 1 && n > 2) {
      text = `${some ? "Of the areas compared, all" : "All"} but ${subjectOf(compared.filter((row) => row.change.value >= 0))} saw their rate fall.`;
    } else {
      const parts = [`${rises.length} of ${n} areas${some ? " compared" : ""} saw their rate increase${rises.length > 0 ? ` (${subjectOf(rises)})` : ""}`];
      parts.push(`${falls.length} saw it fall${falls.length > 0 ? ` (${subjectOf(falls)})` : ""}`);
      const same = compared.filter((row) => row.change.value === 0);
      if (same.length > 0) parts.push(`${same.length} saw no change (${subjectOf(same)})`);
      text = `${parts.join("; ")}.`;
    }
    sentences.push({
      claim: "directions",
      explanation: text,
      areas: names(compared),
      figures: compared.map((row) => fig(row, "rate-change")),
    });
  }

  // 4b. One sentence per reason for the areas whose change is not compared, naming every area
  // given that reason; the sentences and the areas in each follow the table's order.
  const byReason = new Map<string, { reason: string; areas: string[] }>();
  for (const row of members) {
    const reason = notComparable.get(row.area);
    if (reason === undefined) continue;
    const key = reason.replace(/\.$/, "");
    const same = byReason.get(key);
    if (same === undefined) byReason.set(key, { reason, areas: [row.area] });
    else same.areas.push(row.area);
  }
  for (const { reason, areas } of byReason.values()) {
    const subject = areas.length === 1 ? `${areas[0] as string}'s change is` : `The changes of ${list(areas)} are`;
    sentences.push({
      claim: "not-comparable",
      explanation: `${subject} not compared: ${reason}${/[.!?]$/.test(reason) ? "" : "."}`,
      areas,
      figures: [],
    });
  }

  // 5. Lowest and highest rates.
  for (const [claim, pick, word] of [
    ["lowest-rate", "min", "lowest"],
    ["highest-rate", "max", "highest"],
  ] as const) {
    const inAfter = extremes((row) => row.current.value, pick);
    const inBefore = extremes((row) => row.previous.value, pick);
    const both = inAfter.length === 1 && inBefore.length === 1 && inAfter[0] === inBefore[0];
    const had = verb(inAfter, "had", "jointly had");
    sentences.push(
      both
        ? {
            claim,
            explanation: `${subjectOf(inAfter)} had the ${word} rate in the group in both ${previousPeriod} and ${currentPeriod} (${fig(inAfter[0] as BenchmarkTableRow, "rate-previous").display} and ${fig(inAfter[0] as BenchmarkTableRow, "rate-current").display} ${perText}).`,
            areas: names(inAfter),
            figures: [fig(inAfter[0] as BenchmarkTableRow, "rate-previous"), fig(inAfter[0] as BenchmarkTableRow, "rate-current")],
          }
        : {
            claim,
            explanation: `In ${currentPeriod}, ${subjectOf(inAfter)} ${had} the ${word} rate in the group (${fig(inAfter[0] as BenchmarkTableRow, "rate-current").display} ${perText}).`,
            areas: names(inAfter),
            figures: inAfter.map((row) => fig(row, "rate-current")),
          },
    );
  }

  // 6. The benchmark area.
  if (table.benchmarkArea != null && focus?.vsBenchmarkArea != null) {
    const benchmark = table.benchmarkArea;
    const benchmarkFigure: TableFigure = {
      area: benchmark.area,
      measure: "benchmark-area-rate",
      value: benchmark.current,
      display: formatNumber(benchmark.current, decimals),
    };
    // Only areas on the focus's own side are its companions: an area equal to the benchmark is neither.
    const side = focus.vsBenchmarkArea.current;
    // Figures that round alike are not called higher or lower: the sentence would contradict its own numbers.
    const sameShown = side !== "similar" && fig(focus, "rate-current").display === benchmarkFigure.display;
    const involved = side === "similar" || sameShown ? [focus] : members.filter((row) => row.vsBenchmarkArea?.current === side);
    const mates = involved.filter((row) => !row.isFocus);
    const relation = sameShown ? "about the same as" : side === "lower" ? "lower than" : side === "higher" ? "higher than" : "equal to";
    const numbers = `(${fig(focus, "rate-current").display} against ${benchmarkFigure.display} ${perText})`;
    const explanation = sameShown
      ? `${focus.area}'s rate is about the same as ${benchmarkName} ${numbers}.`
      : mates.length > 0 && relation !== "equal to"
        ? `Along with ${subjectOf(mates)}, ${focus.area}'s rate is ${relation} ${benchmarkName} ${numbers}.`
        : `${focus.area}'s rate is ${relation} ${benchmarkName} ${numbers}${relation === "equal to" ? "" : `; no other area in the group is ${side}`}.`;
    sentences.push({
      claim: "vs-benchmark-area",
      explanation,
      areas: names(involved),
      figures: [...involved.map((row) => fig(row, "rate-current")), benchmarkFigure],
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
    throw new BenchmarkError("invalid-argument", `${fn}: table must be a result of benchmarkTable(); ${why}, got ${describeValue(table)}.`, {
      name: "table",
    });
  };
  if (typeof table !== "object" || table === null) bad("it is not an object");
  const t = table as Record<string, unknown>;
  for (const key of ["focus", "previousPeriod", "currentPeriod"] as const) if (typeof t[key] !== "string") bad(`its ${key} is not text`);
  if (typeof t["per"] !== "number" || !(t["per"] > 0 && Number.isFinite(t["per"]))) bad("its per is not a positive number");
  if (typeof t["total"] !== "number" || !Number.isInteger(t["total"])) bad("its total is not a whole number");
  const rows = t["rows"];
  if (!Array.isArray(rows)) bad("its rows are not an array");
  const finite = (v: unknown, what: string) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: ${what} must be a finite number, got ${describeValue(v)}.`, { name: what, value: v });
    }
  };
  let focusRows = 0;
  for (let i = 0; i < (rows as unknown[]).length; i++) {
    const row = (rows as unknown[])[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== "object" || row === null) bad(`rows[${i}] is not an object`);
    const r = row as Record<string, unknown>;
    if (typeof r["area"] !== "string") bad(`rows[${i}].area is not text`);
    for (const side of ["previous", "current"] as const) {
      const figure = r[side] as Record<string, unknown> | null | undefined;
      if (typeof figure !== "object" || figure === null) bad(`rows[${i}].${side} is not a rate`);
      finite((figure as Record<string, unknown>)["value"], `table.rows[${i}].${side}.value`);
    }
    const change = r["change"];
    if (typeof change !== "object" || change === null) bad(`rows[${i}].change is not the row's changes`);
    finite((change as Record<string, unknown>)["value"], `table.rows[${i}].change.value`);
    const vs = r["vsBenchmarkArea"];
    if (vs !== null && vs !== undefined) {
      const current = (vs as Record<string, unknown>)["current"];
      if (typeof vs !== "object" || (current !== "lower" && current !== "higher" && current !== "similar")) {
        bad(`rows[${i}].vsBenchmarkArea is not a comparison with the benchmark area`);
      }
    }
    if (typeof r["isFocus"] !== "boolean" || typeof r["isBenchmarkArea"] !== "boolean") {
      bad(`rows[${i}].isFocus or isBenchmarkArea is not true or false`);
    }
    if (r["isFocus"] === true && r["isBenchmarkArea"] === false) focusRows++;
  }
  if (focusRows !== 1) bad(`it has ${focusRows} focus rows, not one`);
  const benchmark = t["benchmarkArea"];
  if (benchmark !== null && benchmark !== undefined) {
    if (typeof benchmark !== "object" || typeof (benchmark as Record<string, unknown>)["area"] !== "string") {
      bad("its benchmarkArea is not the benchmark area's figures");
    }
    finite((benchmark as Record<string, unknown>)["current"], "table.benchmarkArea.current");
  }
}

/**
 * The `notComparable` option as a map from area to its reason (trimmed): each an area of the
 * group (not the benchmark area), named once, with a reason.
 */
function readNotComparable(fn: string, option: unknown, members: readonly BenchmarkTableRow[]): Map<string, string> {
  const reasons = new Map<string, string>();
  if (option === undefined) return reasons;
  const byArea = indexByArea(fn, option as readonly NotComparableArea[], "notComparable", "invalid-option");
  const areas = new Set(members.map((row) => row.area));
  let index = 0;
  for (const [area, entry] of byArea) {
    const reason: unknown = (entry as { reason?: unknown }).reason;
    if (typeof reason !== "string" || reason.trim() === "") {
      throw new BenchmarkError(
        "invalid-option",
        `${fn}: notComparable[${index}].reason (${area}) must be a non-empty sentence saying why, got ${describeValue(reason)}.`,
        {
          name: "reason",
          index,
          value: reason,
        },
      );
    }
    if (!areas.has(area)) {
      throw new BenchmarkError(
        "invalid-option",
        `${fn}: notComparable[${index}].area ${describeValue(area)} is not an area of the group in the table (${list([...areas])}).`,
        { name: "area", index, value: area },
      );
    }
    reasons.set(area, reason.trim());
    index++;
  }
  return reasons;
}

/** The "benchmark-area-rank" sentence: the focus ranked (ascending, `min` ties) among every member area. */
function benchmarkAreaRank(
  fn: string,
  areas: readonly BenchmarkAreaRate[],
  among: string,
  focus: BenchmarkTableRow,
  table: BenchmarkTableResult,
  decimals: number,
  perText: string,
): TableSentence {
  const byArea = indexByArea(fn, areas, "benchmarkAreaMembers", "invalid-option");
  if (byArea.size < 2) {
    throw new BenchmarkError("invalid-option", `${fn}: benchmarkAreaMembers must list two or more areas, got ${byArea.size}.`, {
      name: "benchmarkAreaMembers",
      value: areas,
    });
  }
  areas.forEach((row, index) => {
    if (typeof row.rate !== "number" || !Number.isFinite(row.rate)) {
      throw new BenchmarkError(
        "invalid-number",
        `${fn}: benchmarkAreaMembers[${index}].rate (${row.area}) must be a finite number, got ${describeValue(row.rate)}.`,
        { name: "rate", index, value: row.rate },
      );
    }
  });
  const own = byArea.get(focus.area);
  if (own === undefined) {
    throw new BenchmarkError(
      "missing-member",
      `${fn}: the focus area ${describeValue(focus.area)} is not among the ${byArea.size} benchmarkAreaMembers, so it cannot be ranked among them.`,
      { area: focus.area, name: "benchmarkAreaMembers" },
    );
  }
  const display = formatNumber(own.rate, decimals);
  const tableDisplay = formatNumber(focus.current.value, decimals);
  if (display !== tableDisplay) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: benchmarkAreaMembers gives ${focus.area} a rate of ${display}, but the table's ${table.currentPeriod} rate is ${tableDisplay} (a different population, per or period?).`,
      { name: "benchmarkAreaMembers", area: focus.area, value: own.rate, expected: focus.current.value },
    );
  }
  const below = areas.filter((row) => row.rate < own.rate).length;
  const tied = areas.filter((row) => row.rate === own.rate).length;
  const phrase = describeRank(below + 1, areas.length, { order: "ascending", subject: "rate", among, tied, ordinals: "words" });
  const supporting = areas.filter((row) => row.rate <= own.rate && row.area !== focus.area);
  const figure = (row: BenchmarkAreaRate): TableFigure => ({
    area: row.area,
    measure: "benchmark-area-member-rate",
    value: row.rate,
    display: formatNumber(row.rate, decimals),
  });
  return {
    claim: "benchmark-area-rank",
    explanation: `In ${table.currentPeriod}, ${focus.area} has the ${phrase} (${display} ${perText}).`,
    areas: [focus.area, ...supporting.map((row) => row.area)],
    figures: [figure(own), ...supporting.map(figure)],
  };
}
