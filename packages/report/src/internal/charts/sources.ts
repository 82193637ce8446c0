import type { Boundaries } from "@crimestats/charts";

/** A chart's source and licence, as `ChartOptions` of @crimestats/charts take them (spread into a chart's input). */
export interface SourceLine {
  /** Where the data come from. */
  readonly source: string;
  /** The licence, when not the Open Government Licence v3.0 (`""` for none: the SYNTHETIC data have no licence to state). */
  readonly licence?: string;
}

/** The source lines of a document's charts, by what each chart draws (the frame adds "Source: …" and the licence, OGL v3.0). */
export interface ChartSources {
  /** Charts of counts only: the recorded crime. */
  readonly counts: SourceLine;
  /** Charts of rates: the recorded crime and the population estimates. */
  readonly rates: SourceLine;
  /** The map of the benchmark area's members: rates and the area boundaries. */
  readonly areas: SourceLine;
  /** The ward maps: the ward counts and the ward boundaries. */
  readonly wards: SourceLine;
  /** The hotspot maps: data.police.uk street-level crime and the outline's boundary. */
  readonly hotspot: SourceLine;
}

/** What the document was made from, as far as the source lines need it. */
export interface ChartSourcesInput {
  /** The counts are the SYNTHETIC demonstration data. */
  readonly synthetic: boolean;
  /** The offence labels are Metropolitan Police categories (the London Datastore files). */
  readonly mps: boolean;
  /** The sources of the population estimates as given, e.g. `"ONS mid-year estimates, mid-2024"`. */
  readonly populationSources: readonly string[];
  /** The boundaries given, if any. */
  readonly boundaries: readonly (Boundaries | undefined)[];
}

/** True when a source names the Office for National Statistics (the one test of it, for charts and the document's list of sources). */
export function mentionsOns(source: string): boolean {
  return /\bONS\b|Office for National Statistics/.test(source);
}

/** The source words of ONS boundaries, with the Ordnance Survey notice their licence asks for. */
export const onsBoundariesSource = "ONS boundaries, contains OS data © Crown copyright and database right";

/** An ONS (GSS) area code, e.g. "E09000015" or "E05013570". */
const ONS_CODE = /^[EWSNK]\d{8}$/;

/**
 * The source line of each kind of chart of a document: the Metropolitan Police Service (London
 * Datastore) for counts in MPS categories, ONS for mid-year estimates and for boundaries with ONS
 * codes (with the Ordnance Survey notice their licence asks for), data.police.uk for street-level
 * crime, under the Open Government Licence v3.0; "SYNTHETIC demonstration data" and no licence
 * for the demonstration document, so no chart of it can be taken for a real one.
 */
export function chartSources(input: ChartSourcesInput): ChartSources {
  if (input.synthetic) {
    const synthetic = "SYNTHETIC demonstration data, not real figures";
    // Invented figures are under no licence: the source line says SYNTHETIC and names none.
    const line = (source: string): SourceLine => ({ source, licence: "" });
    return {
      counts: line(synthetic),
      rates: line(synthetic),
      areas: line(`${synthetic}; SYNTHETIC boundaries`),
      wards: line(`${synthetic}; SYNTHETIC boundaries`),
      hotspot: line(`${synthetic}; SYNTHETIC street-level crimes and boundaries`),
    };
  }
  const counts = input.mps ? "Metropolitan Police Service recorded crime (London Datastore)" : "Police recorded crime";
  const ons = input.populationSources.some(mentionsOns);
  const rates = `${counts}; ${ons ? "ONS mid-year population estimates" : "resident population estimates"}`;
  const onsBoundaries = input.boundaries.some((b) => b?.features.some((f) => f.code !== null && ONS_CODE.test(f.code)) === true);
  const boundaries = onsBoundaries ? onsBoundariesSource : "boundaries as given";
  return {
    counts: { source: counts },
    rates: { source: rates },
    areas: { source: `${rates}; ${boundaries}` },
    wards: { source: `${counts}; ${boundaries}` },
    hotspot: { source: `data.police.uk street-level crime; ${boundaries}` },
  };
}
