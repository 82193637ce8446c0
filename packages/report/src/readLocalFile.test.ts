import { describe, expect, it } from "vitest";
import { readLocalFile, type LocalProblem } from "./readLocalFile.js";

/** Each problem as "line: column: code". */
const where = (problems: readonly LocalProblem[]): string[] => problems.map((p) => `${p.line}: ${p.column ?? "-"}: ${p.code}`);

describe("readLocalFile: CSV", () => {
  it("mirrors the doc example: a row with a negative count is a problem on its line, the good row is kept", async () => {
    const csv = "measure,area,period,count\nasb,Harrow,2025-01,412\nasb,Harrow,2025-02,-3\n";
    const read = await readLocalFile({ name: "asb.csv", data: csv });
    expect([read.kind, read.rows.length, read.problems.map((p) => `${p.line}: ${p.column}: ${p.code}`)]).toEqual(["incidents", 1, ["3: count: invalid-value"]]);
  });

  it("reads a clean incident file from bytes with a byte-order mark and CRLF, splitting flags and converting numbers", async () => {
    const csv =
      '\uFEFFmeasure,area,period,flags,count\r\nhate-crime,Harrow,2025-01,hate:race;hate:religion,"2,240"\r\nhate-crime,Harrow,2025-01,hate:race,7\r\n';
    const read = await readLocalFile({ name: "hate.csv", data: new TextEncoder().encode(csv) });
    expect(read.problems).toEqual([]);
    expect(read.kind).toBe("incidents");
    expect(read.rowsRead).toBe(2);
    expect(read.rows).toEqual([
      { measure: "hate-crime", area: "Harrow", period: "2025-01", flags: ["hate:race", "hate:religion"], count: 2240 },
      { measure: "hate-crime", area: "Harrow", period: "2025-01", flags: ["hate:race"], count: 7 },
    ]);
  });

  it("gives every bad cell of every row its own problem with the row's line and the CSV column", async () => {
    const csv = [
      "measure,area,period,count,victim_sex",
      "asb,Harrow,2025-01,10,female",
      "asb,Harrow,2025-13,x,female", // line 3: two bad cells
      "",
      "asb,,2025-02,4,woman", // line 5 (a blank line is skipped but counted): empty area, bad sex
    ].join("\n");
    const read = await readLocalFile({ name: "asb.csv", data: `${csv}\n` });
    expect(where(read.problems)).toEqual(["3: period: invalid-value", "3: count: invalid-value", "5: area: invalid-value", "5: victim_sex: invalid-value"]);
    expect(read.rows).toHaveLength(1);
    expect(read.rowsRead).toBe(3);
    expect(read.problems[1]?.message).toBe('"x" is not a whole number.');
  });

  it("counts the line of a row after a quoted value spread over two lines", async () => {
    const csv = 'measure,area,period,count,source\nasb,Harrow,2025-01,1,"extract\nof January"\nasb,Harrow,2025-02,-1,x\n';
    const read = await readLocalFile({ name: "asb.csv", data: csv });
    expect(where(read.problems)).toEqual(["4: count: invalid-value"]);
  });

  it("finds a duplicate row (the same identifying fields, flags in any order) at the line of the repeat, naming the first", async () => {
    const csv = [
      "measure,area,ward,period,flags,count",
      "hate-crime,Harrow,,2025-01,hate:race;hate:religion,3",
      "hate-crime,Harrow,Wealdstone,2025-01,hate:race;hate:religion,2", // a ward: not a duplicate
      "hate-crime,Harrow,,2025-01,hate:religion;hate:race,5", // line 4 repeats line 2
    ].join("\n");
    const read = await readLocalFile({ name: "hate.csv", data: csv });
    expect(where(read.problems)).toEqual(["4: -: duplicate-row"]);
    expect(read.problems[0]?.message).toContain("line 2");
    expect(read.problems[0]?.message).toContain("measure, area, ward, period, category, flags");
    expect(read.kind === "incidents" ? read.rows.map((r) => r.count) : null).toEqual([3, 2]);
  });

  it("tells each kind from its header and keys duplicates by that kind's fields", async () => {
    const youth = await readLocalFile({
      name: "yj.csv",
      data: "measure,area,period,count,population_10_to_17\nfirst-time-entrants,Harrow,2024-01/2024-12,40,21965\nfirst-time-entrants,Harrow,2024-01/2024-12,41,21965\n",
    });
    expect([youth.kind, where(youth.problems)]).toEqual(["youth-justice", ["3: -: duplicate-row"]]);
    const survey = await readLocalFile({
      name: "s.csv",
      data: "question,area,period,agreeing,base\nPolice do a good job,Harrow,2025-10/2025-12,120,200\nPolice do a good job,Barnet,2025-10/2025-12,90,150\n",
    });
    expect([survey.kind, survey.rows.length, survey.problems]).toEqual(["survey", 2, []]);
    const services = await readLocalFile({
      name: "v.csv",
      data: "measure,measure_name,period,value,unit,polarity\nidva-referrals,IDVA referrals,2025-01/2025-12,304,referrals,higher-is-better\n",
    });
    expect([services.kind, services.rows.length]).toEqual(["service-volumes", 1]);
  });

  it("says a file whose header matches no template is not a local-data template, on line 1, with no rows", async () => {
    const read = await readLocalFile({ name: "x.csv", data: "Crime ID,Month,Reported by\n1,2025-01,Met\n" });
    expect(read.kind).toBeNull();
    expect(read.rows).toEqual([]);
    expect(where(read.problems)).toEqual(["1: -: unknown-kind"]);
    expect(read.problems[0]?.message).toMatch(
      /not a local-data template: expected the columns of one of incidents, youth-justice, survey, service-volumes or delivery-plan/,
    );
  });

  it("reports an unknown or repeated column on line 1 and then uses no row, while still checking every row", async () => {
    const csv = "measure,area,period,count,colour,area\nasb,Harrow,2025-01,3,red,Harrow\nasb,Harrow,2025-02,x,red,Harrow\n";
    const read = await readLocalFile({ name: "asb.csv", data: csv });
    expect(where(read.problems)).toEqual(["1: colour: unknown-column", "1: area: duplicate-column", "3: count: invalid-value"]);
    expect(read.rows).toEqual([]);
  });

  it("names the required columns a header lacks when every other column is one template's", async () => {
    const csv = "measure,measure_name,area,period,value,unit\nidva-referrals,IDVA referrals,Harrow,2025-01/2025-12,304,referrals\n";
    const read = await readLocalFile({ name: "v.csv", data: csv });
    expect([read.kind, read.rows, where(read.problems)]).toEqual([null, [], ["1: polarity: missing-column"]]);
    expect(read.problems[0]?.message).toBe(
      'The header has no "polarity" column: the service-volumes template needs it (the other columns are those of service-volumes).',
    );
  });

  it("reports a row with too many or too few fields", async () => {
    const csv = "measure,area,period,count\nasb,Harrow,2025-01\nasb,Harrow,2025-02,4,extra\nasb,Harrow,2025-03,5\n";
    const read = await readLocalFile({ name: "asb.csv", data: csv });
    expect(where(read.problems)).toEqual(["2: -: field-count", "3: -: field-count"]);
    expect(read.rows).toHaveLength(1);
  });

  it("reports an unclosed quote as invalid CSV with the line it starts on", async () => {
    const read = await readLocalFile({ name: "asb.csv", data: 'measure,area,period,count\nasb,"Harrow,2025-01,3\n' });
    expect(where(read.problems)).toEqual(["2: -: invalid-csv"]);
  });

  it("reports an empty file, a header without rows and bytes that are not UTF-8", async () => {
    expect(where((await readLocalFile({ name: "a.csv", data: "" })).problems)).toEqual(["1: -: empty-input"]);
    expect(where((await readLocalFile({ name: "a.csv", data: "measure,area,period,count\n" })).problems)).toEqual(["1: -: empty-input"]);
    expect(where((await readLocalFile({ name: "a.csv", data: new Uint8Array([0xff, 0xfe, 0x41]) })).problems)).toEqual(["1: -: invalid-csv"]);
  });
});

