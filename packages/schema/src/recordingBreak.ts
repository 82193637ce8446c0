import { describeValue } from "@crimestats/internal";
import type { MonthKey } from "@crimestats/periods";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import { kebabIdSchema } from "./internal/ids.js";
import type { Assert, Same } from "./internal/types.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { MonthKeySchema, NonEmptyStringSchema } from "./primitives.js";

/**
 * A set of rows of a count table, by area label and offence label; see {@link RowSelectionSchema}.
 */
export interface RowSelection {
  /** Area labels as the data write them (`"Hillingdon"`, `"E06000063"`); absent = see {@link RecordingBreak}. */
  areas?: string[] | undefined;
  /** Offence labels of the break's `classification` (`"BURGLARY IN A DWELLING"`); absent = see {@link RecordingBreak}. */
  offences?: string[] | undefined;
}

/** The kinds of recording break; see {@link RecordingBreakKindSchema}. */
export type RecordingBreakKind = "relabelling" | "split" | "merge" | "reallocation" | "counting-rules" | "boundary" | "series-start" | "series-end";

/** Where a recording break is documented; see {@link RecordingBreak}. */
export interface RecordingBreakSource {
  /** The title of the page or document. */
  title: string;
  /** Its address (`http://` or `https://`). Known breaks shipped by `@crimestats/taxonomy` always have one. */
  url?: string | undefined;
  /** Who publishes it. */
  publisher?: string | undefined;
}

/**
 * A month from which some counts are recorded on a different basis, so that they cannot be
 * compared across it as they stand; see {@link RecordingBreakSchema}.
 */
export interface RecordingBreak {
  /** Stable kebab-case id, unique in a list of breaks. */
  id: string;
  /** The first month recorded on the new basis. */
  month: MonthKey;
  /** What kind of change it is. */
  kind: RecordingBreakKind;
  /** What changed, in one or two plain-English sentences a reader of the document can follow. */
  description: string;
  /** Where the change is documented. */
  source: RecordingBreakSource;
  /** The id of the taxonomy whose labels `offences` uses (`"mps"`, `"police-uk"`). */
  classification?: string | undefined;
  /**
   * The rows whose counts are not comparable across `month`. An absent field means every area
   * (every offence).
   */
  affects: RowSelection;
  /**
   * A wider set of rows whose sum is comparable across `month` (the airport row together with
   * Hillingdon; every burglary sub-category). Absent: no such set. An absent field of it means every
   * area (offence) when `affects` names areas (offences), and the figure's own areas (offences) when
   * `affects` does not, since the change then happened alike in every area (offence).
   */
  likeForLike?: RowSelection | undefined;
}

const URL_RE = /^https?:\/\/[^\s/?#]+\.[^\s]+$/;

/**
 * The kinds of recording break: a category renamed (`relabelling`), split into several
 * (`split`) or merged (`merge`); counts moved from one area row to another (`reallocation`); a
 * change in the counting rules (`counting-rules`); a change in area boundaries (`boundary`); a
 * row that starts (`series-start`) or stops (`series-end`).
 *
 * @example
 * ```ts
 * RecordingBreakKindSchema.safeParse("reallocation").success;
 * //=> true
 * ```
 */
export const RecordingBreakKindSchema: z.ZodMiniEnum<{ [K in RecordingBreakKind]: K }> = /* @__PURE__ */ z.enum([
  "relabelling",
  "split",
  "merge",
  "reallocation",
  "counting-rules",
  "boundary",
  "series-start",
  "series-end",
]);

const labelList = /* @__PURE__ */ z.array(NonEmptyStringSchema).check(
  /* @__PURE__ */ z.minLength(1),
  /* @__PURE__ */ z.superRefine((labels, ctx) => {
    const seen = new Set<string>();
    labels.forEach((label, i) => {
      if (seen.has(label)) ctx.issues.push({ code: "custom", input: label, path: [i], message: `${describeValue(label)} is listed twice` });
      seen.add(label);
    });
  }),
);

const rowSelectionSchema = /* @__PURE__ */ z.strictObject({
  areas: /* @__PURE__ */ z.optional(labelList),
  offences: /* @__PURE__ */ z.optional(labelList),
});

type _RowSelectionMatches = Assert<Same<z.infer<typeof rowSelectionSchema>, RowSelection>>;

/**
 * A set of rows of a count table: `areas` and `offences` are lists of labels as the data write
 * them (each list non-empty, no label twice). What an absent field means depends on where the
 * selection is used; see {@link RecordingBreakSchema}.
 *
 * @example
 * ```ts
 * RowSelectionSchema.safeParse({ areas: ["Hillingdon", "Hillingdon"] }).success;
 * //=> false
 * ```
 */
export const RowSelectionSchema: z.ZodMiniType<RowSelection> = rowSelectionSchema;

const sourceSchema = /* @__PURE__ */ z.strictObject({
  title: NonEmptyStringSchema,
  url: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.regex(URL_RE, { error: (iss) => `${describeValue(iss.input)} is not a web address (expected http:// or https://…)` })),
  ),
  publisher: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
});

