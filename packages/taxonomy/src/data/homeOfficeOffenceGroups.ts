import type { Taxonomy } from "@crimestats/schema";

/**
 * The Home Office police recorded crime offence groups (level 1) and sub-groups (level 2), the
 * structure ONS publishes. Domestic and non-domestic burglary became residential and
 * non-residential burglary in April 2017; fraud (Action Fraud, CIFAS, UK Finance) is published
 * alongside but outside "total recorded crime excluding fraud". Individual HO offence codes are
 * not included (they change every April).
 *
 * Where a group has a single sub-group of the same name (possession of weapons, public order,
 * miscellaneous crimes against society), both levels are listed.
 *
 * @example
 * ```ts
 * homeOfficeOffenceGroups.categories.filter((c) => c.level === 1).length;
 * //=> 10
 * ```
 */
export const homeOfficeOffenceGroups: Taxonomy = {
  id: "home-office",
  name: "Home Office police recorded crime offence groups and sub-groups",
  publisher: "Home Office / Office for National Statistics",
  version: "2017-04",
  licence: "OGL-UK-3.0",
  url: "https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables",
  categories: [
    { code: "violence-against-the-person", name: "Violence against the person", level: 1, aliases: ["VAP"] },
    { code: "homicide", name: "Homicide", level: 2, parent: "violence-against-the-person" },
    {
      code: "death-or-serious-injury-unlawful-driving",
      name: "Death or serious injury caused by unlawful driving",
      level: 2,
      parent: "violence-against-the-person",
      aliases: ["Death or serious injury - unlawful driving", "Death or serious injury – unlawful driving"],
    },
    { code: "violence-with-injury", name: "Violence with injury", level: 2, parent: "violence-against-the-person", aliases: ["VWI"] },
    { code: "violence-without-injury", name: "Violence without injury", level: 2, parent: "violence-against-the-person" },
    { code: "stalking-and-harassment", name: "Stalking and harassment", level: 2, parent: "violence-against-the-person" },
    { code: "sexual-offences", name: "Sexual offences", level: 1 },
    { code: "rape", name: "Rape", level: 2, parent: "sexual-offences", aliases: ["Rape offences"] },
    { code: "other-sexual-offences", name: "Other sexual offences", level: 2, parent: "sexual-offences" },
    { code: "robbery", name: "Robbery", level: 1 },
    { code: "robbery-of-business-property", name: "Robbery of business property", level: 2, parent: "robbery" },
    { code: "robbery-of-personal-property", name: "Robbery of personal property", level: 2, parent: "robbery" },
    { code: "theft-offences", name: "Theft offences", level: 1 },
    {
      code: "domestic-burglary",
      name: "Domestic burglary",
      level: 2,
      parent: "theft-offences",
      validTo: "2017-03",
      description: "Replaced by residential burglary from April 2017.",
    },
    {
      code: "non-domestic-burglary",
      name: "Non-domestic burglary",
      level: 2,
      parent: "theft-offences",
      validTo: "2017-03",
      description: "Replaced by non-residential burglary from April 2017.",
    },
    {
      code: "residential-burglary",
      name: "Residential burglary",
      level: 2,
      parent: "theft-offences",
      validFrom: "2017-04",
      description: "Burglary of a dwelling and of buildings within its boundary (sheds, garages).",
    },
    {
      code: "non-residential-burglary",
      name: "Non-residential burglary",
      level: 2,
      parent: "theft-offences",
      validFrom: "2017-04",
      aliases: ["Business and community burglary", "Business & community burglary"],
    },
    { code: "vehicle-offences", name: "Vehicle offences", level: 2, parent: "theft-offences" },
    { code: "theft-from-the-person", name: "Theft from the person", level: 2, parent: "theft-offences" },
    { code: "bicycle-theft", name: "Bicycle theft", level: 2, parent: "theft-offences" },
    { code: "shoplifting", name: "Shoplifting", level: 2, parent: "theft-offences" },
    {
      code: "all-other-theft-offences",
      name: "All other theft offences",
      level: 2,
      parent: "theft-offences",
      aliases: ["Other theft offences"],
    },
    { code: "criminal-damage-and-arson", name: "Criminal damage and arson", level: 1 },
    { code: "criminal-damage", name: "Criminal damage", level: 2, parent: "criminal-damage-and-arson" },
    { code: "arson", name: "Arson", level: 2, parent: "criminal-damage-and-arson" },
    { code: "drug-offences", name: "Drug offences", level: 1 },
    { code: "trafficking-of-drugs", name: "Trafficking of drugs", level: 2, parent: "drug-offences" },
    { code: "possession-of-drugs", name: "Possession of drugs", level: 2, parent: "drug-offences" },
    { code: "possession-of-weapons-offences", name: "Possession of weapons offences", level: 1 },
    {
      code: "possession-of-weapons",
      name: "Possession of weapons offences",
      level: 2,
      parent: "possession-of-weapons-offences",
    },
    { code: "public-order-offences", name: "Public order offences", level: 1 },
    { code: "public-order", name: "Public order offences", level: 2, parent: "public-order-offences" },
    { code: "miscellaneous-crimes-against-society", name: "Miscellaneous crimes against society", level: 1 },
    {
      code: "miscellaneous-crimes",
      name: "Miscellaneous crimes against society",
      level: 2,
      parent: "miscellaneous-crimes-against-society",
    },
    { code: "fraud-offences", name: "Fraud offences", level: 1, aliases: ["Fraud"] },
    { code: "action-fraud", name: "Action Fraud", level: 2, parent: "fraud-offences" },
    { code: "cifas", name: "CIFAS", level: 2, parent: "fraud-offences" },
    { code: "uk-finance", name: "UK Finance", level: 2, parent: "fraud-offences" },
  ],
};
