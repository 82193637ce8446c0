import type { LocalSection, LocalSectionsInput } from "../../localTypes.js";
import { incidentMeasure } from "./incidentMeasure.js";
import { incidentSection, type IncidentSectionOptions } from "./incidentSection.js";
import { OPEN_DATA_POLICY } from "./released.js";

/**
 * The sections of the partnership's incident counts, one per measure, in the document's order:
 * anti-social behaviour, domestic abuse, hate crime, knife crime, gun crime, serious youth
 * violence, then any other measure by name (see `incidentSection` for what each holds).
 *
 * @param input - The local data and the assessment they belong to.
 * @param options - The focus area's outline, for the anti-social behaviour hotspot map.
 * @returns The sections (none without incident rows).
 * @throws {@link ReportError} `invalid-data` when a row's period is not a month or a run, or the
 * disclosure package rejects a count or the policy.
 * @example
 * ```ts
 * incidentSections({ area: "A", incidents: [
 *   { measure: "hate-crime", area: "A", period: "2018-01/2018-12", flags: ["hate:race"], count: 30 },
 *   { measure: "asb", area: "A", period: "2018-01/2018-12", flags: [], count: 250 },
 * ] }).map((s) => s.id);
 * //=> ["asb", "hate-crime"]
 * ```
 */
export function incidentSections(input: LocalSectionsInput, options: IncidentSectionOptions = {}): LocalSection[] {
  const rows = input.incidents ?? [];
  const byMeasure = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    const list = byMeasure.get(r.measure);
    if (list === undefined) byMeasure.set(r.measure, [r]);
    else list.push(r);
  }
  const measures = [...byMeasure.entries()].map(([id, list]) => ({
    id,
    list,
    info: incidentMeasure(id, list.find((r) => r.measureName !== undefined)?.measureName),
  }));
  measures.sort((a, b) => a.info.order - b.info.order || a.info.name.localeCompare(b.info.name, "en") || a.id.localeCompare(b.id, "en"));
  // Measures counted from published open data are released exactly: their rows are public already.
  const open = new Set(input.openData ?? []);
  return measures.map((m) =>
    open.has(m.id)
      ? { ...incidentSection({ ...input, disclosure: OPEN_DATA_POLICY }, m.id, m.list, options), openData: true }
      : incidentSection(input, m.id, m.list, options),
  );
}