/** Reports labels of `affects` missing from `likeForLike` (the like-for-like set is the wider one). */
function checkWider(ctx: z.core.$RefinementCtx<RecordingBreak>, b: RecordingBreak, field: "areas" | "offences"): void {
  const wider = b.likeForLike?.[field];
  if (wider === undefined) return;
  const narrow = b.affects[field];
  const noun = field === "areas" ? "area" : "offence";
  if (narrow === undefined) {
    ctx.issues.push({
      code: "custom",
      input: wider,
      path: ["likeForLike", field],
      message: `is given but affects.${field} is not (every ${noun} is affected, so no list of ${field} can hold a like-for-like sum)`,
    });
    return;
  }
  const have = new Set(wider);
  const missing = narrow.filter((label) => !have.has(label));
  if (missing.length > 0) {
    ctx.issues.push({
      code: "custom",
      input: wider,
      path: ["likeForLike", field],
      message: `leaves out ${missing.map((m) => describeValue(m)).join(", ")} of affects.${field} (the like-for-like set must hold every affected ${noun})`,
    });
  }
}

const recordingBreakSchema = /* @__PURE__ */ z
  .strictObject({
    id: kebabIdSchema,
    month: MonthKeySchema,
    kind: RecordingBreakKindSchema,
    description: NonEmptyStringSchema,
    source: sourceSchema,
    classification: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    affects: rowSelectionSchema,
    likeForLike: /* @__PURE__ */ z.optional(rowSelectionSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((b, ctx) => {
      checkWider(ctx, b, "areas");
      checkWider(ctx, b, "offences");
    }),
  );

type _RecordingBreakMatches = Assert<Same<z.infer<typeof recordingBreakSchema>, RecordingBreak>>;

/**
 * A recording break: the month (`month`, the first month on the new basis) from which some rows
 * of a count table are recorded differently, what kind of change it is, a plain-English
 * `description`, the `source` that documents it, and which rows it touches:
 *
 * - `affects`: the rows whose counts are not comparable across the month (absent field = every
 *   area, every offence);
 * - `likeForLike`: a wider set of rows whose sum is comparable across it (absent = none). Each of
 *   its lists must hold every label of the matching `affects` list, and it may name areas
 *   (offences) only when `affects` does. An absent field means every area (offence) when `affects`
 *   names areas (offences), and otherwise the figure's own areas (offences).
 *
 * How a break decides whether a figure is comparable is in docs/methods.md ("Recording breaks").
 *
 * @example
 * ```ts
 * RecordingBreakSchema.safeParse({
 *   id: "airport-row-to-hillingdon", month: "2024-03", kind: "reallocation",
 *   description: "Offences at the airports are counted in Hillingdon from March 2024.",
 *   source: { title: "Recorded crime summary", url: "https://data.london.gov.uk/dataset/recorded_crime_summary" },
 *   affects: { areas: ["Hillingdon", "London Heathrow and London City Airports"] },
 *   likeForLike: { areas: ["Hillingdon", "London Heathrow and London City Airports"] },
 * }).success;
 * //=> true
 * ```
 */
export const RecordingBreakSchema: z.ZodMiniType<RecordingBreak> = recordingBreakSchema;

const recordingBreaksSchema = /* @__PURE__ */ z.array(recordingBreakSchema).check(
  /* @__PURE__ */ z.superRefine((breaks, ctx) => {
    const seen = new Map<string, number>();
    breaks.forEach((b, i) => {
      const first = seen.get(b.id);
      if (first !== undefined) {
        ctx.issues.push({
          code: "custom",
          input: b.id,
          path: [i, "id"],
          message: `${describeValue(b.id)} is already the id of break [${first}] (ids must be unique)`,
        });
      } else seen.set(b.id, i);
    });
  }),
);

/**
 * Validates a list of recording breaks (each by {@link RecordingBreakSchema}, ids unique),
 * throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check: an array of breaks (a user's own `breaks.json`, or data).
 * @param options - `label` to prefix every problem's path.
 * @returns The breaks.
 * @throws {@link SchemaError} when the input is not a list of valid breaks with unique ids.
 * @example
 * ```ts
 * parseRecordingBreaks([{ id: "cumberland", month: "2023-04", kind: "boundary",
 *   description: "Allerdale, Carlisle and Copeland became Cumberland.",
 *   source: { title: "The Cumbria (Structural Changes) Order 2022" },
 *   affects: { areas: ["Allerdale", "Carlisle", "Copeland", "Cumberland"] } }])[0]?.kind;
 * //=> "boundary"
 * ```
 */
export function parseRecordingBreaks(input: unknown, options?: ParseOptions): RecordingBreak[] {
  return parseWith(recordingBreaksSchema, "RecordingBreaks", input, options);
}

/**
 * Validates a list of recording breaks without throwing.
 *
 * @param input - The value to check: an array of breaks.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseRecordingBreaks([{ id: "Airports", month: "2024-03", kind: "reallocation",
 *   description: "d", source: { title: "t" }, affects: {} }], { label: "breaks" });
 * r.success ? "" : r.error.details.problems[0]?.path;
 * //=> "breaks[0].id"
 * ```
 */
export function safeParseRecordingBreaks(input: unknown, options?: ParseOptions): SafeParseResult<RecordingBreak[]> {
  return safeParseWith(recordingBreaksSchema, "RecordingBreaks", input, options);
}
