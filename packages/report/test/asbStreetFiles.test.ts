import { readCsv } from "@crimestats/police-data";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStreetFiles } from "../src/internal/assess/streetFiles.js";
import { diskFiles } from "./diskFiles.js";

/** The data.police.uk street-level files of complete months with anti-social behaviour, below CRIMESTATS_DATA_DIR. */
const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const forces = [
  { folder: "police-uk-city-of-london-street-2022-07_2023-06", area: "City of London" },
  { folder: "police-uk-cumbria-street-2022-01_2022-11", area: "Carlisle" },
].map((f) => ({ ...f, dir: join(dataDir, f.folder) }));

/** Anti-social behaviour rows per "district|month", counted straight from the CSV rows (the district is the LSOA name without its last word). */
async function directCount(files: readonly string[]): Promise<{ counts: Map<string, number>; noDistrict: number }> {
  const counts = new Map<string, number>();
  let noDistrict = 0;
  for (const file of files) {
    let header: readonly string[] = [];
    for await (const row of readCsv({ name: file, data: readFileSync(file) })) {
      if (row.line === 1) {
        header = row.fields;
        continue;
      }
      if (row.fields[header.indexOf("Crime type")] !== "Anti-social behaviour") continue;
      const lsoaName = row.fields[header.indexOf("LSOA name")] ?? "";
      if (lsoaName === "") {
        noDistrict += 1;
        continue;
      }
      const key = `${lsoaName.replace(/ \S+$/, "")}|${row.fields[header.indexOf("Month")]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { counts, noDistrict };
}

describe.each(forces)("anti-social behaviour from the $folder street-level files", ({ dir, area }) => {
  it.skipIf(!existsSync(dir))(`equals a direct count of the CSV rows, by district and month (skipped without ${dir})`, async () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith("-street.csv"))
      .map((f) => join(dir, f));
    const read = await readStreetFiles(await diskFiles(files), area, null, () => {});
    const direct = await directCount(files);
    const counted = new Map(read.asb.map((r) => [`${r.area}|${r.period}`, r.count]));
    expect(counted).toEqual(direct.counts);
    expect(read.asbWithoutDistrict).toBe(direct.noDistrict);
    expect(read.asb.every((r) => r.measure === "asb" && r.unit === "incidents" && /^\d{4}-\d{2}$/.test(r.period))).toBe(true);
    // Every file read holds anti-social behaviour, and the focus area's points include its incidents.
    expect(read.asbFiles).toHaveLength(files.length);
    const focusAsb = read.crimes.filter((c) => c.offence === "Anti-social behaviour").length;
    expect(focusAsb).toBe(read.asb.filter((r) => r.area === area).reduce((n, r) => n + r.count, 0));
    expect(focusAsb).toBeGreaterThan(0);
  });
});
