// The assessment workflow of docs/guide.md for a partnership outside London: Newport, one of the
// five local authorities of the Gwent Police force area. Benchmark area: the force area (Gwent);
// comparator group: the force's five local authorities. The counts and populations are written by
// hand for this example (round, invented numbers), NOT published figures: replace them with your
// own (docs/guide.md shows how to read them from data.police.uk street files and ONS estimates).
// Run it after `pnpm build` with `node examples/any-partnership.mjs`.
import { benchmarkTable, compareWithBenchmark, describeTable } from "@crimestats/benchmark";
import { discloseCount, disclosurePreset } from "@crimestats/disclosure";
import { formatPeriod, rollingYear, samePeriodLastYear } from "@crimestats/periods";
import { evaluate } from "@crimestats/rag";
import { rate, rateChange, roundHalfUp } from "@crimestats/rates";

// 1. The two periods: the 12 months to June 2025 and the same 12 months a year earlier.
const current = rollingYear("2025-06");
const previous = samePeriodLastYear(current);
console.log(`${formatPeriod(previous, "range")} → ${formatPeriod(current, "range")}`);

// 2. Offences in each period (invented numbers) and one population estimate used for both years.
const areas = [
  { area: "Blaenau Gwent", population: 68_000, counts: { [previous.label]: 6_100, [current.label]: 5_900 } },
  { area: "Caerphilly", population: 177_000, counts: { [previous.label]: 13_200, [current.label]: 13_650 } },
  { area: "Monmouthshire", population: 95_000, counts: { [previous.label]: 4_300, [current.label]: 4_150 } },
  { area: "Newport", population: 161_000, counts: { [previous.label]: 17_400, [current.label]: 16_800 } },
  { area: "Torfaen", population: 94_000, counts: { [previous.label]: 7_900, [current.label]: 8_050 } },
  // the benchmark area's own row: every offence the force recorded, with or without a district
  { area: "Gwent", population: 595_000, counts: { [previous.label]: 49_150, [current.label]: 48_800 } },
];
const newport = areas.find((a) => a.area === "Newport");

// 3. The focus area's rate with its 95% interval, and its change on last year.
const now = rate(newport.counts[current.label], newport.population, { per: 1000, confidence: 0.95 });
console.log(`Newport: ${roundHalfUp(now.value, 2)} offences per 1,000 (${now.method} 95% CI ${roundHalfUp(now.lower, 2)}–${roundHalfUp(now.upper, 2)})`);
const change = rateChange(
  { count: newport.counts[previous.label], population: newport.population },
  { count: newport.counts[current.label], population: newport.population },
);
console.log(`change on last year: ${roundHalfUp(change.change.value, 2)} per 1,000, ${change.change.count} offences`);

// 4. The benchmark table: the comparator group ranked, each area against the benchmark area.
const group = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"];
const table = benchmarkTable({
  areas,
  previousPeriod: previous.label,
  currentPeriod: current.label,
  per: 1000,
  focus: "Newport",
  group,
  benchmarkArea: "Gwent",
});
for (const sentence of describeTable(table, { polarity: "lower-is-better", groupName: "neighbours in Gwent" })) {
  console.log(`- ${sentence.explanation}`);
}

// 5. Is Newport's rate significantly different from the force area's?
const row = table.rows.find((r) => r.area === "Newport");
const comparison = compareWithBenchmark(row.current, { value: table.benchmarkArea.current }, { method: "two-level", polarity: "lower-is-better" });
console.log(`against Gwent: ${comparison.outcome}`);

// 6. A red/amber/green rating of the change, with its explanation.
const verdict = evaluate(
  { kind: "change", polarity: "lower-is-better", amber: { percent: 5 } },
  {
    previous: { count: newport.counts[previous.label], population: newport.population },
    current: { count: newport.counts[current.label], population: newport.population },
    what: "total offences",
  },
);
console.log(`RAG: ${verdict.explanation}`);

// 7. A small count for publication: a ward's 3 burglaries are not released.
const ward = discloseCount(3, disclosurePreset("suppress-1-4-round-5"));
console.log(`a ward's 3 burglaries are published as "${ward.display}" (${ward.status})`);
