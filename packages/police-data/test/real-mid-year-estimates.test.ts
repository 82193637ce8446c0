import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMidYearEstimates } from "../src/node.js";
import { dataPath, referenceParse } from "./helpers.js";

const FOLDER = dataPath("ons-mid-year-population-estimates-lad");
const hasEstimates = process.env["CRIMESTATS_DATA_DIR"] !== undefined && existsSync(FOLDER);
const MID_2021 = dataPath("ons-mid-year-population-estimates-lad", "ukpopestimatesmid2021on2021geographyfinal.xls");
const MID_2022 = dataPath("ons-mid-year-population-estimates-lad", "mye22final.xlsx");
const MID_2024 = dataPath("ons-mid-year-population-estimates-lad", "mye24tablesew.csv");

/** Population of the area with this code. */
const of = (rows: readonly { code: string; population: number }[], code: string): number | undefined => rows.find((r) => r.code === code)?.population;

describe.skipIf(!hasEstimates)(
  hasEstimates ? "real ONS mid-year estimates by local authority (.xls, .xlsx, CSV)" : `skipped: the folder ${FOLDER} is absent`,
  { timeout: 60_000 },
  () => {
    // published figures: Harrow E09000015, London E12000007, City of London E09000001
    it.each([
      [MID_2021, 2021, 420, [260_987, 8_796_628, 8_618]],
      [MID_2022, 2022, 404, [261_185, 8_866_180, 10_847]],
      [MID_2024, 2024, 357, [270_724, 9_089_736, 15_111]],
    ] as const)("%s: the year, every area and the published Harrow, London and City of London figures", async (path, year, areas, [harrow, london, city]) => {
      const mye = await readMidYearEstimates(path);
      expect([mye.year, mye.rows.length, mye.stats.rowsRead, mye.stats.rowsRejected]).toEqual([year, areas, areas, 0]);
      expect([of(mye.rows, "E09000015"), of(mye.rows, "E12000007"), of(mye.rows, "E09000001")]).toEqual([harrow, london, city]);
      // the 33 London boroughs add up to the published London row
      const boroughs = await readMidYearEstimates(path, { geography: ["London Borough"] });
      expect(boroughs.rows.every((r) => r.code.startsWith("E09"))).toBe(true);
      expect([boroughs.rows.length, boroughs.rows.reduce((s, r) => s + r.population, 0)]).toEqual([33, london]);
      expect(boroughs.stats.rejectedByCode).toEqual({ filtered: areas - 33 });
    });

    it("the workbooks' titles state the year; the mid-2022 workbook gives England and Wales 60,238,038", async () => {
      const mye = await readMidYearEstimates(MID_2022);
      expect(mye.title).toBe("MYE2: Persons by single year of age and sex for local authorities in the UK, mid-2022");
      expect(of(mye.rows, "K04000001")).toBe(60_238_038);
      // the option wins over the title
      expect((await readMidYearEstimates(readFileSync(MID_2021), { year: 2020 })).year).toBe(2020);
      // bytes without a file name: the title still gives the year
      expect((await readMidYearEstimates(readFileSync(MID_2021))).year).toBe(2021);
    });

    it("each edition has the local authorities of its release: Allerdale (mid-2021), Cumberland (mid-2022, mid-2024)", async () => {
      const codes = async (path: string) => new Set((await readMidYearEstimates(path)).rows.map((r) => r.code));
      const [a, b, c] = [await codes(MID_2021), await codes(MID_2022), await codes(MID_2024)];
      expect([a.has("E07000026"), a.has("E06000063"), b.has("E07000026"), b.has("E06000063"), c.has("E06000063")]).toEqual([true, false, false, true, true]);
    });

    it("the CSV save matches an independent parse, row for row", async () => {
      const mye = await readMidYearEstimates(MID_2024);
      const [head, ...rows] = referenceParse(readFileSync(MID_2024, "utf8")); // names such as "Herefordshire, County of" are quoted
      const all = head!.indexOf("All ages");
      expect(mye.title).toBeNull();
      expect(mye.rows).toEqual(rows.map((r) => ({ code: r[0], name: r[1], geography: r[2], population: Number(r[all]) })));
    });

    it("doc example of the node entry", async () => {
      const mye = await readMidYearEstimates(MID_2024, { geography: ["London Borough"] });
      expect([mye.year, mye.rows.length]).toEqual([2024, 33]);
    });
  },
);
