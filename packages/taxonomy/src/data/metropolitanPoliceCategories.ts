import type { Taxonomy } from "@crimestats/schema";

/**
 * The Metropolitan Police recorded-crime categories published on the London Datastore ("MPS
 * Borough/Ward Level Crime"), `MajorText` at level 1 and `MinorText` at level 2, with the exact
 * strings of every release seen: the historical file (2010-04 onwards), the 2023-03..2025-02
 * release (adds `NFIB FRAUD` / `NFIB`, `BURGLARY - RESIDENTIAL` and `BURGLARY NON-DWELLING`
 * replacing `BURGLARY IN A DWELLING` from 2024) and the 2024-01..2025-12 release
 * (`RES BURGLARY OF A HOME`, `RES BURGLARY OF UNCONNECTED BUILDING`, and `STALKING AND
 * HARASSMENT` and `DEATH SERIOUS INJURY ILLEGAL DRIVING` split out of violence).
 *
 * Codes are `<major>.<minor>` slugs (`"burglary.burglary-in-a-dwelling"`), since the same text can
 * be both a major and its only minor class (`POSSESSION OF WEAPONS`, `FRAUD AND FORGERY`).
 * `validFrom`/`validTo` are the first and last months for which a release uses the category; a
 * later release can restate earlier months under new categories, so two releases can disagree
 * about the same month (the 2024-01..2025-12 release has `RES BURGLARY OF A HOME` for January
 * 2024, the 2023-03..2025-02 release `BURGLARY IN A DWELLING`).
 *
 * The older nine-category set (2008–16, `major_category`/`minor_category`) is
 * {@link metropolitanPoliceLegacyCategories}.
 *
 * @example
 * ```ts
 * metropolitanPoliceCategories.categories.filter((c) => c.level === 1).length;
 * //=> 13
 * ```
 */
