import type { CrosswalkTable } from "../crosswalkTypes.js";

/**
 * Crosswalk rows: Metropolitan Police MajorText/MinorText to Home Office offence groups and sub-groups.
 *
 * @example
 * ```ts
 * mpsToHomeOffice.from;
 * //=> "mps"
 * ```
 */
export const mpsToHomeOffice: CrosswalkTable = {
  from: "mps",
  to: "home-office",
  rows: [
    { from: "violence-against-the-person", to: "violence-against-the-person", match: "exact" },
    { from: "violence-against-the-person.homicide", to: "homicide", match: "exact" },
    { from: "violence-against-the-person.violence-with-injury", to: "violence-with-injury", match: "exact" },
    { from: "violence-against-the-person.violence-without-injury", to: "violence-without-injury", match: "partial" },
    { from: "violence-against-the-person.violence-without-injury", to: "stalking-and-harassment", match: "partial" },
    { from: "violence-against-the-person.violence-without-injury", to: "death-or-serious-injury-unlawful-driving", match: "partial" },
    { from: "violence-against-the-person.stalking-and-harassment", to: "stalking-and-harassment", match: "exact" },
    { from: "violence-against-the-person.death-serious-injury-illegal-driving", to: "death-or-serious-injury-unlawful-driving", match: "exact" },
    { from: "sexual-offences", to: "sexual-offences", match: "exact" },
    { from: "sexual-offences.rape", to: "rape", match: "exact" },
    { from: "sexual-offences.other-sexual-offences", to: "other-sexual-offences", match: "exact" },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "robbery.robbery-of-business-property", to: "robbery-of-business-property", match: "exact" },
    { from: "robbery.robbery-of-personal-property", to: "robbery-of-personal-property", match: "exact" },
    { from: "burglary", to: "domestic-burglary", match: "partial", validTo: "2017-03" },
    { from: "burglary", to: "non-domestic-burglary", match: "partial", validTo: "2017-03" },
    { from: "burglary", to: "residential-burglary", match: "partial", validFrom: "2017-04" },
    { from: "burglary", to: "non-residential-burglary", match: "partial", validFrom: "2017-04" },
    { from: "burglary.burglary-in-a-dwelling", to: "domestic-burglary", match: "many-to-one", validTo: "2017-03" },
    { from: "burglary.burglary-in-a-dwelling", to: "residential-burglary", match: "many-to-one", validFrom: "2017-04" },
    { from: "burglary.burglary-business-and-community", to: "non-domestic-burglary", match: "many-to-one", validTo: "2017-03" },
    { from: "burglary.burglary-business-and-community", to: "non-residential-burglary", match: "exact", validFrom: "2017-04" },
    { from: "burglary.burglary-residential", to: "residential-burglary", match: "exact", validFrom: "2017-04" },
    { from: "burglary.burglary-non-dwelling", to: "residential-burglary", match: "partial", validFrom: "2017-04" },
    { from: "burglary.burglary-non-dwelling", to: "non-residential-burglary", match: "partial", validFrom: "2017-04" },
    { from: "burglary.res-burglary-of-a-home", to: "residential-burglary", match: "many-to-one", validFrom: "2017-04" },
    { from: "burglary.res-burglary-of-unconnected-building", to: "residential-burglary", match: "many-to-one", validFrom: "2017-04" },
    { from: "theft", to: "shoplifting", match: "partial" },
    { from: "theft", to: "all-other-theft-offences", match: "partial" },
    { from: "theft", to: "theft-from-the-person", match: "partial" },
    { from: "theft", to: "bicycle-theft", match: "partial" },
    { from: "theft.bicycle-theft", to: "bicycle-theft", match: "exact" },
    { from: "theft.other-theft", to: "all-other-theft-offences", match: "exact" },
    { from: "theft.shoplifting", to: "shoplifting", match: "exact" },
    { from: "theft.theft-from-the-person", to: "theft-from-the-person", match: "exact" },
    { from: "vehicle-offences", to: "vehicle-offences", match: "exact" },
    { from: "vehicle-offences.aggravated-vehicle-taking", to: "vehicle-offences", match: "many-to-one" },
    { from: "vehicle-offences.interfering-with-a-motor-vehicle", to: "vehicle-offences", match: "many-to-one" },
    { from: "vehicle-offences.theft-from-a-vehicle", to: "vehicle-offences", match: "many-to-one" },
    { from: "vehicle-offences.theft-or-unauth-taking-of-a-motor-veh", to: "vehicle-offences", match: "many-to-one" },
    { from: "arson-and-criminal-damage", to: "criminal-damage-and-arson", match: "exact" },
    { from: "arson-and-criminal-damage.arson", to: "arson", match: "exact" },
    { from: "arson-and-criminal-damage.criminal-damage", to: "criminal-damage", match: "exact" },
    { from: "drug-offences", to: "drug-offences", match: "exact" },
    { from: "drug-offences.possession-of-drugs", to: "possession-of-drugs", match: "exact" },
    { from: "drug-offences.trafficking-of-drugs", to: "trafficking-of-drugs", match: "exact" },
    { from: "possession-of-weapons", to: "possession-of-weapons-offences", match: "exact" },
    { from: "possession-of-weapons.possession-of-weapons", to: "possession-of-weapons", match: "exact" },
    { from: "public-order-offences", to: "public-order-offences", match: "exact" },
    { from: "public-order-offences.other-offences-public-order", to: "public-order", match: "many-to-one" },
    { from: "public-order-offences.public-fear-alarm-or-distress", to: "public-order", match: "many-to-one" },
    { from: "public-order-offences.race-or-religious-agg-public-fear", to: "public-order", match: "many-to-one" },
    { from: "public-order-offences.violent-disorder", to: "public-order", match: "many-to-one" },
    { from: "miscellaneous-crimes-against-society", to: "miscellaneous-crimes-against-society", match: "exact" },
    { from: "miscellaneous-crimes-against-society.misc-crimes-against-society", to: "miscellaneous-crimes", match: "exact" },
    { from: "fraud-and-forgery", to: "fraud-offences", match: "partial" },
    { from: "fraud-and-forgery", to: "miscellaneous-crimes", match: "partial" },
    { from: "fraud-and-forgery.fraud-and-forgery", to: "fraud-offences", match: "partial" },
    { from: "fraud-and-forgery.fraud-and-forgery", to: "miscellaneous-crimes", match: "partial" },
    { from: "nfib-fraud", to: "action-fraud", match: "many-to-one" },
    { from: "nfib-fraud.nfib", to: "action-fraud", match: "many-to-one" },
  ],
};

