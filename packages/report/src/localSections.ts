import { disclosurePreset, parseDisclosurePolicy } from "@crimestats/disclosure";
import { describeValue, withDisplay } from "@crimestats/internal";
import { isMonthKey } from "@crimestats/periods";
import { ReportError } from "./ReportError.js";
import { asReportError, checkLocalMeasures, checkPopulations, isRecord, parsedLocalRows } from "./internal/assessmentInput.js";
import { incidentSections } from "./internal/local/incidentSections.js";
import type { IncidentSectionOptions } from "./internal/local/incidentSection.js";
import { planSection } from "./internal/local/planSection.js";
import { rowsUpTo } from "./internal/local/rowsUpTo.js";
import { disclosureSentence } from "./internal/local/released.js";
import { serviceSection } from "./internal/local/serviceSection.js";
import { surveySection } from "./internal/local/surveySection.js";
import { youthJusticeSection } from "./internal/local/youthJusticeSection.js";
import type { LocalKind, LocalMeasuresResult, LocalSection, LocalSectionsInput } from "./localTypes.js";
import type { Boundaries } from "@crimestats/charts";
import { focusFeature } from "./internal/charts/wardMap.js";

/** Options of {@link localSections}. */
export interface LocalSectionsOptions {
  /**
   * Boundaries of the areas (`Boundaries` of @crimestats/charts, e.g. of the benchmark area's
   * members) holding the focus area's, by name or code: its outline is drawn under the
   * anti-social behaviour hotspot map of `streetPoints`. Without it there is no hotspot map, and
   * the section says why.
   */
  readonly boundaries?: Boundaries;
}

/** The fields of `LocalSectionsInput` beyond the data: the assessment the data belong to. */
const ASSESSMENT_FIELDS = ["area", "comparators", "benchmarkArea", "populations", "end", "asOf", "disclosure"];

/** The built-in incident measures, in the document's order; any other measure follows them, by name. */
const MEASURE_ORDER = ["asb", "domestic-abuse", "hate-crime", "knife-crime", "gun-crime", "serious-youth-violence"];
/** The kinds in the document's order (the incident measures first). */
const KIND_ORDER: readonly LocalKind[] = ["incidents", "youth-justice", "survey", "service-volumes", "delivery-plan"];

/**
 * The sections of a partnership's own data in a Strategic Assessment: one per incident measure
 * (anti-social behaviour, domestic abuse, hate crime, knife crime, gun crime, serious youth
 * violence, then any other measure by name) and one each for youth justice, surveys, service
 * volumes and the delivery plan, for the kinds supplied. Each gives the count and rate with its
 * denominator stated (incidents per 1,000 residents of the area; first-time entrants per 100,000
 * and custody per 1,000 residents aged 10–17; reoffending as a percentage of the cohort with its
 * Wilson interval; survey results as a percentage of the sample base), the change with its test
 * (`classifyChange` of @crimestats/rates for counts; Newcombe's hybrid score interval,
 * `proportionDifference`, for proportions), the comparison with the comparator group and the
 * benchmark area where the rows have those areas (areas without a sample base are listed, never
 * ranked), the monthly pattern, a ward table, and the verdict or target status by polarity. Every
 * table, fact and derived figure is released under the disclosure policy (a rate or share is
 * hidden where a count it uses is), and `disclosure` says which policy in one sentence. Rows are
 * checked with the parsers of @crimestats/schema before anything is computed. The method notes
 * are in docs/methods.md ("Local measures").
 *
 * @param input - The rows (`incidents`, `youthJustice`, `surveys`, `services`, `plan`), the focus
 * area, its comparators and benchmark area, residents by area (one record, or estimates by year:
 * each local period uses the estimate of its own year), the assessment's last month, the
 * date the plan is judged at and the disclosure policy.
 * @param options - `boundaries` holding the focus area's outline, for the anti-social behaviour hotspot map.
 * @returns The sections in the document's order and the disclosure sentence.
 * @throws {@link ReportError} `invalid-argument` for an input that is not an object, a field it
 * does not know, an area that is not a name, a population that is not a whole number of
 * residents, an end month that is not `"YYYY-MM"` or an `asOf` that is not `"YYYY-MM-DD"`;
 * `invalid-data` for a row its schema rejects (the message names the row, e.g. `incidents[3]`, and
 * each problem) and for a disclosure policy @crimestats/disclosure rejects; `invalid-option` for
 * options that are not an object or boundaries that are not `Boundaries`.
 * @example
 * ```ts
 * const result = localSections({
 *   area: "Harrow",
 *   populations: { Harrow: 261000 },
 *   end: "2025-02",
 *   services: [
 *     { measure: "idva-referrals", measureName: "IDVA referrals", period: "2024-03/2025-02", value: 348,
 *       unit: "referrals", target: 240, polarity: "higher-is-better" },
 *   ],
 * });
 * result.sections.map((s) => s.name);
 * //=> ["Service volumes"]
 * result.sections[0].verdict.word;
 * //=> "met"
 * result.disclosure.startsWith("Counts of 1 to 4 are shown as * and others rounded to the nearest 5");
 * //=> true
 * ```
 */
