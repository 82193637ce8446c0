import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { validToNotBeforeFrom } from "./internal/checks.js";
import { wholeNumberError } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import type { Assert, Same } from "./internal/types.js";
import type { MonthKey } from "@crimestats/periods";
import { MonthKeySchema, NonEmptyStringSchema } from "./primitives.js";

/**
 * One category of an offence classification; see {@link CategorySchema}.
 */
export interface Category {
  /** Stable code, unique in its taxonomy (the data.police.uk slug, a kebab-case slug, `"burglary.burglary-in-a-dwelling"`). */
  code: string;
  /** The name exactly as the publisher writes it (`"Violence and sexual offences"`, `"BURGLARY IN A DWELLING"`). */
  name: string;
  /** Depth in the hierarchy: 1 is the top (an MPS major class, a Home Office offence group). */
  level: number;
  /** The code of the category one level up; absent at level 1. */
  parent?: string | undefined;
  /** Other names the category goes by (older labels, spellings with "&"). */
  aliases?: string[] | undefined;
  /** The first month the publisher used the category; absent = from the start. */
  validFrom?: MonthKey | undefined;
  /** The last month the publisher used the category; absent = still in use. */
  validTo?: MonthKey | undefined;
  /** A note on what the category covers or how it changed. */
  description?: string | undefined;
}

/**
 * An offence classification and its categories; see {@link TaxonomySchema}.
 */
export interface Taxonomy {
  /** Short stable id (`"police-uk"`, `"mps"`), used by crosswalks and offence selections. */
  id: string;
  /** Human-readable name. */
  name: string;
  /** Who publishes the classification. */
  publisher: string;
  /** Which version or release of it (a month, a year). */
  version: string;
  /** The licence of the published classification (`"OGL-UK-3.0"`). */
  licence: string;
  /** Where it is published. */
  url?: string | undefined;
  /** Notes on the classification. */
  description?: string | undefined;
  /** The categories, parents before children. */
  categories: Category[];
}

const categorySchema = /* @__PURE__ */ z
  .strictObject({
    code: NonEmptyStringSchema,
    name: NonEmptyStringSchema,
    level: /* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gte(1)),
    parent: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    aliases: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(NonEmptyStringSchema)),
    validFrom: /* @__PURE__ */ z.optional(MonthKeySchema),
    validTo: /* @__PURE__ */ z.optional(MonthKeySchema),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  })
  .check(
    /* @__PURE__ */ z.superRefine((c, ctx) => {
      validToNotBeforeFrom(ctx, c);
      if (c.level === 1 && c.parent !== undefined) {
        ctx.issues.push({ code: "custom", input: c.parent, path: ["parent"], message: `a level-1 category has no parent (got ${describeValue(c.parent)})` });
      }
      if (c.level > 1 && c.parent === undefined) {
        ctx.issues.push({ code: "custom", input: c, path: ["parent"], message: `is missing (a level-${c.level} category needs a parent)` });
      }
    }),
  );

type _CategoryMatches = Assert<Same<z.infer<typeof categorySchema>, Category>>;

/**
 * One category of an offence classification: a data.police.uk crime type, a Home Office offence
 * group or sub-group, a Metropolitan Police major or minor class. `level` 1 is the top of the
 * hierarchy; `parent` names the code of the category one level up. `validFrom`/`validTo` are the
 * first and last months the publisher used the category (absent = open-ended).
 *
 * @example
 * ```ts
 * CategorySchema.safeParse({ code: "burglary", name: "Burglary", level: 1 }).success;
 * //=> true
 * ```
 */
export const CategorySchema: z.ZodMiniType<Category> = categorySchema;

const taxonomySchema = /* @__PURE__ */ z
  .strictObject({
    id: NonEmptyStringSchema,
    name: NonEmptyStringSchema,
    publisher: NonEmptyStringSchema,
    version: NonEmptyStringSchema,
    licence: NonEmptyStringSchema,
    url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    categories: /* @__PURE__ */ z.array(categorySchema).check(/* @__PURE__ */ z.minLength(1)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((t, ctx) => {
      const levels = new Map<string, number>();
      t.categories.forEach((c, i) => {
        if (levels.has(c.code)) {
          ctx.issues.push({
            code: "custom",
            input: c.code,
            path: ["categories", i, "code"],
            message: `${describeValue(c.code)} is used by another category (codes must be unique)`,
          });
        }
        levels.set(c.code, c.level);
      });
      t.categories.forEach((c, i) => {
        if (c.parent === undefined) return;
        const parentLevel = levels.get(c.parent);
        if (parentLevel === undefined) {
          ctx.issues.push({
            code: "custom",
            input: c.parent,
            path: ["categories", i, "parent"],
            message: `${describeValue(c.parent)} is not the code of a category in this taxonomy`,
          });
        } else if (parentLevel !== c.level - 1) {
          ctx.issues.push({
            code: "custom",
            input: c.parent,
            path: ["categories", i, "parent"],
            message: `${describeValue(c.parent)} is at level ${parentLevel} (expected a parent at level ${c.level - 1})`,
          });
        }
      });
    }),
  );

type _TaxonomyMatches = Assert<Same<z.infer<typeof taxonomySchema>, Taxonomy>>;

/**
 * An offence classification: who publishes it, which version, under which licence, and its
 * categories. Checks that codes are unique and that every parent exists one level up.
 *
 * @example
 * ```ts
 * TaxonomySchema.safeParse({ id: "x", name: "X", publisher: "P", version: "1", licence: "OGL-UK-3.0",
 *   categories: [{ code: "a", name: "A", level: 2, parent: "zz" }] }).success;
 * //=> false
 * ```
 */
export const TaxonomySchema: z.ZodMiniType<Taxonomy> = taxonomySchema;

/**
 * Validates a category, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The category.
 * @throws {@link SchemaError} when the input is not a valid category.
 * @example
 * ```ts
 * parseCategory({ code: "burglary", name: "Burglary", level: 1 }).name;
 * //=> "Burglary"
 * ```
 */
export function parseCategory(input: unknown, options?: ParseOptions): Category {
  return parseWith(CategorySchema, "Category", input, options);
}

/**
 * Validates a category without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseCategory({ code: "burglary", name: "Burglary", level: 0 }).success;
 * //=> false
 * ```
 */
export function safeParseCategory(input: unknown, options?: ParseOptions): SafeParseResult<Category> {
  return safeParseWith(CategorySchema, "Category", input, options);
}

/**
 * Validates a taxonomy, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The taxonomy.
 * @throws {@link SchemaError} when the input is not a valid taxonomy.
 * @example
 * ```ts
 * parseTaxonomy({ id: "t", name: "T", publisher: "P", version: "1", licence: "OGL-UK-3.0",
 *   categories: [{ code: "burglary", name: "Burglary", level: 1 }] }).categories.length;
 * //=> 1
 * ```
 */
export function parseTaxonomy(input: unknown, options?: ParseOptions): Taxonomy {
  return parseWith(TaxonomySchema, "Taxonomy", input, options);
}

/**
 * Validates a taxonomy without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseTaxonomy({ id: "t" }).success;
 * //=> false
 * ```
 */
export function safeParseTaxonomy(input: unknown, options?: ParseOptions): SafeParseResult<Taxonomy> {
  return safeParseWith(TaxonomySchema, "Taxonomy", input, options);
}
