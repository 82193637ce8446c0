import { describeValue } from "@crimestats/internal";
import { safeParseRecordingBreaks, type RecordingBreak, type RowSelection } from "@crimestats/schema";
import { checkOptions } from "./internal/checks.js";
import { checkMonth } from "./internal/month.js";
import { TaxonomyError } from "./TaxonomyError.js";

/** The first and last months (inclusive) of one period of a comparison. */
export interface BreaksInPeriod {
  /** The first month, `"YYYY-MM"`. */
  readonly first: string;
  /** The last month, `"YYYY-MM"`, not before `first`. */
  readonly last: string;
}

/** Options of {@link breaksIn}: the comparison and the figure it is about. */
export interface BreaksInOptions {
  /** The earlier period of the comparison. */
  readonly previous: BreaksInPeriod;
  /** The later period of the comparison. */
  readonly current: BreaksInPeriod;
  /**
   * The id of the taxonomy whose labels the figure's offences are (`"mps"`, `"police-uk"`): breaks
   * that name another `classification` are left out, since they are about other data. Default:
   * every break is considered.
   */
  readonly classification?: string;
  /** The area labels the figure sums over. Default: every area. */
  readonly areas?: readonly string[];
  /** The offence labels the figure sums over. Default: every offence. */
  readonly offences?: readonly string[];
  /**
   * The area and offence labels the data hold. A like-for-like label the data do not hold counts
   * zero, so the figure need not hold it, and "every area (offence)" means every one listed here.
   * Default: not known, so every like-for-like label must be in the figure.
   */
  readonly present?: {
    /** Every area label of the data. */
    readonly areas?: readonly string[];
    /** Every offence label of the data. */
    readonly offences?: readonly string[];
  };
}

type Field = "areas" | "offences";

/** Whether a figure over `labels` (undefined = every label) meets `selected` (undefined = every label). */
function meets(labels: ReadonlySet<string> | undefined, selected: readonly string[] | undefined): boolean {
  if (labels === undefined || selected === undefined) return true;
  return selected.some((label) => labels.has(label));
}

/**
 * Whether a figure over `labels` holds the like-for-like labels of one field: the listed ones, or
 * (field absent) every label when `affects` lists that field, or none needed when it does not.
 */
function holds(labels: ReadonlySet<string> | undefined, b: RecordingBreak, field: Field, present: ReadonlySet<string> | undefined): boolean {
  if (labels === undefined) return true;
  const wanted = b.likeForLike?.[field] ?? (b.affects[field] === undefined ? [] : present === undefined ? undefined : [...present]);
  if (wanted === undefined) return false;
  return wanted.every((label) => labels.has(label) || (present !== undefined && !present.has(label)));
}

/** A list of text labels as a set, or a clear `invalid-option` error naming the option. */
function labelSet(value: unknown, name: string): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === "string")) {
    throw new TaxonomyError("invalid-option", `The breaksIn option ${name} is ${describeValue(value)}; expected a list of labels (text).`, { value });
  }
  return new Set(value);
}

/** A period option checked: an object with months `first` ≤ `last`. */
function period(value: unknown, name: "previous" | "current"): BreaksInPeriod {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TaxonomyError(
      "invalid-option",
      `The breaksIn option ${name} is ${describeValue(value)}; expected { first, last } months such as { first: "2023-03", last: "2024-02" }.`,
      {
        value,
      },
    );
  }
  const { first, last } = value as { first?: unknown; last?: unknown };
  checkMonth(first, `breaksIn (${name}.first)`);
  checkMonth(last, `breaksIn (${name}.last)`);
  if ((last as string) < (first as string)) {
    throw new TaxonomyError(
      "invalid-option",
      `The breaksIn option ${name} runs from ${describeValue(first)} to ${describeValue(last)}; expected a first month not after the last.`,
      {
        value,
      },
    );
  }
  return { first: first as string, last: last as string };
}

