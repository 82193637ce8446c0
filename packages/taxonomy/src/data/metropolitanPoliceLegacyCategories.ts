import type { Taxonomy } from "@crimestats/schema";

/**
 * The Metropolitan Police's older nine-category classification (`major_category` /
 * `minor_category`), used in the London Datastore's LSOA-level crime data for 2008–2016 and the
 * widely used Kaggle "London Crime Data, 2008-2016" repackaging of it. Its Violence Against the
 * Person includes harassment and offensive-weapon possession, and it has no public-order major
 * class, so it does not line up one-to-one with {@link metropolitanPoliceCategories}. Codes are
 * `<major>.<minor>` slugs; every category is marked valid from January 2008 to December 2016.
 *
 * @example
 * ```ts
 * metropolitanPoliceLegacyCategories.categories.filter((c) => c.level === 1).map((c) => c.name).join(", ");
 * //=> "Burglary, Criminal Damage, Drugs, Fraud or Forgery, Other Notifiable Offences, Robbery, Sexual Offences, Theft and Handling, Violence Against the Person"
 * ```
 */
export const metropolitanPoliceLegacyCategories: Taxonomy = {
  id: "mps-legacy",
  name: "Metropolitan Police legacy crime categories 2008–2016 (major_category / minor_category)",
  publisher: "Metropolitan Police Service (London Datastore)",
  version: "2016",
  licence: "OGL-UK-2.0",
  url: "https://data.london.gov.uk/dataset/recorded_crime_summary",
  categories: [
    { code: "burglary", name: "Burglary", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "burglary.burglary-in-a-dwelling", name: "Burglary in a Dwelling", level: 2, parent: "burglary", validFrom: "2008-01", validTo: "2016-12" },
    { code: "burglary.burglary-in-other-buildings", name: "Burglary in Other Buildings", level: 2, parent: "burglary", validFrom: "2008-01", validTo: "2016-12" },
    { code: "criminal-damage", name: "Criminal Damage", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "criminal-damage.criminal-damage-to-dwelling", name: "Criminal Damage To Dwelling", level: 2, parent: "criminal-damage", validFrom: "2008-01", validTo: "2016-12" },
    { code: "criminal-damage.criminal-damage-to-motor-vehicle", name: "Criminal Damage To Motor Vehicle", level: 2, parent: "criminal-damage", validFrom: "2008-01", validTo: "2016-12" },
    { code: "criminal-damage.criminal-damage-to-other-building", name: "Criminal Damage To Other Building", level: 2, parent: "criminal-damage", validFrom: "2008-01", validTo: "2016-12" },
    { code: "criminal-damage.other-criminal-damage", name: "Other Criminal Damage", level: 2, parent: "criminal-damage", validFrom: "2008-01", validTo: "2016-12" },
    { code: "drugs", name: "Drugs", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "drugs.drug-trafficking", name: "Drug Trafficking", level: 2, parent: "drugs", validFrom: "2008-01", validTo: "2016-12" },
    { code: "drugs.possession-of-drugs", name: "Possession Of Drugs", level: 2, parent: "drugs", validFrom: "2008-01", validTo: "2016-12" },
    { code: "drugs.other-drugs", name: "Other Drugs", level: 2, parent: "drugs", validFrom: "2008-01", validTo: "2016-12" },
    { code: "fraud-or-forgery", name: "Fraud or Forgery", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "fraud-or-forgery.counted-per-victim", name: "Counted per Victim", level: 2, parent: "fraud-or-forgery", validFrom: "2008-01", validTo: "2016-12" },
    { code: "fraud-or-forgery.other-fraud-and-forgery", name: "Other Fraud & Forgery", level: 2, parent: "fraud-or-forgery", validFrom: "2008-01", validTo: "2016-12" },
    { code: "other-notifiable-offences", name: "Other Notifiable Offences", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "other-notifiable-offences.going-equipped", name: "Going Equipped", level: 2, parent: "other-notifiable-offences", validFrom: "2008-01", validTo: "2016-12" },
    { code: "other-notifiable-offences.other-notifiable", name: "Other Notifiable", level: 2, parent: "other-notifiable-offences", validFrom: "2008-01", validTo: "2016-12" },
    { code: "robbery", name: "Robbery", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "robbery.business-property", name: "Business Property", level: 2, parent: "robbery", validFrom: "2008-01", validTo: "2016-12" },
    { code: "robbery.personal-property", name: "Personal Property", level: 2, parent: "robbery", validFrom: "2008-01", validTo: "2016-12" },
    { code: "sexual-offences", name: "Sexual Offences", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "sexual-offences.rape", name: "Rape", level: 2, parent: "sexual-offences", validFrom: "2008-01", validTo: "2016-12" },
    { code: "sexual-offences.other-sexual", name: "Other Sexual", level: 2, parent: "sexual-offences", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling", name: "Theft and Handling", level: 1, validFrom: "2008-01", validTo: "2016-12", aliases: ["Theft & Handling"] },
    { code: "theft-and-handling.handling-stolen-goods", name: "Handling Stolen Goods", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.motor-vehicle-interference-and-tampering", name: "Motor Vehicle Interference & Tampering", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.other-theft", name: "Other Theft", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.other-theft-person", name: "Other Theft Person", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.theft-from-motor-vehicle", name: "Theft From Motor Vehicle", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.theft-from-shops", name: "Theft From Shops", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.theft-taking-of-motor-vehicle", name: "Theft/Taking Of Motor Vehicle", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "theft-and-handling.theft-taking-of-pedal-cycle", name: "Theft/Taking of Pedal Cycle", level: 2, parent: "theft-and-handling", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person", name: "Violence Against the Person", level: 1, validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.assault-with-injury", name: "Assault with Injury", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.common-assault", name: "Common Assault", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.harassment", name: "Harassment", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.murder", name: "Murder", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.offensive-weapon", name: "Offensive Weapon", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.other-violence", name: "Other violence", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
    { code: "violence-against-the-person.wounding-gbh", name: "Wounding/GBH", level: 2, parent: "violence-against-the-person", validFrom: "2008-01", validTo: "2016-12" },
  ],
};
