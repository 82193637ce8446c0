import { existsSync } from "node:fs";
import { disclosurePreset, auditTable } from "@crimestats/disclosure";
import { rollingYear } from "@crimestats/periods";
import { countCube, joinReleases, type CountCube } from "@crimestats/police-data";
import { readMpsWide } from "@crimestats/police-data/node";
import type { CountRow } from "@crimestats/schema";
import { findCategory, metropolitanPoliceCategories, recordingBreaks } from "@crimestats/taxonomy";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSvg } from "@crimestats/charts";
import { countTable, type CountTable } from "../counts.js";
import { breakNotes } from "./breakNotes.js";
import { longTrend } from "./longTrend.js";
import { wardSection } from "./wardSection.js";

const data = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const boroughDir = `${data}/london-datastore-mps-borough-crime`;
const releases = [
  "MPS Borough Level Crime (Historical).csv",
  "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv",
  "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv",
];
const wardFile = `${data}/london-datastore-mps-ward-crime/MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv`;
const present = releases.every((f) => existsSync(`${boroughDir}/${f}`)) && existsSync(wardFile);
const AIRPORTS = "London Heathrow and London City Airports";

/** An MPS MinorText label as the taxonomy names it, so the releases join on one name. */
function canonical(label: string): string {
  try {
    return findCategory(metropolitanPoliceCategories, label, { level: 2 }).name;
  } catch {
    return label;
  }
}

/** Sum of the counts of `areas` of `offences` from `first` to `last` (inclusive). */
function total(table: CountTable, areas: readonly string[], offences: readonly string[], first: string, last: string): number {
  const from = table.months.indexOf(first as never);
  const to = table.months.indexOf(last as never);
  let sum = 0;
  for (const area of areas) {
    const s = table.series(area, offences);
    for (let i = from; i <= to; i += 1) sum += s[i] ?? 0;
  }
  return sum;
}

