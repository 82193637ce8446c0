import { LifecycleSchema, RagRatingSchema } from "../deliveryPlanAction.js";
import { IncidentMeasureSchema } from "../incidentCount.js";
import type { LocalKind } from "../localKind.js";
import type { SchemaName } from "../toJSONSchema.js";
import { CountingUnitSchema, PolaritySchema } from "../primitives.js";
import { PriorityKindSchema } from "../priority.js";

/**
 * How a CSV cell becomes a field: `text` as it is; `number` with "," thousands separators allowed;
 * `percent` also with a trailing "%"; `list` split on ";"; `lead` "Name, Role, Organisation" with
 * several leads separated by " / "; `due` a date, a month or words; `progress` dated updates, one
 * a line. A column with `values` is matched to them ignoring case and with spaces as "-".
 */
type CellKind = "text" | "number" | "percent" | "list" | "lead" | "due" | "progress";

/** One column of a local-data CSV: the public {@link LocalColumn} plus the row field it fills and how. */
export interface ColumnSpec {
  readonly name: string;
  readonly field: string;
  readonly cell: CellKind;
  readonly required: boolean | "conditional";
  readonly type: string;
  readonly values?: readonly string[];
  readonly description: string;
  readonly example: string;
}

const MONTH_RANGE = "month or run of months: YYYY-MM or YYYY-MM/YYYY-MM";
const WHOLE = "whole number, 0 or more";
const WHOLE_ABOVE_0 = "whole number above 0";
const PERCENT = 'number from 0 to 100 (a "%" sign is allowed)';
const KEBAB_ID = 'id: lower-case words joined by "-"';
const FLAGS = [
  "domestic-abuse",
  "knife",
  "gun",
  "injury",
  "hate:race",
  "hate:religion",
  "hate:sexual-orientation",
  "hate:disability",
  "hate:transgender",
  "hate:antisemitic",
  "hate:islamophobic",
];