/**
 * Crosswalk rows: Metropolitan Police legacy (2008–16) categories to Home Office offence groups and sub-groups. The legacy classes do not line up exactly (harassment, offensive weapons and handling stolen goods sit elsewhere), so several rows are partial.
 *
 * @example
 * ```ts
 * mpsLegacyToHomeOffice.from;
 * //=> "mps-legacy"
 * ```
 */
export const mpsLegacyToHomeOffice: CrosswalkTable = {
  from: "mps-legacy",
  to: "home-office",
  rows: [
    { from: "burglary", to: "domestic-burglary", match: "partial" },
    { from: "burglary", to: "non-domestic-burglary", match: "partial" },
    { from: "burglary.burglary-in-a-dwelling", to: "domestic-burglary", match: "exact" },
    { from: "burglary.burglary-in-other-buildings", to: "non-domestic-burglary", match: "exact" },
    { from: "criminal-damage", to: "criminal-damage-and-arson", match: "many-to-one" },
    { from: "criminal-damage.criminal-damage-to-dwelling", to: "criminal-damage-and-arson", match: "many-to-one" },
    { from: "criminal-damage.criminal-damage-to-motor-vehicle", to: "criminal-damage-and-arson", match: "many-to-one" },
    { from: "criminal-damage.criminal-damage-to-other-building", to: "criminal-damage-and-arson", match: "many-to-one" },
    { from: "criminal-damage.other-criminal-damage", to: "criminal-damage-and-arson", match: "many-to-one" },
    { from: "drugs", to: "drug-offences", match: "exact" },
    { from: "drugs.drug-trafficking", to: "trafficking-of-drugs", match: "exact" },
    { from: "drugs.possession-of-drugs", to: "possession-of-drugs", match: "exact" },
    { from: "drugs.other-drugs", to: "drug-offences", match: "many-to-one" },
    { from: "fraud-or-forgery", to: "fraud-offences", match: "partial" },
    { from: "fraud-or-forgery", to: "miscellaneous-crimes", match: "partial" },
    { from: "fraud-or-forgery.counted-per-victim", to: "fraud-offences", match: "many-to-one" },
    { from: "fraud-or-forgery.other-fraud-and-forgery", to: "fraud-offences", match: "partial" },
    { from: "fraud-or-forgery.other-fraud-and-forgery", to: "miscellaneous-crimes", match: "partial" },
    { from: "other-notifiable-offences", to: "miscellaneous-crimes", match: "partial" },
    { from: "other-notifiable-offences", to: "public-order", match: "partial" },
    { from: "other-notifiable-offences.going-equipped", to: "miscellaneous-crimes", match: "many-to-one" },
    { from: "other-notifiable-offences.other-notifiable", to: "miscellaneous-crimes", match: "partial" },
    { from: "other-notifiable-offences.other-notifiable", to: "public-order", match: "partial" },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "robbery.business-property", to: "robbery-of-business-property", match: "exact" },
    { from: "robbery.personal-property", to: "robbery-of-personal-property", match: "exact" },
    { from: "sexual-offences", to: "sexual-offences", match: "exact" },
    { from: "sexual-offences.rape", to: "rape", match: "exact" },
    { from: "sexual-offences.other-sexual", to: "other-sexual-offences", match: "exact" },
    { from: "theft-and-handling", to: "theft-offences", match: "partial" },
    { from: "theft-and-handling", to: "miscellaneous-crimes", match: "partial" },
    { from: "theft-and-handling.handling-stolen-goods", to: "all-other-theft-offences", match: "partial" },
    { from: "theft-and-handling.handling-stolen-goods", to: "miscellaneous-crimes", match: "partial" },
    { from: "theft-and-handling.motor-vehicle-interference-and-tampering", to: "vehicle-offences", match: "many-to-one" },
    { from: "theft-and-handling.other-theft", to: "all-other-theft-offences", match: "many-to-one" },
    { from: "theft-and-handling.other-theft-person", to: "theft-from-the-person", match: "exact" },
    { from: "theft-and-handling.theft-from-motor-vehicle", to: "vehicle-offences", match: "many-to-one" },
    { from: "theft-and-handling.theft-from-shops", to: "shoplifting", match: "exact" },
    { from: "theft-and-handling.theft-taking-of-motor-vehicle", to: "vehicle-offences", match: "many-to-one" },
    { from: "theft-and-handling.theft-taking-of-pedal-cycle", to: "bicycle-theft", match: "exact" },
    { from: "violence-against-the-person", to: "violence-against-the-person", match: "partial" },
    { from: "violence-against-the-person", to: "possession-of-weapons", match: "partial" },
    { from: "violence-against-the-person", to: "public-order", match: "partial" },
    { from: "violence-against-the-person.assault-with-injury", to: "violence-with-injury", match: "many-to-one" },
    { from: "violence-against-the-person.common-assault", to: "violence-without-injury", match: "many-to-one" },
    { from: "violence-against-the-person.harassment", to: "stalking-and-harassment", match: "partial" },
    { from: "violence-against-the-person.harassment", to: "public-order", match: "partial" },
    { from: "violence-against-the-person.murder", to: "homicide", match: "many-to-one" },
    { from: "violence-against-the-person.offensive-weapon", to: "possession-of-weapons", match: "many-to-one" },
    { from: "violence-against-the-person.other-violence", to: "violence-against-the-person", match: "many-to-one" },
    { from: "violence-against-the-person.wounding-gbh", to: "violence-with-injury", match: "many-to-one" },
  ],
};