describe("readLocalFile: JSON", () => {
  it("reads {kind, rows} and puts each problem on the line of the bad value", async () => {
    const json = `{
  "kind": "incidents",
  "rows": [
    { "measure": "asb", "area": "Harrow", "period": "2025-01", "flags": [], "count": 412 },
    {
      "measure": "asb",
      "area": "Harrow",
      "period": "2025-02",
      "flags": [],
      "count": -3
    },
    { "measure": "asb", "area": "Harrow", "period": "2025-03", "flags": [], "count": 5, "colour": "red" }
  ]
}
`;
    const read = await readLocalFile({ name: "asb.json", data: json });
    expect(read.kind).toBe("incidents");
    expect(read.rows).toHaveLength(1);
    expect(where(read.problems)).toEqual(["10: count: invalid-value", "12: colour: unknown-column"]);
    expect(read.problems[1]?.message).toMatch(
      /^Field "colour" is not a field of the incidents template: expected measure, measureName, area, ward, period, .*victimAgeBand/,
    );
  });

  it("tells the kind of a list of rows from their fields", async () => {
    const rows = [
      { measure: "reoffending", area: "Harrow", period: "2024-01/2024-03", cohort: 33, reoffenders: 12 },
      { measure: "reoffending", area: "Brent", period: "2024-01/2024-03", percent: 38.5 },
    ];
    const read = await readLocalFile({ name: "yj.json", data: JSON.stringify(rows, null, 2) });
    expect([read.kind, read.rows.length, read.problems]).toEqual(["youth-justice", 2, []]);
  });

  it("finds a duplicate JSON row at its own line", async () => {
    const row = '{ "question": "Police do a good job", "area": "Harrow", "period": "2025-10/2025-12", "agreeing": 1, "base": 2 }';
    const read = await readLocalFile({ name: "s.json", data: `{"kind": "survey", "rows": [\n${row},\n${row}\n]}` });
    expect(where(read.problems)).toEqual(["3: -: duplicate-row"]);
    expect(read.rows).toHaveLength(1);
  });

  it("reports malformed JSON, an unknown kind and an unknown top-level field with their lines", async () => {
    expect(where((await readLocalFile({ name: "a.json", data: '{\n  "kind": "incidents",\n  "rows": [1,]\n}' })).problems)).toEqual(["3: -: invalid-json"]);
    const unknown = await readLocalFile({ name: "a.json", data: '{\n  "kind": "crimes",\n  "rows": []\n}' });
    expect([unknown.kind, where(unknown.problems)]).toEqual([null, ["2: kind: unknown-kind"]]);
    const extra = await readLocalFile({
      name: "a.json",
      data: '{\n  "kind": "incidents",\n  "notes": "x",\n  "rows": [{ "measure": "asb", "area": "H", "period": "2025-01", "flags": [], "count": 1 }]\n}',
    });
    expect([where(extra.problems), extra.rows]).toEqual([["3: notes: unknown-column"], []]);
  });
});

