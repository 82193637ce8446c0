// Recomputes the two benchmark tables of a published strategic assessment (Harrow's Community
// Safety Strategy 2019/20: Total Offences and Burglary, 2017 against 2018) from their printed
// counts, checks every printed rate and change, and audits every other printed figure about the
// same counts. The published figures are data (examples/data/harrow/golden-2019.json): a
// partnership can check its own published tables the same way with a file of its own.
//
//   node examples/reproduce-harrow-2019.mjs
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { auditPublishedTable, benchmarkTable, describeTable } from "@crimestats/benchmark";
import { roundHalfUp } from "@crimestats/rates";

/** The published figures of golden-2019.json. */
export function readGolden() {
  return JSON.parse(readFileSync(new URL("./data/harrow/golden-2019.json", import.meta.url), "utf8"));
}

/**
 * Each printed table recomputed with benchmarkTable (unrounded), its sentences, every printed rate
 * and change against the recomputation rounded half up as printed, and the audit of every printed
 * figure (tables, quick facts, prose) by auditPublishedTable.
 */
export function reproduce(golden) {
  const populations = golden.populations.values;
  const tables = golden.tables.map((published) => {
    const table = benchmarkTable({
      areas: published.rows.map((r) => ({
        area: r.area,
        population: populations[r.area],
        counts: { [golden.previousPeriod]: r.previous.count, [golden.currentPeriod]: r.current.count },
      })),
      previousPeriod: golden.previousPeriod,
      currentPeriod: golden.currentPeriod,
      per: golden.per,
      focus: golden.focus,
      group: golden.comparatorGroup,
      benchmarkArea: golden.benchmarkArea,
    });
    const cells = [];
    for (const printed of published.rows) {
      const row = table.rows.find((r) => r.area === printed.area);
      const check = (column, value, recomputed, decimals) => {
        if (value === undefined) return;
        const display = roundHalfUp(recomputed, decimals);
        cells.push({ area: printed.area, column, printed: value, recomputed, recomputedDisplay: display, reproduces: display === value });
      };
      check(`${golden.previousPeriod} rate`, printed.previous.rate, row.previous.value, 2);
      check(`${golden.currentPeriod} rate`, printed.current.rate, row.current.value, 2);
      check("offences change", printed.change.count, row.change.count, 0);
      check("rate change", printed.change.rate, row.change.value, 2);
    }
    const explanations = describeTable(table, { polarity: "lower-is-better", benchmarkAreaName: golden.benchmarkArea }).map((s) => s.explanation);
    return { id: published.id, title: published.title, table, explanations, cells };
  });
  const rows = [...golden.tables.flatMap((t) => t.rows.map((r) => ({ ...r, label: `${t.title} table` }))), ...golden.otherFigures.rows];
  const audit = auditPublishedTable(rows, { populations, per: golden.per, decimals: { rate: 2, rateChange: 2, percentChange: 1 } });
  return { tables, audit };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const golden = readGolden();
  const { tables, audit } = reproduce(golden);
  for (const t of tables) {
    const failed = t.cells.filter((c) => !c.reproduces);
    console.log(
      `${t.title}: ${failed.length === 0 ? `all ${t.cells.length} printed rates and changes reproduce` : `${failed.length} of ${t.cells.length} do not reproduce`}.`,
    );
    for (const s of t.explanations) console.log(`  - ${s}`);
  }
  console.log(`Audit: ${audit.checked - audit.findings.length} of ${audit.checked} printed figures reproduce.`);
  for (const f of audit.findings) console.log(`  - ${f.label}: ${f.explanation} [${f.cause}]`);
}
