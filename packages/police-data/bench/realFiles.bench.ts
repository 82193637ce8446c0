/**
 * The readers on the real published files of the data folder (`CRIMESTATS_DATA_DIR`, never
 * committed); skipped when the folder is absent.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { countCube, readMpsWide, readStreetCrimes, streetCrimeCube } from "../src/node.js";

const dir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const folders = ["police-uk-metropolitan-burglary", "police-uk-city-of-london-street-2022-07_2023-06", "london-datastore-mps-ward-crime"];
const has = dir !== "" && folders.every((folder) => existsSync(join(dir, folder)));
const list = (sub: string): string[] => (has ? readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)) : []);
const street = [...list("police-uk-metropolitan-burglary/street"), ...list("police-uk-city-of-london-street-2022-07_2023-06")];
const ward = has ? join(dir, "london-datastore-mps-ward-crime", "MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv") : "";
const mb = street.reduce((s, f) => s + statSync(f).size, 0) / 1e6;

describe.skipIf(!has)(`real files: ${street.length} street files (${mb.toFixed(0)} MB, ${has ? "present" : "CRIMESTATS_DATA_DIR absent"})`, () => {
  bench(
    "streetCrimeCube, by district × month × category",
    async () => {
      await streetCrimeCube(street, { area: "district" });
    },
    { iterations: 5, time: 0 },
  );

  bench(
    "countCube(readStreetCrimes(...)), the record path",
    async () => {
      await countCube(readStreetCrimes(street), { area: "district" });
    },
    { iterations: 2, time: 0 },
  );

  bench(
    "countCube(readMpsWide(ward file)), 449k cells",
    async () => {
      await countCube(readMpsWide(ward), { area: "borough" });
    },
    { iterations: 3, time: 0 },
  );
});
