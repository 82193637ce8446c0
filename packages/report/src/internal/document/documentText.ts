import { formatNumber } from "@crimestats/internal";
import { anchorId, breaksHeading, keyFindingsHeading, reconciliationHeading, recordingChangesAnchor, thePeriod } from "../present.js";
import { mentionsOns, onsBoundariesSource } from "../charts/sources.js";
import { listWords, lowerFirst } from "../sections/words.js";
import type { PrioritySection, StrategicAssessmentResult } from "../../types.js";
import type { FilledDocumentOptions } from "./documentOptions.js";
import { localSectionsOf } from "./localText.js";
import { printsPrioritySections } from "./prioritySections.js";

// The words of the published document's front matter, contents, sources and appendix, shared by
// the HTML (and so the Word and PDF documents made from it) and the Markdown renderings.

/** The title the document prints: the one given in the options, else the result's. */
export function documentTitle(result: StrategicAssessmentResult, options: FilledDocumentOptions): string {
  return options.title ?? result.title;
}

/** The running header of each printed page (the PDF's and Word's): the partnership, if given, and the title. */
export function pageHeaderText(result: StrategicAssessmentResult, options: FilledDocumentOptions): string {
  const title = documentTitle(result, options);
  return options.partnership === null ? title : `${options.partnership} – ${title}`;
}

/** The text at the foot of each printed page, before "Page X of Y": the footer given, else the SYNTHETIC warning on the demonstration data, else none. */
export function pageFooterText(result: StrategicAssessmentResult, options: FilledDocumentOptions): string {
  return options.footer ?? (result.synthetic ? "SYNTHETIC DEMONSTRATION DATA: not real figures" : "");
}

/** "Produced 7 December 2026". */
export function producedText(options: FilledDocumentOptions): string {
  return `Produced ${options.dateText}`;
}

/** "Contact: …", or `null` when no contact was given. */
export function contactText(options: FilledDocumentOptions): string | null {
  return options.contact === null ? null : `Contact: ${options.contact}`;
}

/** Heading of the contents. */
export const contentsHeading = "Contents";

/** Heading and anchor id of the notes on method. */
export const notesHeading = "Notes on method";
export const notesAnchor = "notes-on-method";

/** Heading and anchor id of the data sources and their licences. */
export const sourcesHeading = "Data sources and licences";
export const sourcesAnchor = "data-sources-and-licences";

/** Heading and anchor id of the appendix on method in plain English. */
export const appendixHeading = "How the figures are made";
export const appendixAnchor = "how-the-figures-are-made";

/** One entry of the contents: the anchor id of a section and its heading. */
export interface ContentsEntry {
  readonly id: string;
  readonly text: string;
}

/** The heading of the overview section (the focus area among the benchmark area's members). */
export function overviewHeading(result: StrategicAssessmentResult): string {
  // A benchmark area of the focus area alone has no other member to place it among.
  if ((result.benchmarkAreaAlone ?? null) !== null) return `Overview of ${result.area}`;
  return `${result.area} among the ${result.benchmarkArea.membersName}`;
}

/** The heading of the ward section. */
export function wardsHeading(result: StrategicAssessmentResult): string {
  return `Wards of ${result.area}`;
}

/** Every second-level section of the document, in order, as the contents lists it (the contents itself excepted). */
export function contentsEntries(result: StrategicAssessmentResult): ContentsEntry[] {
  return [
    ...(result.keyFindings.length === 0 ? [] : [{ id: "key-findings", text: keyFindingsHeading }]),
    { id: "summary", text: "Summary" },
    { id: "overview", text: overviewHeading(result) },
    // No section per priority when each would only repeat its row of the Summary table.
    ...(printsPrioritySections(result) ? result.priorities.map((p) => ({ id: anchorId(p.anchor), text: p.name })) : []),
    ...localSectionsOf(result.local).map((s) => ({ id: anchorId(s.anchor), text: s.name })),
    ...(result.wards === null ? [] : [{ id: "wards", text: wardsHeading(result) }]),
    ...(result.reconciliation === null ? [] : [{ id: "reconciliation", text: reconciliationHeading }]),
    ...(result.recordingChanges.length === 0 ? [] : [{ id: recordingChangesAnchor, text: breaksHeading }]),
    { id: notesAnchor, text: notesHeading },
    { id: sourcesAnchor, text: sourcesHeading },
    { id: appendixAnchor, text: appendixHeading },
  ];
}

