import { randomBytes } from "node:crypto";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { formatNumber } from "@crimestats/internal";
import { cubeToParquet, UNKNOWN_AREA, type CubeDimension } from "@crimestats/police-data";
import { policeUkFiles, streetCrimeCube } from "@crimestats/police-data/node";
import { ReportError } from "../../ReportError.js";
import { describeSystemError, isSystemError } from "../fsError.js";
import { writeNewFile } from "../writeNew.js";
import type { CliIo } from "./io.js";
import { formatBytes, progressReporter } from "./progress.js";

const AREAS = ["lsoa", "district", "force"] as const;
const DIMENSIONS: readonly CubeDimension[] = ["area", "month", "offence"];

/** The `--by` dimensions, checked: distinct names among area, month and offence. */
function dimensionsOf(text: string | undefined): readonly CubeDimension[] {
  if (text === undefined) return DIMENSIONS;
  const by = text.split(",").map((d) => d.trim());
  if (by.some((d) => !DIMENSIONS.includes(d as CubeDimension)) || new Set(by).size !== by.length) {
    throw new ReportError(
      "invalid-argument",
      `--by "${text}" is not a list of distinct dimensions: expected some of area, month, offence, e.g. --by area,month.`,
      {
        by: text,
      },
    );
  }
  return by as CubeDimension[];
}

/**
 * `crimestats cube`: counts the data.police.uk street-level crime files of a folder or an archive
 * zip into an area × month × offence cube (areas LSOAs, districts or forces; offences the Crime
 * type as published) and writes it as a Parquet file (`cubeToParquet`).
 */
export async function cubeCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const given = values["data"] as string | undefined;
  if (given === undefined) {
    throw new ReportError(
      "invalid-argument",
      '"crimestats cube" needs --data: expected a folder of data.police.uk street files or an archive zip, e.g. crimestats cube --data latest.zip --out cube.parquet.',
      {},
    );
  }
  const area = (values["area"] as string | undefined) ?? "lsoa";
  if (!(AREAS as readonly string[]).includes(area)) {
    throw new ReportError("invalid-argument", `--area "${area}" is not an area column: expected lsoa, district or force.`, { area });
  }
  const by = dimensionsOf(values["by"] as string | undefined);
  const out = resolve(io.cwd, (values["out"] as string | undefined) ?? "cube.parquet");
  const data = resolve(io.cwd, given);
  const info = await stat(data).catch((error: unknown) => {
    if (isSystemError(error))
      throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the data "${given}"`), { path: data, code: error.code });
    throw error;
  });
  const outInfo = await stat(out).catch(() => null);
  if (outInfo?.isDirectory() === true) {
    throw new ReportError("invalid-argument", `--out "${out}" is a folder: expected the path of the Parquet file to write, e.g. --out cube.parquet.`, { out });
  }
  const progress = progressReporter(io, values["quiet"] === true);
  // A single street file is read as it is; a folder or a zip archive through its listing.
  const street = info.isFile() && given.toLowerCase().endsWith(".csv") ? [data] : (await policeUkFiles(data)).street;
  if (street.length === 0) {
    throw new ReportError(
      "invalid-argument",
      `No data.police.uk street file was found in "${given}": expected files named YYYY-MM-<force>-street.csv (in monthly folders, or in the archive zip from data.police.uk/data/archive).`,
      { path: data },
    );
  }
  progress.step(`reading ${street.length} street file${street.length === 1 ? "" : "s"} from ${given}`);
  const { cube, reconciliation } = await streetCrimeCube(street, { area: area as (typeof AREAS)[number], by });
  const bytes = await cubeToParquet(cube);
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}-${randomBytes(4).toString("hex")}.part`);
  try {
    await writeNewFile(temporary, bytes);
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    if (isSystemError(error)) throw new ReportError("write-failed", describeSystemError(error, `Cannot write "${out}"`), { out, code: error.code });
    throw error;
  }
  const unit = { area: area === "lsoa" ? "LSOA" : area, month: "month", offence: "offence" };
  const shape = cube.dims.map((d, i) => `${formatNumber(cube.shape[i] ?? 0, 0)} ${unit[d]}${cube.shape[i] === 1 ? "" : "s"}`);
  const { rowsRead, rowsCounted, rowsUnknownArea, rowsRejected, rejectedByCode } = reconciliation;
  const n = (x: number): string => formatNumber(x, 0);
  const why = Object.entries(rejectedByCode).map(([code, count]) => `${n(count ?? 0)} ${code}`);
  io.out(
    `${out} (${formatBytes(bytes.byteLength)}): ${shape.join(" × ")}; ${n(rowsRead)} rows read, ${n(rowsCounted)} counted in an area, ${n(rowsUnknownArea)} without a location (area "${UNKNOWN_AREA}"), ${n(rowsRejected)} rejected${why.length === 0 ? "" : ` (${why.join(", ")})`}.\n`,
  );
  return 0;
}
