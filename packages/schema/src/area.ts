import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { validToNotBeforeFrom } from "./internal/checks.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { MonthKeySchema, NonEmptyStringSchema } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";
import type { MonthKey } from "@crimestats/periods";

/**
 * An area of geography; see {@link AreaSchema}.
 */
export interface Area {
  /** The area's code: a GSS code (`"E09000015"`) for levels that have one, any code for `bcu` and `custom`. */
  code: string;
  /** The area's name (`"Harrow"`). */
  name: string;
  /** The level of geography. */
  level: AreaLevel;
  /** The code of the area it sits in (a ward's borough). */
  parent?: string | undefined;
  /** Other names ("Green Hill" for Greenhill, "Harrow-on-the-Hill"). */
  aliases?: string[] | undefined;
  /** The first month the code was in use (versioned geography: wards redrawn in 2022). */
  validFrom?: MonthKey | undefined;
  /** The last month the code was in use. */
  validTo?: MonthKey | undefined;
}

/**
 * A GSS code rule of one level: the pattern a code must match and what to say when it does not.
 */
export interface GssCodeRule {
  /** The regular expression a code of the level matches. */
  readonly pattern: RegExp;
  /** What was expected, in words, for error messages. */
  readonly expected: string;
}

/**
 * The GSS code rules of the levels that have GSS codes; see {@link gssCodePatterns}.
 */
export interface GssCodePatterns {
  /** Lower layer super output areas: `E01` / `W01`. */
  readonly lsoa: GssCodeRule;
  /** Middle layer super output areas: `E02` / `W02`. */
  readonly msoa: GssCodeRule;
  /** Electoral wards: `E05` / `W05`. */
  readonly ward: GssCodeRule;
  /** Local authorities: `E06`, `E07`, `E08`, `E09` (London boroughs), `W06`. */
  readonly borough: GssCodeRule;
  /** Police force areas: `E23` / `W15`. */
  readonly force: GssCodeRule;
  /** Regions: `E12`. */
  readonly region: GssCodeRule;
  /** Countries: `E92`, `W92`, `K02`, `K03`, `K04`. */
  readonly country: GssCodeRule;
}

/**
 * The levels of geography, smallest first (ONS GSS codes): `lsoa`, `msoa`, `ward`, `borough`
 * (any local authority district), `bcu` (police basic command unit), `force` (police force area),
 * `region`, `country`, and `custom` for anything else (a neighbourhood area, a town centre).
 *
 * @example
 * ```ts
 * AreaLevelSchema.safeParse("neighbourhood").success;
 * //=> false
 * ```
 */
export const AreaLevelSchema: z.ZodMiniEnum<{ [K in AreaLevel]: K }> = /* @__PURE__ */ z.enum([
  "lsoa",
  "msoa",
  "ward",
  "borough",
  "bcu",
  "force",
  "region",
  "country",
  "custom",
]);

/** A level of geography; see {@link AreaLevelSchema}. */
export type AreaLevel = "lsoa" | "msoa" | "ward" | "borough" | "bcu" | "force" | "region" | "country" | "custom";

/**
 * The ONS GSS code patterns checked for each level (England `E`, Wales `W`, and the `K` codes of
 * England and Wales, Great Britain and the United Kingdom). `bcu` and `custom` areas have no GSS
 * code and take any code. Scottish and Northern Irish codes are not accepted.
 *
 * - `lsoa`: `E01` / `W01`; `msoa`: `E02` / `W02`; `ward`: `E05` / `W05`
 * - `borough`: `E09` (London borough), `E06` (unitary), `E07` (district), `E08` (metropolitan district), `W06` (Welsh unitary)
 * - `force`: `E23` / `W15` (police force area); `region`: `E12`
 * - `country`: `E92` (England), `W92` (Wales), `K04` (England and Wales), `K03` (Great Britain), `K02` (United Kingdom)
 *
 * @example
 * ```ts
 * gssCodePatterns.borough.pattern.test("E09000015");
 * //=> true
 * ```
 */
export const gssCodePatterns: GssCodePatterns = {
  lsoa: { pattern: /^[EW]01\d{6}$/, expected: "E01 or W01 followed by 6 digits (an LSOA)" },
  msoa: { pattern: /^[EW]02\d{6}$/, expected: "E02 or W02 followed by 6 digits (an MSOA)" },
  ward: { pattern: /^[EW]05\d{6}$/, expected: "E05 or W05 followed by 6 digits (an electoral ward)" },
  borough: { pattern: /^(E0[6-9]|W06)\d{6}$/, expected: "E06, E07, E08, E09 or W06 followed by 6 digits (a local authority)" },
  force: { pattern: /^(E23|W15)\d{6}$/, expected: "E23 or W15 followed by 6 digits (a police force area)" },
  region: { pattern: /^E12\d{6}$/, expected: "E12 followed by 6 digits (a region)" },
  country: { pattern: /^(E92|W92|K0[234])\d{6}$/, expected: "E92, W92, K02, K03 or K04 followed by 6 digits (a country)" },
};

const areaSchema = /* @__PURE__ */ z
  .strictObject({
    code: NonEmptyStringSchema,
    name: NonEmptyStringSchema,
    level: AreaLevelSchema,
    parent: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    aliases: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(NonEmptyStringSchema)),
    validFrom: /* @__PURE__ */ z.optional(MonthKeySchema),
    validTo: /* @__PURE__ */ z.optional(MonthKeySchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((a, ctx) => {
      if (a.level !== "bcu" && a.level !== "custom") {
        const rule = gssCodePatterns[a.level];
        if (!rule.pattern.test(a.code)) {
          ctx.issues.push({
            code: "custom",
            input: a.code,
            path: ["code"],
            message: `${describeValue(a.code)} is not a ${a.level} code (expected ${rule.expected})`,
          });
        }
      }
      validToNotBeforeFrom(ctx, a);
    }),
  );

type _AreaMatches = Assert<Same<z.infer<typeof areaSchema>, Area>>;

/**
 * An area: its code, name and level, the code of the area it sits in, other names it is known by,
 * and, for versioned geography (wards redrawn in 2022), the months its code was in use.
 *
 * @example
 * ```ts
 * AreaSchema.safeParse({ code: "E09000015", name: "Harrow", level: "borough" }).success;
 * //=> true
 * AreaSchema.safeParse({ code: "E05000015", name: "Harrow", level: "borough" }).success;
 * //=> false
 * ```
 */
export const AreaSchema: z.ZodMiniType<Area> = areaSchema;

/**
 * Validates an area, checking its GSS code against its level, and throwing a {@link SchemaError}
 * that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The area.
 * @throws {@link SchemaError} when the input is not a valid area.
 * @example
 * ```ts
 * parseArea({ code: "E09000015", name: "Harrow", level: "borough", parent: "E12000007" }).name;
 * //=> "Harrow"
 * ```
 */
export function parseArea(input: unknown, options?: ParseOptions): Area {
  return parseWith(AreaSchema, "Area", input, options);
}

/**
 * Validates an area without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseArea({ code: "E12000007", name: "London", level: "ward" }).success;
 * //=> false
 * ```
 */
export function safeParseArea(input: unknown, options?: ParseOptions): SafeParseResult<Area> {
  return safeParseWith(AreaSchema, "Area", input, options);
}
