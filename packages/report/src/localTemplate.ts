import { describeValue } from "@crimestats/internal";
import { localLayout, toJSONSchema } from "@crimestats/schema";
import { ReportError } from "./ReportError.js";
import type { LocalKind } from "./localTypes.js";

/** A local-data template: the CSV to fill in, its column definitions and the JSON Schema of the same data as JSON. */
export interface LocalTemplateResult {
  /** The CSV: the header row and one worked example row (replace it with your own rows). */
  readonly csv: string;
  /** The column definitions as a Markdown document: name, required, type, allowed values, meaning and example of each column. */
  readonly columns: string;
  /** The JSON Schema (draft 2020-12) of the kind as a JSON file, `{ "kind": "<kind>", "rows": [ … ] }`, as text. */
  readonly jsonSchema: string;
}

/** The kinds and their headings. */
const TITLES: Readonly<Record<LocalKind, string>> = {
  incidents: "Incident counts",
  "youth-justice": "Youth justice",
  survey: "Survey results",
  "service-volumes": "Service volumes",
  "delivery-plan": "Delivery plan",
};

/** A CSV field: quoted when it holds a comma, a quote, a line break or spaces at either end. */
function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Text for a Markdown table cell (pipes escaped, line breaks as spaces). */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * The template of one kind of a partnership's own data, as `crimestats template <kind>` writes
 * it: a CSV with the header and one worked example row, the column definitions in Markdown, and
 * the JSON Schema of a JSON file of the same rows (`{ "kind": "<kind>", "rows": [ … ] }`). The
 * layout (columns, which are required, their types and example) is `localLayout` of
 * @crimestats/schema; `readLocalFile` reads the filled-in file and the example row passes it.
 *
 * @param kind - `"incidents"`, `"youth-justice"`, `"survey"`, `"service-volumes"` or `"delivery-plan"`.
 * @returns `{ csv, columns, jsonSchema }`, each a text ending with a line break.
 * @throws {ReportError} `invalid-argument` when `kind` is not one of the five kinds.
 * @example
 * ```ts
 * const template = localTemplate("incidents");
 * template.csv.split("\n")[0]?.split(",").slice(0, 3);
 * //=> ["measure", "measure_name", "area"]
 * ```
 */
export function localTemplate(kind: LocalKind): LocalTemplateResult {
  if (typeof kind !== "string" || !Object.hasOwn(TITLES, kind)) {
    throw new ReportError(
      "invalid-argument",
      `localTemplate: kind ${describeValue(kind)} is not a kind of local data: expected one of ${Object.keys(TITLES).join(", ")}.`,
      {
        kind,
      },
    );
  }
  const layout = localLayout(kind);
  const title = TITLES[kind];
  const names = layout.columns.map((c) => c.name);
  const csv = `${names.map(csvField).join(",")}\n${names.map((n) => csvField(layout.example[n] ?? "")).join(",")}\n`;
  const required = (r: boolean | "conditional"): string => (r === true ? "yes" : r === "conditional" ? "conditional" : "no");
  const columns = [
    `# ${title} (\`${kind}\`)`,
    "",
    `One row per line of \`${kind}.csv\`; the first line is the header. Empty cells are absent values. The`,
    "worked example row shows each column filled in: replace it with your own rows, then run",
    `\`crimestats check ${kind}.csv\`. "conditional" columns are needed in some rows (see their meaning).`,
    "",
    "| column | required | type | values | meaning | example |",
    "| --- | --- | --- | --- | --- | --- |",
    ...layout.columns.map(
      (c) =>
        `| \`${c.name}\` | ${required(c.required)} | ${cell(c.type)} | ${cell(c.values === undefined ? "" : c.values.join(", "))} | ${cell(c.description)} | ${cell(c.example === "" ? "" : `\`${c.example}\``)} |`,
    ),
    "",
  ].join("\n");
  const { $schema: _drop, ...rowSchema } = toJSONSchema()[layout.schema] as Record<string, unknown>;
  const fileSchema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `${title}: a local-data file of @crimestats/report`,
    description: `{ "kind": "${kind}", "rows": [ … ] }: the rows of the ${kind} template as JSON (camelCase field names), read by readLocalFile and "crimestats check".`,
    type: "object",
    properties: {
      $schema: { type: "string" },
      kind: { const: kind },
      rows: { type: "array", minItems: 1, items: rowSchema },
    },
    required: ["kind", "rows"],
    additionalProperties: false,
  };
  return { csv, columns, jsonSchema: `${JSON.stringify(fileSchema, null, 2)}\n` };
}
