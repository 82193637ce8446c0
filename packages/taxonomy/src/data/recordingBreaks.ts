import type { RecordingBreak } from "@crimestats/schema";

const AIRPORTS = "London Heathrow and London City Airports";

/** Every MPS burglary MinorText of any release (the children of `BURGLARY` in `metropolitanPoliceCategories`). */
const MPS_BURGLARY = [
  "BURGLARY IN A DWELLING",
  "BURGLARY BUSINESS AND COMMUNITY",
  "BURGLARY - RESIDENTIAL",
  "BURGLARY NON-DWELLING",
  "RES BURGLARY OF A HOME",
  "RES BURGLARY OF UNCONNECTED BUILDING",
];

/** Every MPS violence against the person MinorText of any release. */
const MPS_VIOLENCE = ["HOMICIDE", "VIOLENCE WITH INJURY", "VIOLENCE WITHOUT INJURY", "STALKING AND HARASSMENT", "DEATH SERIOUS INJURY ILLEGAL DRIVING"];

const LONDON_DATASTORE = {
  title: "London Datastore: recorded_crime_summary (Metropolitan Police borough, ward and LSOA crime files)",
  url: "https://data.london.gov.uk/dataset/recorded_crime_summary",
  publisher: "Metropolitan Police Service (London Datastore)",
};

const COUNTING_RULES = {
  title: "Crime recording: counting rules for recorded crime",
  url: "https://www.gov.uk/government/publications/counting-rules-for-recorded-crime",
  publisher: "Home Office",
};

const ONS_YE_MARCH_2024 = {
  title: "Crime in England and Wales: year ending March 2024",
  url: "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/crimeinenglandandwales/yearendingmarch2024",
  publisher: "Office for National Statistics",
};

const POLICE_UK_CATEGORIES = {
  title: "data.police.uk API: crime categories",
  url: "https://data.police.uk/docs/method/crime-categories/",
  publisher: "Home Office (data.police.uk)",
};

const CUMBRIA_ORDER = {
  title: "The Cumbria (Structural Changes) Order 2022 (SI 2022/331)",
  url: "https://www.legislation.gov.uk/uksi/2022/331/contents/made",
  publisher: "legislation.gov.uk (The National Archives)",
};

const CUMBERLAND =
  "On 1 April 2023 the districts of Allerdale, Carlisle and Copeland were abolished and replaced by one unitary authority, Cumberland, covering the same area; only the three districts together compare with Cumberland.";

const WESTMORLAND_AND_FURNESS =
  "On 1 April 2023 the districts of Barrow-in-Furness, Eden and South Lakeland were abolished and replaced by one unitary authority, Westmorland and Furness, covering the same area; only the three districts together compare with Westmorland and Furness.";

const PRINCIPAL_CRIME =
  "From May 2023 the Home Office Counting Rules record stalking, harassment and controlling or coercive behaviour in the same course of conduct as another, more serious offence against the same victim only once, as that principal offence, where from April 2018 they had been recorded in addition to it, so fewer of these offences are recorded from then on.";

