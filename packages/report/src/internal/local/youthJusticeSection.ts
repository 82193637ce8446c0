import { compareWithBenchmark } from "@crimestats/benchmark";
import type { DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { classifyChange, custodyRate, firstTimeEntrantRate, percentChange, proportion, proportionDifference, type RateResult } from "@crimestats/rates";
import type { YouthJusticeRecord } from "@crimestats/schema";
import type { LocalFact, LocalSection, LocalSectionsInput, LocalTable, LocalVerdict } from "../../localTypes.js";
import { listWords, unique } from "../sections/words.js";
import {
  type AreaComparison,
  comparisonSentence,
  countPhrase,
  exactBasisNote,
  inAreaOrder,
  intervalCell,
  intervalWords,
  kindSection,
  policyOf,
  roundsCounts,
} from "./localText.js";
import { compareRuns, runLabel, runWords, yearEarlier } from "./monthRuns.js";
import { isHidden, released, releasedRate, releasedRatio } from "./released.js";

/** What one series (a measure and a cohort name) contributes to the section. */
interface Part {
  readonly period: string;
  readonly facts: LocalFact[];
  readonly findings: string[];
  readonly tables: LocalTable[];
  readonly verdict: LocalVerdict | null;
  /** True when a test of this series (its change or a comparison with another area) is significant. */
  readonly significant: boolean;
}

/** One series: the rows of one measure and one cohort name (local and national cohorts are never mixed). */
interface Series {
  readonly measure: YouthJusticeRecord["measure"];
  readonly name: string | null;
  readonly rows: readonly YouthJusticeRecord[];
  /** True when the measure has more than one series, so labels name the series. */
  readonly named: boolean;
}

/** How a count measure (first-time entrants, custody) is worded and rated. */
interface CountSpec {
  readonly id: string;
  readonly heading: string;
  readonly noun: string;
  readonly per: number;
  readonly decimals: number;
  readonly perWords: string;
  readonly rate: (count: number, population: number) => RateResult;
}

const MEASURES: readonly YouthJusticeRecord["measure"][] = ["first-time-entrants", "reoffending", "custody"];

const FTE: CountSpec = {
  id: "fte",
  heading: "First-time entrants",
  noun: "first-time entrants to the youth justice system",
  per: 100000,
  decimals: 0,
  perWords: "per 100,000 residents aged 10–17",
  rate: (count, population) => firstTimeEntrantRate(count, population, { confidence: [0.95, 0.998] }),
};

const CUSTODY: CountSpec = {
  id: "custody",
  heading: "Custodial sentences",
  noun: "custodial sentences given to young people",
  per: 1000,
  decimals: 2,
  perWords: "per 1,000 residents aged 10–17",
  rate: (count, population) => custodyRate(count, population, { confidence: [0.95, 0.998] }),
};

/**
 * The youth justice section: for each series (measure and cohort name) of the focus area,
 * first-time entrants and custodial sentences as counts and rates (per 100,000 and per 1,000
 * residents aged 10–17) against the same 12 months a year earlier with the exact conditional test
 * (`classifyChange`), and the latest reoffending cohort's binary rate with its Wilson interval and
 * its frequency (re-offences per re-offender) against the cohort a year earlier (Newcombe's
 * interval, `proportionDifference`) and other areas' rates of the same series and cohort (a rate
 * given without its cohort by the one-interval rule). Counts are released under the policy; every
 * rate, percentage, interval and change is worked out from the exact counts and hidden where a
 * count it uses is. The section's verdict names the series it judges, and there is none when the
 * series disagree (one significant, another not).
 *
 * @param input - The local sections' input (its `youthJustice` rows, already checked).
 * @returns The section, or null when there are no youth justice rows.
 */
export function youthJusticeSection(input: LocalSectionsInput): LocalSection | null {
  const rows = input.youthJustice ?? [];
  if (rows.length === 0) return null;
  const policy = policyOf(input);
  const parts: Part[] = [];
  for (const series of seriesOf(rows)) {
    const part =
      series.measure === "reoffending"
        ? reoffendingPart(input, series, policy)
        : countPart(input, series, series.measure === "custody" ? CUSTODY : FTE, policy);
    if (part !== null) parts.push(part);
  }
  const findings = parts.flatMap((p) => p.findings);
  if (parts.length === 0)
    findings.push(`No youth justice figures for ${input.area} were given (only for ${listWords(unique(rows.map((r) => r.area)))}), so none are assessed.`);
  return kindSection(input, "youth-justice", {
    name: "Youth justice",
    period: unique(parts.map((p) => p.period)).join("; "),
    facts: parts.flatMap((p) => p.facts),
    findings,
    tables: parts.flatMap((p) => p.tables),
    notes: notesOf(rows),
    verdict: sectionVerdict(parts),
  });
}

/**
 * The section's verdict: the series' verdicts when they agree, each explanation naming its series;
 * none when they disagree (different words, or "no significant change" beside a significant test
 * of another series or comparison), so that the verdict never speaks for a series it does not judge.
 */
function sectionVerdict(parts: readonly Part[]): LocalVerdict | null {
  const judged = parts.flatMap((p) => (p.verdict === null ? [] : [p.verdict]));
  const first = judged[0];
  if (first === undefined) return null;
  if (judged.some((v) => v.word !== first.word)) return null;
  if (!first.word.startsWith("significant") && parts.some((p) => p.significant)) return null;
  return { kind: "change", word: first.word, explanation: judged.map((v) => v.explanation).join(" ") };
}

/** The series of the rows, by measure (first-time entrants, reoffending, custody), then cohort name in first-seen order. */
function seriesOf(rows: readonly YouthJusticeRecord[]): Series[] {
  const out: Series[] = [];
  for (const measure of MEASURES) {
    const ofMeasure = rows.filter((r) => r.measure === measure);
    const names = unique(ofMeasure.map((r) => r.cohortName ?? ""));
    for (const name of names) {
      out.push({ measure, name: name === "" ? null : name, rows: ofMeasure.filter((r) => (r.cohortName ?? "") === name), named: names.length > 1 });
    }
  }
  return out;
}

/** " (YJB national cohort)" after a heading, or "". */
function seriesSuffix(series: Series): string {
  return series.name === null ? "" : ` (${series.name})`;
}

/** The table id's series part: "-yjb-national-cohort", or "". */
function seriesId(series: Series): string {
  return series.name === null
    ? ""
    : `-${series.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}`;
}

/** The focus area's rows of a series, oldest first. */
function focusRows(input: LocalSectionsInput, series: Series, keep: (r: YouthJusticeRecord) => boolean): YouthJusticeRecord[] {
  return series.rows.filter((r) => r.area === input.area && keep(r)).sort((a, b) => compareRuns(a.period, b.period));
}

/** Other areas' rows of a series for one period, in the assessment's order of areas. */
function otherRows(input: LocalSectionsInput, series: Series, period: string): YouthJusticeRecord[] {
  return inAreaOrder(
    input,
    series.rows.filter((r) => r.area !== input.area && r.period === period),
  );
}

/** First-time entrants or custody: the latest 12 months against the same 12 months a year earlier, and other areas' rates. */
function countPart(input: LocalSectionsInput, series: Series, spec: CountSpec, policy: DisclosurePolicy): Part | null {
  const own = focusRows(input, series, (r) => r.count !== undefined);
  const current = own.at(-1);
  if (current?.count === undefined) return null;
  const count = current.count;
  const previous = own.find((r) => r.period === yearEarlier(current.period)) ?? null;
  const label = series.named ? `${spec.heading}${seriesSuffix(series)}` : spec.heading;
  const shown = released(count, policy);
  const rate =
    current.population10to17 === undefined ? null : releasedRate({ count }, current.population10to17, policy, { per: spec.per, decimals: spec.decimals });
  const facts: LocalFact[] = [
    { label: `${label}, ${runLabel(current.period)}`, text: shown.text, value: shown.value, method: `${spec.noun} in ${runWords(current.period)}` },
  ];
  if (rate !== null) {
    facts.push({
      label: `${label} ${spec.perWords}`,
      text: rate.text,
      value: rate.value,
      method: `${spec.heading.toLowerCase()} / residents aged 10–17 × ${formatNumber(spec.per, 0)}`,
    });
  }
  const findings: string[] = [];
  const rateWords =
    rate === null
      ? `; no rate is given because the number of residents aged 10–17 was not supplied`
      : rate.value === null
        ? `; the rate is not shown because the count is hidden`
        : `, ${rate.text} ${spec.perWords}`;
  const had = shown.value === 0 ? "no" : countPhrase(shown);
  findings.push(`${input.area} had ${had} ${spec.noun}${seriesSuffix(series)} in ${runWords(current.period)}${rateWords}.`);
  let verdict: LocalVerdict | null = null;
  let significant = false;
  if (previous?.count === undefined) {
    findings.push(`No figure for the same 12 months a year earlier was given, so the change is not assessed.`);
  } else {
    const before = previous.count;
    const both = current.population10to17 !== undefined && previous.population10to17 !== undefined;
    const test = classifyChange(
      { count: before, population: both ? (previous.population10to17 ?? 1) : 1 },
      { count, population: both ? (current.population10to17 ?? 1) : 1 },
    );
    // The percentage change is a figure: from the exact counts, hidden where either count is.
    const hidden = isHidden({ count }, policy) || isHidden({ count: before }, policy);
    const pc = hidden ? null : percentChange(before, count);
    const direction = count < before ? "down from" : count > before ? "up from" : "the same as";
    const exact = roundsCounts(policy) ? " from the exact counts" : "";
    const pcText = pc === null || count === before ? "" : ` (${formatNumber(pc, 1, { signed: true })}%${exact})`;
    const sentence = `That is ${direction} ${countPhrase(released(before, policy))} in ${runWords(previous.period)}${pcText}: ${test.explanation}.`;
    findings.push(sentence);
    significant = test.verdict === "significant-fall" || test.verdict === "significant-rise";
    const judged = significant ? " Fewer is better for this measure." : "";
    const change = `${countPhrase(shown)} in ${runWords(current.period)} against ${countPhrase(released(before, policy))} in ${runWords(previous.period)}`;
    verdict = {
      kind: "change",
      word: test.verdict,
      explanation: `${spec.heading}${seriesSuffix(series)} in ${input.area}: ${change}, ${test.explanation}.${judged}`,
    };
  }
  const others = otherRows(input, series, current.period).filter((r) => r.count !== undefined);
  const comparisons: AreaComparison[] = [];
  const hiddenFocus = isHidden({ count }, policy);
  if (current.population10to17 !== undefined && !hiddenFocus) {
    const figure = spec.rate(count, current.population10to17);
    for (const o of others) {
      if (o.count === undefined || o.population10to17 === undefined || isHidden({ count: o.count }, policy)) continue;
      const theirs = spec.rate(o.count, o.population10to17).value;
      const c = compareWithBenchmark(figure, theirs, { method: "ci-overlap-95", polarity: "no-judgement" });
      if (c.direction === null) continue;
      const printed = releasedRate({ count: o.count }, o.population10to17, policy, { per: spec.per, decimals: spec.decimals }).text;
      comparisons.push({
        label: `${o.area} (${printed} ${spec.perWords.replace(" residents aged 10–17", "")})`,
        outcome: c.direction === "similar" ? "similar" : c.direction,
      });
    }
  }
  const compared = comparisonSentence(`${input.area}'s rate`, comparisons);
  if (compared !== null) findings.push(compared);
  if (comparisons.some((c) => c.outcome !== "similar")) significant = true;
  if (hiddenFocus && current.population10to17 !== undefined && others.some((o) => o.population10to17 !== undefined)) {
    findings.push(`${input.area}'s rate is hidden under the disclosure policy, so other areas' rates are listed, not compared.`);
  }
  const tableRows = [current, ...(previous === null ? [] : [previous]), ...others].map((r) => {
    const c = released(r.count ?? 0, policy);
    const rr =
      r.population10to17 === undefined || r.count === undefined
        ? null
        : releasedRate({ count: r.count }, r.population10to17, policy, { per: spec.per, decimals: spec.decimals });
    return [
      r.area,
      runLabel(r.period),
      r.count === undefined ? "–" : c.text,
      r.population10to17 === undefined ? "–" : formatNumber(r.population10to17, 0),
      rr?.text ?? "–",
    ];
  });
  const table: LocalTable = {
    id: `local-youth-justice-${spec.id}${seriesId(series)}`,
    caption: `${spec.heading}${seriesSuffix(series)}: count and rate ${spec.perWords}`,
    header: ["Area", "Period", spec.heading, "Residents aged 10–17", spec.per === 100000 ? "Per 100,000 aged 10–17" : "Per 1,000 aged 10–17"],
    rows: tableRows,
    numeric: [false, false, true, true, true],
    emphasis: 0,
    notes: [current, previous, ...others].some((r) => r?.population10to17 !== undefined) ? exactBasisNote(policy) : [],
  };
  return {
    period: `${spec.heading.toLowerCase()}${series.named ? seriesSuffix(series) : ""}: ${runWords(current.period)}${previous === null ? "" : " against the same months a year earlier"}`,
    facts,
    findings,
    tables: [table],
    verdict,
    significant,
  };
}

/** A cohort's binary rate, with its Wilson interval when it has its counts: from the exact counts, hidden where one is. */
interface CohortFigures {
  readonly row: YouthJusticeRecord;
  /** The printed rate ("36.4%", "*"), from the counts or as published. */
  readonly rate: string;
  /** The rate's value (null when hidden). */
  readonly value: number | null;
  /** Lower and upper 95% limits (null without counts or when hidden). */
  readonly lower: number | null;
  readonly upper: number | null;
  /** The exact counts, when given and not hidden: for the tests and the figures (the counts printed are released). */
  readonly counts: { readonly reoffenders: number; readonly cohort: number } | null;
}

function cohortFigures(row: YouthJusticeRecord, policy: DisclosurePolicy): CohortFigures {
  if (row.cohort !== undefined && row.reoffenders !== undefined) {
    const r = releasedRatio({ count: row.reoffenders }, { count: row.cohort }, policy, { per: 100, decimals: 1, suffix: "%" });
    if (r.value === null || row.cohort === 0) return { row, rate: r.text, value: null, lower: null, upper: null, counts: null };
    const p = proportion(Math.min(row.reoffenders, row.cohort), row.cohort);
    return { row, rate: r.text, value: r.value, lower: p.lower, upper: p.upper, counts: { reoffenders: row.reoffenders, cohort: row.cohort } };
  }
  const percent = row.percent ?? 0;
  return { row, rate: `${formatNumber(percent, 1)}%`, value: percent, lower: null, upper: null, counts: null };
}

/** Reoffending: the latest cohort of the series against the cohort a year earlier and other areas' cohorts of the same months. */
function reoffendingPart(input: LocalSectionsInput, series: Series, policy: DisclosurePolicy): Part | null {
  const own = focusRows(input, series, () => true);
  const current = own.at(-1);
  if (current === undefined) return null;
  const label = series.named ? `Binary reoffending rate${seriesSuffix(series)}` : "Binary reoffending rate";
  const cohortWords = `the cohort of ${runWords(current.period)}${seriesSuffix(series)}`;
  const now = cohortFigures(current, policy);
  const findings: string[] = [];
  const facts: LocalFact[] = [];
  const withCounts = current.cohort !== undefined && current.reoffenders !== undefined;
  if (current.cohort !== undefined && current.reoffenders !== undefined) {
    const interval = now.lower === null || now.upper === null ? "" : ` (${intervalWords(now.lower, now.upper, 1, "%")}, Wilson)`;
    const exact = roundsCounts(policy) ? " worked out from the exact counts" : "";
    const rateText = now.value === null ? "the rate is not shown because a count it uses is hidden" : `${now.rate}${exact}${interval}`;
    findings.push(
      `Of the ${countPhrase(released(current.cohort, policy))} young people in ${cohortWords}, ${countPhrase(released(current.reoffenders, policy))} re-offended within the follow-up period: ${rateText}.`,
    );
    facts.push({
      label: `${label}, ${runLabel(current.period)}`,
      text: now.rate,
      value: now.value,
      method: "re-offenders / cohort × 100, with its 95% Wilson interval",
    });
    if (current.reoffences !== undefined) {
      const freq = releasedRatio({ count: current.reoffences }, { count: current.reoffenders }, policy, { per: 1, decimals: 2 });
      if (freq.code === "undefined") {
        findings.push(`No one in the cohort re-offended, so there is no frequency of re-offending.`);
      } else {
        findings.push(
          `They committed ${countPhrase(released(current.reoffences, policy))} re-offences: ${freq.value === null ? "the number per re-offender is not shown because a count it uses is hidden" : `${freq.text} per re-offender${exact === "" ? "" : " (from the exact counts)"}`}.`,
        );
        facts.push({
          label: `Re-offences per re-offender${series.named ? seriesSuffix(series) : ""}`,
          text: freq.text,
          value: freq.value,
          method: "re-offences / re-offenders",
        });
      }
    }
  } else {
    findings.push(`The binary reoffending rate of ${cohortWords} was ${now.rate}, as published; no cohort size was given, so it has no interval.`);
    facts.push({ label: `${label}, ${runLabel(current.period)}`, text: now.rate, value: now.value, method: "as published (no cohort size given)" });
  }
  let verdict: LocalVerdict | null = null;
  let significant = false;
  const previous = own.find((r) => r.period === yearEarlier(current.period));
  if (previous === undefined) {
    findings.push(`No cohort of the same months a year earlier was given, so the change is not assessed.`);
  } else {
    const before = cohortFigures(previous, policy);
    const change = cohortChange(now, before, input.area, previous.period);
    findings.push(change.sentence);
    if (change.word !== null) {
      significant = change.word.startsWith("significant");
      const lower = significant ? " Lower is better for this measure." : "";
      verdict = {
        kind: "change",
        word: change.word,
        explanation: `Binary reoffending rate${seriesSuffix(series)} in ${input.area}, ${cohortWords}: ${now.rate}. ${change.sentence}${lower}`,
      };
    }
  }
  const others = otherRows(input, series, current.period);
  const comparisons: AreaComparison[] = [];
  const oneInterval: string[] = [];
  if (withCounts && now.counts !== null) {
    for (const o of others) {
      const theirs = cohortFigures(o, policy);
      if (theirs.value === null) continue;
      const cmp = compareCohorts(now, theirs);
      if (cmp === null) continue;
      comparisons.push({ label: `${o.area} (${theirs.rate})`, outcome: cmp });
      if (theirs.counts === null) oneInterval.push(o.area);
    }
  }
  const compared = comparisonSentence(`${input.area}'s rate`, comparisons);
  if (compared !== null) findings.push(compared);
  if (comparisons.some((c) => c.outcome !== "similar")) significant = true;
  if (oneInterval.length > 0) {
    findings.push(
      `${oneInterval.length === 1 ? `${oneInterval[0]}'s rate was` : `The rates of ${listWords(oneInterval)} were`} published without a cohort size, so each is compared with the 95% interval of ${input.area}'s rate.`,
    );
  } else if (!withCounts && others.length > 0) {
    findings.push(`Without ${input.area}'s cohort size its rate has no interval, so other areas' rates are listed, not compared.`);
  } else if (withCounts && now.value === null && others.length > 0) {
    findings.push(`${input.area}'s rate is hidden under the disclosure policy, so other areas' rates are listed, not compared.`);
  }
  const tableRows = [...own, ...others].map((r) => {
    const f = cohortFigures(r, policy);
    const count = (v: number | undefined) => (v === undefined ? "–" : released(v, policy).text);
    const freq =
      r.reoffences === undefined || r.reoffenders === undefined
        ? null
        : releasedRatio({ count: r.reoffences }, { count: r.reoffenders }, policy, { per: 1, decimals: 2 });
    return [
      r.area,
      runLabel(r.period),
      count(r.cohort),
      count(r.reoffenders),
      f.rate,
      f.lower === null || f.upper === null ? "–" : intervalCell(f.lower, f.upper, 1),
      count(r.reoffences),
      freq?.text ?? "–",
    ];
  });
  const table: LocalTable = {
    id: `local-youth-justice-reoffending${seriesId(series)}`,
    caption: `Reoffending${seriesSuffix(series)}: binary rate (% of the cohort who re-offended) and re-offences per re-offender`,
    header: ["Area", "Cohort", "Cohort size", "Re-offenders", "Binary rate", "95% interval (%)", "Re-offences", "Per re-offender"],
    rows: tableRows,
    numeric: [false, false, true, true, true, true, true, true],
    emphasis: own.length - 1,
    notes: [...(tableRows.some((r) => r[2] === "–") ? ["– not given: a rate published without its cohort has no interval."] : []), ...exactBasisNote(policy)],
  };
  return { period: `reoffending: ${cohortWords}`, facts, findings, tables: [table], verdict, significant };
}

/**
 * The focus cohort against another (an area's, of the same months): Newcombe's interval when both
 * have their counts, the one-interval rule when the other is a published rate only; null when the
 * focus cohort has no counts.
 */
function compareCohorts(focus: CohortFigures, other: CohortFigures): "higher" | "lower" | "similar" | null {
  if (focus.counts === null || other.value === null) return null;
  if (other.counts !== null) {
    const d = proportionDifference(focus.counts.reoffenders, focus.counts.cohort, other.counts.reoffenders, other.counts.cohort);
    return d.excludesZero === true ? (d.value > 0 ? "higher" : "lower") : "similar";
  }
  const figure = proportion(focus.counts.reoffenders, focus.counts.cohort);
  const c = compareWithBenchmark(figure, other.value, { method: "ci-overlap-95", polarity: "no-judgement" });
  return c.direction;
}

/** The change from the cohort a year earlier, in a sentence, with its verdict word (null when not tested). */
function cohortChange(now: CohortFigures, before: CohortFigures, area: string, previousPeriod: string): { sentence: string; word: string | null } {
  const earlier = `the cohort of ${runWords(previousPeriod)}`;
  if (now.value === null || before.value === null) {
    return { sentence: `The change from ${earlier} is not shown because a count it uses is hidden.`, word: null };
  }
  const pp = now.value - before.value;
  const ppText = `${formatNumber(Math.abs(pp), 1)} percentage points ${pp < 0 ? "lower than" : "higher than"}`;
  const head =
    Math.abs(pp) < 0.05 ? `The rate is the same as that of ${earlier} (${before.rate})` : `The rate is ${ppText} that of ${earlier} (${before.rate})`;
  if (now.counts !== null && before.counts !== null) {
    const d = proportionDifference(now.counts.reoffenders, now.counts.cohort, before.counts.reoffenders, before.counts.cohort);
    const limits = `Newcombe's 95% interval for the difference ${formatNumber(d.lower ?? 0, 1, { signed: true })} to ${formatNumber(d.upper ?? 0, 1, { signed: true })} points`;
    const word = d.excludesZero === true ? (d.value < 0 ? "significant-fall" : "significant-rise") : "no-significant-change";
    const words = word === "significant-fall" ? "a significant fall" : word === "significant-rise" ? "a significant rise" : "no significant change";
    return { sentence: `${head}: ${words} (${limits}).`, word };
  }
  if (now.counts !== null) {
    const figure = proportion(now.counts.reoffenders, now.counts.cohort);
    const c = compareWithBenchmark(figure, before.value, { method: "ci-overlap-95", polarity: "no-judgement" });
    const word = c.direction === "similar" ? "no-significant-change" : c.direction === "lower" ? "significant-rise" : "significant-fall";
    const words =
      word === "no-significant-change"
        ? `no significant change (the earlier rate, published without its cohort size, lies inside the 95% interval of ${area}'s rate)`
        : `${word === "significant-fall" ? "a significant fall" : "a significant rise"} (the earlier rate, published without its cohort size, lies outside the 95% interval of ${area}'s rate)`;
    return { sentence: `${head}: ${words}.`, word };
  }
  return { sentence: `${head}; not tested, because no cohort size was given.`, word: null };
}

/** The section's method notes. */
function notesOf(rows: readonly YouthJusticeRecord[]): string[] {
  const notes: string[] = [];
  const has = (m: YouthJusticeRecord["measure"]) => rows.some((r) => r.measure === m);
  if (rows.some((r) => r.measure !== "reoffending" && r.population10to17 !== undefined)) {
    notes.push(
      "First-time entrants are a rate per 100,000 residents aged 10–17 and custodial sentences a rate per 1,000 residents aged 10–17, each over the 12 months counted.",
    );
  }
  if (has("first-time-entrants") || has("custody")) {
    notes.push(
      "A change from the same 12 months a year earlier is tested with the exact conditional test of the ratio of the two rates (of the two counts where no population aged 10–17 is given; two-sided, 95% level): \"too few to judge\" means no split of so few events between the two periods could be significant. Another area's rate per resident aged 10–17 is compared with the 95% interval of the focus area's rate.",
    );
  }
  if (has("reoffending")) {
    notes.push(
      "The binary reoffending rate is the percentage of a cohort who re-offended within the follow-up period, with its 95% Wilson score interval; the frequency is re-offences per re-offender. Two cohorts are compared with Newcombe's hybrid score interval for the difference of two proportions (significant when it excludes 0); a rate published without its cohort size is compared with the 95% interval of the focus area's rate.",
    );
  }
  if (unique(rows.map((r) => `${r.measure}|${r.cohortName ?? ""}`)).length > unique(rows.map((r) => r.measure)).length) {
    notes.push(
      "Each cohort series is assessed on its own: local and national cohorts use different definitions and periods, so they are never compared with each other.",
    );
  }
  return notes;
}
