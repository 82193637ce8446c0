import { hotspotMap, type Boundaries, type BoundaryFeature, type Chart } from "@crimestats/charts";
import { disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber, neumaierSum } from "@crimestats/internal";
import { monthIndex, type Period } from "@crimestats/periods";
import { classifyChange, type ChangeVerdict } from "@crimestats/rates";
import type { IncidentCount } from "@crimestats/schema";
import type { LocalFact, LocalSection, LocalSectionsInput, LocalTable, LocalVerdict } from "../../localTypes.js";
import { capitalise, listWords, lowerFirst, monthWords } from "../sections/words.js";
import { breakdownTable } from "./breakdownTable.js";
import { rowsIn, type TableRows } from "./countIn.js";
import { runText } from "./runText.js";
import { flagName } from "./flagName.js";
import { flagsTable } from "./flagsTable.js";
import { incidentComparisons } from "./incidentComparisons.js";
import { incidentMeasure, type IncidentMeasureInfo } from "./incidentMeasure.js";
import { incidentMonthly } from "./incidentMonthly.js";
import { incidentPeriods, type IncidentPeriods } from "./incidentPeriods.js";
import { incidentWardTable } from "./incidentWardTable.js";
import { localPopulation, type LocalPopulation } from "./localPopulation.js";
import { monthRun } from "./monthRun.js";
import { publishedRoundedTable } from "./publishedRoundedTable.js";
import { fromExactCounts, isHidden, released, releasedRate, type ReleasedCount, type ReleasedRatio } from "./released.js";

/** Options of {@link incidentSection}. */
export interface IncidentSectionOptions {
  /** The focus area's outline (or its wards), for the anti-social behaviour hotspot map. */
  readonly outline?: Boundaries | BoundaryFeature;
}

/** The hate-crime strands, in the order of the tables. */
const STRANDS = [
  "hate:race",
  "hate:religion",
  "hate:antisemitic",
  "hate:islamophobic",
  "hate:sexual-orientation",
  "hate:disability",
  "hate:transgender",
] as const;
/** Victim age bands in order. */
const AGE_BANDS = ["0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown"] as const;
/** Residents per rate. */
const PER = 1000;

/** One unit's figures: periods, released counts, rate and change. */
interface UnitFigures {
  readonly unit: string;
  readonly what: string;
  readonly periods: IncidentPeriods;
  readonly stock: boolean;
  readonly rowsOf: (area: string) => readonly IncidentCount[];
  readonly focusRows: readonly IncidentCount[];
  readonly fromWards: boolean;
  readonly current: ReleasedCount;
  readonly previous: ReleasedCount | null;
  readonly rate: ReleasedRatio | null;
  readonly population: LocalPopulation;
  readonly change: { readonly verdict: ChangeVerdict; readonly explanation: string; readonly percent: number | null; readonly sentence: string } | null;
}

/**
 * The section of one incident measure (anti-social behaviour, domestic abuse, hate crime, knife
 * crime, gun crime, serious youth violence or another measure): the count and rate per 1,000
 * residents in the period assessed (denominator stated; none without a population), the change
 * from the same period a year earlier with its test (`classifyChange` of @crimestats/rates) read
 * with the measure's polarity (rise and fall only for domestic abuse and hate crime), comparisons
 * with the benchmark area and the comparator group where the rows have them, the monthly pattern
 * over 24 months, the ward table, the anti-social behaviour hotspot map, and breakdown tables by
 * category, victim age band, victim sex and flags (hate-crime strands with the total of distinct
 * crimes, never their sum). Every figure is released under the disclosure policy; rows already
 * published rounded are listed as published and never summed; stocks are never summed across
 * periods.
 *
 * @param input - The local data and the assessment they belong to.
 * @param measure - The measure's id.
 * @param rows - The measure's rows (every area).
 * @param options - The focus area's outline for the hotspot map.
 * @returns The section.
 * @throws {@link ReportError} `invalid-data` when a row's period is not a month or a run, or the
 * disclosure package rejects a count or the policy.
 * @example
 * ```ts
 * incidentSection({ area: "A", populations: { A: 100000 }, disclosure: { id: "none", protectionWidth: 0 } }, "asb",
 *   [{ measure: "asb", area: "A", period: "2018-01/2018-12", flags: [], count: 250 }]).findings[0];
 * //=> "A recorded 250 anti-social behaviour incidents in 2018, 2.50 per 1,000 residents (a population of 100,000)."
 * ```
 */