/**
 * Crosswalk rows: Home Office offence groups and sub-groups to data.police.uk categories (as published by ONS and data.police.uk), with the rows for the 2010–13 category sets.
 *
 * @example
 * ```ts
 * homeOfficeToPoliceUk.from;
 * //=> "home-office"
 * ```
 */
export const homeOfficeToPoliceUk: CrosswalkTable = {
  from: "home-office",
  to: "police-uk",
  rows: [
    { from: "violence-against-the-person", to: "violent-crime", match: "many-to-one" },
    { from: "homicide", to: "violent-crime", match: "many-to-one" },
    { from: "death-or-serious-injury-unlawful-driving", to: "violent-crime", match: "many-to-one" },
    { from: "violence-with-injury", to: "violent-crime", match: "many-to-one" },
    { from: "violence-without-injury", to: "violent-crime", match: "many-to-one" },
    { from: "stalking-and-harassment", to: "violent-crime", match: "many-to-one" },
    { from: "sexual-offences", to: "violent-crime", match: "many-to-one" },
    { from: "rape", to: "violent-crime", match: "many-to-one" },
    { from: "other-sexual-offences", to: "violent-crime", match: "many-to-one" },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "robbery-of-business-property", to: "robbery", match: "many-to-one" },
    { from: "robbery-of-personal-property", to: "robbery", match: "many-to-one" },
    { from: "theft-offences", to: "burglary", match: "partial" },
    { from: "theft-offences", to: "vehicle-crime", match: "partial" },
    { from: "theft-offences", to: "other-crime", match: "partial", validTo: "2011-08" },
    { from: "theft-offences", to: "shoplifting", match: "partial", validFrom: "2011-09" },
    { from: "theft-offences", to: "other-theft", match: "partial", validFrom: "2011-09" },
    { from: "theft-offences", to: "theft-from-the-person", match: "partial", validFrom: "2013-05" },
    { from: "theft-offences", to: "bicycle-theft", match: "partial", validFrom: "2013-05" },
    { from: "domestic-burglary", to: "burglary", match: "many-to-one" },
    { from: "non-domestic-burglary", to: "burglary", match: "many-to-one" },
    { from: "residential-burglary", to: "burglary", match: "many-to-one" },
    { from: "non-residential-burglary", to: "burglary", match: "many-to-one" },
    { from: "vehicle-offences", to: "vehicle-crime", match: "exact" },
    { from: "theft-from-the-person", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "theft-from-the-person", to: "other-theft", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "theft-from-the-person", to: "theft-from-the-person", match: "exact", validFrom: "2013-05" },
    { from: "bicycle-theft", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "bicycle-theft", to: "other-theft", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "bicycle-theft", to: "bicycle-theft", match: "exact", validFrom: "2013-05" },
    { from: "shoplifting", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "shoplifting", to: "shoplifting", match: "exact", validFrom: "2011-09" },
    { from: "all-other-theft-offences", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "all-other-theft-offences", to: "other-theft", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "all-other-theft-offences", to: "other-theft", match: "exact", validFrom: "2013-05" },
    { from: "criminal-damage-and-arson", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "criminal-damage-and-arson", to: "criminal-damage-arson", match: "exact", validFrom: "2011-09" },
    { from: "criminal-damage", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "criminal-damage", to: "criminal-damage-arson", match: "many-to-one", validFrom: "2011-09" },
    { from: "arson", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "arson", to: "criminal-damage-arson", match: "many-to-one", validFrom: "2011-09" },
    { from: "drug-offences", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "drug-offences", to: "drugs", match: "exact", validFrom: "2011-09" },
    { from: "trafficking-of-drugs", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "trafficking-of-drugs", to: "drugs", match: "many-to-one", validFrom: "2011-09" },
    { from: "possession-of-drugs", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "possession-of-drugs", to: "drugs", match: "many-to-one", validFrom: "2011-09" },
    { from: "possession-of-weapons-offences", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "possession-of-weapons-offences", to: "public-disorder-weapons", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "possession-of-weapons-offences", to: "possession-of-weapons", match: "exact", validFrom: "2013-05" },
    { from: "possession-of-weapons", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "possession-of-weapons", to: "public-disorder-weapons", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "possession-of-weapons", to: "possession-of-weapons", match: "exact", validFrom: "2013-05" },
    { from: "public-order-offences", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "public-order-offences", to: "public-disorder-weapons", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "public-order-offences", to: "public-order", match: "exact", validFrom: "2013-05" },
    { from: "public-order", to: "other-crime", match: "many-to-one", validTo: "2011-08" },
    { from: "public-order", to: "public-disorder-weapons", match: "many-to-one", validFrom: "2011-09", validTo: "2013-04" },
    { from: "public-order", to: "public-order", match: "exact", validFrom: "2013-05" },
    { from: "miscellaneous-crimes-against-society", to: "other-crime", match: "many-to-one" },
    { from: "miscellaneous-crimes", to: "other-crime", match: "many-to-one" },
    { from: "fraud-offences", to: "other-crime", match: "many-to-one" },
    { from: "action-fraud", to: "other-crime", match: "many-to-one" },
    { from: "cifas", to: "other-crime", match: "many-to-one" },
    { from: "uk-finance", to: "other-crime", match: "many-to-one" },
  ],
};

