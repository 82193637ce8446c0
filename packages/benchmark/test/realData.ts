import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of real published data (CRIMESTATS_DATA_DIR), read in place and never copied; "" when unset. */
export const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";

/** The paths of files under the data folder, and whether every one of them is there. */
export function dataFiles<T extends Record<string, string>>(files: T): { paths: T; present: boolean } {
  const paths = Object.fromEntries(Object.entries(files).map(([key, path]) => [key, join(dataDir, path)])) as T;
  return { paths, present: dataDir !== "" && Object.values(paths).every((path) => existsSync(path)) };
}

/** A simple CSV file (no quoted commas) as rows of cells, without a byte-order mark or empty lines. */
export function readCsv(file: string): string[][] {
  return readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}
