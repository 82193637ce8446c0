import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { districtChanges, readMidYearEstimates } from "../src/node.js";
import { dataPath } from "./helpers.js";

const FOLDER = dataPath("ons-mid-year-population-estimates-lad");
const hasEstimates = process.env["CRIMESTATS_DATA_DIR"] !== undefined && existsSync(FOLDER);
const MID_2021 = dataPath("ons-mid-year-population-estimates-lad", "ukpopestimatesmid2021on2021geographyfinal.xls");
const MID_2022 = dataPath("ons-mid-year-population-estimates-lad", "mye22final.xlsx");

/** "code|name" of every row of an estimates table. */
async function areas(path: string): Promise<Set<string>> {
  const mye = await readMidYearEstimates(path);
  return new Set(mye.rows.map((r) => `${r.code}|${r.name.trim()}`));
}

describe.skipIf(!hasEstimates)(
  hasEstimates ? "districtChanges against the ONS mid-year estimates by local authority" : `skipped: the folder ${FOLDER} is absent`,
  { timeout: 60_000 },
  () => {
    it("every old district (code and name) is a row of mid-2021 and not of mid-2022; every successor a row of mid-2022 and not of mid-2021", async () => {
      const [mid2021, mid2022] = await Promise.all([areas(MID_2021), areas(MID_2022)]);
      const codes2022 = new Set([...mid2022].map((k) => k.split("|")[0]));
      const codes2021 = new Set([...mid2021].map((k) => k.split("|")[0]));
      for (const c of districtChanges) {
        expect(mid2021.has(`${c.oldCode}|${c.oldName}`), `${c.oldCode} ${c.oldName} in mid-2021`).toBe(true);
        expect(codes2022.has(c.oldCode), `${c.oldCode} ${c.oldName} gone by mid-2022`).toBe(false);
        expect(mid2022.has(`${c.newCode}|${c.newName}`), `${c.newCode} ${c.newName} in mid-2022`).toBe(true);
        expect(codes2021.has(c.newCode), `${c.newCode} ${c.newName} new in mid-2022`).toBe(false);
      }
    });
  },
);