/**
 * Crosswalk rows: Home Office offence groups and sub-groups to MOPAC 7.
 *
 * @example
 * ```ts
 * homeOfficeToMopac7.from;
 * //=> "home-office"
 * ```
 */
export const homeOfficeToMopac7: CrosswalkTable = {
  from: "home-office",
  to: "mopac-7",
  rows: [
    { from: "violence-against-the-person", to: "violence-with-injury", match: "partial" },
    { from: "violence-against-the-person", to: null },
    { from: "homicide", to: null },
    { from: "death-or-serious-injury-unlawful-driving", to: null },
    { from: "violence-with-injury", to: "violence-with-injury", match: "exact" },
    { from: "violence-without-injury", to: null },
    { from: "stalking-and-harassment", to: null },
    { from: "sexual-offences", to: null },
    { from: "rape", to: null },
    { from: "other-sexual-offences", to: null },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "robbery-of-business-property", to: "robbery", match: "many-to-one" },
    { from: "robbery-of-personal-property", to: "robbery", match: "many-to-one" },
    { from: "theft-offences", to: "burglary", match: "partial" },
    { from: "theft-offences", to: "theft-of-a-motor-vehicle", match: "partial" },
    { from: "theft-offences", to: "theft-from-a-motor-vehicle", match: "partial" },
    { from: "theft-offences", to: "theft-from-a-person", match: "partial" },
    { from: "theft-offences", to: null },
    { from: "domestic-burglary", to: "burglary", match: "many-to-one" },
    { from: "non-domestic-burglary", to: "burglary", match: "many-to-one" },
    { from: "residential-burglary", to: "burglary", match: "many-to-one" },
    { from: "non-residential-burglary", to: "burglary", match: "many-to-one" },
    { from: "vehicle-offences", to: "theft-of-a-motor-vehicle", match: "partial" },
    { from: "vehicle-offences", to: "theft-from-a-motor-vehicle", match: "partial" },
    { from: "vehicle-offences", to: null },
    { from: "theft-from-the-person", to: "theft-from-a-person", match: "exact" },
    { from: "bicycle-theft", to: null },
    { from: "shoplifting", to: null },
    { from: "all-other-theft-offences", to: null },
    { from: "criminal-damage-and-arson", to: "criminal-damage", match: "partial" },
    { from: "criminal-damage-and-arson", to: null },
    { from: "criminal-damage", to: "criminal-damage", match: "exact" },
    { from: "arson", to: null },
    { from: "drug-offences", to: null },
    { from: "trafficking-of-drugs", to: null },
    { from: "possession-of-drugs", to: null },
    { from: "possession-of-weapons-offences", to: null },
    { from: "possession-of-weapons", to: null },
    { from: "public-order-offences", to: null },
    { from: "public-order", to: null },
    { from: "miscellaneous-crimes-against-society", to: null },
    { from: "miscellaneous-crimes", to: null },
    { from: "fraud-offences", to: null },
    { from: "action-fraud", to: null },
    { from: "cifas", to: null },
    { from: "uk-finance", to: null },
  ],
};