/**
 * The recording breaks that matter for one figure of a comparison, in the order given: those
 * that fall inside the comparison and affect the figure (docs/methods.md, "Recording breaks").
 *
 * - A break at month *m* falls inside when `previous.first` < *m* ≤ `current.last`.
 * - It affects a figure over `areas` and `offences` when those meet `affects.areas` and
 *   `affects.offences` (an absent field, or an absent option, means every area or offence),
 *   unless the figure already holds the break's whole `likeForLike` set. A break without
 *   `likeForLike` affects every figure it meets. A field `likeForLike` leaves out means every
 *   area (offence) when `affects` lists areas (offences), and the figure's own otherwise.
 *
 * Labels are compared exactly, as the data write them; a break's offence labels are those of the
 * taxonomy its `classification` names, and with the `classification` option only breaks of that
 * taxonomy (or of none) are considered.
 *
 * @param breaks - The breaks to check (e.g. {@link recordingBreaks}, the user's own, detected
 *   ones converted), each a valid `RecordingBreak` of `@crimestats/schema`, ids unique.
 * @param options - The `previous` and `current` periods, and the figure's `classification`,
 *   `areas`, `offences` and the labels `present` in the data; see {@link BreaksInOptions}.
 * @returns The breaks that fall inside the comparison and affect the figure; possibly none.
 * @throws {@link TaxonomyError} `invalid-argument` when `breaks` is not a list of valid breaks;
 *   `invalid-option` when the options are not an object, a period is missing or runs backwards,
 *   a label list is not a list of text, or `classification` is not text; `invalid-month` when a period month is not `"YYYY-MM"`.
 * @example
 * ```ts
 * const compared = { previous: { first: "2023-03", last: "2024-02" }, current: { first: "2024-03", last: "2025-02" }, classification: "mps" };
 * breaksIn(recordingBreaks, { ...compared, areas: ["Hillingdon"] }).map((b) => b.id).includes("mps-airports-row-to-hillingdon");
 * //=> true
 * breaksIn(recordingBreaks, { ...compared, areas: ["Hillingdon", "London Heathrow and London City Airports"] })
 *   .map((b) => b.id).includes("mps-airports-row-to-hillingdon");
 * //=> false
 * ```
 */
export function breaksIn(breaks: readonly RecordingBreak[], options: BreaksInOptions): readonly RecordingBreak[] {
  const parsed = safeParseRecordingBreaks(breaks, { label: "breaks" });
  if (!parsed.success) {
    const problems = parsed.error.details.problems;
    const listed = problems
      .slice(0, 3)
      .map((p) => `${p.path}: ${p.message}`)
      .join("; ");
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : "";
    throw new TaxonomyError("invalid-argument", `The breaks given to breaksIn are not a list of recording breaks (${listed}${more}).`, { problems });
  }
  if (options === undefined) {
    throw new TaxonomyError("invalid-option", "breaksIn needs options { previous, current } (the two periods compared); got undefined.", { value: options });
  }
  const o = checkOptions(options, "breaksIn");
  const previous = period(o.previous, "previous");
  const current = period(o.current, "current");
  const areas = labelSet(o.areas, "areas");
  const offences = labelSet(o.offences, "offences");
  const present: unknown = o.present;
  if (present !== undefined && (typeof present !== "object" || present === null || Array.isArray(present))) {
    throw new TaxonomyError(
      "invalid-option",
      `The breaksIn option present is ${describeValue(present)}; expected { areas, offences } lists of the labels the data hold.`,
      {
        value: present,
      },
    );
  }
  const classification: unknown = o.classification;
  if (classification !== undefined && typeof classification !== "string") {
    throw new TaxonomyError("invalid-option", `The breaksIn option classification is ${describeValue(classification)}; expected a taxonomy id such as "mps".`, {
      value: classification,
    });
  }
  const held = present as { areas?: unknown; offences?: unknown } | undefined;
  const presentAreas = labelSet(held?.areas, "present.areas");
  const presentOffences = labelSet(held?.offences, "present.offences");
  return breaks.filter((b) => {
    if (classification !== undefined && b.classification !== undefined && b.classification !== classification) return false;
    if (!(previous.first < b.month && b.month <= current.last)) return false;
    const affects: RowSelection = b.affects;
    if (!meets(areas, affects.areas) || !meets(offences, affects.offences)) return false;
    if (b.likeForLike === undefined) return true;
    return !(holds(areas, b, "areas", presentAreas) && holds(offences, b, "offences", presentOffences));
  });
}