export function incidentSection(
  input: LocalSectionsInput,
  measure: string,
  rows: readonly IncidentCount[],
  options: IncidentSectionOptions = {},
): LocalSection {
  const info = incidentMeasure(measure, rows.find((r) => r.measureName !== undefined)?.measureName);
  const policy = input.disclosure ?? disclosurePreset("suppress-1-4-round-5");
  const area = input.area;
  const synthetic = input.synthetic === true;
  const base = { id: measure, anchor: `local-${measure}`, kind: "incidents" as const, name: info.name, synthetic };
  const own = rows.filter((r) => r.area === area);
  const source = sourceLine(rows, input);
  if (own.length === 0) {
    const areas = [...new Set(rows.map((r) => r.area))];
    return {
      ...base,
      period: "",
      facts: [],
      findings: [`The data hold no ${lowerFirst(info.name)} figures for ${area}, only for ${listWords(areas)}, so nothing is assessed for ${area}.`],
      tables: [],
      charts: [],
      notes: [],
      verdict: null,
    };
  }
  if (own.some((r) => r.rounded !== undefined)) return roundedSection(base, info, own, area);

  // A category that names a counting unit ("Incidents" against "Offences") splits the counts by unit: never added together.
  const unitOf = (r: IncidentCount): string => r.unit ?? unitCategory(r.category) ?? info.unit;
  const units = [...new Set(own.map(unitOf))];
  const primary = units.includes(info.unit)
    ? info.unit
    : (units.sort((a, b) => own.filter((r) => unitOf(r) === b).length - own.filter((r) => unitOf(r) === a).length)[0] as string);
  const figuresOf = (unit: string): UnitFigures | null =>
    unitFigures(
      input,
      info,
      rows.filter((r) => unitOf(r) === unit),
      unit,
      policy,
    );
  const main = figuresOf(primary) as UnitFigures;
  const { periods } = main;
  const { current, previous } = periods;
  const findings: string[] = [];
  const notes: string[] = [...periods.notes];
  const facts: LocalFact[] = [];
  const tables: LocalTable[] = [];
  const charts: Chart[] = [];
  const population = main.population;

  // Count and rate, with the denominator.
  findings.push(countSentence(main, area, current, policy));
  facts.push({
    label: `${capitalise(main.unit)}, ${current.label}`,
    text: main.current.text,
    value: main.current.value,
    method: `${capitalise(main.unit)} recorded in ${area}${main.fromWards ? " (the sum of its wards)" : ""}, released under the disclosure policy.`,
  });
  if (main.rate !== null && population.value !== null) {
    facts.push({
      label: `Per 1,000 residents, ${current.label}`,
      text: main.rate.text,
      value: main.rate.value,
      method: `${capitalise(main.unit)} ÷ ${formatNumber(population.value, 0)} residents of ${area} (${population.label}) × 1,000, ${fromExactCounts(policy, "it")}; not shown when the count is hidden.`,
    });
    notes.push(
      population.year === null
        ? `Rates are per 1,000 residents of ${area} (a population of ${formatNumber(population.value, 0)}, the estimate the assessment uses for every period).`
        : `Rates are per 1,000 residents of ${area}, each period with the population estimate of its own year, or the nearest within a year (${runText(current)}: ${population.label}, ${formatNumber(population.value, 0)} residents).`,
    );
  } else {
    notes.push(`No rate per 1,000 residents is given: ${population.value === null ? population.explanation : "the count is hidden"}.`);
  }

  // Change, with its test, and the verdict with the measure's polarity.
  let verdict: LocalVerdict | null = null;
  if (main.change !== null && previous !== null) {
    findings.push(main.change.sentence);
    const polar = polaritySentence(info, main.change.verdict, main.what);
    facts.push({
      label: `Change from ${previous.label}`,
      text: main.change.percent === null ? main.change.explanation : `${formatNumber(main.change.percent, 1, { signed: true })}% (${main.change.explanation})`,
      value: main.change.percent,
      method: `Percentage change ${fromExactCounts(policy, "it")}, not shown when a count is hidden; whether it is significant: exact conditional test of the two counts at the 95% level.`,
    });
    verdict = { kind: "change", word: main.change.verdict, explanation: polar === null ? main.change.sentence : `${main.change.sentence} ${polar}` };
    notes.push(
      `Whether a change is significant: an exact conditional test of the ratio of the two ${main.stock ? "counts" : "periods' counts"} (the same residents in both periods), two-sided, at the 95% level; "too few to judge" when the counts are so small that no change could be significant. Percentage changes are ${fromExactCounts(policy, "they")}.`,
    );
    if (polar !== null) findings.push(polar);
  }
  notes.push(info.polarityNote);
  if (main.stock)
    notes.push(`These are counts at a point in time (stocks, such as distinct people), never added up across periods: each period's figure stands alone.`);
  if (main.fromWards) notes.push(`Where the data give ${area}'s figures by ward only, the whole area's figure is the sum of its wards.`);

  // Other units of the same measure (e.g. incidents and offences): count and change only, never added to the first.
  for (const unit of units.filter((u) => u !== primary)) {
    const other = figuresOf(unit);
    if (other === null) continue;
    findings.push(
      other.current.value === null
        ? `The number of ${other.what} in ${area} in ${runText(other.periods.current)} is too small to show.`
        : `${area} also recorded ${other.current.text} ${other.what} in ${runText(other.periods.current)}.`,
    );
    if (other.change !== null) findings.push(other.change.sentence);
    notes.push(`${capitalise(other.what)} and ${main.what} count different things and are never added together.`);
  }

  // Comparisons with the benchmark area and the comparator group.
  const comparisons = incidentComparisons({
    id: `${base.anchor}-areas`,
    what: main.what,
    unit: main.unit,
    area,
    comparators: input.comparators ?? [],
    benchmarkArea: input.benchmarkArea,
    populationOf: (a: string) => localPopulation(input.populations, a, current).value ?? undefined,
    rowsOf: main.rowsOf,
    current,
    mode: periods.mode,
    policy,
  });
  findings.push(...comparisons.findings);
  notes.push(...comparisons.notes);
  if (comparisons.table !== null) tables.push(comparisons.table);

  // Monthly pattern.
  if (periods.mode === "monthly" && periods.span !== null) {
    const monthly = incidentMonthly({ name: info.name, area, unit: main.unit, rows: main.focusRows, current, span: periods.span, policy, source });
    if (monthly !== null) {
      if (monthly.finding !== null) findings.push(monthly.finding);
      if (monthly.chart !== null) charts.push(monthly.chart);
      notes.push(monthly.note);
    }
  }

  const history = periods.history;
  const focusAll = rows.filter((r) => r.area === area && unitOf(r) === primary);
  const wholeArea = main.focusRows;
  // What the breakdown and flag tables are made from: the whole area's rows over the periods shown.
  const tableRows: TableRows = { rows: wholeArea, periods: history, mode: periods.mode, policy, unit: main.unit };

  // Hate-crime strands, with the total of distinct crimes.
  const strandFlags = [...STRANDS.filter((s) => wholeArea.some((r) => r.flags.includes(s))), ...otherStrands(wholeArea)];
  if (strandFlags.length > 0) {
    const strands = flagsTable({
      id: `${base.anchor}-strands`,
      caption: `${info.name} by strand`,
      label: "Strand",
      flags: strandFlags,
      totalLabel: `All ${lowerFirst(info.name)} (each crime once)`,
      ...tableRows,
    });
    if (strands !== null) {
      tables.push(strands.table);
      const latest = strands.periods.at(-1);
      if (latest !== undefined && latest.total.value !== null) {
        const shown = strandFlags.filter((f) => latest.flags.get(f)?.count.value !== null);
        const hiddenCount = strandFlags.length - shown.length;
        findings.push(
          `By strand, in ${runText(latest.period)}: ${listWords(shown.map((f) => `${lowerFirst(flagName(f))} ${latest.flags.get(f)?.count.text ?? ""}`))}${hiddenCount > 0 ? ` (${hiddenCount === 1 ? "one other strand is" : `${hiddenCount} other strands are`} too small to show)` : ""}, of ${latest.total.text} ${main.what} in all. ${strands.overlap ? "One crime can carry more than one strand, so the strands add up to more than the total and are never added up." : "The total counts each crime once; the strands are not added up to make it."}`,
        );
      }
    }
  }

  // Other flags (injury, a knife, repeat victims): each with its share of the total.
  const otherFlags = [...new Set(wholeArea.flatMap((r) => r.flags))]
    .filter((f) => !f.startsWith("hate:"))
    .sort((a, b) => flagName(a).localeCompare(flagName(b), "en"));
  if (otherFlags.length > 0) {
    const flags = flagsTable({
      id: `${base.anchor}-flags`,
      caption: `${info.name}: flagged ${main.unit}`,
      label: "Flag",
      flags: otherFlags,
      totalLabel: `All ${main.what}`,
      ...tableRows,
    });
    if (flags !== null) {
      tables.push(flags.table);
      const injury = flags.periods.map((p) => ({ period: p.period, figure: p.flags.get("injury") }));
      const now = injury.at(-1);
      const before = injury.length > 1 ? injury.at(-2) : undefined;
      if (now?.figure !== undefined && now.figure.share !== null) {
        const earlier =
          before?.figure?.share !== undefined && before.figure.share !== null
            ? `, against ${before.figure.shareText} in ${runText(before.period)} (${formatNumber(now.figure.share - before.figure.share, 1, { signed: true })} percentage points)`
            : "";
        findings.push(`${now.figure.shareText} of ${main.what} in ${runText(now.period)} were flagged as with injury (${now.figure.count.text})${earlier}.`);
        facts.push({
          label: `With injury, ${now.period.label}`,
          text: now.figure.shareText,
          value: now.figure.share,
          method: `${capitalise(main.unit)} flagged "injury" ÷ all ${main.unit} × 100, ${fromExactCounts(policy, "it")}; not shown when a count is hidden.`,
        });
      }
    }
  }

  // Breakdowns by category, victim age band and victim sex.
  const breakdowns = [
    { key: "category", label: "Category", caption: `${info.name} by category`, group: (r: IncidentCount) => r.category ?? null, order: undefined },
    { key: "age", label: "Victim age", caption: `${info.name} by victim age`, group: (r: IncidentCount) => r.victimAgeBand ?? null, order: AGE_BANDS },
    {
      key: "sex",
      label: "Victim sex",
      caption: `${info.name} by victim sex`,
      group: (r: IncidentCount) => r.victimSex ?? null,
      order: ["female", "male", "unknown"],
    },
  ];
  const display = (group: string): string => (group === "unknown" ? "Not known" : capitalise(group));
  for (const b of breakdowns) {
    const t = breakdownTable({
      id: `${base.anchor}-${b.key}`,
      caption: b.caption,
      label: b.label,
      group: b.group,
      notRecorded: "Not recorded",
      ...(b.order === undefined ? {} : { order: b.order, display }),
      ...tableRows,
    });
    if (t === null) continue;
    tables.push(t.table);
    if (t.disclosed.length > 0)
      notes.push(`WARNING: the disclosure check finds figures of the ${lowerFirst(b.caption)} table that may be narrowed: ${t.disclosed.join(", ")}.`);
  }

  // Wards.
  const wardTable = incidentWardTable(focusAll, current, previous, periods.mode, policy, `${base.anchor}-wards`, `${info.name} by ward`);
  if (wardTable !== null) {
    tables.push(wardTable.table);
    if (wardTable.top.length > 0) {
      findings.push(
        `${listWords(wardTable.top.map((t) => t.ward))} had the most ${main.what} of ${area}'s wards in ${runText(current)} (${wardTable.top[0]?.count.text ?? ""}${wardTable.top.length > 1 ? " each" : ""})${wardTable.hidden > 0 ? `; ${wardTable.hidden} ward${wardTable.hidden === 1 ? "'s figure is" : "s' figures are"} too small to show and not ranked` : ""}.`,
      );
    }
    if (wardTable.disclosed.length > 0) notes.push(`WARNING: the disclosure check finds ward figures that may be narrowed: ${wardTable.disclosed.join(", ")}.`);
  }

  // The anti-social behaviour hotspot map, from data.police.uk's published locations.
  if (measure === "asb" && (input.streetPoints?.length ?? 0) > 0) {
    const map = hotspot(input, current, options.outline);
    if (map.chart !== null) charts.push(map.chart);
    notes.push(map.note);
  }

  return {
    ...base,
    period: previous === null ? runText(current).replace(/^the /, "") : `${runText(current).replace(/^the /, "")} against ${runText(previous)}`,
    facts,
    findings,
    tables,
    charts,
    notes: [...new Set(notes)],
    verdict,
  };
}