/** The caption of each table of the document: the HTML's `<caption>`, the line before a Markdown table. */
export const captions = {
  summary: (result: StrategicAssessmentResult): string => `Priorities in ${result.area}, ${result.current.label}`,
  drivers: (result: StrategicAssessmentResult, p: PrioritySection): string => `${p.name}: offences by category in ${result.area}`,
  benchmark: (p: PrioritySection): string => `${p.name}: offences and rates per 1,000 residents`,
  samePeriod: (result: StrategicAssessmentResult, p: PrioritySection): string => `${p.name}: offences in ${result.area} in the same period of each year`,
  wards: (result: StrategicAssessmentResult, name: string): string => `${name}: offences by ward of ${result.area}`,
  reconciliation: "Rows and month cells read, accepted and rejected, per file",
  releases: "Releases joined into the counts (where two hold a month, the newer is used)",
  populations: "Residents used for the rates, by area and period",
};

/** Headings of the reconciliation's parts after its table. */
export const releasesHeading = "Releases joined";
export const missingHeading = "Missing";
export const rejectedHeading = "First rejected rows";

/** The section a key finding comes from, as the contents names it (for its "see …" link). */
export function findingSection(result: StrategicAssessmentResult, section: string): ContentsEntry {
  const id = anchorId(section);
  const entries = contentsEntries(result);
  const found = entries.find((e) => e.id === id);
  if (found !== undefined) return found;
  // A priority without a section of its own is its row of the Summary table.
  const priority = result.priorities.some((p) => anchorId(p.anchor) === id);
  return (priority ? entries.find((e) => e.id === "summary") : undefined) ?? { id, text: "more" };
}

/** A sentence without its full stop, so that a "(see …)." can end it. */
export function withoutStop(sentence: string): string {
  return sentence.replace(/\.\s*$/, "");
}

/** A source of the document's data with who publishes it and the attribution its licence asks for. */
export interface SourceEntry {
  /** The source as the result names it (a file and what it holds). */
  readonly source: string;
  /** Who publishes it, or `null` when not known. */
  readonly publisher: string | null;
  /** The attribution or licence statement to print. */
  readonly licence: string;
  /** A notice the licence asks for besides it (the Ordnance Survey notice of ONS boundaries, with its year), or `null`. */
  readonly notice: string | null;
  /** Where the publisher publishes it (a dataset page, as text), or `null` when not known. */
  readonly dataset: string | null;
}

/** The pages the recognised sources are published on. */
const DATASETS = {
  mps: "London Datastore, recorded_crime_summary: https://data.london.gov.uk/dataset/recorded_crime_summary",
  onsEstimates: "ONS population estimates: https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates",
  onsBoundaries: "ONS Open Geography Portal: https://geoportal.statistics.gov.uk",
  police: "data.police.uk downloads: https://data.police.uk/data/",
} as const;

const OGL = "Contains public sector information licensed under the Open Government Licence v3.0.";
const ONS = "Office for National Statistics";
const ONS_OGL = "Source: Office for National Statistics licensed under the Open Government Licence v3.0.";
/** The Crown copyright notice of Ordnance Survey data in ONS boundaries, with the year. */
function osNotice(year: string): string {
  return `Contains OS data © Crown copyright and database right ${year}.`;
}

/**
 * Each source of the result with its publisher and licence line. Kinds are told apart by what the
 * source names: SYNTHETIC demonstration data (no licence: invented figures), boundaries (ONS
 * boundaries, with the Ordnance Survey notice, when the document's maps drew ONS codes: its year
 * is the year the boundary source names, else `year`, the year the document is produced),
 * data.police.uk street-level crime, Metropolitan Police Service recorded crime (London
 * Datastore), ONS population estimates; any other source is printed with a reminder to state its
 * licence.
 */