describe.skipIf(!present)("sections on the London Datastore files (skipped: CRIMESTATS_DATA_DIR without the MPS borough and ward files)", () => {
  let boroughs: CountTable;
  let wards: CountTable;
  const current = rollingYear("2025-02");
  const previous = rollingYear("2024-02");

  beforeAll(async () => {
    const cubes: CountCube[] = [];
    for (const file of releases) {
      const { cube } = await countCube(readMpsWide(`${boroughDir}/${file}`, { offence: "minor" }), { by: ["area", "month", "offence"], area: "area" });
      cubes.push({ ...cube, vintage: cube.vintage ?? file });
    }
    boroughs = countTable(joinReleases(cubes, { offence: canonical }).cube, "borough counts");
    const rows: CountRow[] = [];
    for await (const r of readMpsWide(wardFile, { offence: "minor" })) {
      if (r.borough === "Harrow") rows.push({ area: (r.wardName ?? r.area).trim(), month: r.month, offence: canonical(r.minor ?? ""), count: r.count });
    }
    wards = countTable(rows, "ward counts");
  }, 120_000);

  it("gives Hillingdon's change like for like with the airports row, and leaves the pooled London figure alone", () => {
    const offences = boroughs.offences;
    const notes = breakNotes({
      breaks: recordingBreaks,
      detected: [],
      previous,
      current,
      areas: ["Hillingdon", "Harrow"],
      offences,
      counts: boroughs,
      classification: "mps",
    });
    const airports = notes.find((n) => n.id === "mps-airports-row-to-hillingdon");
    expect(airports?.areas).toEqual(["Hillingdon"]);
    const both = ["Hillingdon", AIRPORTS];
    const before = total(boroughs, both, offences, previous.first, previous.last);
    const after = total(boroughs, both, offences, current.first, current.last);
    expect(airports?.likeForLike).toEqual([
      {
        area: "Hillingdon",
        rows: { areas: both, offences },
        previous: before,
        current: after,
        change: after - before,
        percent: ((after - before) / before) * 100,
      },
    ]);
    // Hillingdon alone rises by far more than Hillingdon with the airports row.
    const alone =
      total(boroughs, ["Hillingdon"], offences, current.first, current.last) - total(boroughs, ["Hillingdon"], offences, previous.first, previous.last);
    expect(alone).toBeGreaterThan(2 * (after - before));
    const pooled = breakNotes({
      breaks: recordingBreaks,
      detected: [],
      previous,
      current,
      areas: [],
      pooled: { name: "London", areas: boroughs.areas },
      offences,
      counts: boroughs,
      classification: "mps",
    });
    // Listed as a change the pooled figure holds whole: comparable, affecting no figure.
    const pooledAirports = pooled.find((n) => n.id === "mps-airports-row-to-hillingdon");
    expect(pooledAirports?.treatment).toBe("contained");
    expect(pooledAirports?.areas).toEqual([]);
  });

  it("gives Harrow's residential burglary like for like over every burglary label across the relabelling", () => {
    const residential = ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL"];
    const notes = breakNotes({
      breaks: recordingBreaks,
      detected: [],
      previous,
      current,
      areas: ["Harrow"],
      offences: residential,
      counts: boroughs,
      classification: "mps",
    });
    const relabel = notes.find((n) => n.id === "mps-burglary-in-a-dwelling-relabelled-residential");
    const burglary = boroughs.offences.filter((o) => o.includes("BURGLARY"));
    expect(new Set(relabel?.likeForLike[0]?.rows.offences)).toEqual(new Set(burglary));
    expect(relabel?.likeForLike[0]?.previous).toBe(total(boroughs, ["Harrow"], burglary, previous.first, previous.last));
  });

  it("lists Harrow's same-period counts from 2010 and averages the five years before the assessed one; the chart renders", async () => {
    const series = boroughs.series("Harrow", boroughs.offences);
    const result = longTrend({ months: boroughs.months, series, current, previous, breaks: [], area: "Harrow" });
    expect(result.first).toBe("2010-04");
    // The year to February 2011 starts in March 2010, a month before the data: the oldest whole one ends in February 2012.
    expect(result.samePeriod.at(-1)?.label).toBe("12 months to Feb 2012");
    expect(result.samePeriod[0]?.count).toBe(total(boroughs, ["Harrow"], boroughs.offences, current.first, current.last));
    const five = result.samePeriod.slice(1, 6).map((s) => s.count);
    expect(result.longRunAverage).toMatchObject({ years: 5, value: five.reduce((a, b) => a + b, 0) / 5 });
    const svg = await renderSvg(result.chart);
    // One path for the line of about 180 rolling years, coordinates at most to a tenth of a pixel.
    expect(svg.match(/\d\.\d{2,}/g) ?? []).toEqual([]);
    expect(svg.length).toBeLessThan(15_000);
  });

  it("releases Harrow's ward figures safely, and gives no change for the 12 months to February 2025 (the ward file starts in January 2024)", () => {
    const result = wardSection({
      counts: wards,
      priorities: [{ id: "all-offences", name: "All offences", offences: wards.offences }],
      current,
      previous,
      disclosure: disclosurePreset("suppress-1-4-round-5"),
      area: "Harrow",
    });
    expect(result?.previousCovered).toBe(false);
    expect(result?.changeExplanation).toBe(
      "Changes are not shown: the ward data run from January 2024 to December 2025, so they do not cover the 12 months to February 2024.",
    );
    const section = result?.priorities[0];
    expect(section?.rows.every((r) => r.change === null)).toBe(true);
    expect(section?.disclosed).toEqual([]);
    expect(auditTable(section?.released.current ?? { cells: [], relations: [], policy: disclosurePreset("suppress-1-4-round-5") }).disclosed).toEqual([]);
    expect(section?.rows.filter((r) => (r.current.value ?? 0) >= 1000).every((r) => r.current.display.includes(","))).toBe(true);
  });
});