/** The counting units a category may name instead of the `unit` column. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  offence: "offences",
  offences: "offences",
  incident: "incidents",
  incidents: "incidents",
  call: "calls",
  calls: "calls",
  victim: "victims",
  victims: "victims",
  referral: "referrals",
  referrals: "referrals",
  case: "cases",
  cases: "cases",
};

/** The unit a row's category names ("Incidents" → "incidents"), or `null` when it names none. */
function unitCategory(category: string | undefined): string | null {
  return category === undefined ? null : (UNIT_WORDS[category.trim().toLowerCase()] ?? null);
}

/** Strands other than the known ones ("hate:other-strand"), in name order. */
function otherStrands(rows: readonly IncidentCount[]): string[] {
  const known: readonly string[] = STRANDS;
  return [...new Set(rows.flatMap((r) => r.flags.filter((f) => f.startsWith("hate:") && !known.includes(f))))].sort();
}

/** The measure's name with its unit in a sentence: "anti-social behaviour incidents"; a name that already holds the unit stays as it is. */
function whatOf(info: IncidentMeasureInfo, unit: string): string {
  const name = lowerFirst(info.name);
  return new RegExp(`\\b${unit}\\b`, "i").test(name) ? name : `${name} ${unit}`;
}

/** One unit's periods, counts, rate and change. */
function unitFigures(
  input: LocalSectionsInput,
  info: IncidentMeasureInfo,
  rows: readonly IncidentCount[],
  unit: string,
  policy: DisclosurePolicy,
): UnitFigures | null {
  const area = input.area;
  const stock = rows.some((r) => r.area === area && r.kind === "stock");
  const periods = incidentPeriods(rows, area, input.end, stock);
  if (periods === null) return null;
  // The whole area's rows of a period: its rows without a ward, or, for a period that has none, the sum of its wards.
  const wholeOf = (a: string): readonly IncidentCount[] => {
    const own = rows.filter((r) => r.area === a);
    const whole = new Set(own.filter((r) => r.ward === undefined).map((r) => r.period));
    return own.filter((r) => r.ward === undefined || !whole.has(r.period));
  };
  const focusRows = wholeOf(area);
  const fromWards = focusRows.some((r) => r.ward !== undefined);
  const sum = (p: Period): number => neumaierSum(rowsIn(focusRows, p, periods.mode).map((r) => r.count));
  const currentCount = sum(periods.current);
  const previousCount = periods.previous === null ? null : sum(periods.previous);
  const current = released(currentCount, policy);
  const previous = previousCount === null ? null : released(previousCount, policy);
  const population = localPopulation(input.populations, area, periods.current);
  const rate =
    population.value === null ? null : releasedRate({ count: currentCount, status: current.status }, population.value, policy, { per: PER, decimals: 2 });
  const what = whatOf(info, unit);
  let change: UnitFigures["change"] = null;
  if (periods.previous !== null && previousCount !== null && previous !== null) {
    // Equal exposure: the same residents in both periods (the test is then of the two counts).
    // Each period's own residents (the same when one estimate serves both); without a population, equal exposure: the test is then of the two counts.
    const exposure = population.value ?? 1;
    const earlier = population.value === null ? 1 : (localPopulation(input.populations, area, periods.previous).value ?? population.value);
    const c = classifyChange({ count: previousCount, population: earlier }, { count: currentCount, population: exposure }, { confidence: 0.95 });
    // A derived figure: from the exact counts (rounded counts can misstate a change), hidden when either count is.
    const hidden = isHidden({ count: previousCount, status: previous.status }, policy) || isHidden({ count: currentCount, status: current.status }, policy);
    const percent = hidden || previousCount === 0 ? null : ((currentCount - previousCount) / previousCount) * 100;
    const pct = percent === null ? "" : `${formatNumber(percent, 1, { signed: true })}%`;
    const when = runText(periods.previous);
    const now = runText(periods.current);
    // A sentence that stands alone (key findings quote it): what, where, both figures and both periods. Rounding
    // to the nearest N never reverses an order, so the direction of two different figures shown is the exact one.
    const moved =
      previous.value === null || current.value === null
        ? `The figures for ${what} in ${area} are too small to show a change from ${when} to ${now}`
        : previous.value === current.value
          ? `${capitalise(what)} in ${area} were ${current.text} in ${now}, the same figure as in ${when}${previousCount === currentCount || pct === "" ? "" : ` once rounded (${pct} from the exact counts)`}`
          : `${capitalise(what)} in ${area} ${current.value > previous.value ? "rose" : "fell"} from ${previous.text} in ${when} to ${current.text} in ${now}${pct === "" ? "" : ` (${pct})`}`;
    change = { verdict: c.verdict, explanation: c.explanation, percent, sentence: `${moved}: ${c.explanation}.` };
  }
  return { unit, what, periods, stock, rowsOf: wholeOf, focusRows, fromWards, current, previous, rate, population, change };
}

