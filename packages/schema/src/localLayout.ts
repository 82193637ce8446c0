import { describeValue } from "@crimestats/internal";
import { localColumnSpecs, localExampleRow, localSchemaName } from "./internal/localColumns.js";
import type { LocalKind } from "./localKind.js";
import { LocalKindSchema } from "./localKind.js";
import { SchemaError } from "./SchemaError.js";
import type { SchemaName } from "./toJSONSchema.js";

/** One column of a local-data CSV template; see {@link localLayout}. */
export interface LocalColumn {
  /** The column's name in the header: the row field in snake_case (`"victim_age_band"`, `"population_10_to_17"`). */
  readonly name: string;
  /** `true`: every row fills it; `false`: optional; `"conditional"`: needed by some rows (the description says which). */
  readonly required: boolean | "conditional";
  /** The type in words (`"whole number, 0 or more"`, `"month or run of months: YYYY-MM or YYYY-MM/YYYY-MM"`). */
  readonly type: string;
  /** The allowed values, when the column takes one of a fixed list. */
  readonly values?: readonly string[];
  /** What the column means, in a sentence or two. */
  readonly description: string;
  /** An example cell. */
  readonly example: string;
}

/** The CSV layout of one kind of local data; see {@link localLayout}. */
export interface LocalLayout {
  /** The kind. */
  readonly kind: LocalKind;
  /** The name of the kind's row schema, in `toJSONSchema()` and the shipped JSON Schema files (`"IncidentCount"`). */
  readonly schema: SchemaName;
  /** The columns, in template order. */
  readonly columns: readonly LocalColumn[];
  /** A worked example row, by column name (every column; an empty cell is an absent value), that {@link localRowFromCsv} accepts. */
  readonly example: Readonly<Record<string, string>>;
}

/**
 * The CSV layout of one kind of a partnership's own data (`incidents`, `youth-justice`, `survey`,
 * `service-volumes` or `delivery-plan`): its columns in template order, each with its name (the
 * row field in snake_case), whether it is required (`true`, `false` or `"conditional"`: needed by
 * some rows), its type in words, its allowed values where there is a fixed list, what it means
 * and an example cell; plus a worked example row, and the name of the kind's row schema in
 * {@link toJSONSchema}. Every field of the kind's row type has a
 * column. Cells are read by {@link localRowFromCsv}: an empty cell is an absent value, numbers may
 * have "," thousands separators, percentages a "%" sign, lists are separated by ";", a delivery
 * plan's leads are "Name, Role, Organisation" separated by " / ".
 *
 * @param kind - The kind of local data.
 * @returns A fresh layout `{ kind, columns, example }`.
 * @throws {@link SchemaError} when `kind` is not one of the five kinds.
 * @example
 * ```ts
 * localLayout("youth-justice").columns.map((c) => c.name).slice(0, 5);
 * //=> ["measure", "area", "period", "count", "population_10_to_17"]
 * ```
 */
export function localLayout(kind: LocalKind): LocalLayout {
  if (!LocalKindSchema.safeParse(kind).success) {
    throw new SchemaError("LocalKind", [
      {
        path: "kind",
        message: `${describeValue(kind)} is not a kind of local data (expected one of ${LocalKindSchema.options.join(", ")})`,
        code: "invalid_value",
      },
    ]);
  }
  const columns = localColumnSpecs(kind).map(
    ({ field: _field, cell: _cell, values, ...column }): LocalColumn => ({
      ...column,
      ...(values === undefined ? {} : { values: [...values] }),
    }),
  );
  return { kind, schema: localSchemaName(kind), columns, example: { ...localExampleRow(kind) } };
}