export function localSections(input: LocalSectionsInput, options: LocalSectionsOptions = {}): LocalMeasuresResult {
  const checked = checkLocalSectionsInput(input);
  if (!isRecord(options as unknown))
    throw new ReportError("invalid-option", `localSections: options is ${describeValue(options)}: expected { boundaries? } or nothing.`, {});
  const boundaries: unknown = options.boundaries;
  if (boundaries !== undefined && (!isRecord(boundaries) || !Array.isArray(boundaries["features"])))
    throw new ReportError(
      "invalid-option",
      `localSections: options.boundaries is ${describeValue(options.boundaries)}: expected boundaries of @crimestats/charts (readBoundaries) or nothing.`,
      {},
    );
  try {
    const outline = focusFeature(options.boundaries, checked.area);
    return withDisplay(sectionsOf(checked, outline === null ? {} : { outline }), displaySummary);
  } catch (error) {
    throw asReportError(error);
  }
}

function sectionsOf(given: LocalSectionsInput, incidentOptions: IncidentSectionOptions): LocalMeasuresResult {
  // Rows after the assessment's end are left out, each kind's or measure's section saying how many.
  const { input, notes } = rowsUpTo(given);
  const policy = input.disclosure ?? disclosurePreset("suppress-1-4-round-5");
  const withPolicy: LocalSectionsInput = { ...input, disclosure: policy };
  const sections: LocalSection[] = [];
  const add = (section: LocalSection | null): void => {
    if (section !== null) sections.push(section);
  };
  if ((input.incidents?.length ?? 0) > 0) sections.push(...incidentSections(withPolicy, incidentOptions));
  if ((input.youthJustice?.length ?? 0) > 0) add(youthJusticeSection(withPolicy));
  if ((input.surveys?.length ?? 0) > 0) add(surveySection(withPolicy));
  if ((input.services?.length ?? 0) > 0) add(serviceSection(withPolicy));
  if ((input.plan?.length ?? 0) > 0) add(planSection(withPolicy));
  const noted = sections.map((s) => {
    const note = notes.get(s.id);
    return note === undefined ? s : { ...s, notes: [...s.notes, note] };
  });
  return { sections: ordered(noted), disclosure: disclosureSentence(policy), notes: [...notes.values()] };
}

/** The sections in the document's order: by kind, the built-in incident measures in their order, then the others by name. */
function ordered(sections: readonly LocalSection[]): LocalSection[] {
  const measure = (s: LocalSection): number => {
    const i = MEASURE_ORDER.indexOf(s.id);
    return i === -1 ? MEASURE_ORDER.length : i;
  };
  return sections
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.s.kind) - KIND_ORDER.indexOf(b.s.kind) ||
        measure(a.s) - measure(b.s) ||
        (measure(a.s) === MEASURE_ORDER.length ? a.s.name.localeCompare(b.s.name, "en") : 0) ||
        a.i - b.i,
    )
    .map(({ s }) => s);
}

/**
 * Checks the whole input of {@link localSections} and returns it with each row as its schema
 * parser returns it (defaults filled in, e.g. an incident row's `flags`).
 */
function checkLocalSectionsInput(input: unknown): LocalSectionsInput {
  const bad = (field: string, value: unknown, expected: string, code: "invalid-argument" | "invalid-population" = "invalid-argument"): ReportError =>
    new ReportError(code, `localSections: ${field} is ${describeValue(value)}: expected ${expected}.`, { field });
  checkLocalMeasures(input, "localSections", "", ASSESSMENT_FIELDS);
  if (typeof input["area"] !== "string" || input["area"].trim() === "") throw bad("area", input["area"], "the name of the focus area");
  const comparators = input["comparators"];
  if (comparators !== undefined) {
    if (!Array.isArray(comparators)) throw bad("comparators", comparators, "a list of area names or nothing");
    comparators.forEach((c: unknown, i) => {
      if (typeof c !== "string" || c.trim() === "") throw bad(`comparators[${i}]`, c, "the name of an area");
    });
  }
  const benchmarkArea = input["benchmarkArea"];
  if (benchmarkArea !== undefined && (typeof benchmarkArea !== "string" || benchmarkArea.trim() === ""))
    throw bad("benchmarkArea", benchmarkArea, "the name of the benchmark area or nothing");
  if (input["populations"] !== undefined) checkPopulations(input["populations"], "localSections");
  if (input["end"] !== undefined && (typeof input["end"] !== "string" || !isMonthKey(input["end"])))
    throw bad("end", input["end"], 'a month "YYYY-MM" or nothing');
  const asOf = input["asOf"];
  if (asOf !== undefined && (typeof asOf !== "string" || !isDate(asOf))) throw bad("asOf", asOf, 'a date "YYYY-MM-DD" or nothing');
  const out: Record<string, unknown> = { ...input };
  if (input["disclosure"] !== undefined) {
    try {
      out["disclosure"] = parseDisclosurePolicy(input["disclosure"]);
    } catch (error) {
      throw asReportError(error);
    }
  }
  Object.assign(out, parsedLocalRows(input, "localSections", ""));
  return out as unknown as LocalSectionsInput;
}

/** A real calendar date `"YYYY-MM-DD"`. */
function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What a result shows in a REPL: the sections' names. */
function displaySummary(result: LocalMeasuresResult): string {
  const n = result.sections.length;
  return `Local measures: ${n} section${n === 1 ? "" : "s"}${n === 0 ? "" : ` (${result.sections.map((s) => s.name).join(", ")})`}`;
}