/** The columns of each kind's CSV, in template order (built on call, so no work is done at import). */
export function localColumnSpecs(kind: LocalKind): readonly ColumnSpec[] {
  const text = (name: string, field: string, required: boolean | "conditional", description: string, example: string): ColumnSpec => ({
    name,
    field,
    cell: "text",
    required,
    type: "text",
    description,
    example,
  });
  const source = (what: string, example: string): ColumnSpec => text("source", "source", false, `Where ${what} comes from.`, example);
  const polarity = (required: boolean, description: string): ColumnSpec => ({
    name: "polarity",
    field: "polarity",
    cell: "text",
    required,
    type: "one of the values",
    values: PolaritySchema.options,
    description,
    example: "higher-is-better",
  });
  const period = (description: string, example: string): ColumnSpec => ({
    name: "period",
    field: "period",
    cell: "text",
    required: true,
    type: MONTH_RANGE,
    description,
    example,
  });
  switch (kind) {
    case "incidents":
      return [
        {
          name: "measure",
          field: "measure",
          cell: "text",
          required: true,
          type: KEBAB_ID,
          description: `What is counted. Built in: ${IncidentMeasureSchema.options.join(", ")}; any other id needs measure_name.`,
          example: "hate-crime",
        },
        text(
          "measure_name",
          "measureName",
          "conditional",
          "The measure's name; required when measure is not built in.",
          "Offensive weapon offences (young people)",
        ),
        text("area", "area", true, "The area counted: the focus area, a comparator or the benchmark area.", "Harrow"),
        text("ward", "ward", false, "A ward of the area; empty means the whole area.", "Wealdstone"),
        period("The month, or the inclusive run of months, counted.", "2024-03"),
        text("category", "category", false, "A breakdown within the measure.", "Violence with injury"),
        {
          name: "flags",
          field: "flags",
          cell: "list",
          required: false,
          type: 'flags separated by ";" (kebab-case, optionally behind a prefix such as "hate:")',
          description: `The flags every counted incident carries, each once; a row is one group, so a crime with two hate strands is one row with both. Known: ${FLAGS.join(", ")}; others allowed.`,
          example: "hate:race;hate:religion",
        },
        {
          name: "victim_age_band",
          field: "victimAgeBand",
          cell: "text",
          required: false,
          type: 'age band ("18-24", "65+") or "unknown"',
          description: "The victims' age band.",
          example: "18-24",
        },
        {
          name: "victim_sex",
          field: "victimSex",
          cell: "text",
          required: false,
          type: "one of the values",
          values: ["female", "male", "unknown"],
          description: "The victims' sex.",
          example: "female",
        },
        { name: "count", field: "count", cell: "number", required: true, type: WHOLE, description: 'How many ("2,240" is read as 2240).', example: "4" },
        {
          name: "unit",
          field: "unit",
          cell: "text",
          required: false,
          type: "one of the values",
          values: CountingUnitSchema.options,
          description: "What is counted; empty means the measure's usual unit (incidents for asb, else offences).",
          example: "offences",
        },
        {
          name: "kind",
          field: "kind",
          cell: "text",
          required: false,
          type: "one of the values",
          values: ["flow", "stock"],
          description: "flow: events in the period (empty means flow); stock: distinct people or cases, never added across periods.",
          example: "flow",
        },
        {
          name: "rounded",
          field: "rounded",
          cell: "number",
          required: false,
          type: WHOLE_ABOVE_0,
          description: "The count was published already rounded to this base (5): it is never added up or disclosed again.",
          example: "5",
        },
        source("the count", "Metropolitan Police CRIS extract"),
      ];
    case "youth-justice":
      return [
        {
          name: "measure",
          field: "measure",
          cell: "text",
          required: true,
          type: "one of the values",
          values: ["first-time-entrants", "reoffending", "custody"],
          description: "Which youth-justice measure.",
          example: "reoffending",
        },
        text("area", "area", true, "The area (a comparator such as the YOT family or England and Wales too).", "Harrow"),
        period("first-time-entrants and custody: the months counted; reoffending: the cohort's months.", "2017-01/2017-03"),
        {
          name: "count",
          field: "count",
          cell: "number",
          required: "conditional",
          type: WHOLE,
          description: "first-time-entrants and custody (required): first-time entrants, custodial sentences.",
          example: "41",
        },
        {
          name: "population_10_to_17",
          field: "population10to17",
          cell: "number",
          required: false,
          type: WHOLE_ABOVE_0,
          description: "first-time-entrants and custody: residents aged 10 to 17, for a rate (empty: counts only).",
          example: "22,110",
        },
        {
          name: "cohort",
          field: "cohort",
          cell: "number",
          required: "conditional",
          type: WHOLE_ABOVE_0,
          description: "reoffending: the cohort's size (with reoffenders).",
          example: "33",
        },
        {
          name: "reoffenders",
          field: "reoffenders",
          cell: "number",
          required: "conditional",
          type: WHOLE,
          description: "reoffending: how many of the cohort re-offended, at most cohort.",
          example: "12",
        },
        {
          name: "reoffences",
          field: "reoffences",
          cell: "number",
          required: false,
          type: WHOLE,
          description: "reoffending: their re-offences, at least reoffenders.",
          example: "33",
        },
        {
          name: "percent",
          field: "percent",
          cell: "percent",
          required: "conditional",
          type: PERCENT,
          description: "reoffending: a published rate of re-offenders, only when cohort and reoffenders are not given.",
          example: "39.6",
        },
        text("cohort_name", "cohortName", false, "The series the row belongs to; rows of one name are compared with each other.", "YJB national cohort"),
        source("the figure", "Youth Justice Board"),
      ];
    case "survey":
      return [
        text("question", "question", true, "The measure as worded.", "Police do a good job in the local area"),
        text("survey", "survey", false, "The survey.", "MOPAC Public Attitude Survey"),
        text("area", "area", true, "The area.", "Harrow"),
        period("The month, or the inclusive run of months, of the fieldwork.", "2018-04/2018-06"),
        {
          name: "agreeing",
          field: "agreeing",
          cell: "number",
          required: "conditional",
          type: WHOLE,
          description: "How many respondents agreed, at most base (give percent, or agreeing with base).",
          example: "12",
        },
        {
          name: "percent",
          field: "percent",
          cell: "percent",
          required: "conditional",
          type: PERCENT,
          description: "The percentage agreeing; with agreeing and base, it must be agreeing / base rounded to the decimals given.",
          example: "36.4",
        },
        {
          name: "base",
          field: "base",
          cell: "number",
          required: "conditional",
          type: WHOLE_ABOVE_0,
          description: "The sample base; required with agreeing. Without it there is no interval, so areas are listed, never ranked.",
          example: "33",
        },
        polarity(false, "Which direction is good; empty means higher-is-better."),
      ];
    case "service-volumes":
      return [
        { name: "measure", field: "measure", cell: "text", required: true, type: KEBAB_ID, description: "The service measure.", example: "idva-referrals" },
        text("measure_name", "measureName", true, "The measure's name.", "IDVA referrals"),
        text("area", "area", false, "The area; empty means the focus area.", "Harrow"),
        period("The month, or the inclusive run of months.", "2018-04/2019-03"),
        {
          name: "value",
          field: "value",
          cell: "number",
          required: true,
          type: "number, 0 or more",
          description: "The value: a count or an average (MARAC cases per month).",
          example: "348",
        },
        text("unit", "unit", true, "What the value counts.", "referrals"),
        {
          name: "target",
          field: "target",
          cell: "number",
          required: false,
          type: "number, 0 or more",
          description: "The target for the period.",
          example: "240",
        },
        polarity(true, "Which direction is good (more referrals can mean more victims supported)."),
        source("the value", "IDVA service records"),
      ];
    default:
      return [
        text("priority", "priority", false, "The partnership priority the action serves (else the objective groups the actions).", "Domestic abuse and VAWG"),
        text("objective", "objective", true, "The strategic objective the action serves.", "4b"),
        text("action", "action", true, "The action.", "Run awareness workshops in schools"),
        {
          name: "lead",
          field: "leads",
          cell: "lead",
          required: false,
          type: 'Name, Role, Organisation (a part may be empty, its comma kept); several separated by " / "',
          description: "Who leads the action; empty means nobody is named.",
          example: "Jane Smith, Community Safety Manager, Harrow Council",
        },
        {
          name: "due",
          field: "due",
          cell: "due",
          required: true,
          type: "date (YYYY-MM-DD), month (YYYY-MM) or words",
          description:
            'When the action is due or reviewed: a date or month, "Ongoing", a cadence (weekly, monthly, quarterly, six-monthly, annually) or other words (kept as written, with no date).',
          example: "2020-03-31",
        },
        {
          name: "lifecycle",
          field: "lifecycle",
          cell: "text",
          required: true,
          type: "one of the values",
          values: LifecycleSchema.options,
          description: "Where the action stands in the plan's life (separate from rag).",
          example: "continue",
        },
        {
          name: "rag",
          field: "rag",
          cell: "text",
          required: true,
          type: "one of the values",
          values: RagRatingSchema.options,
          description: "Its RAG rating as given (separate from lifecycle).",
          example: "amber",
        },
        {
          name: "measures",
          field: "measures",
          cell: "list",
          required: false,
          type: 'texts separated by ";"',
          description: "The measures and targets of the action.",
          example: "Number of schools reached",
        },
        {
          name: "progress",
          field: "progress",
          cell: "progress",
          required: false,
          type: "dated updates, one a line: YYYY-MM-DD: text",
          description: "Progress updates, oldest first.",
          example: "2019-01-10: Workshops held in 6 schools",
        },
        text("id", "id", false, "An id for the action.", "DA-3"),
        text("plan", "plan", false, "The plan it belongs to.", "2019/20 Delivery Plan"),
        {
          name: "group",
          field: "group",
          cell: "text",
          required: false,
          type: "one of the values",
          values: PriorityKindSchema.options,
          description: "The crime group of the priority.",
          example: "high-harm",
        },
      ];
  }
}

/** The worked example row of each kind: a coherent row that parses (cells of other forms empty). */
export function localExampleRow(kind: LocalKind): Readonly<Record<string, string>> {
  const specs = localColumnSpecs(kind);
  const row: Record<string, string> = Object.fromEntries(specs.map((c) => [c.name, c.example]));
  switch (kind) {
    case "incidents":
      // A built-in measure needs no name; a hate crime is not broken down by ward here.
      return { ...row, measure_name: "", category: "", victim_age_band: "", victim_sex: "", unit: "offences", kind: "", rounded: "" };
    case "youth-justice":
      // A reoffending cohort: the count, population and published percent belong to other rows.
      return { ...row, count: "", population_10_to_17: "", percent: "", cohort_name: "Local reoffending cohort" };
    default:
      return row;
  }
}

/** The name of each kind's row schema (in `toJSONSchema()` and the `SchemaError`s of its rows). */
export function localSchemaName(kind: LocalKind): SchemaName {
  switch (kind) {
    case "incidents":
      return "IncidentCount";
    case "youth-justice":
      return "YouthJusticeRecord";
    case "survey":
      return "SurveyResult";
    case "service-volumes":
      return "ServiceVolume";
    default:
      return "DeliveryPlanAction";
  }
}