export function sourceEntries(result: StrategicAssessmentResult, year: string): SourceEntry[] {
  const maps = [result.charts.areas, ...result.priorities.map((p) => p.charts.wards), ...result.priorities.map((p) => p.charts.hotspot)];
  const onsBoundaries = maps.some((chart) => chart?.source.includes(onsBoundariesSource) === true);
  return result.sources.map((source) => {
    const local = LOCAL_SOURCE.exec(source);
    if (local !== null) return localSourceEntry(local[2] ?? "", local[1] !== undefined || result.synthetic);
    if (result.synthetic || /\bSYNTHETIC\b/.test(source)) {
      // The licence line says the data are invented, so a source's own "SYNTHETIC …:" preface is not repeated under it.
      return {
        source: source.replace(/^SYNTHETIC [^:]*:\s*(?=\S)/, ""),
        publisher: null,
        licence: "SYNTHETIC demonstration data: not real figures, under no licence.",
        notice: null,
        dataset: null,
      };
    }
    if (/\bboundar/i.test(source)) {
      return onsBoundaries
        ? { source, publisher: ONS, licence: ONS_OGL, notice: osNotice(/\b(?:19|20)\d\d\b/.exec(source)?.[0] ?? year), dataset: DATASETS.onsBoundaries }
        : { source, publisher: null, licence: "Boundaries as given: state their publisher's licence when publishing.", notice: null, dataset: null };
    }
    const plain = { source, notice: null };
    if (/data\.police\.uk/.test(source)) return { ...plain, publisher: "data.police.uk (Home Office)", licence: OGL, dataset: DATASETS.police };
    if (/\bMPS\b|Metropolitan Police/.test(source))
      return { ...plain, publisher: "Metropolitan Police Service, via the London Datastore", licence: OGL, dataset: DATASETS.mps };
    if (mentionsOns(source)) return { ...plain, publisher: ONS, licence: ONS_OGL, dataset: DATASETS.onsEstimates };
    return { ...plain, publisher: null, licence: "State this source's licence when publishing.", dataset: null };
  });
}

/** A source of the partnership's own data as `strategicAssessment` names it: "Local data: …", "SYNTHETIC local data: …". */
const LOCAL_SOURCE = /^(SYNTHETIC )?local data: (.*)$/is;

/** Who publishes the partnership's own data, as the sources section groups them. */
export const localPublisher = "The partnership's own data";

/**
 * A source of the partnership's own data (a file or the provider a row names): SYNTHETIC ones under
 * their own heading as invented, data.police.uk's street-level anti-social behaviour under
 * data.police.uk, the others under the partnership's own data with a reminder of their terms.
 */
function localSourceEntry(source: string, synthetic: boolean): SourceEntry {
  const plain = { source, notice: null };
  if (synthetic)
    return {
      ...plain,
      publisher: `${localPublisher} (SYNTHETIC)`,
      licence: "SYNTHETIC demonstration data: not real figures, under no licence.",
      dataset: null,
    };
  if (/data\.police\.uk/.test(source)) return { ...plain, publisher: "data.police.uk (Home Office)", licence: OGL, dataset: DATASETS.police };
  return {
    ...plain,
    publisher: localPublisher,
    licence:
      "Supplied to the partnership by the providers named (the police, the youth justice service, survey providers, its own services): state each provider's terms when publishing.",
    dataset: null,
  };
}

/** What the sources section says when the result names no source. */
export const noSourcesText = "The sources of the data were not given: state them, with their licences, when publishing.";

/** Sources with one publisher and licence line: printed once, with the sources under it. */
export interface SourceGroup {
  /** Who publishes them ("Publisher not stated" when not known; for the SYNTHETIC data, that they are invented). */
  readonly publisher: string;
  /** The attribution or licence statement, then the notices its sources ask for (each once). */
  readonly licence: string;
  /** Where they are published (each once, as text), none when not known. */
  readonly datasets: readonly string[];
  /** The sources, in the result's order. */
  readonly sources: readonly string[];
}

