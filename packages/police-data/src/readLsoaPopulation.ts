import { CompensatedSum, describeValue } from "@crimestats/internal";
import { PoliceDataError } from "./PoliceDataError.js";
import { recordReader } from "./internal/reader.js";
import type { CsvSource, ReaderStats } from "./types.js";
import { optionsOf } from "./internal/check.js";

/** One LSOA of an ONS small-area population table. */
export interface LsoaPopulationRow {
  /** LSOA code, e.g. "E01002000". */
  readonly lsoa: string;
  /** LSOA name, e.g. "Harrow 012B". */
  readonly lsoaName: string;
  /** MSOA code. */
  readonly msoa: string;
  /** MSOA name. */
  readonly msoaName: string;
  /** Local authority district (borough) code, e.g. "E09000015". */
  readonly districtCode: string;
  /** Local authority district (borough) name, e.g. "Harrow". */
  readonly district: string;
  /** Residents (the column chosen). */
  readonly population: number;
}

/** An ONS LSOA population table with its LSOA → MSOA → borough look-ups and sums. */
export interface LsoaPopulation {
  /** Geography year of the codes: `"11"` (2011 LSOAs) or `"21"` (2021 LSOAs). */
  readonly geography: "11" | "21";
  /** The population column read. */
  readonly column: string;
  /** One row per LSOA, in file order. */
  readonly rows: readonly LsoaPopulationRow[];
  /** LSOA code → MSOA code. */
  readonly lsoaToMsoa: ReadonlyMap<string, string>;
  /** LSOA code → district (borough) name: the `lookup` to count street crime by borough. */
  readonly lsoaToDistrict: ReadonlyMap<string, string>;
  /** LSOA code → district (borough) code. */
  readonly lsoaToDistrictCode: ReadonlyMap<string, string>;
  /** Population by MSOA code. */
  readonly msoaPopulation: ReadonlyMap<string, number>;
  /** Population by district (borough) name: the `population` of `cubeRows`. */
  readonly districtPopulation: ReadonlyMap<string, number>;
  /** Population by district (borough) code. */
  readonly districtCodePopulation: ReadonlyMap<string, number>;
  /** Sum over all LSOAs. */
  readonly total: number;
  /**
   * Rows read and rejected: a population that is not a whole number from 0 to
   * `Number.MAX_SAFE_INTEGER` (`invalid-count`), a second row for an LSOA already read
   * (`duplicate-row`: it would inflate its MSOA and borough), a row with the wrong number of
   * fields (`field-count`).
   */
  readonly stats: ReaderStats;
}

/** Options of {@link readLsoaPopulation}. */
export interface ReadLsoaPopulationOptions {
  /** Population column to read (default `"Persons_All-Ages"`; e.g. `"Persons_0-15"`, `"Females_All-Ages"`). */
  readonly column?: string;
}

/**
 * Read an ONS small-area (LSOA) mid-year population table whose first six columns are
 * `LSOAyyCD, LSOAyyNM, MSOAyyCD, MSOAyyNM, LADyyCD, LADyyNM` (yy = 11 or 21), and derive the
 * LSOA → MSOA → borough look-ups and the population sums by MSOA and borough (Neumaier sums).
 * Street files use 2011 or 2021 LSOA codes depending on the month: a 2011 look-up leaves
 * 2021-only codes outside (counted apart by `streetCrimeCube`), so check `outsideLookup`.
 *
 * @param source - the population CSV.
 * @param options - the population column.
 * @returns the rows, look-ups and sums.
 * @throws {@link PoliceDataError} `invalid-header` when the geography columns or the population
 * column are missing, or the population column appears twice (naming the file and column).
 * @example
 * ```ts
 * const csv = "LSOA11CD,LSOA11NM,MSOA11CD,MSOA11NM,LAD11CD,LAD11NM,Persons_All-Ages\n" +
 *   "E01002000,Harrow 012B,E02000400,Harrow 012,E09000015,Harrow,1500\n" +
 *   "E01002001,Harrow 012C,E02000400,Harrow 012,E09000015,Harrow,1700\n";
 * const pop = await readLsoaPopulation(new TextEncoder().encode(csv));
 * [pop.lsoaToDistrict.get("E01002001"), pop.districtPopulation.get("Harrow"), pop.total];
 * //=> ["Harrow", 3200, 3200]
 * ```
 */
