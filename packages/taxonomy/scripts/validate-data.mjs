// Validates the built package's data with @crimestats/schema (run by `pnpm build`, after tsup):
// every taxonomy must parse unchanged, and every crosswalk row must point at
// categories that exist. A failure stops the build.
import { parseRecordingBreaks, parseTaxonomy } from "@crimestats/schema";
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
// Known recording breaks: valid, ids unique, each with a public https source, and every offence
// label a name or alias of a category of the taxonomy its classification names.
parseRecordingBreaks(data.recordingBreaks, { label: "recordingBreaks" });
const labels = new Map(taxonomies.map((t) => [t.id, new Set(t.categories.flatMap((c) => [c.name, ...(c.aliases ?? [])]))]));
for (const [i, b] of data.recordingBreaks.entries()) {
  if (!b.source.url?.startsWith("https://")) throw new Error(`recordingBreaks[${i}] (${b.id}): the source has no https address`);
  const known = b.classification === undefined ? undefined : labels.get(b.classification);
  const offences = [...(b.affects.offences ?? []), ...(b.likeForLike?.offences ?? [])];
  if (offences.length > 0 && known === undefined) throw new Error(`recordingBreaks[${i}] (${b.id}): offences need a classification of a shipped taxonomy`);
  for (const o of offences) if (!known?.has(o)) throw new Error(`recordingBreaks[${i}] (${b.id}): ${o} is not a category name of ${b.classification}`);
}
console.log(`validated ${taxonomies.length} taxonomies, ${tables.length} crosswalk tables and ${data.recordingBreaks.length} recording breaks`);