/**
 * {@link sourceEntries} grouped by publisher and licence, each group where its first source is, so
 * the licence line is printed once per publisher (the ONS population estimates and boundaries under
 * one heading, the Ordnance Survey notice after the licence); `options` give the year of an OS
 * notice whose source names none.
 */
export function sourceGroups(result: StrategicAssessmentResult, options: FilledDocumentOptions): SourceGroup[] {
  const groups = new Map<string, { publisher: string; licence: string; notices: string[]; datasets: string[]; sources: string[] }>();
  for (const e of sourceEntries(result, options.date.slice(0, 4))) {
    const publisher = e.publisher ?? (result.synthetic ? "Invented by a seeded generator for the demonstration" : "Publisher not stated");
    const key = `${publisher}\n${e.licence}`;
    const group = groups.get(key) ?? { publisher, licence: e.licence, notices: [], datasets: [], sources: [] };
    if (e.notice !== null && !group.notices.includes(e.notice)) group.notices.push(e.notice);
    if (e.dataset !== null && !group.datasets.includes(e.dataset)) group.datasets.push(e.dataset);
    group.sources.push(e.source);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    publisher: g.publisher,
    licence: [g.licence, ...oneOsNotice(g.notices)].join(" "),
    datasets: g.datasets,
    sources: g.sources,
  }));
}

/** The notices with the Ordnance Survey notices of several boundary files (2021, 2022) as one, their years in order: "… database right 2021 and 2022." */
function oneOsNotice(notices: readonly string[]): string[] {
  const years = notices.flatMap((n) => /^Contains OS data © Crown copyright and database right (\d{4})\.$/.exec(n)?.[1] ?? []);
  if (years.length < 2) return [...notices];
  const others = notices.filter((n) => !n.startsWith("Contains OS data"));
  const sorted = [...new Set(years)].sort();
  return [...others, osNotice(sorted.length === 2 ? sorted.join(" and ") : `${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}`)];
}

/** A paragraph of the appendix: plain-English method, with the heading of docs/methods.md it is drawn from. */
export interface AppendixParagraph {
  /** The heading of docs/methods.md the paragraph puts in plain English (a test checks it is there). */
  readonly methodsHeading: string;
  /** A short title, printed before the paragraph. */
  readonly title: string;
  /** The paragraph. */
  readonly text: string;
}