/** The count-and-rate sentence, with the denominator (or why there is no rate). */
function countSentence(f: UnitFigures, area: string, current: Period, policy: DisclosurePolicy): string {
  const when = runText(current);
  if (f.current.value === null) {
    return `The number of ${f.what} recorded in ${area} in ${when} is too small to show (${policy.suppress?.symbol ?? "*"}), so no rate is given.`;
  }
  const rate =
    f.rate === null || f.population.value === null || f.rate.value === null
      ? `; no rate per 1,000 residents is given, as ${f.population.value === null ? f.population.explanation : "the count is hidden"}`
      : `, ${f.rate.text} per 1,000 residents (a population of ${formatNumber(f.population.value, 0)}${f.population.year === null ? "" : `, ${f.population.label}`})`;
  return `${area} recorded ${f.current.text} ${f.what} in ${when}${rate}.`;
}

/** The verdict read with the measure's polarity, or `null` when there is nothing to add (no significant change). */
function polaritySentence(info: IncidentMeasureInfo, verdict: ChangeVerdict, what: string): string | null {
  if (verdict !== "significant-rise" && verdict !== "significant-fall") return null;
  if (info.polarity === "no-judgement") return info.polarityNote;
  const good = (info.polarity === "lower-is-better") === (verdict === "significant-fall");
  const aim = info.polarity === "lower-is-better" ? `fewer ${what} is the aim` : `more ${what} is the aim`;
  return `As ${aim}, this significant ${verdict === "significant-rise" ? "rise" : "fall"} is ${good ? "an improvement" : "a deterioration"}.`;
}