/**
 * Crosswalk rows: data.police.uk categories to MOPAC 7.
 *
 * @example
 * ```ts
 * policeUkToMopac7.from;
 * //=> "police-uk"
 * ```
 */
export const policeUkToMopac7: CrosswalkTable = {
  from: "police-uk",
  to: "mopac-7",
  rows: [
    { from: "anti-social-behaviour", to: null },
    { from: "bicycle-theft", to: null },
    { from: "burglary", to: "burglary", match: "exact" },
    { from: "criminal-damage-arson", to: "criminal-damage", match: "partial" },
    { from: "criminal-damage-arson", to: null },
    { from: "drugs", to: null },
    { from: "other-theft", to: "theft-from-a-person", match: "partial", validFrom: "2011-09", validTo: "2013-04" },
    { from: "other-theft", to: null, validFrom: "2011-09", validTo: "2013-04" },
    { from: "other-theft", to: null, validFrom: "2013-05" },
    { from: "possession-of-weapons", to: null },
    { from: "public-order", to: null },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "shoplifting", to: null },
    { from: "theft-from-the-person", to: "theft-from-a-person", match: "exact" },
    { from: "vehicle-crime", to: "theft-of-a-motor-vehicle", match: "partial" },
    { from: "vehicle-crime", to: "theft-from-a-motor-vehicle", match: "partial" },
    { from: "vehicle-crime", to: null },
    { from: "violent-crime", to: "violence-with-injury", match: "partial" },
    { from: "violent-crime", to: null },
    { from: "other-crime", to: "criminal-damage", match: "partial", validTo: "2011-08" },
    { from: "other-crime", to: null, validTo: "2011-08" },
    { from: "other-crime", to: null, validFrom: "2011-09" },
    { from: "public-disorder-weapons", to: null },
  ],
};

