/**
 * One local authority district abolished by a local government reorganisation, and the council
 * that took its area over (a row of {@link districtChanges}).
 */
export interface DistrictChange {
  /** The old district's ONS (GSS) code, e.g. `"E07000026"`. */
  readonly oldCode: string;
  /** The old district's name as ONS and the LSOA names spell it, e.g. `"Allerdale"`. */
  readonly oldName: string;
  /** The successor council's ONS (GSS) code, e.g. `"E06000063"`. */
  readonly newCode: string;
  /** The successor council's name, e.g. `"Cumberland"`. */
  readonly newName: string;
  /** The day the successor took over, `"YYYY-MM-DD"` (the old district's last day is the day before). */
  readonly date: string;
  /** The legal instrument that made the change. */
  readonly instrument: string;
}

/**
 * Local government reorganisations in England that abolished districts: one row per old
 * district, with its successor council, the date and the legal instrument. data.police.uk
 * street files name an LSOA by the district that held it when the LSOA was defined
 * ("Allerdale 001A"), so crimes of months after a change, and ONS population estimates published
 * after it, name different areas; this table joins the two. Every code and name was checked
 * against the ONS mid-year estimates by local authority: the old districts are rows of the
 * mid-2021 table and not of the mid-2022 table, the successors rows of the mid-2022 table.
 *
 * Held: the changes of 1 April 2023 (Cumbria: Cumberland, Westmorland and Furness; North
 * Yorkshire; Somerset). Earlier reorganisations (e.g. Buckinghamshire 2020, Northamptonshire
 * 2021) are not listed yet.
 *
 * @example
 * ```ts
 * districtChanges.filter((c) => c.newName === "Cumberland").map((c) => c.oldName);
 * //=> ["Allerdale", "Carlisle", "Copeland"]
 * districtChanges.find((c) => c.oldCode === "E07000030");
 * //=> { oldCode: "E07000030", oldName: "Eden", newCode: "E06000064", newName: "Westmorland and Furness", date: "2023-04-01", instrument: "The Cumbria (Structural Changes) Order 2022" }
 * ```
 */
export const districtChanges: readonly DistrictChange[] = [
  {
    oldCode: "E07000026",
    oldName: "Allerdale",
    newCode: "E06000063",
    newName: "Cumberland",
    date: "2023-04-01",
    instrument: "The Cumbria (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000028",
    oldName: "Carlisle",
    newCode: "E06000063",
    newName: "Cumberland",
    date: "2023-04-01",
    instrument: "The Cumbria (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000029",
    oldName: "Copeland",
    newCode: "E06000063",
    newName: "Cumberland",
    date: "2023-04-01",
    instrument: "The Cumbria (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000027",
    oldName: "Barrow-in-Furness",
    newCode: "E06000064",
    newName: "Westmorland and Furness",
    date: "2023-04-01",
    instrument: "The Cumbria (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000030",
    oldName: "Eden",
    newCode: "E06000064",
    newName: "Westmorland and Furness",
    date: "2023-04-01",
    instrument: "The Cumbria (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000031",
    oldName: "South Lakeland",
    newCode: "E06000064",
    newName: "Westmorland and Furness",
    date: "2023-04-01",
    instrument: "The Cumbria (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000163",
    oldName: "Craven",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000164",
    oldName: "Hambleton",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000165",
    oldName: "Harrogate",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000166",
    oldName: "Richmondshire",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000167",
    oldName: "Ryedale",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000168",
    oldName: "Scarborough",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000169",
    oldName: "Selby",
    newCode: "E06000065",
    newName: "North Yorkshire",
    date: "2023-04-01",
    instrument: "The North Yorkshire (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000187",
    oldName: "Mendip",
    newCode: "E06000066",
    newName: "Somerset",
    date: "2023-04-01",
    instrument: "The Somerset (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000188",
    oldName: "Sedgemoor",
    newCode: "E06000066",
    newName: "Somerset",
    date: "2023-04-01",
    instrument: "The Somerset (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000189",
    oldName: "South Somerset",
    newCode: "E06000066",
    newName: "Somerset",
    date: "2023-04-01",
    instrument: "The Somerset (Structural Changes) Order 2022",
  },
  {
    oldCode: "E07000246",
    oldName: "Somerset West and Taunton",
    newCode: "E06000066",
    newName: "Somerset",
    date: "2023-04-01",
    instrument: "The Somerset (Structural Changes) Order 2022",
  },
];
