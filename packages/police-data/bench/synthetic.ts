import { createWriteStream } from "node:fs";
import { once } from "node:events";
// a small deterministic PRNG (mulberry32) so every run writes the same file
import { seededRandom as rng } from "../test/breakSeries.js";

const TYPES = [
  "Anti-social behaviour",
  "Bicycle theft",
  "Burglary",
  "Criminal damage and arson",
  "Drugs",
  "Other crime",
  "Other theft",
  "Possession of weapons",
  "Public order",
  "Robbery",
  "Shoplifting",
  "Theft from the person",
  "Vehicle crime",
  "Violence and sexual offences",
];
const OUTCOMES = ["Investigation complete; no suspect identified", "Unable to prosecute suspect", "Under investigation", "Status update unavailable"];
const DISTRICTS = ["Barnet", "Brent", "Ealing", "Harrow", "Hillingdon", "Camden", "Westminster", "Croydon"];

/**
 * Write a synthetic data.police.uk street file of `rows` rows (12 columns, LF, 64-hex Crime IDs,
 * 24 months in order, 4,000 LSOAs, 14 categories, 2 % "No Location" rows, 20 % empty Crime IDs).
 * Returns the number of bytes written.
 */
export async function writeSyntheticStreetCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const rand = rng(20240101);
  let bytes = 0;
  const header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
  let batch = header;
  const perMonth = Math.ceil(rows / 24);
  for (let i = 0; i < rows; i++) {
    const month = 2023 * 12 + 2 + Math.floor(i / perMonth);
    const mk = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    const type = TYPES[Math.floor(rand() * TYPES.length)]!;
    const asb = type === "Anti-social behaviour";
    const id = asb
      ? ""
      : (
          i.toString(16).padStart(16, "0") +
          Math.floor(rand() * 2 ** 32)
            .toString(16)
            .padStart(8, "0")
        )
          .repeat(3)
          .slice(0, 64)
          .padEnd(64, "a");
    const noLoc = rand() < 0.02;
    const lsoaN = Math.floor(rand() * 4000);
    const district = DISTRICTS[lsoaN % DISTRICTS.length]!;
    const lsoa = noLoc ? "" : `E0100${String(lsoaN).padStart(4, "0")}`;
    const lsoaName = noLoc ? "" : `${district} ${String((lsoaN % 300) + 1).padStart(3, "0")}${String.fromCharCode(65 + (lsoaN % 5))}`;
    const lon = noLoc ? "" : (-0.5 + rand() * 0.6).toFixed(6);
    const lat = noLoc ? "" : (51.3 + rand() * 0.4).toFixed(6);
    const loc = noLoc ? "No Location" : `On or near Street ${lsoaN % 997}`;
    const outcome = asb ? "" : OUTCOMES[i % OUTCOMES.length]!;
    batch += `${id},${mk},Metropolitan Police Service,Metropolitan Police Service,${lon},${lat},${loc},${lsoa},${lsoaName},${type},${outcome},\n`;
    if (batch.length > 1 << 20) {
      bytes += Buffer.byteLength(batch);
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  bytes += Buffer.byteLength(batch);
  out.end(batch);
  await once(out, "finish");
  return bytes;
}