/**
 * Crosswalk rows: Metropolitan Police MajorText/MinorText to MOPAC 7 (direct, because going through the Home Office vehicle-offences sub-group would lose the theft of / theft from split). Arson is not mapped: MOPAC published no definition saying whether its criminal damage counted it.
 *
 * @example
 * ```ts
 * mpsToMopac7.from;
 * //=> "mps"
 * ```
 */
export const mpsToMopac7: CrosswalkTable = {
  from: "mps",
  to: "mopac-7",
  rows: [
    { from: "violence-against-the-person", to: "violence-with-injury", match: "partial" },
    { from: "violence-against-the-person", to: null },
    { from: "violence-against-the-person.homicide", to: null },
    { from: "violence-against-the-person.violence-with-injury", to: "violence-with-injury", match: "exact" },
    { from: "violence-against-the-person.violence-without-injury", to: null },
    { from: "violence-against-the-person.stalking-and-harassment", to: null },
    { from: "violence-against-the-person.death-serious-injury-illegal-driving", to: null },
    { from: "sexual-offences", to: null },
    { from: "sexual-offences.rape", to: null },
    { from: "sexual-offences.other-sexual-offences", to: null },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "robbery.robbery-of-business-property", to: "robbery", match: "many-to-one" },
    { from: "robbery.robbery-of-personal-property", to: "robbery", match: "many-to-one" },
    { from: "burglary", to: "burglary", match: "exact" },
    { from: "burglary.burglary-in-a-dwelling", to: "burglary", match: "many-to-one" },
    { from: "burglary.burglary-business-and-community", to: "burglary", match: "many-to-one" },
    { from: "burglary.burglary-residential", to: "burglary", match: "many-to-one" },
    { from: "burglary.burglary-non-dwelling", to: "burglary", match: "many-to-one" },
    { from: "burglary.res-burglary-of-a-home", to: "burglary", match: "many-to-one" },
    { from: "burglary.res-burglary-of-unconnected-building", to: "burglary", match: "many-to-one" },
    { from: "theft", to: "theft-from-a-person", match: "partial" },
    { from: "theft", to: null },
    { from: "theft.bicycle-theft", to: null },
    { from: "theft.other-theft", to: null },
    { from: "theft.shoplifting", to: null },
    { from: "theft.theft-from-the-person", to: "theft-from-a-person", match: "exact" },
    { from: "vehicle-offences", to: "theft-of-a-motor-vehicle", match: "partial" },
    { from: "vehicle-offences", to: "theft-from-a-motor-vehicle", match: "partial" },
    { from: "vehicle-offences", to: null },
    { from: "vehicle-offences.aggravated-vehicle-taking", to: null },
    { from: "vehicle-offences.interfering-with-a-motor-vehicle", to: null },
    { from: "vehicle-offences.theft-from-a-vehicle", to: "theft-from-a-motor-vehicle", match: "exact" },
    { from: "vehicle-offences.theft-or-unauth-taking-of-a-motor-veh", to: "theft-of-a-motor-vehicle", match: "exact" },
    { from: "arson-and-criminal-damage", to: "criminal-damage", match: "partial" },
    { from: "arson-and-criminal-damage", to: null },
    { from: "arson-and-criminal-damage.arson", to: null },
    { from: "arson-and-criminal-damage.criminal-damage", to: "criminal-damage", match: "exact" },
    { from: "drug-offences", to: null },
    { from: "drug-offences.possession-of-drugs", to: null },
    { from: "drug-offences.trafficking-of-drugs", to: null },
    { from: "possession-of-weapons", to: null },
    { from: "possession-of-weapons.possession-of-weapons", to: null },
    { from: "public-order-offences", to: null },
    { from: "public-order-offences.other-offences-public-order", to: null },
    { from: "public-order-offences.public-fear-alarm-or-distress", to: null },
    { from: "public-order-offences.race-or-religious-agg-public-fear", to: null },
    { from: "public-order-offences.violent-disorder", to: null },
    { from: "miscellaneous-crimes-against-society", to: null },
    { from: "miscellaneous-crimes-against-society.misc-crimes-against-society", to: null },
    { from: "fraud-and-forgery", to: null },
    { from: "fraud-and-forgery.fraud-and-forgery", to: null },
    { from: "nfib-fraud", to: null },
    { from: "nfib-fraud.nfib", to: null },
  ],
};