/**
 * Known recording breaks: months from which some published counts are recorded on a different
 * basis, each with the public source that documents it (`source.url`), the rows it `affects` and
 * the wider `likeForLike` rows whose sum stays comparable. `breaksIn` picks the ones that matter
 * for a figure; docs/methods.md ("Recording breaks") gives the rule.
 *
 * - Metropolitan Police (`classification: "mps"`, London Datastore borough files): burglary of
 *   outbuildings moved to residential burglary in April 2017 under the old label; the airports
 *   row from April 2023 and its offences counted in Hillingdon from March 2024; burglary in a
 *   dwelling relabelled from March 2024 (release 2023-03..2025-02) and restated as two
 *   residential classes from January 2024 (release 2024-01..2025-12); stalking and harassment and
 *   death or serious injury by illegal driving split out of violence without injury from January
 *   2024; the fall of the `Unknown` row from September 2024.
 * - Home Office Counting Rules: the May 2023 principal crime rule for stalking, harassment and
 *   controlling or coercive behaviour (MPS, data.police.uk and Home Office labels); the April 2017
 *   change to residential and non-residential burglary (Home Office offence groups).
 * - data.police.uk (`classification: "police-uk"`): the categories added in September 2011 and
 *   split or renamed in May 2013 (the months of `policeUkCategories`' `validFrom`/`validTo`).
 * - Local government: Cumberland and Westmorland and Furness from April 2023 (one break by
 *   names and one by GSS codes of the old districts and the new unitary authority, so that a
 *   figure over either kind of label can hold the whole like-for-like set).
 *
 * Where a change is only seen in the published data (the airports and `Unknown` rows), the source
 * is the dataset page and the description says so. The MPS months were checked against the
 * monthly counts of the published files.
 *
 * @example
 * ```ts
 * recordingBreaks.find((b) => b.id === "mps-airports-row-to-hillingdon")?.month;
 * //=> "2024-03"
 * ```
 */
