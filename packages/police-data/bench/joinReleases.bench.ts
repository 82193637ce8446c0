/**
 * `joinReleases` on the three London Datastore MPS borough releases of the data folder
 * (`CRIMESTATS_DATA_DIR`, never committed): the historical file and both 24-month releases,
 * read once; only the join is timed. Skipped when the folder is absent.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findCategory, metropolitanPoliceCategories } from "@crimestats/taxonomy";
import { bench, describe } from "vitest";
import { type CountCube, countCube, joinReleases, readMpsWide } from "../src/node.js";

const dir = join(process.env["CRIMESTATS_DATA_DIR"] ?? "", "london-datastore-mps-borough-crime");
const has = process.env["CRIMESTATS_DATA_DIR"] !== undefined && existsSync(dir);
const files = [
  "MPS Borough Level Crime (Historical).csv",
  "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv",
  "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv",
].map((f) => join(dir, f));
const read = async (offence: "major" | "minor"): Promise<CountCube[]> =>
  has ? Promise.all(files.map(async (f) => (await countCube(readMpsWide(f, { offence }))).cube)) : [];
const major = await read("major");
const minor = await read("minor");
const toMajor = (label: string): string | null => {
  const parent = findCategory(metropolitanPoliceCategories, label, { level: 2 }).parent;
  return parent === undefined || parent === "nfib-fraud" ? null : findCategory(metropolitanPoliceCategories, parent).name;
};

describe.skipIf(!has)("joinReleases: MPS borough releases 2010-04..2025-12 (35 areas × 189 months)", () => {
  bench("MajorText as published", () => {
    joinReleases(major);
  });
  bench("MinorText mapped to MajorText through the MPS classification", () => {
    joinReleases(minor, { offence: toMajor });
  });
});
