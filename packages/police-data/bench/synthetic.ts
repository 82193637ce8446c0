import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Zip, ZipDeflate } from "fflate";
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

const HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

/** Month key `YYYY-MM` of a month index (year * 12 + month - 1). */
function monthKey(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** One synthetic street row (with its line feed): row `i` of a file, in month `mk`, of `force`, its LSOAs in `districts`. */
function syntheticRow(i: number, mk: string, rand: () => number, force: string, districts: readonly string[]): string {
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
  const district = districts[lsoaN % districts.length]!;
  const lsoa = noLoc ? "" : `E0100${String(lsoaN).padStart(4, "0")}`;
  const lsoaName = noLoc ? "" : `${district} ${String((lsoaN % 300) + 1).padStart(3, "0")}${String.fromCharCode(65 + (lsoaN % 5))}`;
  const lon = noLoc ? "" : (-0.5 + rand() * 0.6).toFixed(6);
  const lat = noLoc ? "" : (51.3 + rand() * 0.4).toFixed(6);
  const loc = noLoc ? "No Location" : `On or near Street ${lsoaN % 997}`;
  const outcome = asb ? "" : OUTCOMES[i % OUTCOMES.length]!;
  return `${id},${mk},${force},${force},${lon},${lat},${loc},${lsoa},${lsoaName},${type},${outcome},\n`;
}

/**
 * Write a synthetic data.police.uk street file of `rows` rows (12 columns, LF, 64-hex Crime IDs,
 * 24 months in order, 4,000 LSOAs, 14 categories, 2 % "No Location" rows, 20 % empty Crime IDs).
 * Returns the number of bytes written.
 */
export async function writeSyntheticStreetCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const rand = rng(20240101);
  let bytes = 0;
  let batch = HEADER;
  const perMonth = Math.ceil(rows / 24);
  for (let i = 0; i < rows; i++) {
    batch += syntheticRow(i, monthKey(2023 * 12 + 2 + Math.floor(i / perMonth)), rand, "Metropolitan Police Service", DISTRICTS);
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

/**
 * Write a synthetic data.police.uk archive (zip, deflated with fflate) laid out as the download
 * is: `YYYY-MM/YYYY-MM-<force>-street.csv` for `forces` forces (force `f` with its own 8
 * districts and `rowsPerMember * (f + 1)` rows a month) over `months` months from March 2023,
 * rows as in {@link writeSyntheticStreetCsv}. Returns the rows and the bytes of the CSV members.
 * @public (loaded by bench/race.mjs through esbuild, which knip does not follow)
 */
export async function writeSyntheticArchive(path: string, forces: number, months: number, rowsPerMember: number): Promise<{ rows: number; csvBytes: number }> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const rand = rng(20240202);
  let rows = 0;
  let csvBytes = 0;
  let failed: Error | null = null;
  const pending: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else pending.push(data);
  });
  const flush = async (): Promise<void> => {
    if (failed !== null) throw failed;
    for (const chunk of pending.splice(0)) if (!out.write(chunk)) await once(out, "drain");
  };
  const encoder = new TextEncoder();
  for (let m = 0; m < months; m++) {
    const mk = monthKey(2023 * 12 + 2 + m);
    for (let f = 0; f < forces; f++) {
      const slug = `force-${String.fromCharCode(97 + (f % 26))}${f >= 26 ? f : ""}`;
      const name = `Force ${f + 1} Police`;
      const districts = DISTRICTS.map((d) => `${d} ${f + 1}`);
      const member = new ZipDeflate(`${mk}/${mk}-${slug}-street.csv`, { level: 1 });
      zip.add(member);
      let batch = HEADER;
      const n = rowsPerMember * (f + 1);
      for (let i = 0; i < n; i++) {
        batch += syntheticRow(i, mk, rand, name, districts);
        if (batch.length > 1 << 20 || i === n - 1) {
          const bytes = encoder.encode(batch);
          csvBytes += bytes.length;
          member.push(bytes, i === n - 1);
          batch = "";
          await flush();
        }
      }
      rows += n;
    }
  }
  zip.end();
  await flush();
  out.end();
  await once(out, "finish");
  return { rows, csvBytes };
}
