// Validates the built package's data with @crimestats/schema (run by `pnpm build`, after tsup):
// every taxonomy must parse unchanged, and every crosswalk row must point at
// categories that exist. A failure stops the build.
import { parseTaxonomy } from "@crimestats/schema";
import * as data from "../dist/index.js";

const taxonomies = [
  data.policeUkCategories,
  data.homeOfficeOffenceGroups,
  data.metropolitanPoliceCategories,
  data.metropolitanPoliceLegacyCategories,
  data.mopac7,
];
const tables = [
  data.mpsToHomeOffice,
  data.mpsLegacyToHomeOffice,
  data.homeOfficeToPoliceUk,
  data.homeOfficeToMopac7,
  data.policeUkToMopac7,
  data.mpsToMopac7,
  data.mpsLegacyToMopac7,
];

for (const t of taxonomies) parseTaxonomy(t, { label: t.id });
const codes = new Map(taxonomies.map((t) => [t.id, new Set(t.categories.map((c) => c.code))]));
for (const table of tables) {
  for (const [i, row] of table.rows.entries()) {
    const bad = !codes.get(table.from)?.has(row.from) || (row.to !== null && !codes.get(table.to)?.has(row.to));
    if (bad) throw new Error(`${table.from} → ${table.to} rows[${i}]: ${row.from} → ${row.to} names a category that does not exist`);
  }
}
console.log(`validated ${taxonomies.length} taxonomies and ${tables.length} crosswalk tables`);