/**
 * Crosswalk rows: Metropolitan Police legacy (2008–16) categories to MOPAC 7 (direct).
 *
 * @example
 * ```ts
 * mpsLegacyToMopac7.from;
 * //=> "mps-legacy"
 * ```
 */
export const mpsLegacyToMopac7: CrosswalkTable = {
  from: "mps-legacy",
  to: "mopac-7",
  rows: [
    { from: "burglary", to: "burglary", match: "exact" },
    { from: "burglary.burglary-in-a-dwelling", to: "burglary", match: "many-to-one" },
    { from: "burglary.burglary-in-other-buildings", to: "burglary", match: "many-to-one" },
    { from: "criminal-damage", to: "criminal-damage", match: "exact" },
    { from: "criminal-damage.criminal-damage-to-dwelling", to: "criminal-damage", match: "many-to-one" },
    { from: "criminal-damage.criminal-damage-to-motor-vehicle", to: "criminal-damage", match: "many-to-one" },
    { from: "criminal-damage.criminal-damage-to-other-building", to: "criminal-damage", match: "many-to-one" },
    { from: "criminal-damage.other-criminal-damage", to: "criminal-damage", match: "many-to-one" },
    { from: "drugs", to: null },
    { from: "drugs.drug-trafficking", to: null },
    { from: "drugs.possession-of-drugs", to: null },
    { from: "drugs.other-drugs", to: null },
    { from: "fraud-or-forgery", to: null },
    { from: "fraud-or-forgery.counted-per-victim", to: null },
    { from: "fraud-or-forgery.other-fraud-and-forgery", to: null },
    { from: "other-notifiable-offences", to: null },
    { from: "other-notifiable-offences.going-equipped", to: null },
    { from: "other-notifiable-offences.other-notifiable", to: null },
    { from: "robbery", to: "robbery", match: "exact" },
    { from: "robbery.business-property", to: "robbery", match: "many-to-one" },
    { from: "robbery.personal-property", to: "robbery", match: "many-to-one" },
    { from: "sexual-offences", to: null },
    { from: "sexual-offences.rape", to: null },
    { from: "sexual-offences.other-sexual", to: null },
    { from: "theft-and-handling", to: "theft-of-a-motor-vehicle", match: "partial" },
    { from: "theft-and-handling", to: "theft-from-a-motor-vehicle", match: "partial" },
    { from: "theft-and-handling", to: "theft-from-a-person", match: "partial" },
    { from: "theft-and-handling", to: null },
    { from: "theft-and-handling.handling-stolen-goods", to: null },
    { from: "theft-and-handling.motor-vehicle-interference-and-tampering", to: null },
    { from: "theft-and-handling.other-theft", to: null },
    { from: "theft-and-handling.other-theft-person", to: "theft-from-a-person", match: "exact" },
    { from: "theft-and-handling.theft-from-motor-vehicle", to: "theft-from-a-motor-vehicle", match: "exact" },
    { from: "theft-and-handling.theft-from-shops", to: null },
    { from: "theft-and-handling.theft-taking-of-motor-vehicle", to: "theft-of-a-motor-vehicle", match: "exact" },
    { from: "theft-and-handling.theft-taking-of-pedal-cycle", to: null },
    { from: "violence-against-the-person", to: "violence-with-injury", match: "partial" },
    { from: "violence-against-the-person", to: null },
    { from: "violence-against-the-person.assault-with-injury", to: "violence-with-injury", match: "many-to-one" },
    { from: "violence-against-the-person.common-assault", to: null },
    { from: "violence-against-the-person.harassment", to: null },
    { from: "violence-against-the-person.murder", to: null },
    { from: "violence-against-the-person.offensive-weapon", to: null },
    { from: "violence-against-the-person.other-violence", to: null },
    { from: "violence-against-the-person.wounding-gbh", to: "violence-with-injury", match: "many-to-one" },
  ],
};

/** Every built-in table, in the order `crosswalk` searches them (table order breaks ties between chains). */
export const builtInTables: readonly CrosswalkTable[] = [
  mpsToHomeOffice,
  mpsLegacyToHomeOffice,
  homeOfficeToPoliceUk,
  homeOfficeToMopac7,
  policeUkToMopac7,
  mpsToMopac7,
  mpsLegacyToMopac7,
];
