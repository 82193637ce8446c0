import { describe, expect, it } from "vitest";
import { funnelLimits, funnelOverdispersion } from "../src/index.js";
import { dataDir, dataFiles, readCsv } from "./realData.js";

// Real published data, read in place from CRIMESTATS_DATA_DIR and never copied: MPS borough-level
// crime, 24 months to February 2025 (London Datastore), and the ONS mid-2024 borough populations.
const {
  paths: { crimeFile, populationFile },
  present,
} = dataFiles({
  crimeFile: "london-datastore-mps-borough-crime/MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv",
  populationFile: "borough-population/2324borough_pop.csv",
});

/** Each borough's all-offence count over the 12 months to February 2025 and its mid-2024 population. */
function load(): { area: string; count: number; population: number }[] {
  const [header = [], ...rows] = readCsv(crimeFile);
  const months = header.map((name, i) => ({ name, i })).filter(({ name }) => name >= "202403" && name <= "202502");
  if (months.length !== 12) throw new Error(`expected 12 months from 2024-03 to 2025-02, found ${months.length}`);
  const [popHeader = [], ...popRows] = readCsv(populationFile);
  const nameColumn = popHeader.indexOf("Area name");
  const popColumn = popHeader.indexOf("2024_Population");
  const population = new Map(popRows.map((r) => [r[nameColumn] as string, Number(r[popColumn])]));
  const counts = new Map<string, number>();
  for (const row of rows) {
    const borough = row[2] as string;
    if (!population.has(borough)) continue; // the airports and "Unknown" have no residents
    counts.set(borough, (counts.get(borough) ?? 0) + months.reduce((sum, { i }) => sum + Number(row[i]), 0));
  }
  return [...counts].map(([area, count]) => ({ area, count, population: population.get(area) as number }));
}

describe.skipIf(!present)(
  `real data: London boroughs' all offences, 12 months to February 2025 (${present ? "present" : `absent: CRIMESTATS_DATA_DIR=${dataDir || "unset"} has no borough files`})`,
  () => {
    const boroughs = present ? load() : [];
    const pooled = (boroughs.reduce((s, b) => s + b.count, 0) / boroughs.reduce((s, b) => s + b.population, 0)) * 1000;
    const outside = (phi: number): number =>
      boroughs.filter((b) => {
        const limit = funnelLimits(pooled, b.population, { levels: [0.998], overdispersion: phi }).limits[0]!;
        const value = (b.count / b.population) * 1000;
        return value < limit.lower || value > limit.upper;
      }).length;

    it("reads the 32 boroughs", () => {
      expect(boroughs).toHaveLength(32);
    });

    it("the boroughs vary far more than chance: over-dispersion is detected, and the widened 99.8% limits leave only the outlying boroughs outside", () => {
      const result = funnelOverdispersion(boroughs, pooled);
      expect(result.areaCount).toBe(32);
      expect(result.detected).toBe(true);
      expect(result.overdispersion).toBe(result.estimate);
      // Chance alone would put about 0.06 of 32 areas outside the 99.8% limits; Poisson limits put most outside.
      const plain = outside(1);
      const widened = outside(result.overdispersion);
      expect(plain).toBeGreaterThan(16);
      expect(widened).toBeLessThan(plain);
      expect(widened).toBeLessThanOrEqual(6); // the winsorised tails: at most 10% at each end, rounded up
      expect(result.explanation).toMatch(/^The 32 areas vary more than chance would make them: φ = [\d,.]+ \(z-scores winsorised at 10% each end\)/);
    });
  },
);