export const metropolitanPoliceCategories: Taxonomy = {
  id: "mps",
  name: "Metropolitan Police recorded crime categories (MajorText / MinorText)",
  publisher: "Metropolitan Police Service (London Datastore)",
  version: "2025-12",
  licence: "OGL-UK-3.0",
  url: "https://data.london.gov.uk/dataset/recorded_crime_summary",
  categories: [
    { code: "violence-against-the-person", name: "VIOLENCE AGAINST THE PERSON", level: 1 },
    { code: "violence-against-the-person.homicide", name: "HOMICIDE", level: 2, parent: "violence-against-the-person" },
    { code: "violence-against-the-person.violence-with-injury", name: "VIOLENCE WITH INJURY", level: 2, parent: "violence-against-the-person" },
    {
      code: "violence-against-the-person.violence-without-injury",
      name: "VIOLENCE WITHOUT INJURY",
      level: 2,
      parent: "violence-against-the-person",
      description:
        "Includes stalking and harassment and death or serious injury by illegal driving in releases before they were split out (the 2024-01..2025-12 release lists them separately from 2024-01).",
    },
    {
      code: "violence-against-the-person.stalking-and-harassment",
      name: "STALKING AND HARASSMENT",
      level: 2,
      parent: "violence-against-the-person",
      validFrom: "2024-01",
    },
    {
      code: "violence-against-the-person.death-serious-injury-illegal-driving",
      name: "DEATH SERIOUS INJURY ILLEGAL DRIVING",
      level: 2,
      parent: "violence-against-the-person",
      validFrom: "2024-01",
    },
    { code: "sexual-offences", name: "SEXUAL OFFENCES", level: 1 },
    { code: "sexual-offences.rape", name: "RAPE", level: 2, parent: "sexual-offences" },
    { code: "sexual-offences.other-sexual-offences", name: "OTHER SEXUAL OFFENCES", level: 2, parent: "sexual-offences" },
    { code: "robbery", name: "ROBBERY", level: 1 },
    { code: "robbery.robbery-of-business-property", name: "ROBBERY OF BUSINESS PROPERTY", level: 2, parent: "robbery" },
    { code: "robbery.robbery-of-personal-property", name: "ROBBERY OF PERSONAL PROPERTY", level: 2, parent: "robbery" },
    { code: "burglary", name: "BURGLARY", level: 1 },
    {
      code: "burglary.burglary-in-a-dwelling",
      name: "BURGLARY IN A DWELLING",
      level: 2,
      parent: "burglary",
      validTo: "2024-02",
      description: "Last used for February 2024 (release 2023-03..2025-02).",
    },
    { code: "burglary.burglary-business-and-community", name: "BURGLARY BUSINESS AND COMMUNITY", level: 2, parent: "burglary" },
    {
      code: "burglary.burglary-residential",
      name: "BURGLARY - RESIDENTIAL",
      level: 2,
      parent: "burglary",
      validFrom: "2024-02",
      description: "Takes over from BURGLARY IN A DWELLING in the 2023-03..2025-02 release.",
    },
    {
      code: "burglary.burglary-non-dwelling",
      name: "BURGLARY NON-DWELLING",
      level: 2,
      parent: "burglary",
      validFrom: "2024-02",
      description: "A handful of offences in the 2023-03..2025-02 release only.",
    },
    {
      code: "burglary.res-burglary-of-a-home",
      name: "RES BURGLARY OF A HOME",
      level: 2,
      parent: "burglary",
      validFrom: "2024-01",
      description: "Residential burglary of a home, from the 2024-01..2025-12 release.",
    },
    {
      code: "burglary.res-burglary-of-unconnected-building",
      name: "RES BURGLARY OF UNCONNECTED BUILDING",
      level: 2,
      parent: "burglary",
      validFrom: "2024-01",
      description: "Residential burglary of a shed, garage or other building not connected to the home, from the 2024-01..2025-12 release.",
    },
    { code: "theft", name: "THEFT", level: 1 },
    { code: "theft.bicycle-theft", name: "BICYCLE THEFT", level: 2, parent: "theft" },
    { code: "theft.other-theft", name: "OTHER THEFT", level: 2, parent: "theft" },
    { code: "theft.shoplifting", name: "SHOPLIFTING", level: 2, parent: "theft" },
    { code: "theft.theft-from-the-person", name: "THEFT FROM THE PERSON", level: 2, parent: "theft" },
    { code: "vehicle-offences", name: "VEHICLE OFFENCES", level: 1 },
    { code: "vehicle-offences.aggravated-vehicle-taking", name: "AGGRAVATED VEHICLE TAKING", level: 2, parent: "vehicle-offences" },
    { code: "vehicle-offences.interfering-with-a-motor-vehicle", name: "INTERFERING WITH A MOTOR VEHICLE", level: 2, parent: "vehicle-offences" },
    { code: "vehicle-offences.theft-from-a-vehicle", name: "THEFT FROM A VEHICLE", level: 2, parent: "vehicle-offences" },
    {
      code: "vehicle-offences.theft-or-unauth-taking-of-a-motor-veh",
      name: "THEFT OR UNAUTH TAKING OF A MOTOR VEH",
      level: 2,
      parent: "vehicle-offences",
      aliases: ["Theft or unauthorised taking of a motor vehicle"],
    },
    { code: "arson-and-criminal-damage", name: "ARSON AND CRIMINAL DAMAGE", level: 1 },
    { code: "arson-and-criminal-damage.arson", name: "ARSON", level: 2, parent: "arson-and-criminal-damage" },
    { code: "arson-and-criminal-damage.criminal-damage", name: "CRIMINAL DAMAGE", level: 2, parent: "arson-and-criminal-damage" },
    { code: "drug-offences", name: "DRUG OFFENCES", level: 1 },
    { code: "drug-offences.possession-of-drugs", name: "POSSESSION OF DRUGS", level: 2, parent: "drug-offences" },
    { code: "drug-offences.trafficking-of-drugs", name: "TRAFFICKING OF DRUGS", level: 2, parent: "drug-offences" },
    { code: "possession-of-weapons", name: "POSSESSION OF WEAPONS", level: 1 },
    { code: "possession-of-weapons.possession-of-weapons", name: "POSSESSION OF WEAPONS", level: 2, parent: "possession-of-weapons" },
    { code: "public-order-offences", name: "PUBLIC ORDER OFFENCES", level: 1 },
    { code: "public-order-offences.other-offences-public-order", name: "OTHER OFFENCES PUBLIC ORDER", level: 2, parent: "public-order-offences" },
    { code: "public-order-offences.public-fear-alarm-or-distress", name: "PUBLIC FEAR ALARM OR DISTRESS", level: 2, parent: "public-order-offences" },
    {
      code: "public-order-offences.race-or-religious-agg-public-fear",
      name: "RACE OR RELIGIOUS AGG PUBLIC FEAR",
      level: 2,
      parent: "public-order-offences",
      aliases: ["Racially or religiously aggravated public fear, alarm or distress"],
    },
    { code: "public-order-offences.violent-disorder", name: "VIOLENT DISORDER", level: 2, parent: "public-order-offences" },
    { code: "miscellaneous-crimes-against-society", name: "MISCELLANEOUS CRIMES AGAINST SOCIETY", level: 1 },
    {
      code: "miscellaneous-crimes-against-society.misc-crimes-against-society",
      name: "MISC CRIMES AGAINST SOCIETY",
      level: 2,
      parent: "miscellaneous-crimes-against-society",
      aliases: ["Miscellaneous crimes against society"],
    },
    { code: "fraud-and-forgery", name: "FRAUD AND FORGERY", level: 1 },
    { code: "fraud-and-forgery.fraud-and-forgery", name: "FRAUD AND FORGERY", level: 2, parent: "fraud-and-forgery" },
    { code: "nfib-fraud", name: "NFIB FRAUD", level: 1, validFrom: "2024-02" },
    {
      code: "nfib-fraud.nfib",
      name: "NFIB",
      level: 2,
      parent: "nfib-fraud",
      validFrom: "2024-02",
      description: "Frauds recorded by the National Fraud Intelligence Bureau (Action Fraud); a handful per month.",
    },
  ],
};