export const recordingBreaks: readonly RecordingBreak[] = [
  {
    id: "police-uk-categories-split-from-other-crime",
    month: "2011-09",
    kind: "split",
    description:
      'From September 2011 data.police.uk lists criminal damage and arson, drugs, other theft, shoplifting, and public disorder and weapons as categories of their own, which until then were counted in "Other crime"; only these categories together compare across that month. The month could not be checked against a published data.police.uk page.',
    source: POLICE_UK_CATEGORIES,
    classification: "police-uk",
    affects: { offences: ["Other crime", "Criminal damage and arson", "Drugs", "Other theft", "Shoplifting", "Public disorder and weapons"] },
    likeForLike: { offences: ["Other crime", "Criminal damage and arson", "Drugs", "Other theft", "Shoplifting", "Public disorder and weapons"] },
  },
  {
    id: "police-uk-public-disorder-weapons-split",
    month: "2013-05",
    kind: "split",
    description:
      'From May 2013 data.police.uk splits "Public disorder and weapons" into public order and possession of weapons; only the two together compare across that month. The month could not be checked against a published data.police.uk page.',
    source: POLICE_UK_CATEGORIES,
    classification: "police-uk",
    affects: { offences: ["Public disorder and weapons", "Public order", "Possession of weapons"] },
    likeForLike: { offences: ["Public disorder and weapons", "Public order", "Possession of weapons"] },
  },
  {
    id: "police-uk-other-theft-split",
    month: "2013-05",
    kind: "split",
    description:
      'From May 2013 data.police.uk lists bicycle theft and theft from the person as categories of their own, which until then were counted in "Other theft"; only the three together compare across that month. The month could not be checked against a published data.police.uk page.',
    source: POLICE_UK_CATEGORIES,
    classification: "police-uk",
    affects: { offences: ["Other theft", "Bicycle theft", "Theft from the person"] },
    likeForLike: { offences: ["Other theft", "Bicycle theft", "Theft from the person"] },
  },
  {
    id: "police-uk-violent-crime-renamed",
    month: "2013-05",
    kind: "relabelling",
    description:
      'From May 2013 data.police.uk names its violence category "Violence and sexual offences" instead of "Violent crime"; the two names together form one series. The month could not be checked against a published data.police.uk page.',
    source: POLICE_UK_CATEGORIES,
    classification: "police-uk",
    affects: { offences: ["Violent crime", "Violence and sexual offences"] },
    likeForLike: { offences: ["Violent crime", "Violence and sexual offences"] },
  },
  {
    id: "mps-burglary-outbuildings-to-residential",
    month: "2017-04",
    kind: "counting-rules",
    description:
      'From April 2017 burglaries of sheds, garages and other outbuildings of a home count as residential burglary rather than business and community burglary. The Metropolitan Police files keep the label "burglary in a dwelling", which rises from April 2017 while business and community burglary falls (seen in the published data), so only all burglary together compares across that month. No Home Office or ONS page found states the month; it is taken from these files.',
    source: COUNTING_RULES,
    classification: "mps",
    affects: { offences: ["BURGLARY IN A DWELLING", "BURGLARY BUSINESS AND COMMUNITY"] },
    likeForLike: { offences: MPS_BURGLARY },
  },
  {
    id: "home-office-residential-burglary",
    month: "2017-04",
    kind: "counting-rules",
    description:
      "From April 2017 the Home Office groups burglary as residential (a home and the sheds, garages and other buildings within its grounds) and non-residential, instead of domestic and non-domestic, so only all burglary together compares across that month. No Home Office or ONS page found states the month; the Metropolitan Police files show the change from April 2017.",
    source: COUNTING_RULES,
    classification: "home-office",
    affects: { offences: ["Domestic burglary", "Non-domestic burglary", "Residential burglary", "Non-residential burglary"] },
    likeForLike: { offences: ["Domestic burglary", "Non-domestic burglary", "Residential burglary", "Non-residential burglary"] },
  },
  {
    id: "mps-airports-row-starts",
    month: "2023-04",
    kind: "series-start",
    description:
      "From April 2023 the Metropolitan Police files count offences at Heathrow and London City airports in a row of their own (17 in April 2023, then about 370 to 540 a month), and Hillingdon's count falls by about 300 a month at the same time. This is seen in the published data; the dataset page gives no reason.",
    source: LONDON_DATASTORE,
    classification: "mps",
    affects: { areas: [AIRPORTS, "Hillingdon"] },
    likeForLike: { areas: [AIRPORTS, "Hillingdon"] },
  },
  {
    id: "cumbria-cumberland",
    month: "2023-04",
    kind: "boundary",
    description: CUMBERLAND,
    source: CUMBRIA_ORDER,
    affects: { areas: ["Allerdale", "Carlisle", "Copeland", "Cumberland"] },
    likeForLike: { areas: ["Allerdale", "Carlisle", "Copeland", "Cumberland"] },
  },
  {
    id: "cumbria-cumberland-gss-codes",
    month: "2023-04",
    kind: "boundary",
    description: CUMBERLAND,
    source: CUMBRIA_ORDER,
    affects: { areas: ["E07000026", "E07000028", "E07000029", "E06000063"] },
    likeForLike: { areas: ["E07000026", "E07000028", "E07000029", "E06000063"] },
  },
  {
    id: "cumbria-westmorland-and-furness",
    month: "2023-04",
    kind: "boundary",
    description: WESTMORLAND_AND_FURNESS,
    source: CUMBRIA_ORDER,
    affects: { areas: ["Barrow-in-Furness", "Eden", "South Lakeland", "Westmorland and Furness"] },
    likeForLike: { areas: ["Barrow-in-Furness", "Eden", "South Lakeland", "Westmorland and Furness"] },
  },
  {
    id: "cumbria-westmorland-and-furness-gss-codes",
    month: "2023-04",
    kind: "boundary",
    description: WESTMORLAND_AND_FURNESS,
    source: CUMBRIA_ORDER,
    affects: { areas: ["E07000027", "E07000030", "E07000031", "E06000064"] },
    likeForLike: { areas: ["E07000027", "E07000030", "E07000031", "E06000064"] },
  },
  {
    id: "mps-hocr-principal-crime-stalking-harassment",
    month: "2023-05",
    kind: "counting-rules",
    description: `${PRINCIPAL_CRIME} The Metropolitan Police files count these offences in violence without injury, or in stalking and harassment where that is listed apart.`,
    source: ONS_YE_MARCH_2024,
    classification: "mps",
    affects: { offences: ["VIOLENCE WITHOUT INJURY", "STALKING AND HARASSMENT"] },
  },
  {
    id: "police-uk-hocr-principal-crime-stalking-harassment",
    month: "2023-05",
    kind: "counting-rules",
    description: `${PRINCIPAL_CRIME} data.police.uk counts these offences in violence and sexual offences.`,
    source: ONS_YE_MARCH_2024,
    classification: "police-uk",
    affects: { offences: ["Violence and sexual offences"] },
  },
  {
    id: "home-office-hocr-principal-crime-stalking-harassment",
    month: "2023-05",
    kind: "counting-rules",
    description: PRINCIPAL_CRIME,
    source: ONS_YE_MARCH_2024,
    classification: "home-office",
    affects: { offences: ["Stalking and harassment"] },
  },
  {
    id: "mps-burglary-residential-home-and-unconnected",
    month: "2024-01",
    kind: "split",
    description:
      'The Metropolitan Police release for January 2024 to December 2025 counts residential burglary in two parts from its first month, burglary of a home and burglary of an unconnected building such as a shed or garage, where earlier releases have "burglary in a dwelling" (seen in the published data). Where the releases are joined, only all burglary together compares across January 2024.',
    source: LONDON_DATASTORE,
    classification: "mps",
    affects: { offences: ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING"] },
    likeForLike: { offences: MPS_BURGLARY },
  },
  {
    id: "mps-stalking-harassment-split-from-violence-without-injury",
    month: "2024-01",
    kind: "split",
    description:
      "The Metropolitan Police release for January 2024 to December 2025 lists stalking and harassment, and death or serious injury by illegal driving, apart from violence without injury from its first month; earlier releases count them within violence without injury (seen in the published data). Where the releases are joined, only all violence against the person together compares across January 2024.",
    source: LONDON_DATASTORE,
    classification: "mps",
    affects: { offences: ["VIOLENCE WITHOUT INJURY", "STALKING AND HARASSMENT", "DEATH SERIOUS INJURY ILLEGAL DRIVING"] },
    likeForLike: { offences: MPS_VIOLENCE },
  },
  {
    id: "mps-airports-row-to-hillingdon",
    month: "2024-03",
    kind: "reallocation",
    description:
      "From March 2024 the airports row of the Metropolitan Police files is empty and Hillingdon's count rises by about the same amount (some 450 offences a month), so offences at Heathrow and London City airports appear to be counted in Hillingdon. This is seen in the published data; the borough files' dataset page gives no reason. The Metropolitan Police's notes to its monthly crime dashboard data on the London Datastore say that from the end of February 2024 its new crime recording system places offences in the borough where they happened rather than the borough managing the case, which would account for it.",
    source: LONDON_DATASTORE,
    classification: "mps",
    affects: { areas: [AIRPORTS, "Hillingdon"] },
    likeForLike: { areas: [AIRPORTS, "Hillingdon"] },
  },
  {
    id: "mps-burglary-in-a-dwelling-relabelled-residential",
    month: "2024-03",
    kind: "relabelling",
    description:
      'In the Metropolitan Police release for March 2023 to February 2025, "burglary in a dwelling" is replaced by "burglary - residential" from March 2024 (a few offences already carry the new label in February 2024), while the burglary total runs on unbroken (seen in the published data). The Metropolitan Police began recording crime on a new system at the end of February 2024. Only all burglary together compares across March 2024.',
    source: LONDON_DATASTORE,
    classification: "mps",
    affects: { offences: ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "BURGLARY NON-DWELLING"] },
    likeForLike: { offences: MPS_BURGLARY },
  },
  {
    id: "mps-unknown-row-falls",
    month: "2024-09",
    kind: "reallocation",
    description:
      'The Metropolitan Police files\' row of offences with no borough ("Unknown") falls from over 1,000 a month until August 2024 to a few hundred or fewer from September 2024, in both releases that cover those months, so offences that had no borough appear to be counted in the boroughs. This is seen in the published data; the dataset page gives no reason, and only the London total with that row compares across September 2024.',
    source: LONDON_DATASTORE,
    classification: "mps",
    affects: { areas: ["Unknown"] },
    likeForLike: {},
  },
];