/** The rule a ward footnote names ("counts of 1 to 4 are hidden …"), or `null`. */
function disclosureRule(footnote: string): string | null {
  return /^Ward figures are released under a disclosure rule: (.+?)(?:; "|; no figure|\. )/.exec(footnote)?.[1] ?? null;
}

/** The population estimates used, in words: "mid-2024 for both periods" or "mid-2023 for …, mid-2024 for …", or `null`. */
function populationsWords(result: StrategicAssessmentResult): string | null {
  const { previous, current } = result.populations;
  if (previous === null || result.previous === null) return current.year === null ? null : `the mid-${current.year} estimate`;
  if (previous.year === null || current.year === null) return null;
  if (previous.year === current.year) return `the mid-${current.year} estimate for both periods`;
  return `the mid-${previous.year} estimate for ${thePeriod(result.previous.longLabel)} and the mid-${current.year} estimate for ${thePeriod(result.current.longLabel)}`;
}

/**
 * The appendix "How the figures are made": a paragraph in plain English for each method the
 * document uses, in reading order; a method the result does not use is left out (no funnel plot,
 * no paragraph on it; no ward tables, none on disclosure control).
 */
export function appendixParagraphs(result: StrategicAssessmentResult): AppendixParagraph[] {
  const out: AppendixParagraph[] = [];
  const add = (methodsHeading: string, title: string, text: string): void => {
    out.push({ methodsHeading, title, text });
  };
  const hasTable = (result.priorities[0]?.table.length ?? 0) > 0;
  const level = /at the (\d+(?:\.\d+)?)% level/.exec(result.notes.join(" "))?.[1] ?? "95";
  if (hasTable) {
    const used = populationsWords(result);
    add(
      "Rate per 1,000 residents",
      "Rates per 1,000 residents",
      `A rate is the number of offences divided by the number of residents, times 1,000, so that areas of different sizes can be compared. Residents are the mid-year population estimates (for 30 June of their year); each period uses the estimate nearest the middle of the period${used === null ? "" : ` (here ${used})`}.`,
    );
  }
  if (result.previous === null) {
    add(
      "Rolling year, same period last year and year to date",
      "The period",
      // Why there is no comparison is said once, at the front of the document.
      `The period is ${thePeriod(result.current.longLabel)}; it is not compared with an earlier period (the front of the document says why).`,
    );
  } else {
    add(
      "Rolling year, same period last year and year to date",
      "The periods compared",
      `The current period is ${thePeriod(result.current.longLabel)}; it is compared with the same months a year earlier (${thePeriod(result.previous.longLabel)}), so that the time of year makes no difference.`,
    );
  }
  if (result.previous !== null)
    add(
      "Is a change significant?",
      "Is a change significant?",
      `Counts of crime go up and down by chance from one year to the next. A rise or a fall is called significant when a change as large would happen by chance less than ${level === "95" ? "1 time in 20" : `${formatNumber(100 - Number(level), 1)}% of the time`} if the underlying rate had not changed (an exact test of the ratio of the two rates, at the ${level}% level). "No significant change" means the evidence is not strong enough to say; it does not mean that nothing changed. "Too few to judge" means the numbers are too small for any change to count.`,
    );
  if (hasTable && (result.priorities[0]?.table.length ?? 0) > 1) {
    add(
      "Rate per 1,000 residents",
      "Comparing with other areas",
      `A rate is compared with the ${result.benchmarkArea.name} rate and the pooled rate of the ${result.comparatorGroup.name} through a confidence interval: the range the rate could take by chance (at 95% and at the stricter 99.8%). Only when the whole interval lies above or below the other rate is it called significantly higher or lower; otherwise the difference is not significant (no evidence of a difference, which is not evidence that the rates are alike).`,
    );
  }
  if (result.charts.funnel !== null) {
    add(
      "Benchmarks (`@crimestats/benchmark`)",
      "The funnel plot",
      `The funnel plot shows the rate of each of the ${result.benchmarkArea.membersName} against its number of residents, with limits around the ${result.benchmarkArea.name} rate that narrow as areas get larger (small areas vary more by chance). Where areas differ from one another more than chance would make them (over-dispersion), the limits are widened to allow for it (Spiegelhalter 2005); an area outside the limits stands out among areas like it.`,
    );
  }
  if (result.priorities.some((p) => p.longTrend !== null && p.longTrend.longRunAverage !== null)) {
    add(
      "Long-run level",
      "The long-run level",
      "Each section compares its period with the average of the same period in the five years before (or as many as the data hold), so that one unusual year is not taken for a trend.",
    );
  }
  if (result.priorities.some((p) => p.months !== null)) {
    add(
      "Monthly average and month classification",
      "Above and below average months",
      "A month of the year is above average when it had more offences than the monthly average in each of the last two years, and below average when it had fewer in both; a month that was above in one year and below in the other is not classed.",
    );
  }
  if (result.recordingChanges.length > 0) {
    add(
      "Breaks in the Strategic Assessment",
      "Changes in recording",
      "When the police change how they record or count offences (a new counting rule, a category split or moved), figures before and after are not like for like. A change that makes a comparison meaningless is shown with its figures but not called a rise or a fall; a smaller one is judged, with a note next to the figure saying how much it may explain.",
    );
  }
  if (result.wards !== null) {
    const rule = disclosureRule(result.wards.footnote);
    add(
      "Ward figures in the Strategic Assessment",
      "Small numbers in ward tables",
      `Small counts in a ward could point to a person or a household, so ward figures are released under a disclosure rule${rule === null ? " (given under the ward tables)" : `: ${rule}`}. Further figures are hidden where a small number could otherwise be worked out from the others, and totals are worked out from the exact counts. Wards are ranked by their number of offences, not a rate, because there is no population for each ward.`,
    );
  }
  const localParagraphs = localMethodParagraphs(result);
  for (const [title, heading, text] of localParagraphs) add(title, heading, text);
  add(
    "Rounding",
    "Rounding",
    result.previous === null
      ? "Figures are worked out in full and rounded only for display, halves rounded up: counts to whole numbers, rates to 2 decimal places."
      : "Figures are worked out in full and rounded only for display, halves rounded up: counts to whole numbers, rates and rate changes to 2 decimal places, percentages to 1. A change is worked out from the unrounded figures, so it can differ by 0.01 from the difference of the rounded ones.",
  );
  return out;
}

/** The footer's lines: the footer text given, then the SYNTHETIC warning when the data are invented (none when neither). */
export function footerLines(result: StrategicAssessmentResult, options: FilledDocumentOptions, syntheticWarning: string): string[] {
  return [...(options.footer === null ? [] : [options.footer]), ...(result.synthetic ? [syntheticWarning] : [])];
}

/**
 * The method paragraphs of the local sections: one for the sections counted from published open
 * data (the data.police.uk street files: exact counts, no disclosure rule) and one for the
 * partnership's own data, each only when such sections are present, with only the sentences that
 * apply to the kinds of data present.
 */
function localMethodParagraphs(result: StrategicAssessmentResult): (readonly [string, string, string])[] {
  const local = result.local;
  if (local == null) return [];
  const out: (readonly [string, string, string])[] = [];
  const names = (sections: readonly { readonly name: string }[]): string => listWords(sections.map((x) => lowerFirst(x.name)));
  const open = local.sections.filter((x) => x.openData === true);
  if (open.length > 0) {
    out.push([
      "Local measures from the street files",
      "Anti-social behaviour from the street files",
      `The section${open.length === 1 ? "" : "s"} on ${names(open)} count${open.length === 1 ? "s" : ""} the anti-social behaviour incidents from the data.police.uk street files, by district and month. Those rows are published already, so the counts are given exactly as the files hold them, with no disclosure rule, and each with a rate per 1,000 residents; a change in a count is tested as the recorded-crime changes are.`,
    ]);
  }
  const own = local.sections.filter((x) => x.openData !== true);
  if (own.length === 0) return out;
  const kinds = new Set(own.map((x) => x.kind));
  const denominators = [
    ...(kinds.has("incidents") ? ["incidents per 1,000 residents"] : []),
    ...(kinds.has("youth-justice")
      ? ["first-time entrants per 100,000 and custodial sentences per 1,000 residents aged 10 to 17", "reoffending as a share of the cohort"]
      : []),
    ...(kinds.has("survey") ? ["survey answers as a share of those asked"] : []),
  ];
  const counts = kinds.has("incidents") || kinds.has("youth-justice") || kinds.has("service-volumes");
  const shares = kinds.has("youth-justice") || kinds.has("survey");
  const tests = [
    ...(counts ? ["a change in a count is tested as the recorded-crime changes are"] : []),
    ...(shares
      ? [
          `a change in a percentage${kinds.has("survey") ? ", and a difference between two areas' survey results," : ""} by an interval for the difference of two proportions (Newcombe's method), called significant only when the interval leaves out no difference`,
        ]
      : []),
  ];
  const sentences = [
    `The section${own.length === 1 ? "" : "s"} on ${names(own)} use${own.length === 1 ? "s" : ""} the partnership's own data.`,
    ...(denominators.length === 0 ? [] : [`Each count is given with a rate on its own denominator, stated where it is used: ${denominators.join(", ")}.`]),
    ...(tests.length === 0 ? [] : [`${tests.join("; ").replace(/^a/, "A")}.`]),
    ...(kinds.has("survey") ? ["Areas whose survey results were given without the number asked are listed, never ranked."] : []),
    ...(kinds.has("service-volumes") ? ["A target is met or not met by the measure's direction (more referrals can be better)."] : []),
    local.disclosure,
  ];
  out.push(["Local measures", "The partnership's own measures", sentences.join(" ")]);
  return out;
}
