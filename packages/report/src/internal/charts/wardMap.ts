import { choroplethMap, type Boundaries, type BoundaryFeature, type Chart } from "@crimestats/charts";
import type { ReportPeriod } from "../../types.js";
import type { SourceLine } from "./sources.js";
import type { WardPrioritySection } from "../sections/wardSection.js";

/** What a suppressed ward's row of a ward map's table says. */
const SUPPRESSED = "Not shown: suppressed under the disclosure rule (a small number, or one hidden so that no small number can be worked out)";

/** Width of a ward map's plot: one map per priority, so small (the key names each ward). */
const WIDTH = 400;

/** Text compared ignoring case and spaces at the ends. */
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The focus area's feature among area boundaries: the one whose name (or code) is the area's,
 * ignoring case; `null` when none is.
 */
export function focusFeature(boundaries: Boundaries | undefined, area: string): BoundaryFeature | null {
  if (boundaries === undefined) return null;
  return boundaries.features.find((f) => (f.name !== null && same(f.name, area)) || (f.code !== null && same(f.code, area))) ?? null;
}

/**
 * The ward boundaries of the focus area: the features one of whose other properties (not the
 * ward's own name or code) names the focus area or holds its code (e.g. `LAD22NM: "Harrow"` or
 * `LAD22CD: "E09000015"`). When no feature names it, every feature is kept (a file of the focus
 * area's wards only), and `filtered` is false.
 */
export function focusWards(wards: Boundaries, area: string, code: string | null): { readonly boundaries: Boundaries; readonly filtered: boolean } {
  const own = new Set([wards.codeProperty, wards.nameProperty]);
  const names = (f: BoundaryFeature): boolean =>
    Object.entries(f.properties).some(
      ([key, value]) => !own.has(key) && typeof value === "string" && (same(value, area) || (code !== null && same(value, code))),
    );
  const features = wards.features.filter(names);
  return features.length === 0 ? { boundaries: wards, filtered: false } : { boundaries: { ...wards, features }, filtered: true };
}

/** What {@link wardMap} needs. */
export interface WardMapInput {
  /** The priority's ward table (released figures only). */
  readonly section: WardPrioritySection;
  /** The focus area's ward boundaries (from {@link focusWards}). */
  readonly boundaries: Boundaries;
  /** The focus area. */
  readonly area: string;
  /** The current period. */
  readonly current: ReportPeriod;
  /** The source line and licence. */
  readonly source: SourceLine;
}

/**
 * The ward map of a priority: each ward of the focus area coloured by its RELEASED count in the
 * current period (the disclosure policy applied, never an exact small count), a suppressed ward
 * "Not shown" with the reason in the table, wards joined to the boundaries by code or name (those
 * left unjoined are in the map's notes). Counts, not rates: the title says so, since wards have no
 * population here. The finding is the ward section's first sentence (the wards with most offences).
 */
export function wardMap(input: WardMapInput): Chart {
  const { section } = input;
  const finding = section.explanations[0];
  return choroplethMap({
    title: `${section.name}: offences by ward of ${input.area}, ${input.current.label} (counts, not rates)`,
    ...input.source,
    ...(finding === undefined ? {} : { finding }),
    boundaries: input.boundaries,
    values: section.rows.map((r) => (r.current.value === null ? { area: r.ward, value: null, label: SUPPRESSED } : { area: r.ward, value: r.current.value })),
    by: "auto",
    legendTitle: "Offences (released count)",
    decimals: 0,
    width: WIDTH,
    // Numbered in the ward table's order (most offences first), so the Map column counts down the table.
    keys: "values",
  });
}