/** The section of a measure whose rows were published already rounded: the rows as published, no total, no change. */
function roundedSection(
  base: Pick<LocalSection, "id" | "anchor" | "kind" | "name" | "synthetic">,
  info: IncidentMeasureInfo,
  own: readonly IncidentCount[],
  area: string,
): LocalSection {
  const table = publishedRoundedTable(own, `${base.anchor}-published`, `${info.name} in ${area}, as published`);
  const latestIndex = Math.max(...own.map((r) => monthIndex(periodOf(r).last)));
  const latestRows = own.filter((r) => monthIndex(periodOf(r).last) === latestIndex);
  const latest = periodOf(latestRows[0] as IncidentCount);
  const bases = [...new Set(own.map((r) => r.rounded).filter((b): b is number => b !== undefined))];
  const parts = latestRows.map(
    (r) => `${r.category ?? (r.flags.length > 0 ? r.flags.map(flagName).join(", ") : lowerFirst(info.name))} ${formatNumber(r.count, 0)}`,
  );
  const stock = own.some((r) => r.kind === "stock");
  return {
    ...base,
    period: runText(latest).replace(/^the /, ""),
    facts: latestRows.map((r) => ({
      label: `${r.category ?? info.name}, ${latest.label}`,
      text: formatNumber(r.count, 0),
      value: r.count,
      method: `As published, already rounded to the nearest ${r.rounded ?? ""}.`,
    })),
    findings: [
      `The ${lowerFirst(info.name)} figures for ${area} were published already rounded to the nearest ${bases.join(" or ")}; in ${runText(latest)} they were: ${listWords(parts)} (as published). No total or change is worked out from rounded figures: parts rounded separately need not add up.`,
    ],
    tables: [table],
    charts: [],
    // The table's own note says the figures were published rounded; the section's notes do not repeat it.
    notes: [...(stock ? ["Counts of distinct people (stocks) are never added up across periods: each period's figure stands alone."] : []), info.polarityNote],
    verdict: null,
  };
}