export async function readLsoaPopulation(source: CsvSource, options?: ReadLsoaPopulationOptions): Promise<LsoaPopulation> {
  options = optionsOf("readLsoaPopulation", options);
  const column = options.column ?? "Persons_All-Ages";
  if (typeof column !== "string")
    throw new PoliceDataError("invalid-option", `column: expected the name of a population column, got ${describeValue(column)}`, {
      column: describeValue(column),
    });
  let geography: "11" | "21" = "11";
  const reader = recordReader<LsoaPopulationRow>(source, {
    name: "ONS LSOA population",
    header(file, fields) {
      const yy = /^LSOA(11|21)CD$/.exec(fields[0]?.trim() ?? "")?.[1] as "11" | "21" | undefined;
      const expected = ["LSOA", "MSOA", "LAD"].flatMap((g) => [`${g}${yy ?? "11"}CD`, `${g}${yy ?? "11"}NM`]);
      for (let i = 0; i < expected.length; i++) {
        if (fields[i]?.trim() !== expected[i]) {
          throw new PoliceDataError(
            "invalid-header",
            `${file}:1: not an ONS LSOA population file: expected column ${i + 1} to be ${describeValue(expected[i])}, got ${describeValue(fields[i])}`,
            { file, line: 1, column: i + 1, expected: expected[i], actual: fields[i] ?? null },
          );
        }
      }
      const col = fields.findIndex((f) => f.trim() === column);
      const again = fields.findIndex((f, i) => i > col && f.trim() === column);
      if (col >= 0 && again >= 0) {
        throw new PoliceDataError(
          "invalid-header",
          `${file}:1: population column ${describeValue(column)} appears twice (columns ${col + 1} and ${again + 1}); expected it once`,
          {
            file,
            line: 1,
            column,
          },
        );
      }
      if (col < 0) {
        throw new PoliceDataError(
          "invalid-header",
          `${file}:1: population column ${describeValue(column)} not found; expected one of ${fields.slice(6).join(", ")}`,
          {
            file,
            line: 1,
            column,
          },
        );
      }
      geography = yy!;
      return { col, width: fields.length, lsoas: new Set<string>() };
    },
    row(f, _file, _line, state, out, reject) {
      const { col, width, lsoas } = state as { col: number; width: number; lsoas: Set<string> };
      if (f.length !== width) {
        reject("field-count", `expected ${width} fields, got ${f.length}`);
        return;
      }
      const text = f[col]!;
      if (!/^\d{1,16}(\.0+)?$/.test(text) || !Number.isSafeInteger(Number(text))) {
        reject("invalid-count", `population ${describeValue(text)} of ${f[0]!} is not a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
        return;
      }
      if (lsoas.has(f[0]!)) {
        reject("duplicate-row", `LSOA ${f[0]!} already has a row; expected one row per LSOA (a repeated row would be counted twice in its MSOA and borough)`);
        return;
      }
      lsoas.add(f[0]!);
      out.push({ lsoa: f[0]!, lsoaName: f[1]!, msoa: f[2]!, msoaName: f[3]!, districtCode: f[4]!, district: f[5]!, population: Number(text) });
    },
  });
  const rows: LsoaPopulationRow[] = [];
  const lsoaToMsoa = new Map<string, string>();
  const lsoaToDistrict = new Map<string, string>();
  const lsoaToDistrictCode = new Map<string, string>();
  const sums = { msoa: new Map<string, CompensatedSum>(), district: new Map<string, CompensatedSum>(), code: new Map<string, CompensatedSum>() };
  const add = (m: Map<string, CompensatedSum>, k: string, v: number): void => {
    let s = m.get(k);
    if (s === undefined) {
      s = new CompensatedSum();
      m.set(k, s);
    }
    s.add(v);
  };
  const total = new CompensatedSum();
  for await (const r of reader) {
    rows.push(r);
    lsoaToMsoa.set(r.lsoa, r.msoa);
    lsoaToDistrict.set(r.lsoa, r.district);
    lsoaToDistrictCode.set(r.lsoa, r.districtCode);
    add(sums.msoa, r.msoa, r.population);
    add(sums.district, r.district, r.population);
    add(sums.code, r.districtCode, r.population);
    total.add(r.population);
  }
  const values = (m: Map<string, CompensatedSum>): Map<string, number> => new Map([...m].map(([k, s]) => [k, s.value]));
  return {
    geography,
    column,
    rows,
    lsoaToMsoa,
    lsoaToDistrict,
    lsoaToDistrictCode,
    msoaPopulation: values(sums.msoa),
    districtPopulation: values(sums.district),
    districtCodePopulation: values(sums.code),
    total: total.value,
    stats: reader.stats,
  };
}
