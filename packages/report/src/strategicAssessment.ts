import { addMonths, formatPeriod, monthIndex, parseMonthKey, rollingYear, samePeriodLastYear, type MonthKey, type Period } from "@crimestats/periods";
import { detectBreaks, type CountCube, type StreetCrime } from "@crimestats/police-data";
import { areaStyles, type Boundaries, type BoundaryFeature } from "@crimestats/charts";
import { classifyMonths, rate, rollingSums } from "@crimestats/rates";
import { benchmarkTable, describeRank, describeTable, rank, type BenchmarkArea } from "@crimestats/benchmark";
import { disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import type { ChangeRule, RagScheme, TargetRule } from "@crimestats/rag";
import { describeValue, neumaierSum, withDisplay } from "@crimestats/internal";
import { localCoverage, mpsCategoryName, mpsGroups, strategyPriorities } from "./internal/priorities.js";
import type { CountRow, Polarity, RecordingBreak, Strategy } from "@crimestats/schema";
import { periodMiddle, periodYear, populationLookup, populationNotes } from "./internal/populations.js";
import { changeVerdict, driverParts, notComparableChange, RATE_COMPARISON_METHOD, rateComparison, renamingsFound, withCaveats } from "./internal/verdicts.js";
import { offencesOf, ragVerdict } from "./internal/ragVerdict.js";
import { drivers } from "./internal/drivers.js";
import { areaTotalsCube, countTable, cubeOf, type CountTable } from "./internal/counts.js";
import { breakLabel, breakNotes, type BreakNote } from "./internal/sections/breakNotes.js";
import { countText, labelWords, listWords, lowerFirst, monthWords, periodWords, unique } from "./internal/sections/words.js";
import { keyFindings } from "./internal/sections/keyFindings.js";
import { longTrend } from "./internal/sections/longTrend.js";
import { printsLongTrend } from "./internal/document/prioritySections.js";
import { wardSection } from "./internal/sections/wardSection.js";
import { breaksIn } from "@crimestats/taxonomy";
import { ReportError } from "./ReportError.js";
import { asReportError, checkAssessmentInput } from "./internal/assessmentInput.js";
import { chartSources } from "./internal/charts/sources.js";
import { chartsWithheld, comparisonOf, driversOf, monthlyOf, oneLineName, trendOf, type PriorityChartsInput } from "./internal/charts/priorityCharts.js";
import { focusFeature, focusWards, wardMap } from "./internal/charts/wardMap.js";
import { focusStreetCrimes, hotspotChart, policeUkTypes } from "./internal/charts/hotspot.js";
import { areasMap, categoryCounts, funnelOf, mixOf, type MemberRate } from "./internal/charts/documentCharts.js";
import type {
  BenchmarkAreaInput,
  BenchmarkRow,
  ComparatorGroupInput,
  InputReconciliation,
  MonthPattern,
  PopulationEstimates,
  PopulationUsed,
  PrioritySection,
  RecordingChange,
  RecordingChangeFigures,
  ReportFigure,
  ReportPeriod,
  StrategicAssessmentResult,
} from "./types.js";
import type { LocalMeasuresInput, LocalMeasuresResult } from "./localTypes.js";
import { localSections } from "./localSections.js";
import { runText } from "./internal/local/runText.js";

/** A priority to assess: a name and the offence labels (in the counts) it sums. */
export interface PriorityInput {
  /** Stable id, e.g. `"burglary"`. */
  readonly id: string;
  /** Display name, e.g. `"Burglary"`. */
  readonly name: string;
  /** Offence labels in the counts (e.g. MPS MinorText values) summed for this priority. */
  readonly offences: readonly string[];
  /** Whether fewer offences are better (default) or more (e.g. hate-crime reporting), or neither. */
  readonly polarity?: Polarity;
}

/** Input of {@link strategicAssessment}. */
export interface StrategicAssessmentInput {
  /** Monthly counts by area, month and offence: a `@crimestats/police-data` cube or `CountRow` rows of `@crimestats/schema`. */
  readonly counts: CountCube | readonly CountRow[];
  /**
   * Resident population of each area: one record used for both periods (the document says so), or
   * estimates by year, e.g. `[{ year: 2023, populations: {…} }, { year: 2024, populations: {…} }]`.
   * With estimates by year each period uses the estimate, among those holding the area, whose
   * reference date (30 June of its year) is nearest the middle of the period in months; only a
   * genuine tie goes to the later year (March 2024 to February 2025 → 2024; July 2022 to June 2023
   * with 2021, 2022 and 2024 → 2022), and the document says which (docs/methods.md#rate-per-1000-residents).
   */
  readonly populations: Readonly<Record<string, number>> | readonly PopulationEstimates[];
  /** The focus area, e.g. `"Harrow"` or `"Allerdale"`. */
  readonly area: string;
  /**
   * The benchmark area: the wider area the focus area belongs to, pooled from every area in the
   * counts, with its name and what its member areas are called, e.g. `{ name: "London",
   * membersName: "London boroughs" }` or `{ name: "Cumbria", membersName: "districts" }`.
   */
  readonly benchmarkArea: BenchmarkAreaInput;
  /**
   * The comparator group: the areas the focus area is compared with row by row and what they are
   * called, e.g. `{ name: "neighbours", members: ["Barnet", "Brent", "Ealing", "Hillingdon"] }`.
   * Default none.
   */
  readonly comparatorGroup?: ComparatorGroupInput;
  /** Last month of the current rolling year, `"YYYY-MM"`. Default: the last month in the counts. */
  readonly end?: string;
  /**
   * The current period, when it is not the rolling year to `end`: any `Period` of
   * @crimestats/periods (e.g. `financialYear(2024)`), compared with `samePeriodLastYear` of it.
   * Trend charts still show rolling years. With `change: "none"`, any run of 1 to 12 months inside
   * the data, e.g. `rolling("2022-11", 11)` ("11 months to Nov 2022") for data that begin in
   * January 2022.
   */
  readonly period?: Period;
  /**
   * What the current period is compared with: `"year-earlier"` (default), the same period a year
   * earlier, whose months the data must hold; or `"none"`, a single-period assessment for data that
   * do not reach a year back (e.g. 11 months of data.police.uk street files). With `"none"` no month
   * before the current period is needed, `previous` is `null` and so is every change (each priority's
   * `change`, `quickFacts.previous` and `quickFacts.change`, each benchmark row's `previous` and
   * `change`, the ward tables' changes); a RAG `change` rule gives "not rated" with the reason, a
   * `target` rule still rates; the monthly pattern, long-term trend, drivers of change and changes in
   * recording are left out, and `singlePeriod.explanation` says why, once for the whole document.
   * The document then gives levels, rates against the comparator group and the benchmark area, and
   * ranks.
   * @example
   * ```ts
   * strategicAssessment({ ...input, change: "none", period: rolling("2022-11", 11) }).previous;
   * //=> null
   * ```
   */
  readonly change?: "year-earlier" | "none";
  /**
   * The priorities to assess: a list, or a priority framework (a `Strategy` of
   * @crimestats/schema). The document always opens with all recorded crime: a priority of a list
   * that sums every offence label in the counts comes first, and when none does an "All offences"
   * priority is added first. A framework is read, e.g., from a JSON file with `parseStrategy`: every indicator
   * that selects Metropolitan Police categories becomes a priority with its polarity, after an
   * "All offences" priority; the counts' offence labels must then be MPS MinorText names (looked
   * up with `findCategory`), and indicators that cannot be measured from them are listed in the notes.
   */
  readonly priorities: readonly PriorityInput[] | Strategy;
  /** True when the counts are the SYNTHETIC demonstration data (the title and every page say so). */
  readonly synthetic?: boolean;
  /** Where the counts and populations came from, printed in the notes. */
  readonly sources?: readonly string[];
  /**
   * The RAG rule of each priority (from @crimestats/rag), or `null` for none. A `change` rule rates
   * the current period against the same period a year earlier; a `target` rule rates the current
   * period's offences against a target (e.g. `{ kind: "target", polarity: "lower-is-better",
   * target: 2147, amber: { percent: 2 } }`). The measure is written in the rule's own words (its
   * `title`, else its `description`). When it returns `null` (or is not given), a priority from a
   * strategy is rated by the first target the strategy sets on its indicator, in the target's words
   * (`description`). There is no default rule: a priority without one has no RAG rating.
   */
  readonly ragRule?: (priority: PriorityInput) => ChangeRule | TargetRule | null;
  /**
   * Changes in recording (`RecordingBreak` of @crimestats/schema): published ones (e.g.
   * `recordingBreaks` of @crimestats/taxonomy) and your own. Where one falls inside the comparison
   * and affects a figure, that figure's change is "not comparable" (never a rise or a fall), left out
   * of every ranking of change, and given like for like where the break names a comparable set of rows.
   */
  readonly breaks?: readonly RecordingBreak[];
  /**
   * Whether to look for changes in recording in the counts too (`detectBreaks` of
   * @crimestats/police-data, with the Metropolitan Police major categories as offence groups when
   * the labels are MPS categories, and the areas without a population as rows of unallocated
   * offences). Default true.
   */
  readonly detectedBreaks?: boolean;
  /** How ratings are labelled and coloured. Default the `measureScheme` of @crimestats/rag. */
  readonly ragScheme?: RagScheme;
  /** Ward counts of the focus area (areas are wards) for the ward tables (one per priority); omit for none. */
  readonly wards?: { readonly counts: CountCube | readonly CountRow[] };
  /**
   * Boundaries of the areas (`Boundaries` of @crimestats/charts, read with `readBoundaries`):
   * `areas` of the benchmark area's members (e.g. the London boroughs) for the map of the
   * headline rate, `wards` of the focus area's wards (a file of more wards is filtered to the
   * features whose properties name the focus area or its code) for each priority's ward map.
   * Features are joined to the counts by code or name; areas and features left unjoined are listed
   * in the map's notes. Omit for no maps.
   */
  readonly boundaries?: { readonly areas?: Boundaries; readonly wards?: Boundaries };
  /**
   * Street-level crimes of data.police.uk (`StreetCrime` of @crimestats/police-data, e.g. from
   * `readStreetCrimes`) for hotspot maps: the points of the focus area (by `district`) in the
   * current period, drawn for a priority whose categories match a police.uk crime type like for
   * like (e.g. Burglary → "Burglary"). Omit for no hotspot maps.
   */
  readonly streetCrimes?: readonly StreetCrime[];
  /**
   * The partnership's own data (`LocalMeasuresInput`: incident counts, youth justice, surveys,
   * service volumes, the delivery plan), e.g. read with `readLocalFile`: each kind supplied gets its
   * section (`localSections`), assessed with this input's area, comparator group, benchmark area,
   * populations (each local period using the estimate of its year), end month and disclosure policy. Omit for none.
   */
  readonly local?: LocalMeasuresInput;
  /** The disclosure policy of the ward table and of the local sections. Default the `suppress-1-4-round-5` preset of @crimestats/disclosure. */
  readonly disclosure?: DisclosurePolicy;
  /** Further notes printed with the method notes (e.g. which priorities could not be assessed). */
  readonly notes?: readonly string[];
  /** Title of the document. Default `"Strategic Assessment: <area>"`. */
  readonly title?: string;
  /**
   * How the input files were read (rows or cells accepted and rejected per file, what is
   * missing), printed as the document's reconciliation section and kept in the result. The
   * `crimestats assess` command always gives it.
   */
  readonly reconciliation?: InputReconciliation;
}

const PER = 1000;

/** Months of rolling years the rate chart shows, up to the end of the current period. */
const TREND_MONTHS = 36;

/** Area labels of offences recorded without an area. */
const UNALLOCATED = /^(unknown|not known|unallocated|no location)\b/i;

function toReportPeriod(p: Period): ReportPeriod {
  return { first: p.first, last: p.last, label: p.label, longLabel: formatPeriod(p, "long") };
}

/**
 * Computes the Strategic Assessment of one area: key findings, then for all offences (always
 * first) and each priority quick facts (offences, rate per 1,000, change against the same period
 * last year, rank among the member areas of the benchmark area), the verdict on the change (a
 * significant rise or fall, no significant change, too few to judge, or not comparable where a
 * change in recording falls inside the two periods, with a like-for-like figure), the rate against
 * the benchmark area and the comparator group's pooled rate, what drove the change, the benchmark
 * table, the changes in recording, the long-term trend and a rolling-year rate chart; RAG ratings
 * only where a rule or a strategy target applies; ward tables when ward counts are given. Every
 * figure keeps full precision and says how it was made (sentences carry their figures as
 * displayed); render with {@link renderMarkdown} or {@link renderHtml}, which are the only places
 * numbers in tables are rounded. In a REPL the result prints as a short summary (area, period,
 * number of sections).
 *
 * With `change: "none"` it assesses a single period of 1 to 12 months without any comparison
 * over time (for data that do not reach a year earlier): levels, rates, ranks and comparisons
 * between areas only, every change `null` and `singlePeriod.explanation` saying why once. When the
 * focus area is the benchmark area's only member, the area is not compared with it or ranked among
 * its members, and `benchmarkAreaAlone.explanation` says so.
 *
 * The benchmark area's row pools all areas in the counts (including rows not assigned to a
 * member area, such as "Unknown") over the sum of the populations given
 * (docs/methods.md#comparator-groups); ranks are among the areas that have a population,
 * 1 = lowest rate.
 *
 * @param input - Counts, populations, the focus area, the benchmark area, the comparator group, the end month and the priorities.
 * @returns The structured assessment.
 * @throws {@link ReportError} (the whole input is checked before anything is computed, and every
 * message names the value and what was expected): `invalid-argument` for an input field of the
 * wrong type (a comparator or priority field that is not text, no benchmark area, an option of
 * the wrong type) or no priorities; `invalid-population` for a population that is not a whole
 * number of residents; `invalid-month` for an end month that is not `"YYYY-MM"`; `invalid-data`
 * for malformed count rows or cube, priorities that are neither a list nor a valid framework, and
 * for an error of another package of the suite (e.g. an offence label that is not an MPS category
 * under a framework), with its message; `unknown-area` when the focus area or a comparator has
 * no counts or no population; `month-out-of-range` when the compared periods (with `change:
 * "none"`, the period alone) are not wholly inside the months of the counts; `invalid-argument`
 * for a `change` other than `"year-earlier"` or `"none"`, and with `"none"` for a period longer
 * than 12 months; `invalid-data` for a recording break that is not a valid
 * `RecordingBreak` (the message says which).
 * @example
 * ```ts
 * const counts = [
 *   { area: "Harrow", month: "2023-06", offence: "BURGLARY", count: 30 },
 *   { area: "Harrow", month: "2024-06", offence: "BURGLARY", count: 24 },
 *   { area: "Barnet", month: "2023-01", offence: "BURGLARY", count: 50 },
 *   { area: "Barnet", month: "2024-12", offence: "BURGLARY", count: 45 },
 * ];
 * const result = strategicAssessment({
 *   counts, populations: { Harrow: 250000, Barnet: 400000 }, area: "Harrow",
 *   benchmarkArea: { name: "London", membersName: "London boroughs" },
 *   comparatorGroup: { name: "neighbours", members: ["Barnet"] },
 *   priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
 * });
 * result.current.label;
 * //=> "12 months to Dec 2024"
 * result.priorities[0].quickFacts.current.rate.value; // 24 / 250,000 × 1,000
 * //=> 0.096
 * result.priorities[0].change.verdict; // 30 → 24 on the same population: p ≈ 0.5
 * //=> "no-significant-change"
 * result.priorities[0].rag; // no rule given
 * //=> null
 * ```
 */
export function strategicAssessment(input: StrategicAssessmentInput): StrategicAssessmentResult {
  checkAssessmentInput(input);
  try {
    return withDisplay(assess(input), displaySummary);
  } catch (error) {
    throw asReportError(error);
  }
}

function assess(input: StrategicAssessmentInput): StrategicAssessmentResult {
  const table = countTable(input.counts, "counts");
  // A comparator named twice, or the focus area among its own comparators, is counted once.
  const comparators = [...new Set(input.comparatorGroup?.members ?? [])].filter((a) => a !== input.area);
  const comparatorGroupName = input.comparatorGroup?.name ?? "neighbours";
  const { name: benchmarkName, membersName } = input.benchmarkArea;
  const lookup = populationLookup(input.populations);
  const populated = table.areas.filter((a) => lookup.areas.has(a));
  for (const area of [input.area, ...comparators]) checkArea(area, table, populated);
  const frameworkNotes: string[] = [];
  const chosen: readonly PriorityInput[] = Array.isArray(input.priorities)
    ? headlineFirst(input.priorities as readonly PriorityInput[], table.offences)
    : [
        { id: "all-offences", name: "All offences", offences: table.offences },
        ...strategyPriorities(
          input.priorities as Strategy,
          table.offences,
          new Set(table.offences),
          frameworkNotes,
          // An indicator the counts cannot measure may be assessed from the partnership's own data (rows checked by checkAssessmentInput).
          input.local === undefined ? undefined : localCoverage({ area: input.area, ...input.local }),
        ),
      ];
  if (chosen.length === 0) {
    throw new ReportError("invalid-argument", "No priorities were given: expected at least one priority with its offences.", {});
  }

  const firstMonth = table.months[0] ?? "";
  const lastMonth = table.months.at(-1) ?? "";
  let end: string;
  try {
    end = parseMonthKey(input.end ?? lastMonth);
  } catch {
    throw new ReportError("invalid-month", `End month ${describeValue(input.end)} is not a month: expected "YYYY-MM".`, { end: input.end });
  }
  const single = input.change === "none";
  const current = input.period ?? rollingYear(end);
  // A single-period assessment compares with nothing: no month before the current period is needed.
  const previous = single ? null : samePeriodLastYear(current);
  const length = monthIndex(current.last) - monthIndex(current.first) + 1;
  if (single && length > 12) {
    throw new ReportError(
      "invalid-argument",
      `Period ${current.label} is ${length} months long: a single-period assessment (change "none") takes a period of 1 to 12 months.`,
      { first: current.first, last: current.last },
    );
  }
  if (single && (monthIndex(current.first) < monthIndex(firstMonth) || monthIndex(current.last) > monthIndex(lastMonth))) {
    throw new ReportError(
      "month-out-of-range",
      `Period ${current.label} needs counts from ${current.first} to ${current.last}, but the data run from ${firstMonth} to ${lastMonth}: expected a period inside the data.`,
      { end, first: firstMonth, last: lastMonth },
    );
  }
  if (previous !== null && (monthIndex(previous.first) < monthIndex(firstMonth) || monthIndex(current.last) > monthIndex(lastMonth))) {
    throw new ReportError(
      "month-out-of-range",
      input.period === undefined
        ? `End month ${end} needs counts from ${previous.first} to ${current.last}, but the data run from ${firstMonth} to ${lastMonth}: expected an end month from ${addMonths(firstMonth, 23)} to ${lastMonth}.`
        : `Period ${current.label} and the same period a year earlier need counts from ${previous.first} to ${current.last}, but the data run from ${firstMonth} to ${lastMonth}: expected a period inside the data.`,
      { end, first: firstMonth, last: lastMonth },
    );
  }
  const at = (m: string): number => monthIndex(m) - monthIndex(firstMonth);
  const curTo = at(current.last);
  // -1 (no window) in a single-period assessment: `yearTo` then gives 0, and nothing reads it.
  const prevTo = previous === null ? -1 : at(previous.last);
  // Changes in recording found in the counts (series that start or stop, counts moved between related rows).
  const groups = mpsGroups(table.offences);
  const classification = groups === null ? null : "mps";
  // Rows of offences recorded without an area ("Unknown"): a shift in them is spread over every area.
  const unallocatedRows = table.areas.filter((a) => !lookup.areas.has(a) && UNALLOCATED.test(a));
  // Counts moved between two areas show most clearly in the areas' totals over every offence (a move of a
  // few hundred offences a month hides in each category's own variation), so those totals are searched
  // too, and a move found there bears on every priority of the two areas.
  // A single-period assessment has no comparison for a change in recording to fall inside.
  const detected =
    input.detectedBreaks === false || single
      ? []
      : [
          ...detectBreaks(cubeOf(input.counts, table), {
            ...(groups === null ? {} : { groups }),
            unallocated: unallocatedRows,
          }),
          ...detectBreaks(areaTotalsCube(table), { unallocated: unallocatedRows }).filter((b) => b.kind === "moved"),
        ];
  const renamings = renamingsFound(detected);
  // Each period's rates use the population estimate whose reference date (30 June) is nearest its middle.
  const currentMiddle = periodMiddle(current.first, current.last);
  const years = { previous: previous === null ? currentMiddle : periodMiddle(previous.first, previous.last), current: currentMiddle };
  const populationOf = (area: string, middle: number): number => lookup.of(area, middle)?.population ?? 0;
  const pop = (area: string, which: "previous" | "current"): number => populationOf(area, years[which]);
  const benchmarkPopulationOf = memoize((middle: number) => neumaierSum(populated.map((a) => populationOf(a, middle))));
  const benchmarkPopulation = { previous: benchmarkPopulationOf(years.previous), current: benchmarkPopulationOf(years.current) };
  // Period keys of the benchmark table as its sentences write them ("In the 12 months to February 2025, …").
  const currentKey = periodWords(current);
  // benchmarkTable takes two periods: a single-period assessment gives it an empty previous one and reads only the current.
  const previousKey = previous === null ? `before ${currentKey}` : periodWords(previous);
  // The benchmark area is the focus area alone (the City of London police force area is the City): no comparison with itself, no rank "1 of 1".
  const alone = populated.length === 1 && populated[0] === input.area;
  const benchmarkAreaAlone = alone
    ? {
        explanation: `The benchmark area, ${benchmarkName}, is ${input.area} alone, so ${input.area} is not compared with it or ranked among the ${membersName}.`,
      }
    : null;

  // One anchor id per section, for links from the key findings: the priority's id in lower-case letters, digits and hyphens, made unique.
  const anchors = new Set<string>();
  const anchorOf = (id: string): string => {
    const slug = `priority-${id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}`.replace(/-$/, "");
    let anchor = slug;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `${slug}-${n}`;
    anchors.add(anchor);
    return anchor;
  };
  const wholeSeries = { first: firstMonth, last: previous?.last ?? current.last };
  // One style per area for every chart of the document: the focus area, its comparators in the group's order, the benchmark area.
  const styles = areaStyles({ focus: input.area, comparators, benchmarkArea: benchmarkName });
  const synthetic = input.synthetic === true;
  const sources = chartSources({
    synthetic,
    mps: groups !== null,
    populationSources: Array.isArray(input.populations) ? (input.populations as readonly PopulationEstimates[]).map((e) => e.source ?? "") : [],
    boundaries: [input.boundaries?.areas, input.boundaries?.wards],
  });
  const reportPeriod = toReportPeriod(current);
  const previousPeriod = previous === null ? null : toReportPeriod(previous);
  const drafts = chosen.map((priority) => {
    const series = memoize((area: string) => table.series(area, priority.offences));
    // Rolling-year totals (rollingSums of @crimestats/rates): entry k is the 12 months ending at month k + 11.
    const rolling = memoize((s: Float64Array) => rollingSums(s, { window: 12 }));
    // Totals of the compared periods (windows of the period's length; a rolling year reuses `rolling`).
    const periodSums = length === 12 ? rolling : memoize((s: Float64Array) => rollingSums(s, { window: length }));
    const yearTo = (s: Float64Array, last: number): number => periodSums(s)[last - (length - 1)] ?? 0;
    const benchmarkSeries = new Float64Array(table.months.length);
    for (const area of table.areas) {
      const s = series(area);
      for (let i = 0; i < s.length; i += 1) benchmarkSeries[i] = (benchmarkSeries[i] ?? 0) + (s[i] ?? 0);
    }
    const group = [input.area, ...comparators].sort();
    const counts = (s: Float64Array): Record<string, number> => ({ [previousKey]: single ? 0 : yearTo(s, prevTo), [currentKey]: yearTo(s, curTo) });
    const areas: BenchmarkArea[] = [
      ...group.map((a) => ({ area: a, population: { [previousKey]: pop(a, "previous"), [currentKey]: pop(a, "current") }, counts: counts(series(a)) })),
      // No row for a benchmark area that is the focus area alone: it would compare the area with itself.
      ...(alone
        ? []
        : [
            {
              area: benchmarkName,
              population: { [previousKey]: benchmarkPopulation.previous, [currentKey]: benchmarkPopulation.current },
              counts: counts(benchmarkSeries),
            },
          ]),
    ];
    const bt = benchmarkTable({
      areas,
      previousPeriod: previousKey,
      currentPeriod: currentKey,
      per: PER,
      focus: input.area,
      group,
      ...(alone ? {} : { benchmarkArea: benchmarkName }),
    });
    // Changes in recording inside the comparison that affect the focus area's, a comparator's or the benchmark area's figure (none without a comparison).
    const breaks =
      previous === null
        ? []
        : breakNotes({
            breaks: input.breaks ?? [],
            detected,
            previous,
            current,
            areas: group,
            pooled: { name: benchmarkName, areas: table.areas },
            offences: priority.offences,
            counts: table,
            ...(classification === null ? {} : { classification }),
            // Shifts in the rows without an area are looked for only when breaks are detected at all.
            ...(unallocatedRows.length === 0 || input.detectedBreaks === false
              ? {}
              : { unallocated: { rows: unallocatedRows, members: populated, areaWord: memberWord(membersName), population: pop } }),
          });
    // The figures a break makes not comparable (a caveat or a possible change leaves the change judged).
    const affected = new Map<string, BreakNote>();
    for (const note of breaks) for (const f of note.figures) if (!f.comparable && !affected.has(f.area)) affected.set(f.area, note);
    const rows: BenchmarkRow[] = bt.rows.map((r) => ({
      area: r.area,
      role: r.isBenchmarkArea ? "benchmark-area" : r.isFocus ? "focus" : "comparator",
      population: r.current.population,
      previous: single ? null : { count: r.previous.count, population: r.previous.population, rate: r.previous.value },
      current: { count: r.current.count, population: r.current.population, rate: r.current.value },
      change: single ? null : { count: r.change.count, value: r.change.value, percent: r.change.percent, comparable: !affected.has(r.area) },
    }));
    const focus = rows.find((r) => r.role === "focus") as BenchmarkRow;
    const side = (r: BenchmarkRow, which: "previous" | "current") => ({ count: r[which]?.count ?? 0, population: r[which]?.population ?? 0 });
    const benchmarkRow = rows.find((r) => r.role === "benchmark-area");
    const comparatorRows = rows.filter((r) => r.role === "comparator");
    const subject = `rate of ${offencesOf(priority.name).toLowerCase()}`;
    const focusBreak = affected.get(input.area);
    const focusFigures = breaks.flatMap((b) => b.figures.filter((f) => f.area === input.area));
    // A change significant as counted but not without what a change in recording may explain is judged on the counts without it.
    const judged = focusFigures.find((f) => f.judgedOn !== undefined);
    const change =
      previous === null
        ? null
        : focusBreak === undefined
          ? withCaveats(
              changeVerdict(
                offencesOf(priority.name),
                input.area,
                side(focus, "previous"),
                side(focus, "current"),
                { previous: previousKey, current: currentKey },
                judged?.judgedOn === undefined ? undefined : { judgedOn: judged.judgedOn, why: judged.note },
              ),
              focusFigures.filter((f) => f !== judged).map((f) => f.note),
            )
          : notComparableChange(offencesOf(priority.name), input.area, focus, focusBreak, { previous: previousKey, current: currentKey });
    const vsBenchmarkArea =
      benchmarkAreaAlone === null
        ? rateComparison(input.area, side(focus, "current"), benchmarkRow === undefined ? null : { ...side(benchmarkRow, "current"), includesFocus: true }, {
            subject,
            against: `the ${benchmarkName} rate`,
            basis: `the rest of ${/ area$/.test(benchmarkName) ? `the ${benchmarkName}` : benchmarkName}`,
            period: currentKey,
          })
        : { outcome: "not-compared" as const, significance: null, rate: null, explanation: benchmarkAreaAlone.explanation, footnote: "" };
    const vsComparatorGroup = rateComparison(
      input.area,
      side(focus, "current"),
      comparatorRows.length === 0
        ? null
        : { count: neumaierSum(comparatorRows.map((r) => r.current.count)), population: neumaierSum(comparatorRows.map((r) => r.current.population)) },
      {
        subject,
        against: `the pooled rate of its ${comparatorGroupName}`,
        basis: `its ${comparatorGroupName} together (${comparatorRows.map((r) => r.area).join(", ")})`,
        period: currentKey,
      },
    );

    // Rank of the focus area's current rate among all member areas with a population.
    const memberRows = populated.map((a) => ({ area: a, rate: rate(yearTo(series(a), curTo), pop(a, "current"), { per: PER }).value }));
    const tooFew = change?.verdict === "too-few-to-judge";
    // Claims that read a change (or, in a single-period assessment, the empty previous period) are left out without one.
    const changeClaims = new Set(["largest-increase", "largest-fall", "directions", "not-comparable"]);
    const explanations = describeTable(bt, {
      // Only members of the group are ranked by change; the benchmark area's row is marked in the table.
      ...(group.some((a) => affected.has(a))
        ? // The break itself, with its like-for-like figures, is in the section's changes in recording just below: the sentence points to it.
          {
            notComparable: group
              .filter((a) => affected.has(a))
              .map((area) => ({ area, reason: "a change in recording affects it (see Changes in recording)" })),
          }
        : {}),
      polarity: priority.polarity ?? "lower-is-better",
      groupName: comparatorGroupName,
      benchmarkAreaName: benchmarkName,
      ...(memberRows.length >= 2 ? { benchmarkAreaMembers: memberRows, benchmarkAreaMembersName: membersName } : {}),
    })
      // The focus area's rank among the benchmark area's members is the section's finding (quickFacts.rankInBenchmarkArea): said once.
      .filter((x) => x.claim !== "benchmark-area-rank")
      // On offences too few to judge a change, the focus area's rank in its group is noise.
      .filter((x) => x.claim !== "focus-rank" || !tooFew)
      // A rank in a group of fewer than 3, or on a rate not significantly apart from the group's, is a rank on noise.
      .filter((x) => x.claim !== "focus-rank" || (group.length >= 3 && (vsComparatorGroup.outcome === "higher" || vsComparatorGroup.outcome === "lower")))
      .filter((x) => !single || !changeClaims.has(x.claim))
      // A group of the focus area alone has no rank or extremes to give ("the lowest rate of 1"), nor, in one period, does the focus area's extreme need saying after its rank.
      .filter((x) => !(single || alone) || group.length > 1 || !["focus-rank", "lowest-rate", "highest-rate"].includes(x.claim))
      .filter((x) => !single || !["lowest-rate", "highest-rate"].includes(x.claim) || !x.areas.includes(input.area))
      .map((x) => x.explanation);
    const ranked = rank(memberRows, { by: "rate", order: "ascending", ties: "min" });
    const mine = ranked.rows.find((r) => r.row.area === input.area);
    const rankText = describeRank(mine?.rank ?? 0, ranked.total, {
      order: "ascending",
      subject: `${priority.name.toLowerCase()} rate`,
      among: membersName,
      tied: mine?.tied ?? 1,
      // Ordinals in words, as describeTable writes them in the same section ("second lowest").
      ordinals: "words",
    });

    const figure = (value: number | null, method: string, inputs: ReportFigure["inputs"]): ReportFigure => ({ value, method, inputs });
    const points: { series: string; month: MonthKey; value: number }[] = [];
    // A single-period assessment draws no rolling-year trend: the data hold no year before the period.
    for (const r of single ? [] : rows) {
      const s = r.role === "benchmark-area" ? benchmarkSeries : series(r.area);
      for (const [k, sum] of rolling(s).entries()) {
        // The three years of rolling years to the end of the current period (the long-term trend shows the whole series).
        if (k + 11 < curTo - (TREND_MONTHS - 1) || k + 11 > curTo) continue;
        // The rolling year of months k..k + 11 uses the estimate nearest its middle.
        const middle = periodMiddle(table.months[k] ?? current.first, table.months[k + 11] ?? current.last);
        const population = r.role === "benchmark-area" ? benchmarkPopulationOf(middle) : populationOf(r.area, middle);
        points.push({ series: r.area, month: table.months[k + 11] ?? current.last, value: rate(sum, population, { per: PER }).value });
      }
    }
    // Changes in recording over the whole series that affect the focus area's figure, marked on the long-trend chart.
    const longBreaks = single
      ? []
      : breaksIn(input.breaks ?? [], {
          previous: wholeSeries,
          current: { first: current.first, last: current.last },
          areas: [input.area],
          offences: priority.offences,
          present: { areas: [...table.areas], offences: [...table.offences] },
          ...(classification === null ? {} : { classification }),
        });
    // Each marked with its month and a short label; only those affecting the focus area's figure.
    const markedBreaks = [
      ...longBreaks.map((b) => ({ month: b.month, description: breakLabel(b.kind) })),
      ...breaks
        .filter((b) => b.origin === "detected" && b.figures.some((f) => f.area === input.area && !f.comparable))
        .map((b) => ({ month: b.month, description: b.label })),
    ].filter((b, i, all) => all.findIndex((o) => o.month === b.month && o.description === b.description) === i);
    const months = single ? null : monthPattern(series(input.area), curTo, table.months);
    const section: Omit<PrioritySection, "charts"> = {
      id: priority.id,
      anchor: anchorOf(priority.id),
      name: priority.name,
      polarity: priority.polarity ?? "lower-is-better",
      categories: priority.offences,
      quickFacts: {
        previous:
          previous === null || focus.previous === null
            ? null
            : {
                count: figure(focus.previous.count, `sum of monthly counts, ${previous.label}`, {
                  area: input.area,
                  first: previous.first,
                  last: previous.last,
                }),
              },
        current: {
          count: figure(focus.current.count, `sum of monthly counts, ${current.label}`, { area: input.area, first: current.first, last: current.last }),
          rate: figure(focus.current.rate, "count / population × 1,000", { count: focus.current.count, population: focus.current.population }),
        },
        change:
          focus.change === null || focus.previous === null
            ? null
            : {
                value: figure(
                  focus.change.value,
                  `current rate − previous rate (unrounded rates, ${lookup.single ? "same population" : "each period's own population"})`,
                  {
                    previousRate: focus.previous.rate,
                    currentRate: focus.current.rate,
                  },
                ),
                percent: figure(focus.change.percent, "(current − previous) / previous × 100; null from zero", {
                  previous: focus.previous.count,
                  current: focus.current.count,
                }),
              },
        // Among fewer than 3 members a rank only restates the comparison with the other member.
        rankInBenchmarkArea:
          alone || ranked.total < 3
            ? null
            : {
                rank: mine?.rank ?? 0,
                total: ranked.total,
                // Too few offences to judge the change are too few to rank the rate on: the rank would be noise.
                explanation: tooFew
                  ? `${input.area} is not ranked among the ${ranked.total} ${membersName}: ${countText(focus.current.count)} ${offencesOf(priority.name).toLowerCase()} in ${currentKey} are too few to rank its rate on.`
                  : `${input.area} has the ${rankText} in ${currentKey}.`,
              },
      },
      change,
      vsBenchmarkArea,
      vsComparatorGroup,
      drivers:
        previous === null
          ? null
          : drivers(
              // Known renamings and those found in the counts (a row that stops as another starts) each make one part.
              driverParts(priority.offences, [...(input.breaks ?? []), ...renamings], { area: input.area, first: previous.first, last: current.last }).map(
                ({ labels, month }) => {
                  const s = table.series(input.area, labels);
                  const largest = labels.reduce(
                    (best, l) => (yearTo(table.series(input.area, [l]), curTo) > yearTo(table.series(input.area, [best]), curTo) ? l : best),
                    labels[0] ?? "",
                  );
                  return { name: partName(labels, month, largest, groups), previous: yearTo(s, prevTo), current: yearTo(s, curTo) };
                },
              ),
              { previous: focus.previous?.population ?? 0, current: focus.current.population },
              input.area,
            ),
      breaks,
      longTrend:
        previous === null
          ? null
          : longTrend({
              months: table.months,
              series: series(input.area),
              current,
              previous,
              breaks: markedBreaks,
              what: offencesOf(priority.name),
              area: input.area,
              source: sources.counts,
              styles,
            }),
      table: rows,
      explanations,
      months,
      rag: ragVerdict(priority, {
        ragRule: input.ragRule,
        ragScheme: input.ragScheme,
        previous: focus.previous,
        current: focus.current,
        periods: { previous: previous === null ? null : previousKey, current: currentKey },
        countIn: (first, last) => {
          const from = table.months.indexOf(first as MonthKey);
          const to = table.months.indexOf(last as MonthKey);
          return from < 0 || to < from ? null : neumaierSum(series(input.area).subarray(from, to + 1));
        },
        notes: frameworkNotes,
      }),
    };
    const chartInput: PriorityChartsInput = {
      name: priority.name,
      area: input.area,
      benchmarkArea: benchmarkName,
      previous: previousPeriod,
      current: reportPeriod,
      styles,
      sources,
      points,
      breaks: markedBreaks,
      table: rows,
      change,
      vsBenchmarkArea,
      vsComparatorGroup,
      monthly:
        months === null
          ? null
          : {
              months: [...series(input.area).subarray(curTo - 23, curTo + 1)].map((value, k) => ({ month: table.months[curTo - 23 + k] as MonthKey, value })),
              pattern: months,
            },
      drivers: section.drivers,
    };
    // The members' rates of this priority in the current period (the map and the funnel plot draw the headline's).
    const members: MemberRate[] = memberRows.map((m) => ({
      area: m.area,
      population: pop(m.area, "current"),
      count: yearTo(series(m.area), curTo),
      rate: m.rate,
    }));
    return { section, chartInput, members };
  });

  const used = (p: { readonly first: MonthKey; readonly last: MonthKey }): PopulationUsed => {
    const found = lookup.single ? undefined : lookup.of(input.area, periodMiddle(p.first, p.last));
    return { year: found?.year ?? null, wanted: lookup.single ? null : periodYear(p.first, p.last), source: found?.source ?? null };
  };
  const populationsUsed = { previous: previous === null ? null : used(previous), current: used(current) };
  const wards =
    input.wards === undefined
      ? null
      : wardSection({
          counts: countTable(input.wards.counts, "ward counts"),
          priorities: chosen,
          current,
          previous,
          disclosure: input.disclosure ?? disclosurePreset("suppress-1-4-round-5"),
          area: input.area,
        });
  if (input.wards !== undefined && wards === null) {
    frameworkNotes.push(`No ward tables: the ward counts do not cover wards of ${input.area} for the whole of ${reportPeriod.longLabel}.`);
  }
  const maps = mapInputs(input, table.offences, reportPeriod, frameworkNotes);
  const localSectionsFound = localOf(input, {
    comparators,
    benchmarkArea: benchmarkName,
    // The populations as given (each local period then uses the estimate of its own year), with the benchmark area's
    // pooled residents of each year where it has none of its own, as its rates in the crime sections use.
    populations: Array.isArray(input.populations)
      ? (input.populations as readonly PopulationEstimates[]).map((e) => ({
          ...e,
          populations: { [benchmarkName]: benchmarkPopulationOf(e.year), ...e.populations },
        }))
      : { [benchmarkName]: benchmarkPopulation.current, ...(input.populations as Readonly<Record<string, number>>) },
    end: current.last,
  });
  const local = single ? withoutRepeatedReasons(localSectionsFound, current) : localSectionsFound;
  const drawnSections: PrioritySection[] = drafts.map(({ section, chartInput }, index) => {
    const withheld = chartsWithheld(section.change, section.table);
    const longTrendOf = (chart: null): PrioritySection["longTrend"] => (section.longTrend === null ? null : { ...section.longTrend, chart });
    if (withheld !== null) {
      // Too few offences for a chart to show anything but chance: the section's figures and tables stay, its charts go.
      return {
        ...section,
        longTrend: longTrendOf(null),
        charts: { trend: null, comparison: null, monthly: null, drivers: null, wards: null, hotspot: null, withheld },
      };
    }
    const wardTable = wards?.priorities.find((w) => w.id === section.id);
    // Only when the street files hold every crime type of the priority (a file of burglaries draws no map of all offences).
    const found = maps.street === null || groups === null ? null : policeUkTypes(section.categories, table.offences);
    const types = found === null || !found.every((t) => maps.street?.types.has(t)) ? null : found;
    // The monthly, long-term and drivers charts of the first section (all offences) only: the other sections
    // give their months, same-period counts and categories in words and tables.
    const first = index === 0;
    return {
      ...section,
      ...(first ? {} : { longTrend: longTrendOf(null) }),
      charts: {
        trend: chartInput.points.length === 0 ? null : trendOf(chartInput),
        comparison: comparisonOf(chartInput),
        monthly: first ? monthlyOf(chartInput) : null,
        drivers: first ? driversOf(chartInput) : null,
        wards:
          maps.wards === null || wardTable === undefined
            ? null
            : wardMap({ section: wardTable, boundaries: maps.wards, area: input.area, current: reportPeriod, source: sources.wards }),
        hotspot:
          maps.street === null || types === null
            ? null
            : hotspotChart({
                name: oneLineName(section.name),
                area: input.area,
                current: reportPeriod,
                types,
                crimes: maps.street.crimes,
                outline: maps.street.outline,
                source: sources.hotspot,
              }),
        withheld: null,
      },
    };
  });
  // The methods every section shares are said once, in the notes; each section keeps what is its own.
  const { sections: priorities, notes: methodNotes } = methodsOnce(drawnSections, input.area);
  const hotspots = priorities.filter((p) => p.charts.hotspot !== null);
  if (hotspots.length > 0) {
    frameworkNotes.push(
      `Hotspot maps show the street-level crimes of data.police.uk for the priorities whose categories hold the same offences as data.police.uk crime types (${listWords(hotspots.map((p) => `${p.name}: ${listWords(policeUkTypes(p.categories, table.offences) ?? [])}`))}); data.police.uk counts crimes differently from the recorded crime of the sections, so its totals differ, and it places each crime at an anonymised nearby map point.`,
    );
  }
  const headline = priorities[0] as PrioritySection;
  const documentInput = {
    area: input.area,
    benchmarkArea: { name: benchmarkName, membersName },
    current: reportPeriod,
    headline,
    members: drafts[0]?.members ?? [],
    styles,
    boundaries: input.boundaries?.areas,
    categories: categoryCounts(table.offences, groups, (labels) => {
      const s = table.series(input.area, labels);
      const now = neumaierSum(s.subarray(at(current.first), curTo + 1));
      // No change in share without a previous period.
      return previous === null ? { current: now } : { previous: neumaierSum(s.subarray(at(previous.first), prevTo + 1)), current: now };
    }),
    sources,
  };
  return {
    title: input.title ?? `Strategic Assessment: ${input.area}${synthetic ? " (SYNTHETIC DEMONSTRATION DATA)" : ""}`,
    synthetic,
    sources: [...(input.sources ?? []), ...localSources(input.local)],
    area: input.area,
    benchmarkArea: { name: benchmarkName, membersName },
    benchmarkAreaAlone,
    comparatorGroup: { name: comparatorGroupName, members: [...comparators] },
    current: reportPeriod,
    previous: previousPeriod,
    singlePeriod: previous === null ? { explanation: singlePeriodWords(firstMonth, current, length) } : null,
    populations: populationsUsed,
    keyFindings: findingsOf(
      priorities,
      { area: input.area, benchmarkArea: benchmarkName, comparatorGroup: comparatorGroupName, current, membersName: alone ? null : membersName },
      local,
    ),
    priorities,
    recordingChanges: recordingChangesOf(priorities),
    charts: { areas: areasMap(documentInput), funnel: funnelOf(documentInput), mix: mixOf(documentInput) },
    wards,
    local,
    notes: [
      ...populationNotes(populationsUsed, { previous: previousPeriod, current: reportPeriod }, input.area, {
        previous: pop(input.area, "previous"),
        current: pop(input.area, "current"),
      }),
      ...(single ? [] : ["Rate change is the difference of the unrounded rates, rounded afterwards."]),
      ...(alone
        ? []
        : [
            // Rows not assigned to a member (MPS "Unknown") are said to be pooled only where the counts hold them.
            table.areas.length > populated.length
              ? `${benchmarkName} pools every area in the counts (including rows not assigned to one of its ${membersName}) over the population of the ${populated.length} areas with a population.`
              : `${benchmarkName} pools the ${populated.length} ${membersName} in the counts: their offences over their residents.`,
          ]),
      single
        ? "Numbers are rounded half up only for display: counts as integers, rates to 2 decimal places."
        : "Numbers are rounded half up only for display: counts as integers, rates and rate changes to 2 decimal places, percentages to 1.",
      ...frameworkNotes,
      ...methodNotes,
      ...onlyFirstNote(priorities),
      // The disclosure rule only where the partnership's own data are: open data (the street files' anti-social behaviour) is given exactly.
      ...(local === null
        ? []
        : [...(local.sections.some((s) => s.openData !== true) ? [`The partnership's own measures: ${lowerFirst(local.disclosure)}`] : []), ...local.notes]),
      ...(input.notes ?? []),
    ],
    reconciliation: input.reconciliation ?? null,
  };
}

/**
 * The sections of the partnership's own data (`localSections`), assessed with the assessment's
 * area, comparators, benchmark area, residents (by year where given so), last month and disclosure policy; `null`
 * when none were given.
 */
function localOf(
  input: StrategicAssessmentInput,
  assessment: {
    readonly comparators: readonly string[];
    readonly benchmarkArea: string;
    readonly populations: Readonly<Record<string, number>> | readonly PopulationEstimates[];
    readonly end: MonthKey;
  },
): LocalMeasuresResult | null {
  if (input.local === undefined) return null;
  return localSections(
    {
      ...input.local,
      area: input.area,
      ...assessment,
      ...(input.disclosure === undefined ? {} : { disclosure: input.disclosure }),
    },
    input.boundaries?.areas === undefined ? {} : { boundaries: input.boundaries.areas },
  );
}

/**
 * The local sections of a single-period document without the notes that repeat the document's
 * own reason for giving no change: "No change is given: the data do not cover the same months a
 * year earlier.", and, for a section assessed on the document's own period, why it is not the 12
 * months to the end month. A section whose period differs keeps its note.
 */
function withoutRepeatedReasons(local: LocalMeasuresResult | null, current: Period): LocalMeasuresResult | null {
  if (local === null) return null;
  const own = runText(current).replace(/^the /, "");
  const repeated = (section: { readonly period: string }, note: string): boolean =>
    note === "No change is given: the data do not cover the same months a year earlier." ||
    (section.period === own && / months of the data are assessed instead\.$/.test(note));
  return { ...local, sections: local.sections.map((s) => ({ ...s, notes: s.notes.filter((n) => !repeated(s, n)) })) };
}

/**
 * The sources of the partnership's own data, as the document's sources list them: the files or
 * providers given, then each provider the rows name (`source`, a survey's name), once each, as
 * "Local data: …" ("SYNTHETIC local data: …" for the demonstration data).
 */
function localSources(local: LocalMeasuresInput | undefined): string[] {
  if (local === undefined) return [];
  // The files (or sources given), then the providers the rows name, said to be so (they are not files).
  // Open data (the street files' anti-social behaviour) is named by its files, not again by its rows.
  const open = new Set(local.openData ?? []);
  const incidents = (local.incidents ?? []).filter((r) => !open.has(r.measure));
  const rows = [...incidents, ...(local.youthJustice ?? []), ...(local.services ?? [])].flatMap((r) => (r.source === undefined ? [] : [r.source.trim()]));
  const surveys = (local.surveys ?? []).flatMap((r) => (r.survey === undefined ? [] : [r.survey.trim()]));
  const named = [
    ...(local.sources ?? []).map((s) => s.trim()),
    ...unique(rows.filter((s) => s !== "")).map((s) => `${s} (a source named in the rows)`),
    ...unique(surveys.filter((s) => s !== "")).map((s) => `${s} (the survey named in the rows)`),
  ];
  return unique(named.filter((s) => s !== "")).map((s) => `${local.synthetic === true ? "SYNTHETIC local data" : "Local data"}: ${s}`);
}

/** The test of a change (`classifyChange` of @crimestats/rates), as its method sentence starts. */
const CHANGE_TEST = "xact conditional test of the ratio of the two rates, two-sided, at the 95% level";

/**
 * The sections with the method sentences they all share taken out of their footnotes (the test of
 * a change, leaving its p-value; the test of a rate comparison, leaving its p-value and what it
 * was compared with), and the notes that say each method once, with the month classification's
 * method.
 */
function methodsOnce(sections: readonly PrioritySection[], area: string): { sections: PrioritySection[]; notes: string[] } {
  const said = new Set<string>();
  const levels = [RATE_COMPARISON_METHOD];
  const own = (footnote: string): string => {
    let out = footnote;
    for (const l of levels) {
      if (out.includes(l)) {
        said.add(
          `Compared with a rate (the benchmark area's, the comparator group's): ${l.slice("Method: ".length, -1)}, of ${area}'s offences and residents against the other side's own; the benchmark area is taken without ${area}, whose rate lies on the same side of the rest as of the whole. Each section gives its p-value and the counts compared with.`,
        );
        out = out.replace(` ${l}`, "").replace(l, "");
      }
    }
    const test = new RegExp(`[Ee]${CHANGE_TEST}(?: \\((p [^)]*)\\)|: )`);
    if (test.test(out)) {
      said.add(`Whether a change is significant: e${CHANGE_TEST}; each recorded-crime section gives its p-value.`);
      out = out.replace(test, (_, p: string | undefined) => p ?? "");
    }
    return out;
  };
  const out = sections.map((p) => ({
    ...p,
    change: p.change === null ? null : { ...p.change, footnote: own(p.change.footnote) },
    vsBenchmarkArea: { ...p.vsBenchmarkArea, footnote: own(p.vsBenchmarkArea.footnote) },
    vsComparatorGroup: { ...p.vsComparatorGroup, footnote: own(p.vsComparatorGroup.footnote) },
  }));
  const months = unique(sections.flatMap((p) => (p.months === null ? [] : [p.months.method])));
  return { sections: out, notes: [...said, ...months.map((m) => `Above and below average months: ${m}`)] };
}

/** The note saying which charts only the first section draws (none when there is one section or it draws none of them). */
function onlyFirstNote(priorities: readonly PrioritySection[]): string[] {
  const first = priorities[0];
  if (priorities.length < 2 || first === undefined) return [];
  const drawn = [
    first.charts.monthly === null ? null : { chart: "offences per month", instead: "their above- and below-average months in words" },
    first.longTrend === null || first.longTrend.chart === null || !printsLongTrend(first)
      ? null
      : { chart: "the long-term trend", instead: "their long-term sentence and same-period table" },
    first.charts.drivers === null ? null : { chart: "what drove the change", instead: "their drivers sentence and table of categories" },
  ].filter((d) => d !== null);
  if (drawn.length === 0) return [];
  return [
    `The ${drawn.length === 1 ? "chart" : "charts"} of ${listWords(drawn.map((d) => d.chart))} ${drawn.length === 1 ? "is" : "are"} drawn for ${first.name} only; the other sections give ${listWords(drawn.map((d) => d.instead))}.`,
  ];
}

/** The boundaries and street-level crimes the maps of a document draw, or `null` for each map that cannot be drawn (the notes say why where something was given). */
function mapInputs(
  input: StrategicAssessmentInput,
  offences: readonly string[],
  current: ReportPeriod,
  notes: string[],
): {
  wards: Boundaries | null;
  street: { crimes: readonly StreetCrime[]; types: ReadonlySet<string>; outline: Boundaries | BoundaryFeature } | null;
} {
  const focus = focusFeature(input.boundaries?.areas, input.area);
  let wards: Boundaries | null = null;
  if (input.boundaries?.wards !== undefined && input.wards !== undefined) {
    const found = focusWards(input.boundaries.wards, input.area, focus?.code ?? null);
    wards = found.boundaries;
    if (!found.filtered) notes.push(`No ward boundary names ${input.area} or its code, so every ward boundary given is drawn on the ward maps.`);
  }
  let street: { crimes: readonly StreetCrime[]; types: ReadonlySet<string>; outline: Boundaries | BoundaryFeature } | null = null;
  if (input.streetCrimes !== undefined && mpsGroups(offences) !== null) {
    const found = focusStreetCrimes(input.streetCrimes, input.area, current);
    const outline = focus ?? wards;
    if (found.missingMonths.length > 0) {
      notes.push(
        `No hotspot maps: the street-level crimes given have no crime in ${listWords(found.missingMonths.map((m) => monthWords(m)))}, so they do not cover ${current.longLabel}.`,
      );
    } else if (outline === null) {
      notes.push(`No hotspot maps: no boundary of ${input.area} was given to draw the street-level crimes on.`);
    } else {
      street = { crimes: found.crimes, types: found.types, outline };
    }
  }
  return { wards, street };
}

/**
 * The priorities with the headline first: a priority that sums every offence label in the counts
 * (the first such) moves to the front; when there is none, an "All offences" priority is added
 * before the others, so the document always opens with all recorded crime.
 */
function headlineFirst(priorities: readonly PriorityInput[], offences: readonly string[]): readonly PriorityInput[] {
  if (priorities.length === 0) return priorities;
  const i = priorities.findIndex((p) => offences.every((o) => p.offences.includes(o)));
  if (i === 0) return priorities;
  if (i > 0) return [priorities[i] as PriorityInput, ...priorities.filter((_, j) => j !== i)];
  return [{ id: "all-offences", name: "All offences", offences }, ...priorities];
}

/**
 * The name of a part of a change: the label in words, or for labels a recording change ties
 * together the major category they share (else the label with most offences now) with when the
 * names changed: "burglary (recorded under different names before and after March 2024)".
 */
function partName(labels: readonly string[], month: MonthKey | null, largest: string, groups: Readonly<Record<string, string>> | null): string {
  if (labels.length === 1 || month === null) return labels.map(labelWords).join(" and ");
  const parents = new Set(labels.map((l) => groups?.[l]));
  const parent = parents.size === 1 ? [...parents][0] : undefined;
  const name = parent === undefined ? null : mpsCategoryName(parent);
  return `${name === null ? labelWords(largest) : name.toLowerCase()} (recorded under different names before and after ${monthWords(month)})`;
}

/**
 * Every change in recording of the sections, once each by month then id, with how it bears on
 * each priority's figures in words: the areas whose change is not comparable, those judged with a
 * caveat or shown a possible change, or why the figures are comparable.
 */
function recordingChangesOf(sections: readonly PrioritySection[]): RecordingChange[] {
  const changes = new Map<string, RecordingChange & { figures: RecordingChangeFigures[] }>();
  for (const p of sections) {
    for (const note of p.breaks) {
      const entry = changes.get(note.id) ?? {
        id: note.id,
        month: note.month,
        kind: note.kind,
        label: note.label,
        origin: note.origin,
        description: note.description,
        source: note.source,
        url: note.url,
        figures: [],
      };
      entry.figures.push({ priority: p.name, section: p.anchor, treatment: note.treatment, explanation: figureWords(note) });
      changes.set(note.id, entry);
    }
  }
  return [...changes.values()].sort((a, b) => monthIndex(a.month) - monthIndex(b.month) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How a break bears on one priority's figures, in words. */
function figureWords(note: BreakNote): string {
  if (note.treatment === "contained") return note.explanation.replace(/^.*This does not affect the comparison: /s, "").replace(/\.$/, "");
  const notComparable = note.figures.filter((f) => !f.comparable).map((f) => f.area);
  const judged = note.figures.filter((f) => f.comparable).map((f) => f.area);
  return [
    notComparable.length === 0 ? "" : `not comparable for ${listWords(notComparable)}`,
    judged.length === 0
      ? ""
      : note.treatment === "possible"
        ? `shown for ${listWords(judged)}, whose change is still judged`
        : `judged with a caveat for ${listWords(judged)}`,
  ]
    .filter((t) => t !== "")
    .join("; ");
}

/**
 * The sentence a single-period document gives once for all its sections: "The data begin in
 * January 2022: there is no year earlier to compare with, so this assessment gives levels and
 * comparisons between areas, not changes."
 */
function singlePeriodWords(firstMonth: string, current: Period, length: number): string {
  const why =
    monthIndex(firstMonth) > monthIndex(current.first) - 12
      ? `The data begin in ${monthWords(firstMonth as MonthKey)}: there is no year earlier to compare with, so this assessment gives levels and comparisons between areas, not changes.`
      : "This assessment gives levels and comparisons between areas, not changes over time.";
  // A rate over fewer than 12 months is not an annual rate: a reader comparing it with one would read it low.
  return length === 12 ? why : `${why} Rates are offences over the ${length} months per 1,000 residents, not yearly rates.`;
}

/** What one member area is called, from what the members are called: "London boroughs" → "borough", "districts" → "district". */
function memberWord(membersName: string): string {
  const last = membersName.trim().split(/\s+/).at(-1) ?? "area";
  return last.toLowerCase().replace(/ies$/, "y").replace(/s$/, "") || "area";
}

/** The key findings of the sections: All offences (always the first section) is the headline. */
function findingsOf(
  sections: readonly PrioritySection[],
  names: {
    readonly area: string;
    readonly benchmarkArea: string;
    readonly comparatorGroup: string;
    readonly current: Period;
    /** What the benchmark area's members are called, `null` when the focus area is its only member (no rank is given). */
    readonly membersName: string | null;
  },
  local: LocalMeasuresResult | null,
): StrategicAssessmentResult["keyFindings"] {
  const figures = sections.map((p) => {
    const focus = p.table.find((r) => r.role === "focus");
    return {
      id: p.id,
      name: p.name,
      section: p.anchor,
      polarity: p.polarity,
      previous: focus?.previous?.count ?? null,
      current: focus?.current.count ?? 0,
      rate: focus?.current.rate ?? 0,
      change: p.change,
      rank: p.quickFacts.rankInBenchmarkArea,
      vsBenchmarkArea: p.vsBenchmarkArea,
      vsComparatorGroup: p.vsComparatorGroup,
      // Key findings name only the changes in recording that leave a figure not comparable.
      breaks: p.breaks.flatMap((b) => {
        const areas = b.figures.filter((f) => !f.comparable).map((f) => f.area);
        return areas.length === 0 ? [] : [{ id: b.id, month: b.month, areas, likeForLike: b.likeForLike.filter((l) => areas.includes(l.area)) }];
      }),
      rag: p.rag,
      // The caveats next to the focus area's figure that leave its change judged (not a possible change, which is only shown).
      caveats: p.breaks.flatMap((b) => (b.treatment === "possible" ? [] : b.figures.filter((f) => f.area === names.area && f.comparable).map((f) => f.note))),
    };
  });
  const [headline, ...rest] = figures;
  return headline === undefined
    ? []
    : keyFindings({
        area: names.area,
        benchmarkArea: names.benchmarkArea,
        comparatorGroup: names.comparatorGroup,
        current: names.current,
        ...(names.membersName === null ? {} : { membersName: names.membersName }),
        headline,
        priorities: rest,
        local: (local?.sections ?? []).map((s) => ({ section: s.anchor, verdict: s.verdict })),
      });
}

/** `f` computing each argument's value once (by identity). */
function memoize<K, V>(f: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = f(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Above/below-average months over the 24 months to the end month (classifyMonths of @crimestats/rates). */
function monthPattern(s: Float64Array, last: number, months: readonly string[]): MonthPattern | null {
  if (last < 23) return null;
  const c = classifyMonths({ start: months[last - 23] ?? "", values: s.subarray(last - 23, last + 1) }, { rule: "each-year" });
  return {
    mean: c.unroundedMean,
    above: c.above,
    below: c.below,
    unclassified: c.mixed,
    method: `The monthly average is taken over the 24 months from ${monthWords(months[last - 23] as MonthKey)} to ${monthWords(months[last] as MonthKey)}. A month of the year (say, March) is above average when it had more offences than that average in both years, below average when it had fewer in both years; any other month (above in one year and below in the other, or exactly at the average) is not above or below average in both years.`,
  };
}

function checkArea(area: string, table: CountTable, populated: readonly string[]): void {
  if (!table.areas.includes(area)) {
    const near = populated.filter((a) => a.toLowerCase().startsWith(area.slice(0, 3).toLowerCase()));
    throw new ReportError(
      "unknown-area",
      `Unknown area "${area}": expected one of the ${populated.length} areas in the data${near.length > 0 ? ` (did you mean ${near.join(" or ")}?)` : ""}.`,
      { area },
    );
  }
  if (!populated.includes(area)) {
    throw new ReportError("unknown-area", `Area "${area}" has no population: expected a population for every area assessed.`, { area });
  }
}

/** What a result shows in a REPL: the area, the period and how many sections it holds. */
function displaySummary(result: StrategicAssessmentResult): string {
  const n = result.priorities.length;
  const local = result.local?.sections.length ?? 0;
  const sections = `${n} priorit${n === 1 ? "y" : "ies"}${result.wards === null ? "" : " and ward tables"}${local === 0 ? "" : `, ${local} local section${local === 1 ? "" : "s"}`}`;
  const against = result.previous === null ? " (no earlier period to compare with)" : ` against ${result.previous.label}`;
  return `Strategic Assessment of ${result.area}, ${result.current.label}${against}: ${sections}${result.synthetic ? " (SYNTHETIC DEMONSTRATION DATA)" : ""}`;
}