/** A row's period. */
function periodOf(r: IncidentCount): Period {
  return monthRun(r.period);
}

/** The source line of the section's charts: the rows' sources, else the files given, else "Partnership data"; SYNTHETIC data say so. */
function sourceLine(rows: readonly IncidentCount[], input: LocalSectionsInput): { readonly source: string; readonly licence: string } {
  const named = [...new Set(rows.map((r) => r.source).filter((s): s is string => s !== undefined))];
  const given = named.length > 0 ? named : [...(input.sources ?? [])];
  const text = given.length > 0 ? given.join("; ") : "Partnership data";
  const synthetic = input.synthetic === true && !/SYNTHETIC/.test(text);
  return { source: synthetic ? `SYNTHETIC demonstration data, not real figures (${text})` : text, licence: "" };
}

/** The anti-social behaviour hotspot map of the period, from data.police.uk's street-level locations. */
function hotspot(input: LocalSectionsInput, current: Period, outline: Boundaries | BoundaryFeature | undefined): { chart: Chart | null; note: string } {
  const first = monthIndex(current.first);
  const last = monthIndex(current.last);
  const inPeriod = (input.streetPoints ?? []).filter((c) => {
    const at = monthIndex(c.month);
    return at >= first && at <= last && c.offence === "Anti-social behaviour";
  });
  const points = inPeriod
    .filter((c) => c.longitude !== null && c.latitude !== null)
    .map((c) => ({ longitude: c.longitude as number, latitude: c.latitude as number }));
  if (points.length === 0)
    return { chart: null, note: `No hotspot map: the street-level anti-social behaviour given has no located incident in ${runText(current)}.` };
  if (outline === undefined) return { chart: null, note: `No hotspot map: no boundary of ${input.area} was given to draw it on.` };
  const months = [...new Set(inPeriod.map((c) => c.month))].sort();
  const chart = hotspotMap({
    title: `Anti-social behaviour: where incidents were reported in ${input.area}, ${current.label}`,
    source: input.synthetic === true ? "SYNTHETIC demonstration data, not real figures" : "data.police.uk street-level data",
    ...(input.synthetic === true ? { licence: "" } : {}),
    finding: `Anti-social behaviour reported to the police from ${monthWords(months[0] as Period["first"])} to ${monthWords(months.at(-1) as Period["first"])}, at data.police.uk's approximate locations; its totals can differ from the counts of this section.`,
    points,
    outline,
    legendTitle: "Incidents in the cell",
    pointName: { one: "incident", many: "incidents" },
  });
  return {
    chart,
    note: `The hotspot map draws data.police.uk's published street-level anti-social behaviour (each location moved to a nearby anonymous point by the publisher): these are public already, so the disclosure policy of the section's own figures does not apply to the map.`,
  };
}
