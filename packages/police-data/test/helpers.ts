import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the real published data (never committed); tests skip when it is absent. */
const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
/** The folders of the data folder that the real-file tests read. */
const dataFolders = [
  "police-uk-metropolitan-burglary",
  "police-uk-metropolitan-stop-and-search",
  "police-uk-city-of-london-street-2022-07_2023-06",
  "london-datastore-mps-borough-crime",
  "london-datastore-mps-ward-crime",
  "ons-lsoa-population-london",
  "kaggle-london-crime-by-lsoa-sample",
];
export const hasData = dataDir !== "" && dataFolders.every((folder) => existsSync(join(dataDir, folder)));
export const skipReason = `real data folder CRIMESTATS_DATA_DIR=${JSON.stringify(dataDir)} is absent`;

export function dataPath(...parts: string[]): string {
  return join(dataDir, ...parts);
}

/** Independent reference parse for files with no quoted field: split lines, then commas. */
export function splitCsv(path: string): string[][] {
  let text = readFileSync(path, "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text
    .split("\n")
    .map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l))
    .filter((l) => l !== "")
    .map((l) => l.split(","));
}

/** Independent sum of a split-parsed borough table over rows matching `keep`, for month column `YYYYMM`. */
export function sumColumn(path: string, month: string, keep: (r: string[]) => boolean): number {
  const rows = splitCsv(path);
  const col = rows[0]!.indexOf(month);
  return rows
    .slice(1)
    .filter(keep)
    .reduce((s, r) => s + Number(r[col]), 0);
}

/** Independent reference parse that understands double quotes (character by character). */
export function referenceParse(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  let content = false; // the row has at least one character
  while (i < text.length) {
    const c = text[i]!;
    if (!(c === "\n" || (c === "\r" && text[i + 1] === "\n")) || quoted) content = true;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (c === ",") {
      row.push(field);
      field = "";
      fieldStart = true;
      i++;
      continue;
    }
    if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      row.push(field);
      if (content) rows.push(row);
      content = false;
      row = [];
      field = "";
      fieldStart = true;
      i += c === "\r" ? 2 : 1;
      continue;
    }
    field += c;
    fieldStart = false;
    i++;
  }
  if (content) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Feed bytes as chunks cut at the given sizes. */
export async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let pos = 0;
  let k = 0;
  while (pos < bytes.length) {
    const n = Math.max(1, sizes.length === 0 ? bytes.length : sizes[k++ % sizes.length]!);
    // copy into a fresh buffer at an odd offset, so word alignment varies too
    const pad = k % 4;
    const ab = new Uint8Array(n + pad);
    ab.set(bytes.subarray(pos, pos + n), pad);
    yield ab.subarray(pad, pad + Math.min(n, bytes.length - pos));
    pos += n;
  }
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export const STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
