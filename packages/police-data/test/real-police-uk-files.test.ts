import { zipSync, type Zippable } from "fflate";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { policeUkFiles, type Reconciliation, streetCrimeCube } from "../src/node.js";
import { policeUkFiles as policeUkFilesOfBlobs } from "../src/policeUkFiles.js";
import { dataPath, splitCsv } from "./helpers.js";

const FOLDER = dataPath("police-uk-cumbria-street-2022-01_2022-11");
const hasCumbria = process.env["CRIMESTATS_DATA_DIR"] !== undefined && existsSync(FOLDER);

describe.skipIf(!hasCumbria)(
  hasCumbria ? "the real Cumbria street files, zipped as data.police.uk archives them" : `skipped: ${FOLDER} is absent`,
  { timeout: 60_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), "police-uk-real-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("gives the same district cube and reconciliation from the archive (a path, or a Blob in the main entry) as from the folder", async () => {
      const names = readdirSync(FOLDER).filter((n) => n.endsWith("-street.csv"));
      expect(names).toHaveLength(11);
      // the archive's layout: a folder per month
      const zippable: Zippable = {};
      for (const name of names) zippable[`${name.slice(0, 7)}/${name}`] = readFileSync(join(FOLDER, name));
      const archive = join(dir, "cumbria.zip");
      writeFileSync(archive, zipSync(zippable));

      const fromZip = await policeUkFiles(archive);
      const fromFolder = await policeUkFiles(FOLDER);
      expect(fromZip.forces).toEqual(["cumbria"]);
      expect(fromZip.months).toEqual(["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11"]);
      expect(fromZip.street.map((f) => f.size)).toEqual(fromFolder.street.map((f) => f.size));

      const zipped = await streetCrimeCube(fromZip.street, { area: "district" });
      const folder = await streetCrimeCube(fromFolder.street, { area: "district" });
      expect(zipped.cube).toEqual(folder.cube);
      // the same reconciliation, but for the names of the files
      const counts = (r: Reconciliation) => ({ ...r, files: r.files.length, rejectedExamples: r.rejectedExamples.map((e) => e.line) });
      expect(counts(zipped.reconciliation)).toEqual(counts(folder.reconciliation));
      expect(zipped.reconciliation.files[0]).toBe("cumbria.zip:2022-01/2022-01-cumbria-street.csv");
      // every row of the files is counted once (independent count of lines)
      const rows = names.reduce((sum, name) => sum + splitCsv(join(FOLDER, name)).length - 1, 0);
      expect(zipped.cube.total).toBe(rows);
      expect(zipped.cube.labels.area).toContain("Allerdale");
      // the main entry (browsers) reads the same archive as a Blob, by slices, with fflate
      const fromBlob = await policeUkFilesOfBlobs(new Blob([readFileSync(archive)]));
      expect((await streetCrimeCube(fromBlob.street, { area: "district" })).cube).toEqual(folder.cube);
    });
  },
);