describe("readLocalFile: the README's example", () => {
  it("gives the kind, the good row and the problem the README shows", async () => {
    const csv = "measure,area,period,count\nasb,Harrow,2025-01,412\nasb,Harrow,2025-02,-3\n";
    const read = await readLocalFile({ name: "asb.csv", data: csv });
    expect(read.kind).toBe("incidents");
    expect(read.rows).toEqual([{ measure: "asb", area: "Harrow", period: "2025-01", flags: [], count: 412 }]);
    expect(read.problems).toEqual([{ line: 3, column: "count", code: "invalid-value", message: "-3 is less than 0." }]);
  });
});

describe("readLocalFile: what spreadsheets save", () => {
  it("leaves out rows of empty cells and unnamed empty columns, but not an unnamed column with values", async () => {
    const saved = await readLocalFile({ name: "asb.csv", data: "measure,area,period,count,,\nasb,Harrow,2025-01,3,,\n,,,,,\nasb,Harrow,2025-02,4,,\n" });
    expect([saved.problems, saved.rows.length, saved.rowsRead]).toEqual([[], 2, 2]);
    const valued = await readLocalFile({ name: "asb.csv", data: "measure,area,period,count,\nasb,Harrow,2025-01,3,note\n" });
    expect(where(valued.problems)).toEqual(["1: -: unknown-column"]);
    expect(valued.problems[0]?.message).toBe("Column 5 of the header has no name but holds values: expected a column of the incidents template.");
    expect(valued.rows).toEqual([]);
  });
});
