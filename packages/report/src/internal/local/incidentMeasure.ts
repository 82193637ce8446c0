import type { Polarity } from "@crimestats/schema";
import { lowerFirst } from "../sections/words.js";

/** What the sections know of an incident measure: its name, the unit its rows count by default and its polarity. */
export interface IncidentMeasureInfo {
  /** The measure's id, e.g. `"asb"`. */
  readonly id: string;
  /** Its heading, e.g. `"Anti-social behaviour"`. */
  readonly name: string;
  /** The unit of a row without `unit`. */
  readonly unit: string;
  /** Which direction is good. */
  readonly polarity: Polarity;
  /** Why the polarity is what it is, for the notes. */
  readonly polarityNote: string;
  /** Its place in the document (built-in measures first, in the design's order; others after, by name). */
  readonly order: number;
}

const BUILT_IN: readonly { id: string; name: string; unit: string; polarity: Polarity; note: string }[] = [
  {
    id: "asb",
    name: "Anti-social behaviour",
    unit: "incidents",
    polarity: "lower-is-better",
    note: "Fewer anti-social behaviour incidents is the aim (lower is better).",
  },
  {
    id: "domestic-abuse",
    name: "Domestic abuse",
    unit: "offences",
    polarity: "no-judgement",
    note: "A rise or fall in domestic abuse is described, not rated: more victims coming forward is a goal, so a rise need not mean more abuse.",
  },
  {
    id: "hate-crime",
    name: "Hate crime",
    unit: "offences",
    polarity: "no-judgement",
    note: "A rise or fall in hate crime is described, not rated: more reporting is a goal, so a rise need not mean more hate crime.",
  },
  { id: "knife-crime", name: "Knife crime", unit: "offences", polarity: "lower-is-better", note: "Fewer knife crime offences is the aim (lower is better)." },
  { id: "gun-crime", name: "Gun crime", unit: "offences", polarity: "lower-is-better", note: "Fewer gun crime offences is the aim (lower is better)." },
  {
    id: "serious-youth-violence",
    name: "Serious youth violence",
    unit: "offences",
    polarity: "lower-is-better",
    note: "Less serious youth violence is the aim (lower is better).",
  },
];

/**
 * The name, default unit and polarity of an incident measure: the six built-in measures with
 * their own (anti-social behaviour, knife and gun crime and serious youth violence lower is
 * better; domestic abuse and hate crime not judged, as more reporting is a goal); any other
 * measure takes the `measureName` of its rows, counts offences and is not judged (the rows say
 * nothing of which direction is good).
 *
 * @param id - The measure id of the rows.
 * @param measureName - The `measureName` of its first row that has one, if any.
 * @returns The measure's name, unit, polarity and place in the document.
 * @throws Never.
 * @example
 * ```ts
 * incidentMeasure("hate-crime").polarity; //=> "no-judgement"
 * ```
 */
export function incidentMeasure(id: string, measureName?: string): IncidentMeasureInfo {
  const index = BUILT_IN.findIndex((m) => m.id === id);
  const known = BUILT_IN[index];
  if (known !== undefined) return { id, name: known.name, unit: known.unit, polarity: known.polarity, polarityNote: known.note, order: index };
  const name = measureName ?? id;
  return {
    id,
    name,
    unit: "offences",
    polarity: "no-judgement",
    polarityNote: `A rise or fall in ${lowerFirst(name)} is described, not rated: the data do not say which direction is better.`,
    order: BUILT_IN.length,
  };
}
